import type { IsoDate } from '../core/calendar';
import type { DomainEvent } from '../core/decider';

/** The bodies that owe deadlines (the `owner` of a deadline). */
export type CoveredBody = 'pcc' | 'panel' | 'csp' | 'councils';
export const COVERED_BODIES: readonly CoveredBody[] = ['pcc', 'panel', 'csp', 'councils'];

export type RecordCoverageDeclared = DomainEvent<
  'RecordCoverageDeclared',
  {
    forceArea: string;
    body: CoveredBody;
    completeFrom: IsoDate;
    completeTo: IsoDate | null;
    basis: string;
    declaredOn: IsoDate;
  }
>;
export type RecordCoverageRevised = DomainEvent<
  'RecordCoverageRevised',
  { completeFrom: IsoDate; completeTo: IsoDate | null; basis: string; revisedOn: IsoDate }
>;
export type RecordCoverageWithdrawn = DomainEvent<'RecordCoverageWithdrawn', { reason: string; withdrawnOn: IsoDate }>;

export type RecordCoverageEvent = RecordCoverageDeclared | RecordCoverageRevised | RecordCoverageWithdrawn;

export const RECORD_COVERAGE_EVENT_TYPES = {
  RecordCoverageDeclared: 1,
  RecordCoverageRevised: 1,
  RecordCoverageWithdrawn: 1,
} as const;
