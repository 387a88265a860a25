import type { DeadlineSpec, StoredDomainEvent } from '@ledger/domain';
import type { CorrectionSummary, Party } from '../projections/case-record';

/** Row shapes of the read-model tables, and a case's state as a view shows it. */

/** A date after every date: an open end of a view. */
export const FAR = '9999-12-31';

export interface Tables {
  cases: string;
  deadlines: string;
  events: string;
  snapshots: string;
  segments: string;
  decisions: string | null;
  pubs: string | null;
}

export interface EventRow {
  seq: number;
  position: string;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  aggregate_type: string;
  case_id: string;
  force_area: string | null;
  effective_at: string;
  effective_on: string;
  recorded_at: string;
  recorded_on: string;
  actor_id: string;
  actor_name: string;
  role: string;
  body: string;
  legal_basis: string | null;
  classification: string;
  command: string | null;
  findings: string | null;
  late: number;
  deadline_refs: string | null;
  corrects_event_id: string | null;
  correction: string | null;
}

export interface TailEvent {
  revision: number;
  stored: StoredDomainEvent;
  actor: { id: string; name: string; role: string; body: string };
  correction: boolean;
}

export interface CaseState {
  state: unknown;
  status: string;
  keyDates: Record<string, string>;
  parties: Party[];
  specs: DeadlineSpec[];
  openedOn: string | null;
  lastActOn: string | null;
  eventCount: number;
  corrections: CorrectionSummary[];
  replayed: boolean;
}
