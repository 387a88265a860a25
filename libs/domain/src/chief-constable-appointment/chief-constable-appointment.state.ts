import { IsoDate } from '../core/calendar';
import { openAppointmentCase } from '../core/confirmation-process';
import { CandidateNotice, CandidateRole, CandidateStep, Recommendation } from './chief-constable-appointment.events';

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

/** The candidate a step is about, as the step's event names them. */
export const stepOf = (c: CandidateRecord): CandidateStep => ({ candidate: c.candidate, candidateRole: c.role });

export function record(n: CandidateNotice, role: CandidateRole): CandidateRecord {
  const notice = { candidate: n.candidate, role, receivedOn: n.receivedByPanelOn, reportDueBy: n.reportDueBy };
  return { ...notice, hearingOn: null, report: null, vetoedOn: null, response: null };
}

export function openAppointment(state: ChiefConstableAppointmentState): Open {
  return openAppointmentCase(
    state,
    ['appointed', 'abandoned'],
    (s) =>
      `This appointment process has ${s.status === 'appointed' ? `ended with the appointment of ${s.appointed}` : 'been abandoned'}.`,
  );
}

export const withCurrent = (s: Open, patch: Partial<CandidateRecord>): CandidateRecord[] => [
  ...s.candidates.slice(0, -1),
  { ...current(s), ...patch },
];
