import type { ProcessLabels } from '../core/labels';
import type { RecordCoverageState } from './record-coverage.decider';

export const recordCoverageLabels: ProcessLabels = {
  aggregateType: 'RecordCoverage',
  name: 'What the record covers',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    declared: 'Declared complete',
    withdrawn: 'Declaration withdrawn',
  } satisfies Record<RecordCoverageState['status'], string>,
  events: {
    RecordCoverageDeclared: 'Record declared complete for a period',
    RecordCoverageRevised: 'Declared period of a complete record revised',
    RecordCoverageWithdrawn: 'Declaration of a complete record withdrawn',
  },
  fields: {
    body: 'Body',
    completeFrom: 'Complete from',
    completeTo: 'Complete to',
    basis: 'Basis',
    declaredOn: 'Declared on',
    revisedOn: 'Revised on',
    withdrawnOn: 'Withdrawn on',
  },
};
