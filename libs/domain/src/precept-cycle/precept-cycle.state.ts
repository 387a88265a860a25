import { IsoDate } from '../core/calendar';
import { CASE_NOT_FOUND, PROCESS_ORDER, requireRule } from '../core/rules';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import { PreceptTimetable } from './precept-cycle.calendar';
import { PreceptVariant, VetoReason } from './precept-cycle.events';

/*
 * The precept cycle's state and the facts every stage reads (Sch 5; SI 2012/2271 Part 2).
 */
export interface PanelReport {
  madeOn: IsoDate;
  recommendations: string[];
  recommendedAmount: number | null;
}

export interface CycleFacts {
  forceArea: string;
  financialYear: string;
  timetable: PreceptTimetable;
  proposedAmount: number;
  notifiedOn: IsoDate;
  report: PanelReport | null;
  veto: {
    reason: VetoReason;
    votesFor: number;
    membersAtTime: MemberAtTime[];
    effective: boolean;
    vetoedOn: IsoDate;
  } | null;
  firstResponseOn: IsoDate | null;
  revised: { amount: number; notifiedOn: IsoDate } | null;
  secondReport: (PanelReport & { accepts: boolean }) | null;
  secondResponseOn: IsoDate | null;
  issued: { amount: number; variant: PreceptVariant; issuedOn: IsoDate } | null;
}

/**
 * DOMAIN.md §4.4. The stage says where the cycle is; the facts say what happened.
 *   proposed → reported → (responded) → issued                      no veto
 *   proposed → vetoed → revised → second_reported → (responded) → issued
 */
export type PreceptCycleState =
  | { status: 'none' }
  | ({ status: 'proposed' | 'reported' | 'vetoed' | 'revised' | 'second_reported' | 'issued' } & CycleFacts);

export type Open = Exclude<PreceptCycleState, { status: 'none' }>;

export const isEffectiveVeto = (s: Open): boolean => s.veto !== null && s.veto.effective;

export function openCycle(state: PreceptCycleState): Open {
  requireRule(
    CASE_NOT_FOUND,
    state.status !== 'none',
    'No proposed precept has been notified for this police area and year.',
  );
  const s = state as Open;
  requireRule(PROCESS_ORDER, s.status !== 'issued', `The precept for ${s.financialYear} has already been issued.`);
  return s;
}
