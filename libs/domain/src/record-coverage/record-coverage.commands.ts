import type { IsoDate } from '../core/calendar';
import type { Command } from '../core/decider';
import type { CoveredBody } from './record-coverage.events';

export type DeclareRecordCoverage = Command<
  'DeclareRecordCoverage',
  { forceArea: string; body: CoveredBody; completeFrom: IsoDate; completeTo?: IsoDate | null; basis: string }
>;
export type ReviseRecordCoverage = Command<
  'ReviseRecordCoverage',
  { completeFrom: IsoDate; completeTo?: IsoDate | null; basis: string }
>;
export type WithdrawRecordCoverage = Command<'WithdrawRecordCoverage', { reason: string }>;

export type RecordCoverageCommand = DeclareRecordCoverage | ReviseRecordCoverage | WithdrawRecordCoverage;
