/**
 * Every process's written labels in one place, and the plain summary of an act that the
 * viewer, the PDF, the CSV and the command line all print. Add one line per process.
 */
import { annualReportLabels } from './annual-report/annual-report.labels';
import { chiefConstableAppointmentLabels } from './chief-constable-appointment/chief-constable-appointment.labels';
import { combinationAgreementLabels } from './combination-agreement/combination-agreement.labels';
import { commissionerOfficeLabels } from './commissioner-office/commissioner-office.labels';
import { communitySafetyPartnershipLabels } from './community-safety-partnership/community-safety-partnership.labels';
import { complaintLabels } from './complaint/complaint.labels';
import { RECORD_CORRECTED } from './core/correction';
import {
  CASE_STATUS_LABELS,
  COMMON_FIELD_LABELS,
  COMMON_VALUE_LABELS,
  type ProcessLabels,
  plainValue,
  type ValueWords,
  wordsOf,
} from './core/labels';
import { cspMeetingSummonsLabels } from './csp-meeting-summons/csp-meeting-summons.labels';
import { cspReportRequirementLabels } from './csp-report-requirement/csp-report-requirement.labels';
import { decisionRegisterLabels } from './decision-register/decision-register.labels';
import { deputyCommissionerLabels } from './deputy-commissioner/deputy-commissioner.labels';
import { interestsRegisterLabels } from './interests-register/interests-register.labels';
import { panelReportLabels } from './panel-report/panel-report.labels';
import { recordCoverageLabels } from './record-coverage/record-coverage.labels';
import { grantLabels } from './grant/grant.labels';
import { panelMeetingLabels } from './panel-meeting/panel-meeting.labels';
import { policeAndCrimePanelLabels } from './police-and-crime-panel/police-and-crime-panel.labels';
import { policeAndCrimePlanLabels } from './police-and-crime-plan/police-and-crime-plan.labels';
import { preceptCycleLabels } from './precept-cycle/precept-cycle.labels';
import { scrutinyRequirementLabels } from './scrutiny-requirement/scrutiny-requirement.labels';
import { seniorAppointmentLabels } from './senior-appointment/senior-appointment.labels';

export const PROCESS_LABELS: ProcessLabels[] = [
  annualReportLabels,
  chiefConstableAppointmentLabels,
  combinationAgreementLabels,
  commissionerOfficeLabels,
  communitySafetyPartnershipLabels,
  complaintLabels,
  cspMeetingSummonsLabels,
  cspReportRequirementLabels,
  decisionRegisterLabels,
  deputyCommissionerLabels,
  interestsRegisterLabels,
  panelReportLabels,
  recordCoverageLabels,
  grantLabels,
  panelMeetingLabels,
  policeAndCrimePanelLabels,
  policeAndCrimePlanLabels,
  preceptCycleLabels,
  scrutinyRequirementLabels,
  seniorAppointmentLabels,
];

const BY_AGGREGATE = new Map(PROCESS_LABELS.map((p) => [p.aggregateType, p]));
/** The written labels of a process, by its aggregate type. */
export function processLabelsOf(aggregateType: string): ProcessLabels | undefined {
  return BY_AGGREGATE.get(aggregateType);
}

const BY_EVENT = new Map<string, ProcessLabels>();
for (const p of PROCESS_LABELS) for (const t of Object.keys(p.events)) BY_EVENT.set(t, p);

/** "PreceptCycle" → "Precept (the police part of council tax)". */
export function processName(aggregateType: string | null | undefined): string {
  if (!aggregateType) return '';
  return BY_AGGREGATE.get(aggregateType)?.name ?? wordsOf(aggregateType);
}

/**
 * A case's status in words: the process's own label, else the shared ones ("open",
 * "closed"), else the words of the code (a status no label was written for yet).
 */
export function caseStatusLabel(aggregateType: string | null | undefined, status: string | null | undefined): string {
  if (!status) return CASE_STATUS_LABELS.unknown;
  const own = aggregateType ? BY_AGGREGATE.get(aggregateType)?.statuses?.[status] : undefined;
  return own ?? CASE_STATUS_LABELS[status] ?? wordsOf(status);
}

/** Is there a written label for this status of this process (not just the words of its code)? */
export function hasStatusLabel(aggregateType: string, status: string): boolean {
  return !!BY_AGGREGATE.get(aggregateType)?.statuses?.[status];
}

/** "PreceptVetoed" → "Proposed precept vetoed by the panel". */
export function eventLabel(type: string): string {
  if (type === RECORD_CORRECTED) return 'Correction of an earlier record';
  return BY_EVENT.get(type)?.events[type] ?? wordsOf(type);
}

/** Labels for one event's fields and values: the process's own first, then the shared ones. */
export function wordsFor(type: string | null | undefined): ValueWords {
  const p = type ? BY_EVENT.get(type) : undefined;
  return {
    field: (key) => p?.fields?.[key] ?? COMMON_FIELD_LABELS[key] ?? wordsOf(key),
    value: (code) =>
      p?.values?.[code] ??
      COMMON_VALUE_LABELS[code] ??
      wordsOf(code)
        .toLowerCase()
        .replace(/^./, (c) => c.toUpperCase()),
  };
}

/** Is there a written label for this field of this event (not just its words)? */
export function hasFieldLabel(type: string, key: string): boolean {
  return !!(BY_EVENT.get(type)?.fields?.[key] ?? COMMON_FIELD_LABELS[key]);
}

export interface PlainFact {
  label: string;
  value: string;
}

/** Fields that repeat the case or the envelope, so a reader gains nothing from them. */
const NOT_SHOWN = new Set(['forceArea', 'panelId', 'correctsEventId']);

/** The recorded data of an act as labelled facts, in the order recorded. */
export function plainFacts(type: string, data: Record<string, unknown> | null | undefined): PlainFact[] {
  const words = wordsFor(type);
  return Object.entries(data ?? {})
    .filter(([k]) => !NOT_SHOWN.has(k))
    .map(([k, v]) => ({ label: words.field(k), value: plainValue(k, v, words) }));
}

function count(n: unknown): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/**
 * One plain sentence for an act: what happened and, for the acts people ask about most
 * (vetoes, votes, amounts), the figures that decide it.
 */
export function summariseEvent(type: string, data: Record<string, unknown> | null | undefined): string {
  const d = data ?? {};
  const words = wordsFor(type);
  const label = eventLabel(type);
  const members = Array.isArray(d.membersAtTime) ? d.membersAtTime.length : null;
  if (type === 'PreceptVetoed' || type === 'AppointmentVetoed') {
    const votes = count(d.votesFor);
    const needed = count(d.requiredVotes);
    const parts = [
      `Vetoed by ${votes ?? 'an unrecorded number'} of ${members ?? 'an unrecorded number of'} members${needed !== null ? ` (${needed} needed)` : ''}`,
    ];
    if (typeof d.reason === 'string') parts.push(`as ${words.value(d.reason)}`);
    if (d.effective === false) parts.push('; the veto came too late to have effect');
    return `${parts.join(' ')}.`.replace(' ;', ';');
  }
  if (type === 'VoteRecorded') {
    const verdict = d.carried === true ? 'Carried' : d.carried === false ? 'Not carried' : 'Vote recorded';
    return `${verdict}: ${count(d.for) ?? 0} for, ${count(d.against) ?? 0} against, ${count(d.abstain) ?? 0} abstained${members !== null ? `, of ${members} members` : ''}.`;
  }
  if (type === RECORD_CORRECTED) {
    const w = wordsFor(null);
    return `Correction: ${w.field(String(d.field ?? ''))} was recorded as ${plainValue('', d.oldValue, w)} and is corrected to ${plainValue('', d.newValue, w)}.`;
  }
  const amount = typeof d.amount === 'number' ? ` of ${plainValue('amount', d.amount, words)}` : '';
  return `${label}${amount}.`;
}
