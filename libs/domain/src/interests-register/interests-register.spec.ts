import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, recorded, spec } from '../testing/spec';
import { interestsRegister as decider, votingBarredByRegister } from './interests-register.decider';
import type { OpenMemberInterests } from './interests-register.commands';
import type { InterestsRegisterEvent } from './interests-register.events';
import { doneLate } from '../testing/late';

type E = InterestsRegisterEvent;
const openRegister: OpenMemberInterests = {
  type: 'OpenMemberInterests',
  data: {
    forceArea: 'kent',
    panelId: 'kent-pcp',
    memberId: 'm-a-member',
    member: 'Cllr A. Member',
    memberKind: 'councillor',
    becameMemberOn: '2013-06-03',
  },
};
const opened = on('2013-06-10', recorded(openRegister, 'MemberInterestsOpened', { openedOn: '2013-06-10' }) as E);
const land = {
  interestId: 'land-1',
  category: 'dpi' as const,
  description: 'Freehold of 1 High Street, Maidstone',
  sensitive: false,
};
const notified = on('2013-06-20', {
  type: 'InterestsNotified',
  data: { interests: [land], occasion: 'taking_office', disclosureId: null, notifiedOn: '2013-06-20' },
} as E);
const disclosed = on('2014-02-04', {
  type: 'InterestDisclosedAtMeeting',
  data: {
    disclosureId: 'd-1',
    meetingRef: 'kent-pcp-2014-02-04',
    item: 'precept-2014-15',
    category: 'dpi',
    description: 'Spouse employed by Kent Police',
    registeredInterestId: null,
    disclosedOn: '2014-02-04',
  },
} as E);
const requested = on('2014-01-20', {
  type: 'DispensationRequested',
  data: { requestRef: 'req-1', business: 'precept-2014-15', requestedOn: '2014-01-20' },
} as E);

/** The dispensation granted on 27 January 2014 (ground b, to vote on the precept), running to `to`. */
const dispensationGranted = (to: string) =>
  ({
    type: 'DispensationGranted',
    data: {
      dispensationId: 'disp-1',
      requestRef: 'req-1',
      ground: 'b',
      relievesFrom: ['vote'],
      business: ['precept-2014-15'],
      from: '2014-01-27',
      to,
      grantedOn: '2014-01-27',
    },
  }) as E;

describe('InterestsRegister (Localism Act 2011 ss.29-33)', () => {
  it('given a member who joined on 3 June 2013, when the register is opened, then the 28-day duty runs to 30 June and the unverified joining date is flagged (s.30(1))', () => {
    spec(decider)
      .given()
      .when(openRegister, { effectiveOn: '2013-06-10' })
      .thenFlags('INTERESTS_MEMBERSHIP_UNVERIFIED');
    expect(
      deadlinesAsAt(decider, foldStream(decider, [opened]), '2013-06-30').map((d) => [d.key, d.dueOn, d.status]),
    ).toEqual([['interests.initial-notification', '2013-06-30', 'outstanding']]);
  });

  it('given the 28 days have run, when the member notifies on day 29, then the notification is late (s.30(1))', () => {
    const notify = {
      type: 'NotifyInterests' as const,
      data: { interests: [land], occasion: 'taking_office' as const },
    };
    doneLate(decider, [opened], notify, { lastDay: '2013-06-30', lateOn: '2013-07-01' }).thenFlags(
      'INTERESTS_NOTIFIED_LATE',
    );
  });

  it('given a member in post before the DPI regime began, when judged, then the 28 days run from 1 July 2012', () => {
    const early = on('2012-07-01', {
      type: 'MemberInterestsOpened',
      data: {
        forceArea: 'kent',
        panelId: 'kent-pcp',
        memberId: 'm-b',
        member: 'Cllr B',
        memberKind: 'councillor',
        becameMemberOn: '2012-06-01',
        openedOn: '2012-07-01',
      },
    } as E);
    expect(deadlinesAsAt(decider, foldStream(decider, [early]), '2012-07-29')[0]).toMatchObject({
      dueOn: '2012-07-28',
      status: 'no_record',
    });
  });

  it('given an unregistered DPI disclosed at a meeting, when it is notified 29 days later, then it is late (s.31(2)-(3)), and a registered interest starts no duty', () => {
    spec(decider)
      .given(opened, notified, disclosed)
      .when(
        {
          type: 'NotifyInterests',
          data: {
            interests: [
              { interestId: 'job-1', category: 'dpi', description: 'Spouse employed by Kent Police', sensitive: false },
            ],
            occasion: 'meeting_disclosure',
            disclosureId: 'd-1',
          },
        },
        { effectiveOn: '2014-03-04' },
      )
      .thenFlags('DISCLOSURE_NOTIFIED_LATE');
    const state = foldStream(decider, [opened, notified, disclosed]);
    expect(deadlinesAsAt(decider, state, '2014-02-10').map((d) => [d.key, d.dueOn])).toContainEqual([
      'interests.disclosure.d-1',
      '2014-03-03',
    ]);
    const [onRegister] = spec(decider)
      .given(opened, notified)
      .when(
        {
          type: 'DiscloseInterestAtMeeting',
          data: { disclosureId: 'd-2', meetingRef: 'm', item: 'i', category: 'dpi', description: land.description },
        },
        { effectiveOn: '2014-02-04' },
      )
      .events();
    expect(onRegister.data).toMatchObject({ registeredInterestId: 'land-1' });
    spec(decider)
      .given(opened)
      .when({ type: 'NotifyInterests', data: { interests: [], occasion: 'meeting_disclosure', disclosureId: 'nope' } })
      .thenThrows('DISCLOSURE_NOT_FOUND');
  });

  it('given no written request, when a dispensation is granted, then it is refused (s.33(1)); and it may not exceed four years (s.33(3))', () => {
    const grant = (to: string, requestRef = 'req-1') => ({
      type: 'GrantDispensation' as const,
      data: {
        dispensationId: 'disp-1',
        requestRef,
        ground: 'b' as const,
        relievesFrom: ['vote' as const],
        business: ['precept-2014-15'],
        from: '2014-01-27',
        to,
      },
    });
    spec(decider)
      .given(opened)
      .when(grant('2014-12-31'), { effectiveOn: '2014-01-27' })
      .thenThrows('DISPENSATION_NO_WRITTEN_REQUEST');
    spec(decider)
      .given(opened, requested)
      .when(grant('2018-01-27'), { effectiveOn: '2014-01-27' })
      .thenThrows('DISPENSATION_PERIOD_INVALID');
    spec(decider)
      .given(opened, requested)
      .when(grant('2018-01-26'), { effectiveOn: '2014-01-27' })
      .then([dispensationGranted('2018-01-26')]);
  });

  it('given a DPI disclosed on an item, when the register is asked about a vote on it, then the member is barred unless a dispensation covers the vote (s.31(4), s.33)', () => {
    const meeting = { meetingRef: 'kent-pcp-2014-02-04', item: 'precept-2014-15', on: '2014-02-04' };
    expect(votingBarredByRegister(foldStream(decider, [opened, notified, disclosed]), meeting)).toEqual({
      barred: true,
      disclosureId: 'd-1',
    });
    const dispensation = on('2014-01-27', dispensationGranted('2014-12-31'));
    expect(
      votingBarredByRegister(foldStream(decider, [opened, requested, dispensation, disclosed]), meeting).barred,
    ).toBe(false);
    expect(
      votingBarredByRegister(foldStream(decider, [opened, requested, dispensation, disclosed]), {
        ...meeting,
        on: '2015-02-04',
      }).barred,
    ).toBe(true);
    expect(votingBarredByRegister(foldStream(decider, [opened, notified]), meeting).barred).toBe(false);
  });

  it('given a sensitive interest, when notified, then its details never enter the record, only that it exists (s.32(2))', () => {
    const [e] = spec(decider)
      .given(opened)
      .when(
        {
          type: 'NotifyInterests',
          data: {
            interests: [
              { interestId: 'home', category: 'dpi', description: 'Home address, 2 Acacia Avenue', sensitive: true },
            ],
            occasion: 'taking_office',
          },
        },
        { effectiveOn: '2013-06-20' },
      )
      .events();
    expect(JSON.stringify(e.data)).not.toContain('Acacia');
    expect(e.data).toMatchObject({
      interests: [
        {
          interestId: 'home',
          category: 'dpi',
          description: 'Details withheld (Localism Act 2011 s.32(2))',
          sensitive: true,
        },
      ],
    });
  });

  it('removes only an interest on the register (s.29(3))', () => {
    spec(decider)
      .given(opened, notified)
      .when({ type: 'RemoveInterest', data: { interestId: 'land-1', reason: 'Sold' } }, { effectiveOn: '2014-05-01' })
      .then([{ type: 'InterestRemoved', data: { interestId: 'land-1', reason: 'Sold', removedOn: '2014-05-01' } }]);
    spec(decider)
      .given(opened)
      .when({ type: 'RemoveInterest', data: { interestId: 'land-1', reason: 'Sold' } })
      .thenThrows('INTEREST_NOT_ON_REGISTER');
    spec(decider)
      .given()
      .when({ type: 'RemoveInterest', data: { interestId: 'x', reason: 'x' } })
      .thenThrows('CASE_NOT_FOUND');
  });
});
