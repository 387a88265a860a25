import type { ProcessLabels } from '../core/labels';

export const recordCoverageLabels: ProcessLabels = {
  aggregateType: 'RecordCoverage',
  name: 'What the record covers',
  events: {
    RecordCoverageDeclared: 'Record declared complete for a period',
    RecordCoverageRevised: 'Declared period of a complete record revised',
    RecordCoverageWithdrawn: 'Declaration of a complete record withdrawn',
  },
  fields: { body: 'Body', completeFrom: 'Complete from', completeTo: 'Complete to', basis: 'Basis', declaredOn: 'Declared on', revisedOn: 'Revised on', withdrawnOn: 'Withdrawn on' },
};
