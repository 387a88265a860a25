import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

export type MemberKind = 'councillor' | 'coopted';

/**
 * One person on the panel on the day of a decision. Vote and veto events carry the
 * whole list (the roster snapshot), because the two-thirds threshold counts every
 * person who is a member at that time (Sch 5 para 4(4)), co-optees included.
 */
export interface MemberAtTime {
  memberId: string;
  name: string;
  kind: MemberKind;
}

/** Roles that disqualify a person from co-option (Sch 6 para 22). */
export type CoopteeDisqualification = 'opcc_staff' | 'police_civilian_staff' | 'mp' | 'am' | 'msp' | 'mep';

export interface QuorumRule {
  /** Minimum number of voting members present, e.g. 3 (S1: "3 voting Members"). */
  minimumPresent: number;
  /** The rule as the rules of procedure word it. */
  text: string;
}

export type PanelEstablished = DomainEvent<
  'PanelEstablished',
  { forceArea: string; name: string; aliases: string[]; country: 'england' | 'wales'; councils: string[]; relevantNumber: number; establishedOn: IsoDate }
>;
export type PanelAliasAdded = DomainEvent<'PanelAliasAdded', { alias: string }>;
export type PanelArrangementsNotified = DomainEvent<'PanelArrangementsNotified', { notifiedOn: IsoDate }>;
export type MemberAppointed = DomainEvent<'MemberAppointed', { memberId: string; person: string; council: string; politicalGroup: string | null; appointedOn: IsoDate }>;
export type MemberCoopted = DomainEvent<
  'MemberCoopted',
  { memberId: string; person: string; independent: boolean; councillorOfArea: boolean; homeOfficeNotifiedOn: IsoDate | null; cooptedOn: IsoDate }
>;
export type MemberLeft = DomainEvent<'MemberLeft', { memberId: string; reason: string; leftOn: IsoDate }>;
export type CoOptedNumberResolved = DomainEvent<'CoOptedNumberResolved', { number: number; secretaryOfStateAgreedOn: IsoDate | null; resolvedOn: IsoDate }>;
export type RulesOfProcedureAdopted = DomainEvent<'RulesOfProcedureAdopted', { quorumRule: QuorumRule; documentRef: string | null; adoptedOn: IsoDate }>;

export type PoliceAndCrimePanelEvent =
  | PanelEstablished
  | PanelAliasAdded
  | PanelArrangementsNotified
  | MemberAppointed
  | MemberCoopted
  | MemberLeft
  | CoOptedNumberResolved
  | RulesOfProcedureAdopted;

export const PANEL_EVENT_TYPES = {
  PanelEstablished: 1,
  PanelAliasAdded: 1,
  PanelArrangementsNotified: 1,
  MemberAppointed: 1,
  MemberCoopted: 1,
  MemberLeft: 1,
  CoOptedNumberResolved: 1,
  RulesOfProcedureAdopted: 1,
} as const;
