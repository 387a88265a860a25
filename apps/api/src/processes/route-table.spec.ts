import type { GrantCommand } from '@ledger/domain';
import { CommandRequest } from '../common/command.request';
import { grantRoutes } from './grant/grant.routes';
import { AwardGrantRequest, PublishGrantRequest, RequireGrantRepaymentRequest } from './grant/grant.request';
import { processController, routeTable } from './route-table';

/** A DTO with a field the Grant acts do not have. */
class StrayFieldRequest extends PublishGrantRequest {
  colour!: string;
}

const award = { path: 'force-areas/:area/grants', body: AwardGrantRequest, summary: 'Award' } as const;
const publish = { path: 'grants/:id/publication', body: PublishGrantRequest, summary: 'Publish' } as const;
const repay = { path: 'grants/:id/repayment-requirements', body: RequireGrantRepaymentRequest, summary: 'Repay' } as const;

// The table is checked when it is written: each case below must fail to compile.
export const checks = () => [
  // @ts-expect-error an act of the process with no route
  routeTable<GrantCommand>()('Grants', { AwardGrant: award, PublishGrant: publish }),
  // @ts-expect-error a route for a command the process does not have
  routeTable<GrantCommand>()('Grants', { AwardGrant: award, PublishGrant: publish, RequireGrantRepayment: repay, IssuePrecept: publish }),
  // @ts-expect-error a DTO missing the command's required fields
  routeTable<GrantCommand>()('Grants', { AwardGrant: { ...award, body: CommandRequest }, PublishGrant: publish, RequireGrantRepayment: repay }),
  // @ts-expect-error a DTO with a field the command does not know
  routeTable<GrantCommand>()('Grants', { AwardGrant: award, PublishGrant: { ...publish, body: StrayFieldRequest }, RequireGrantRepayment: repay }),
];

describe('Controllers built from a route table', () => {
  it('get one POST handler per act, named after the act', () => {
    const controller = processController(grantRoutes, 'GrantController');
    expect(controller.name).toBe('GrantController');
    expect(Object.getOwnPropertyNames(controller.prototype).filter((k) => k !== 'constructor')).toEqual(['awardGrant', 'publishGrant', 'requireGrantRepayment']);
  });

  it('validate each handler’s body as the route’s DTO', () => {
    const controller = processController(grantRoutes, 'GrantController');
    expect(Reflect.getMetadata('design:paramtypes', controller.prototype, 'publishGrant')).toEqual([String, PublishGrantRequest, Object, Object]);
  });
});
