import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

import type { MemberAtTime, QuorumRule } from '../core/record-facts';

export type { MemberAtTime, QuorumRule };
export type MemberKind = MemberAtTime['kind'];

/** Roles that disqualify a person from co-option (Sch 6 para 22). */
export type CoopteeDisqualification = 'opcc_staff' | 'police_civilian_staff' | 'mp' | 'am' | 'msp' | 'mep';

/** The panel as its establishment records it, and as its case keeps it. */
export interface PanelEstablishment {
  forceArea: string;
  name: string;
  aliases: string[];
  country: 'england' | 'wales';
  councils: string[];
  relevantNumber: number;
}
export type PanelEstablished = DomainEvent<'PanelEstablished', PanelEstablishment & { establishedOn: IsoDate }>;
export type PanelAliasAdded = DomainEvent<'PanelAliasAdded', { alias: string }>;
export type PanelArrangementsNotified = DomainEvent<'PanelArrangementsNotified', { notifiedOn: IsoDate }>;
export type MemberAppointed = DomainEvent<
  'MemberAppointed',
  { memberId: string; person: string; council: string; politicalGroup: string | null; appointedOn: IsoDate }
>;
export type MemberCoopted = DomainEvent<
  'MemberCoopted',
  {
    memberId: string;
    person: string;
    independent: boolean;
    councillorOfArea: boolean;
    homeOfficeNotifiedOn: IsoDate | null;
    cooptedOn: IsoDate;
  }
>;
export type MemberLeft = DomainEvent<'MemberLeft', { memberId: string; reason: string; leftOn: IsoDate }>;
export type CoOptedNumberResolved = DomainEvent<
  'CoOptedNumberResolved',
  { number: number; secretaryOfStateAgreedOn: IsoDate | null; resolvedOn: IsoDate }
>;
export type RulesOfProcedureAdopted = DomainEvent<
  'RulesOfProcedureAdopted',
  { quorumRule: QuorumRule; documentRef: string | null; adoptedOn: IsoDate }
>;

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
