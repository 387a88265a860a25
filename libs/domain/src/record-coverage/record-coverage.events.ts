import type { IsoDate } from '../core/calendar';
import type { DomainEvent } from '../core/decider';

/** The bodies that owe deadlines (the `owner` of a deadline). */
export type CoveredBody = 'pcc' | 'panel' | 'csp' | 'councils';
export const COVERED_BODIES: readonly CoveredBody[] = ['pcc', 'panel', 'csp', 'councils'];

/** The days a body declares its record complete for (to null: up to now), and on what basis. */
export interface CoveragePeriod {
  completeFrom: IsoDate;
  completeTo: IsoDate | null;
  basis: string;
}
export type RecordCoverageDeclared = DomainEvent<
  'RecordCoverageDeclared',
  { forceArea: string; body: CoveredBody } & CoveragePeriod & { declaredOn: IsoDate }
>;
export type RecordCoverageRevised = DomainEvent<'RecordCoverageRevised', CoveragePeriod & { revisedOn: IsoDate }>;
export type RecordCoverageWithdrawn = DomainEvent<'RecordCoverageWithdrawn', { reason: string; withdrawnOn: IsoDate }>;

export type RecordCoverageEvent = RecordCoverageDeclared | RecordCoverageRevised | RecordCoverageWithdrawn;

export const RECORD_COVERAGE_EVENT_TYPES = {
  RecordCoverageDeclared: 1,
  RecordCoverageRevised: 1,
  RecordCoverageWithdrawn: 1,
} as const;
