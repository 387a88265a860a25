import type { ProcessLabels } from '../core/labels';

export const grantLabels: ProcessLabels = {
  aggregateType: 'Grant',
  name: 'Crime and disorder grant',
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
