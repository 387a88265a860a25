import type { ProcessLabels } from '../core/labels';
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
