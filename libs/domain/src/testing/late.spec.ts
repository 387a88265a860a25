import { grant } from '../grant/grant.decider';
import type { GrantAwarded } from '../grant/grant.events';
import { flagsLateAfter } from './late';
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
const publish = { type: 'PublishGrant' as const, data: {} };

describe('flagsLateAfter', () => {
  it('passes when the act is on time on the last day and flagged the day after, returning the late events', () => {
    const [e] = flagsLateAfter(
      grant,
      [on('2014-04-10', awarded)],
      publish,
      { lastDay: '2014-05-31', lateOn: '2014-06-01' },
      'GRANT_PUBLICATION_LATE',
    );
    expect(e.type).toBe('GrantPublished');
  });

  it('fails when the act is flagged on what is said to be its last day', () => {
    expect(() =>
      flagsLateAfter(
        grant,
        [on('2014-04-10', awarded)],
        publish,
        { lastDay: '2014-06-01', lateOn: '2014-06-02' },
        'GRANT_PUBLICATION_LATE',
      ),
    ).toThrow();
  });

  it('fails when the late act carries another finding', () => {
    expect(() =>
      flagsLateAfter(
        grant,
        [on('2014-04-10', awarded)],
        publish,
        { lastDay: '2014-05-31', lateOn: '2014-06-01' },
        'SOME_OTHER_RULE',
      ),
    ).toThrow();
  });
});
