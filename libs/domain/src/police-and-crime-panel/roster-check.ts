import type { IsoDate } from '../core/calendar';
import { defineRule, requireRule, RuleFinding } from '../core/rules';
import { rosterAt, PoliceAndCrimePanelState } from './police-and-crime-panel.decider';
import type { MemberAtTime } from './police-and-crime-panel.events';

/**
 * A veto counts "the persons who are members of the panel at the time" (PRSRA 2011
 * Sch 5 para 4(4); Sch 8 para 5(4)). The roster snapshot in a vote comes from the
 * panel secretariat; when the vote names its panel, the application checks the
 * snapshot against the panel's own record as at the date of the vote.
 */
export const PANEL_ROSTER_MISMATCH = defineRule({
  code: 'PANEL_ROSTER_MISMATCH',
  citation: 'PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The members at the time of a vote must be the panel's members on that date, as the panel's record shows.",
});

export const PANEL_ROSTER_UNVERIFIED = defineRule({
  code: 'PANEL_ROSTER_UNVERIFIED',
  citation: 'PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The vote did not name its panel, so its roster snapshot was not checked against the panel's record.",
});

/** Commands that snapshot the roster, and so can be checked against the panel record. */
export const ROSTER_SNAPSHOT_COMMANDS = ['VetoProposedPrecept', 'VetoAppointment', 'RecordMeetingAttendance'] as const;

/**
 * Checks a claimed roster against the panel's record as at `date`. Throws
 * PANEL_ROSTER_MISMATCH naming the differences; `panel` null means no panel record was
 * named, which is recorded as a PANEL_ROSTER_UNVERIFIED finding rather than refused.
 */
export function checkRosterSnapshot(claimed: MemberAtTime[], panel: PoliceAndCrimePanelState | null, date: IsoDate): RuleFinding[] {
  if (panel === null) {
    const r = PANEL_ROSTER_UNVERIFIED;
    return [{ code: r.code, citation: r.citation, confidence: r.confidence, kind: 'warning', message: 'The roster was given by the secretariat and not checked against a panel record: name the panel (panelId) to have it checked.' }];
  }
  const actual = rosterAt(panel, date);
  const want = new Set(actual.map((m) => m.memberId));
  const got = new Set(claimed.map((m) => m.memberId));
  const missing = actual.filter((m) => !got.has(m.memberId)).map((m) => m.name);
  const extra = claimed.filter((m) => !want.has(m.memberId)).map((m) => m.name);
  requireRule(
    PANEL_ROSTER_MISMATCH,
    panel.status !== 'none' && missing.length === 0 && extra.length === 0,
    panel.status === 'none'
      ? 'The panel named has no record.'
      : `On ${date} the panel had ${actual.length} members.${missing.length ? ` Missing from the vote's roster: ${missing.join(', ')}.` : ''}${extra.length ? ` Not members on that date: ${extra.join(', ')}.` : ''}`,
  );
  return [];
}
