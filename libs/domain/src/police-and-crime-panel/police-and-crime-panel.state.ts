import { DecisionContext } from '../core/decider';
import { compareDates, IsoDate } from '../core/calendar';
import { checkRule, requireRule, RuleFinding } from '../core/rules';
import { MemberKind, PanelEstablishment, QuorumRule } from './police-and-crime-panel.events';
import {
  PANEL_COMMISSIONER_NOT_MEMBER,
  PANEL_COMMISSIONER_UNVERIFIED,
  PANEL_MEMBERSHIP_CHANGE_INVALID,
} from './police-and-crime-panel.rules';

/*
 * The panel's state: its establishment and memberships over time (PRSRA 2011 Sch 6).
 */
/** One period of service. `to` is the day the member ceased (not a member on that day). */
export interface Membership {
  memberId: string;
  person: string;
  kind: MemberKind;
  council: string | null;
  politicalGroup: string | null;
  independent: boolean | null;
  councillorOfArea: boolean;
  from: IsoDate;
  to: IsoDate | null;
}

export type PoliceAndCrimePanelState =
  | { status: 'none' }
  | (PanelEstablishment & {
      status: 'established';
      cooptedNumber: number;
      establishedOn: IsoDate;
      arrangementsNotifiedOn: IsoDate | null;
      quorumRule: QuorumRule | null;
      /** Every rule of procedure adopted, in order: the quorum in force on any past date is derived from it. */
      quorumRules: Array<{ rule: QuorumRule; adoptedOn: IsoDate }>;
      /** Every period of service ever recorded, in order: the roster for any past date is derived from it. */
      memberships: Membership[];
    });

export type Established = Extract<PoliceAndCrimePanelState, { status: 'established' }>;

/** The first commissioners took office on 22 November 2012 (s.50(2)): before it no one was one. */
const FIRST_TERM_START: IsoDate = '2012-11-22';

/**
 * The PCC is never a member (Sch 6 para 21). Who holds the office comes from the office
 * record where the ledger has one; otherwise the caller's word is taken, with a finding.
 */
function notTheCommissioner(d: { person: string; isCommissioner: boolean }, ctx: DecisionContext): RuleFinding[] {
  requireRule(
    PANEL_COMMISSIONER_NOT_MEMBER,
    !d.isCommissioner,
    `${d.person} is the police and crime commissioner and cannot be a member of the panel.`,
  );
  const office = ctx.facts?.election;
  if (office === undefined || compareDates(ctx.effectiveOn, FIRST_TERM_START) < 0) return [];
  if (office === null || office.holder === null) {
    return checkRule(
      PANEL_COMMISSIONER_UNVERIFIED,
      false,
      `No commissioner in office is on record for the police area on ${ctx.effectiveOn}, so that ${d.person} is not the commissioner is the caller's word, not verified.`,
    );
  }
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  requireRule(
    PANEL_COMMISSIONER_NOT_MEMBER,
    !same(office.holder, d.person),
    `The record shows ${office.holder} holding the office of commissioner on ${ctx.effectiveOn}: the commissioner cannot be a member of the panel.`,
  );
  return [];
}

export const serving = (s: Established) => s.memberships.filter((m) => m.to === null);

/**
 * What every way onto the panel checks first, appointment or co-option (Sch 6 paras 4, 21):
 * the person is not the commissioner and is not already serving. Returns the findings of the
 * commissioner check, for the joining event.
 */
export function joiningPanel(
  s: Established,
  d: { memberId: string; person: string; isCommissioner: boolean },
  ctx: DecisionContext,
): RuleFinding[] {
  const commissionerCheck = notTheCommissioner(d, ctx);
  requireRule(
    PANEL_MEMBERSHIP_CHANGE_INVALID,
    !serving(s).some((m) => m.memberId === d.memberId),
    `${d.person} is already serving on the panel.`,
  );
  return commissionerCheck;
}
