import type { Command } from '../core/decider';
import type { GrantPeriod, GrantTerms } from './grant.events';
import type { PublicationUrl } from '../publication';

export type AwardGrant = Command<
  'AwardGrant',
  GrantTerms & {
    period?: GrantPeriod | null;
    awardDateKnown?: boolean;
  }
>;
export type PublishGrant = Command<'PublishGrant', PublicationUrl>;
export type RequireGrantRepayment = Command<
  'RequireGrantRepayment',
  { amount?: number | null; conditionRelied: string; reason: string }
>;

export type GrantCommand = AwardGrant | PublishGrant | RequireGrantRepayment;
