import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';

export interface SummonsArea {
  /** Local government area, e.g. "Medway". */
  name: string;
  country: 'england' | 'wales';
  policeAreas: string[];
}

export interface RaConsultation {
  authority: string;
  consultedOn: IsoDate;
  /** Summary of the authority's views, which the PCC must consider (reg 14A(3)). */
  views: string | null;
}

/**
 * Schema v2 added `repsPerAuthority` (reg 14A(2)(b): the PCC may specify how many
 * representatives). v1 events did not record it; they are read with null ("not specified").
 * See csp-meeting-summons.upcasters.ts.
 */
export type MeetingSummonsIssued = DomainEvent<
  'MeetingSummonsIssued',
  {
    forceArea: string;
    areas: SummonsArea[];
    authoritiesRequired: string[];
    repsPerAuthority: number | null;
    strategies: string[];
    meetingDate: IsoDate;
    venue: string | null;
    consultedRAs: RaConsultation[];
    proportionalityReason: string;
    issuedOn: IsoDate;
  }
>;
export type SummonedMeetingHeld = DomainEvent<
  'SummonedMeetingHeld',
  { heldOn: IsoDate; attendedBy: { authority: string; representatives: string[] }[]; absent: string[] }
>;

export type CspMeetingSummonsEvent = MeetingSummonsIssued | SummonedMeetingHeld;

export const CSP_MEETING_SUMMONS_EVENT_TYPES = { MeetingSummonsIssued: 2, SummonedMeetingHeld: 1 } as const;
