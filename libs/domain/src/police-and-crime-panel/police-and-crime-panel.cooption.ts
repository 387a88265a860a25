import { DecisionContext } from '../core/decider';
import { requireRule } from '../core/rules';
import type { Cooption } from './police-and-crime-panel.commands';
import { PoliceAndCrimePanelEvent } from './police-and-crime-panel.events';
import {
  PANEL_COOPTED_COUNCILLOR_BALANCE,
  PANEL_COOPTED_COUNCILLOR_UNANIMITY,
  PANEL_COOPTED_SEATS_FULL,
  PANEL_COOPTEE_DISQUALIFIED,
} from './police-and-crime-panel.rules';
import { Established, joiningPanel, serving } from './police-and-crime-panel.state';

/*
 * Who the panel may co-opt, and how (PRSRA 2011 Sch 6 paras 4, 21-23).
 */
export function decideCooption(d: Cooption, s: Established, ctx: DecisionContext): PoliceAndCrimePanelEvent[] {
  const on = ctx.effectiveOn;
  const commissionerCheck = joiningPanel(s, d, ctx);
  requireRule(
    PANEL_COOPTEE_DISQUALIFIED,
    d.disqualifyingRoles.length === 0,
    `${d.person} cannot be co-opted while holding: ${d.disqualifyingRoles.join(', ')}.`,
  );
  const coopted = serving(s).filter((m) => m.kind === 'coopted');
  requireRule(
    PANEL_COOPTED_SEATS_FULL,
    coopted.length < s.cooptedNumber,
    `The panel already has its ${s.cooptedNumber} co-opted members.`,
  );
  if (d.councillorOfArea) {
    // Sch 6 para 23: with two co-optees neither may be a councillor; with three or more, a
    // councillor only if at least two *other co-optees in post* are not councillors (persons, not seats).
    const othersNotCouncillors = coopted.filter((m) => !m.councillorOfArea).length;
    requireRule(
      PANEL_COOPTED_COUNCILLOR_BALANCE,
      s.cooptedNumber >= 3 && othersNotCouncillors >= 2,
      s.cooptedNumber < 3
        ? `With ${s.cooptedNumber} co-optees, neither may be a councillor of the area.`
        : `A councillor can be co-opted only if at least two other co-optees in post are not councillors of the area; ${othersNotCouncillors} ${othersNotCouncillors === 1 ? 'is' : 'are'}.`,
    );
    requireRule(
      PANEL_COOPTED_COUNCILLOR_UNANIMITY,
      d.unanimousPanelAgreement === true,
      `Co-opting ${d.person}, a councillor, needs the unanimous agreement of the panel.`,
    );
  }
  return [
    {
      type: 'MemberCoopted',
      data: {
        memberId: d.memberId,
        person: d.person,
        independent: d.independent,
        councillorOfArea: d.councillorOfArea,
        homeOfficeNotifiedOn: d.homeOfficeNotifiedOn ?? null,
        cooptedOn: on,
      },
      findings: commissionerCheck,
    },
  ];
}
