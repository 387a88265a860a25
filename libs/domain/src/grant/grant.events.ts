import type { DomainEvent } from '../core/decider';
import type { IsoDate } from '../core/calendar';
import type { Publication } from '../publication';

export interface GrantPeriod {
  from: IsoDate | null;
  to: IsoDate | null;
  /** The period as the source states it, e.g. "three years". */
  description: string | null;
}

/** The grant as the award command gives it and the award event keeps it (s.9). */
export interface GrantTerms {
  forceArea: string;
  recipient: string;
  /** Pounds; null when the source does not state it. */
  amount: number | null;
  purpose: string;
  conditions: string[];
  /** Why the PCC thinks the grant will secure, or help secure, crime and disorder reduction (s.9). */
  reasons: string;
}

export type GrantAwarded = DomainEvent<
  'GrantAwarded',
  GrantTerms & {
    period: GrantPeriod | null;
    awardedOn: IsoDate;
    /** False when only an upper bound of the award date is known (imported history). */
    awardDateKnown: boolean;
    /** Monthly publication (SI 2011/3050 para 3(f)); null when the award date is not known. */
    publicationDueOn: IsoDate | null;
  }
>;
export type GrantPublished = DomainEvent<'GrantPublished', Publication>;
export type GrantRepaymentRequired = DomainEvent<
  'GrantRepaymentRequired',
  { amount: number | null; conditionRelied: string; reason: string; requiredOn: IsoDate }
>;

export type GrantEvent = GrantAwarded | GrantPublished | GrantRepaymentRequired;

export const GRANT_EVENT_TYPES = { GrantAwarded: 1, GrantPublished: 1, GrantRepaymentRequired: 1 } as const;
