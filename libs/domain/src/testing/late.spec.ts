import { grant } from '../grant/grant.decider';
import type { GrantAwarded } from '../grant/grant.events';
import { doneLate } from './late';
import { on } from './spec';

const awarded: GrantAwarded = {
  type: 'GrantAwarded',
  data: {
    forceArea: 'kent',
    recipient: 'Victim Support',
    amount: 1000,
    purpose: 'Victim services',
    conditions: [],
    reasons: 'Supports victims',
    period: null,
    awardedOn: '2014-04-10',
    awardDateKnown: true,
    publicationDueOn: '2014-05-31',
  },
};
const history = [on('2014-04-10', awarded)];
const publish = { type: 'PublishGrant' as const, data: {} };

describe('doneLate', () => {
  it('checks the act is on time on its last day and hands back the act done late', () => {
    const [e] = doneLate(grant, history, publish, { lastDay: '2014-05-31', lateOn: '2014-06-01' }).thenFlags(
      'GRANT_PUBLICATION_LATE',
    );
    expect(e.type).toBe('GrantPublished');
  });

  it('fails when the act is flagged on what is said to be its last day', () => {
    expect(() => doneLate(grant, history, publish, { lastDay: '2014-06-01', lateOn: '2014-06-02' })).toThrow();
  });
});
