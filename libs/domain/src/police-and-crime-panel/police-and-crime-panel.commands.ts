import type { Command } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { CoopteeDisqualification, QuorumRule } from './police-and-crime-panel.events';

export type EstablishPanel = Command<
  'EstablishPanel',
  { forceArea: string; name: string; aliases?: string[]; country: 'england' | 'wales'; councils: string[] }
>;
export type AddPanelAlias = Command<'AddPanelAlias', { alias: string }>;
export type NotifyPanelArrangements = Command<'NotifyPanelArrangements', Record<string, never>>;
export type AppointMember = Command<
  'AppointMember',
  {
    memberId: string;
    person: string;
    council: string;
    politicalGroup?: string | null;
    /** True if the person is the police and crime commissioner for the area (Sch 6 para 21). */
    isCommissioner: boolean;
  }
>;
export interface Cooption {
  memberId: string;
  person: string;
  independent: boolean;
  /** A councillor of a council in the police area (Sch 6 para 23). */
  councillorOfArea: boolean;
  isCommissioner: boolean;
  /** Roles the person holds that bar co-option (Sch 6 para 22); empty if none. */
  disqualifyingRoles: CoopteeDisqualification[];
  /** Co-opting a councillor needs the unanimous agreement of the panel. */
  unanimousPanelAgreement?: boolean;
  homeOfficeNotifiedOn?: IsoDate | null;
}
export type CooptMember = Command<'CooptMember', Cooption>;
export type RecordMemberLeft = Command<'RecordMemberLeft', { memberId: string; reason: string }>;
export type ResolveCoOptedNumber = Command<
  'ResolveCoOptedNumber',
  { number: number; secretaryOfStateAgreedOn?: IsoDate | null }
>;
export type AdoptRulesOfProcedure = Command<
  'AdoptRulesOfProcedure',
  { quorumRule: QuorumRule; documentRef?: string | null }
>;

export type PoliceAndCrimePanelCommand =
  | EstablishPanel
  | AddPanelAlias
  | NotifyPanelArrangements
  | AppointMember
  | CooptMember
  | RecordMemberLeft
  | ResolveCoOptedNumber
  | AdoptRulesOfProcedure;
