import { IsoDate } from '../core/calendar';
import { CASE_NOT_FOUND, PROCESS_ORDER, requireRule } from '../core/rules';
import { CandidateNotice, CandidateRole, Recommendation } from './chief-constable-appointment.events';

/*
 * The appointment's state: each candidate notified and how the panel dealt with them (PRSRA 2011 Sch 8).
 */
export interface CandidateRecord {
  candidate: string;
  role: CandidateRole;
  receivedOn: IsoDate;
  reportDueBy: IsoDate;
  hearingOn: IsoDate | null;
  report: { madeOn: IsoDate; recommend: Recommendation } | null;
  vetoedOn: IsoDate | null;
  response: { accepted: boolean; notifiedOn: IsoDate } | null;
}

/**
 * DOMAIN.md §4.5: Notified → HearingHeld → Reported | Vetoed →
 * [ReserveNotified → ReserveHearingHeld → ReserveReported] → Accepted/Rejected → Appointed | Abandoned.
 * `candidates` holds the proposed candidate and every reserve after it; the last is current.
 */
export type ChiefConstableAppointmentState =
  | { status: 'none' }
  | {
      status: 'in_confirmation' | 'vetoed' | 'appointed' | 'abandoned';
      forceArea: string;
      candidates: CandidateRecord[];
      appointed: string | null;
    };

export type Open = Exclude<ChiefConstableAppointmentState, { status: 'none' }>;

export const current = (s: Open): CandidateRecord => s.candidates[s.candidates.length - 1];

export function record(n: CandidateNotice, role: CandidateRole): CandidateRecord {
  return {
    candidate: n.candidate,
    role,
    receivedOn: n.receivedByPanelOn,
    reportDueBy: n.reportDueBy,
    hearingOn: null,
    report: null,
    vetoedOn: null,
    response: null,
  };
}

export function openAppointment(state: ChiefConstableAppointmentState): Open {
  requireRule(
    CASE_NOT_FOUND,
    state.status !== 'none',
    'No proposed appointment has been notified under this reference.',
  );
  const s = state as Open;
  requireRule(
    PROCESS_ORDER,
    s.status !== 'appointed' && s.status !== 'abandoned',
    `This appointment process has ${s.status === 'appointed' ? `ended with the appointment of ${s.appointed}` : 'been abandoned'}.`,
  );
  return s;
}

export const withCurrent = (s: Open, patch: Partial<CandidateRecord>): CandidateRecord[] => [
  ...s.candidates.slice(0, -1),
  { ...current(s), ...patch },
];
