import type { GrantCommand } from '@ledger/domain';
import { CommandRequest } from '../common/command.request';
import { grantRoutes } from './grant/grant.routes';
import { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest } from './grant/grant.request';
import { processController, routeTable } from './route-table';

/** A DTO with a field the Grant acts do not have. */
class StrayFieldRequest extends PublishGrantRequest {
  colour!: string;
}

const grant = { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest };
const award = { path: 'force-areas/:area/grants', summary: 'Award' } as const;
const publish = { path: 'grants/:id/publication', summary: 'Publish' } as const;
const repay = { path: 'grants/:id/repayment-requirements', summary: 'Repay' } as const;
const all = { AwardGrant: award, PublishGrant: publish, RequireGrantRepayment: repay };
const table = routeTable<GrantCommand>();

// The table is checked when it is written: each case below must fail to compile.
export const checks = () => [
  // @ts-expect-error an act of the process with no route
  table('Grants', grant, { AwardGrant: award, PublishGrant: publish }),
  // @ts-expect-error a route for a command the process does not have
  table('Grants', grant, { ...all, IssuePrecept: publish }),
  // @ts-expect-error a DTO missing the command's required fields
  table('Grants', { ...grant, AwardGrantRequest: CommandRequest }, all),
  // @ts-expect-error a DTO with a field the command does not know
  table('Grants', { ...grant, PublishGrantRequest: StrayFieldRequest }, all),
  // @ts-expect-error an act whose DTO class the request module does not have
  table('Grants', { AwardGrantRequest, PublishGrantRequest }, all),
];

describe('Controllers built from a route table', () => {
  it('get one POST handler per act, named after the act', () => {
    const controller = processController(grantRoutes, 'GrantController');
    expect(controller.name).toBe('GrantController');
    expect(Object.getOwnPropertyNames(controller.prototype).filter((k) => k !== 'constructor')).toEqual([
      'awardGrant',
      'publishGrant',
      'requireGrantRepayment',
    ]);
  });

  it('validate each handler’s body as the DTO named for its act', () => {
    const controller = processController(grantRoutes, 'GrantController');
    expect(Reflect.getMetadata('design:paramtypes', controller.prototype, 'publishGrant')).toEqual([
      String,
      PublishGrantRequest,
      Object,
      Object,
    ]);
  });
});
