import type { ProcessLabels } from '../core/labels';
import type { GrantCommand } from './grant.commands';
import type { GrantState } from './grant.decider';

export const grantLabels: ProcessLabels = {
  aggregateType: 'Grant',
  name: 'Crime and disorder grant',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    awarded: 'Awarded, not yet published',
    published: 'Awarded and published',
  } satisfies Record<GrantState['status'], string>,
  /** What each act of the process does, in words a panel officer would use. */
  acts: {
    AwardGrant: 'The commissioner awards a crime and disorder grant',
    PublishGrant: 'The commissioner publishes the grant',
    RequireGrantRepayment: 'The commissioner requires the grant to be repaid',
  } satisfies Record<GrantCommand['type'], string>,
  events: {
    GrantAwarded: 'Grant awarded by the commissioner',
    GrantPublished: 'Grant published',
    GrantRepaymentRequired: 'Repayment of the grant required',
  },
  fields: {
    recipient: 'Recipient',
    conditions: 'Conditions',
    awardedOn: 'Awarded on',
    awardDateKnown: 'Award date known',
    publicationDueOn: 'Publication due by',
    conditionRelied: 'Condition relied on',
    requiredOn: 'Required on',
  },
};
