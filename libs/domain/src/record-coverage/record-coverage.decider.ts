import type { IsoDate } from '../core/calendar';
import { isAfter } from '../core/calendar';
import { ActingParty, assertNever, Decider, requireNewCase, unopened } from '../core/decider';
import { CASE_NOT_FOUND, requireRule } from '../core/rules';
import type { RecordCoverageCommand } from './record-coverage.commands';
import {
  CoveredBody,
  RECORD_COVERAGE_EVENT_TYPES,
  RecordCoverageDeclared,
  RecordCoverageEvent,
} from './record-coverage.events';
import { pick } from '../core/pick';
import { evolveOnCase } from '../core/evolve-on-case';
import {
  RECORD_COVERAGE_NOT_OWN_BODY,
  RECORD_COVERAGE_PERIOD_INVALID,
  RECORD_COVERAGE_WITHDRAWN,
} from './record-coverage.rules';

export type RecordCoverageState =
  { status: 'none' } | ({ status: 'declared' | 'withdrawn' } & RecordCoverageDeclared['data']);

/** Which API role speaks for which body. The panel's secretariat also keeps the councils' panel acts (DOMAIN.md §5.2). */
const ROLE_BODIES: Record<string, readonly CoveredBody[]> = {
  'pcc-office': ['pcc'],
  'panel-secretariat': ['panel', 'councils'],
  'csp-officer': ['csp'],
};

function ownBody(actor: ActingParty, body: CoveredBody): boolean {
  return actor.role === 'admin' || (ROLE_BODIES[actor.role] ?? []).includes(body);
}

function checkPeriod(from: IsoDate, to: IsoDate | null, on: IsoDate): void {
  requireRule(
    RECORD_COVERAGE_PERIOD_INVALID,
    !isAfter(from, on),
    `The record cannot be declared complete from ${from}, a date after this declaration (${on}).`,
  );
  requireRule(
    RECORD_COVERAGE_PERIOD_INVALID,
    to === null || (!isAfter(from, to) && !isAfter(to, on)),
    `The period ${from} to ${to} is not a period that has run by ${on}.`,
  );
}

export const recordCoverage: Decider<RecordCoverageState, RecordCoverageCommand, RecordCoverageEvent> = {
  aggregateType: 'RecordCoverage',
  streamPrefix: 'record-coverage',
  eventTypes: RECORD_COVERAGE_EVENT_TYPES,
  /*
   * Record coverage (ledger record-keeping): each body's own office declares its own record
   * complete; the decider checks the role speaks for the body named.
   */
  commands: {
    DeclareRecordCoverage: {
      label: 'A body declares which of its records the ledger holds in full',
      body: ['pcc', 'panel', 'csp'],
      legalBasis: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
      creates: true,
    },
    ReviseRecordCoverage: {
      label: 'A body changes which of its records the ledger holds in full',
      body: ['pcc', 'panel', 'csp'],
      legalBasis: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
    },
    WithdrawRecordCoverage: {
      label: 'A body withdraws its declaration that the ledger holds its records in full',
      body: ['pcc', 'panel', 'csp'],
      legalBasis: 'Governance Ledger record-keeping (DOMAIN.md §5.1)',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<RecordCoverageState, RecordCoverageEvent, 'RecordCoverageDeclared'>(
    {
      RecordCoverageDeclared: ({ data }) => ({
        status: 'declared',
        ...pick(data, 'forceArea', 'body', 'completeFrom', 'completeTo', 'basis', 'declaredOn'),
      }),
    },
    {
      RecordCoverageRevised: ({ data }, state) => ({
        ...state,
        status: 'declared',
        ...pick(data, 'completeFrom', 'completeTo', 'basis'),
      }),
      RecordCoverageWithdrawn: (_, state) => ({ ...state, status: 'withdrawn' }),
    },
  ),

  decide(command, state, ctx) {
    const on = ctx.effectiveOn;
    switch (command.type) {
      case 'DeclareRecordCoverage': {
        requireNewCase(state, 'Coverage is already declared under this reference; revise it instead.');
        const d = command.data;
        requireRule(
          RECORD_COVERAGE_NOT_OWN_BODY,
          ownBody(ctx.actor, d.body),
          `A ${ctx.actor.role} key cannot declare the ${d.body}'s record complete.`,
        );
        const to = d.completeTo ?? null;
        checkPeriod(d.completeFrom, to, on);
        return [
          {
            type: 'RecordCoverageDeclared',
            data: { ...pick(d, 'forceArea', 'body', 'completeFrom'), completeTo: to, basis: d.basis, declaredOn: on },
          },
        ];
      }
      case 'ReviseRecordCoverage':
      case 'WithdrawRecordCoverage': {
        requireRule(CASE_NOT_FOUND, state.status !== 'none', 'No coverage has been declared under this reference.');
        const s = state as Exclude<RecordCoverageState, { status: 'none' }>;
        requireRule(RECORD_COVERAGE_WITHDRAWN, s.status === 'declared', 'This declaration has been withdrawn.');
        requireRule(
          RECORD_COVERAGE_NOT_OWN_BODY,
          ownBody(ctx.actor, s.body),
          `A ${ctx.actor.role} key cannot change the ${s.body}'s declaration.`,
        );
        if (command.type === 'WithdrawRecordCoverage')
          return [{ type: 'RecordCoverageWithdrawn', data: { reason: command.data.reason, withdrawnOn: on } }];
        const to = command.data.completeTo ?? null;
        checkPeriod(command.data.completeFrom, to, on);
        return [
          {
            type: 'RecordCoverageRevised',
            data: { completeFrom: command.data.completeFrom, completeTo: to, basis: command.data.basis, revisedOn: on },
          },
        ];
      }
      default:
        return assertNever(command, 'command');
    }
  },
};
