import type { ExampleStep } from './example-step';

const COVERAGE = { id: 'kent-pcp-coverage' };
/** The panel's own secretariat speaks for the panel's record. */
const PANEL = { role: 'panel-secretariat', forceArea: 'kent' } as const;

export const recordCoverageExamples: ExampleStep[] = [
  {
    op: 'DeclareRecordCoverage',
    name: 'kent-pcp-coverage',
    summary: "The panel's secretariat declares the panel's record complete from its first meeting",
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp-coverage', body: 'panel', completeFrom: '2012-11-22', basis: 'Every agenda, minute and report of the panel since its first meeting is on record', effectiveAt: '2014-06-02' },
    recordedBy: PANEL,
  },
  {
    op: 'ReviseRecordCoverage',
    name: 'kent-pcp-coverage',
    summary: 'The declaration is revised to end with the first term',
    params: COVERAGE,
    value: { completeFrom: '2012-11-22', completeTo: '2016-05-11', basis: 'Every act up to the end of the first term is on record', effectiveAt: '2016-06-01' },
    recordedBy: PANEL,
  },
  {
    op: 'WithdrawRecordCoverage',
    name: 'kent-pcp-coverage',
    summary: 'It is withdrawn when a gap is found',
    params: COVERAGE,
    value: { reason: 'Minutes of January 2013 are missing from the record', effectiveAt: '2016-07-04' },
    recordedBy: PANEL,
  },
];
