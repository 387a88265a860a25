import type { IsoDate } from '../core/calendar';
import type { MemberAtTime, PanelOnRecord } from '../core/record-facts';
import { defineRule, requireRule } from '../core/rules';
import { PoliceAndCrimePanelState, quorumRuleAt, rosterAt } from './police-and-crime-panel.decider';

/**
 * A veto counts "the persons who are members of the panel at the time" (PRSRA 2011
 * Sch 5 para 4(4); Sch 8 para 5(4)). That number comes from the panel's own record on
 * the date of the vote, found from the case's force area; a roster the caller sends is
 * accepted only if it is exactly that record.
 */
const PANEL_ROSTER_MISMATCH = defineRule({
  code: 'PANEL_ROSTER_MISMATCH',
  citation: 'PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary: "The members at the time of a vote must be the panel's members on that date, as the panel's record shows.",
});

const PANEL_NOT_ON_RECORD = defineRule({
  code: 'PANEL_NOT_ON_RECORD',
  citation: 'PRSRA 2011 s.28, Sch 6; Sch 5 para 4(4); Sch 8 para 5(4)',
  confidence: 'confirmed',
  kind: 'blocking',
  summary:
    "A vote of the panel is counted against the panel's recorded membership: record the panel and its members first.",
});

/** The panel on record for a force area on a date: the latest established on or before it. */
export function panelOnRecord(
  panels: ReadonlyArray<{ caseId: string; state: PoliceAndCrimePanelState }>,
  date: IsoDate,
): PanelOnRecord | null {
  const live = panels
    .map((p) => ({ caseId: p.caseId, state: p.state }))
    .filter((p) => p.state.status === 'established' && p.state.establishedOn <= date)
    .sort((a, b) =>
      (a.state as { establishedOn: string }).establishedOn < (b.state as { establishedOn: string }).establishedOn
        ? -1
        : 1,
    );
  const chosen = live[live.length - 1];
  if (!chosen || chosen.state.status !== 'established') return null;
  return {
    panelId: chosen.caseId,
    name: chosen.state.name,
    membersAtTime: rosterAt(chosen.state, date),
    quorumRule: quorumRuleAt(chosen.state, date),
  };
}

/**
 * The members who count for a vote on `date`: the panel's record. Refuses when no panel
 * (or no member) is on record, when the caller names another panel, and when a roster
 * sent by the caller differs from the record in any member.
 */
export function membersOnRecord(
  panel: PanelOnRecord | null | undefined,
  forceArea: string,
  date: IsoDate,
  claimed?: MemberAtTime[] | null,
  panelId?: string | null,
): MemberAtTime[] {
  requireRule(
    PANEL_NOT_ON_RECORD,
    !!panel && panel.membersAtTime.length > 0,
    panel
      ? `The panel for ${forceArea} has no members on record on ${date}: record its members first, then the vote.`
      : `No police and crime panel for ${forceArea} is on record on ${date}: record the panel and its members first, then the vote.`,
  );
  const actual = panel!.membersAtTime;
  requireRule(
    PANEL_ROSTER_MISMATCH,
    !panelId || panelId === panel!.panelId,
    `The panel on record for ${forceArea} is ${panel!.panelId}, not ${panelId}.`,
  );
  if (claimed) {
    const want = new Set(actual.map((m) => m.memberId));
    const got = new Set(claimed.map((m) => m.memberId));
    const missing = actual.filter((m) => !got.has(m.memberId)).map((m) => m.name);
    const extra = claimed.filter((m) => !want.has(m.memberId)).map((m) => m.name);
    requireRule(
      PANEL_ROSTER_MISMATCH,
      missing.length === 0 && extra.length === 0 && claimed.length === actual.length,
      `On ${date} the panel had ${actual.length} members.${missing.length ? ` Missing from the vote's roster: ${missing.join(', ')}.` : ''}${extra.length ? ` Not members on that date: ${extra.join(', ')}.` : ''}${!missing.length && !extra.length ? ' The roster lists a member twice.' : ''}`,
    );
  }
  return actual;
}
