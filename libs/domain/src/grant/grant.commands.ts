import type { Command } from '../core/decider';
import type { GrantPeriod } from './grant.events';
import type { PublicationUrl } from '../publication';

export type AwardGrant = Command<
  'AwardGrant',
  {
    forceArea: string;
    recipient: string;
    amount: number | null;
    purpose: string;
    conditions: string[];
    reasons: string;
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
