import type { RecordCoverageCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { DeclareRecordCoverageRequest, ReviseRecordCoverageRequest, WithdrawRecordCoverageRequest } from './record-coverage.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** A body declares its record complete for a period: only then is an absent act a missed deadline. */
export const recordCoverageRoutes = routeTable<RecordCoverageCommand>()('Record coverage (what the record claims to hold)', {
  DeclareRecordCoverage: { path: 'force-areas/:area/record-coverage', body: DeclareRecordCoverageRequest, summary: "A body declares its record complete from a date (e.g. the panel's record from 22 November 2012)" },
  ReviseRecordCoverage: { path: 'record-coverage/:id/revision', body: ReviseRecordCoverageRequest, summary: 'The body revises the period its record is complete for' },
  WithdrawRecordCoverage: { path: 'record-coverage/:id/withdrawal', body: WithdrawRecordCoverageRequest, summary: 'The body withdraws its declaration (its absent acts are then "no record" again)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
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
