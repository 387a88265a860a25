import { addDays, compareDates, IsoDate, isAfter, maxDate } from '../core/calendar';
import { decideOnCase, Decider, requireNewCase, unopened } from '../core/decider';
import { evolveOnCase } from '../core/evolve-on-case';
import { type DeadlineSpec, deadlineOf } from '../core/deadlines';
import { flagLate, PROCESS_ORDER, requireRule, RuleFinding, warningOf } from '../core/rules';
import { addMonths } from '../commissioner-office/commissioner-office.calendar';
import { DPI_REGIME_START as DPI_REGIME_BEGAN } from '../panel-meeting/panel-meeting.rules';
import type { InterestsRegisterCommand } from './interests-register.commands';
import { pick } from '../core/pick';
import {
  DispensationGranted,
  INTERESTS_REGISTER_EVENT_TYPES,
  InterestDisclosedAtMeeting,
  InterestsRegisterEvent,
  NotifiedInterest,
} from './interests-register.events';
import {
  DISCLOSURE_NOT_FOUND,
  DISCLOSURE_NOTIFIED_LATE,
  DISPENSATION_NO_WRITTEN_REQUEST,
  DISPENSATION_PERIOD_INVALID,
  INTEREST_NOT_ON_REGISTER,
  INTERESTS_NOTIFIED_LATE,
  MEMBERSHIP_DATE_UNVERIFIED,
} from './interests-register.rules';

type Disclosure = InterestDisclosedAtMeeting['data'] & { notifiedOn: IsoDate | null };
type Dispensation = DispensationGranted['data'];

export type InterestsRegisterState =
  | { status: 'none' }
  | {
      status: 'open';
      forceArea: string;
      /** The member as the panel's roster names them (PoliceAndCrimePanel case and memberId), so a vote can be checked against this register. */
      panelId: string;
      memberId: string;
      member: string;
      becameMemberOn: IsoDate;
      initialNotifiedOn: IsoDate | null;
      interests: Array<NotifiedInterest & { registeredOn: IsoDate; removedOn: IsoDate | null }>;
      disclosures: Disclosure[];
      requests: Array<{ requestRef: string; requestedOn: IsoDate }>;
      dispensations: Dispensation[];
    };

const WITHHELD = 'Details withheld (Localism Act 2011 s.32(2))';

/** "Before the end of 28 days beginning with" a day: that day is day 1, so the last day is 27 days later. */
const within28Days = (d: IsoDate): IsoDate => addDays(d, 27);

/** The s.30(1) duty: for members in post when the regime began, it ran from 1 July 2012. */
function initialNotificationDue(becameMemberOn: IsoDate): IsoDate {
  return within28Days(maxDate(becameMemberOn, DPI_REGIME_BEGAN));
}

/** A disclosure starts the s.31(3) duty only for a DPI not already on the register. */
const needsNotification = (d: Disclosure): boolean => d.category === 'dpi' && d.registeredInterestId === null;

/**
 * Localism Act 2011 ss.29-33 for one member of the panel: the register of interests, the
 * 28-day notifications (s.30(1) on joining, s.31(3) after a disclosure at a meeting), and
 * dispensations from the s.31(4) bar on discussing and voting.
 */
export const interestsRegister: Decider<InterestsRegisterState, InterestsRegisterCommand, InterestsRegisterEvent> = {
  aggregateType: 'InterestsRegister',
  streamPrefix: 'interests-register',
  eventTypes: INTERESTS_REGISTER_EVENT_TYPES,
  /*
   * Members' interests (Localism Act 2011 ss.29-33): kept by the monitoring officer who
   * serves the panel, through its secretariat.
   */
  commands: {
    OpenMemberInterests: {
      label: "The panel opens a register of a member's interests",
      body: 'panel',
      legalBasis: 'Localism Act 2011 s.29(1)',
      creates: true,
    },
    NotifyInterests: {
      label: 'A panel member notifies the monitoring officer of their interests',
      body: 'panel',
      legalBasis: 'Localism Act 2011 ss.30(1), (4), 31(3), (9)',
    },
    RemoveInterest: {
      label: "An interest is removed from the member's register",
      body: 'panel',
      legalBasis: 'Localism Act 2011 s.29(3)',
    },
    DiscloseInterestAtMeeting: {
      label: 'A panel member discloses an interest at a meeting',
      body: 'panel',
      legalBasis: 'Localism Act 2011 s.31(2), (4)',
    },
    RequestDispensation: {
      label: 'A panel member asks for a dispensation to take part despite an interest',
      body: 'panel',
      legalBasis: 'Localism Act 2011 s.33(1)',
    },
    GrantDispensation: {
      label: 'The panel grants a member a dispensation',
      body: 'panel',
      legalBasis: 'Localism Act 2011 s.33',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<InterestsRegisterState, InterestsRegisterEvent, 'MemberInterestsOpened'>(
    {
      MemberInterestsOpened: ({ data }) => ({
        status: 'open',
        ...pick(data, 'forceArea', 'panelId', 'memberId', 'member', 'becameMemberOn'),
        initialNotifiedOn: null,
        interests: [],
        disclosures: [],
        requests: [],
        dispensations: [],
      }),
    },
    {
      InterestsNotified: ({ data: d }, state) => {
        const interests = [
          ...state.interests.filter((i) => !d.interests.some((n) => n.interestId === i.interestId)),
          ...d.interests.map((i) => ({ ...i, registeredOn: d.notifiedOn, removedOn: null })),
        ];
        const disclosures = state.disclosures.map((x) =>
          x.disclosureId === d.disclosureId ? { ...x, notifiedOn: d.notifiedOn } : x,
        );
        return {
          ...state,
          interests,
          disclosures,
          initialNotifiedOn:
            d.occasion === 'taking_office' && state.initialNotifiedOn === null ? d.notifiedOn : state.initialNotifiedOn,
        };
      },
      InterestRemoved: ({ data }, state) => ({
        ...state,
        interests: state.interests.map((i) =>
          i.interestId === data.interestId ? { ...i, removedOn: data.removedOn } : i,
        ),
      }),
      InterestDisclosedAtMeeting: ({ data }, state) => ({
        ...state,
        disclosures: [...state.disclosures, { ...data, notifiedOn: null }],
      }),
      DispensationRequested: ({ data }, state) => ({
        ...state,
        requests: [...state.requests, pick(data, 'requestRef', 'requestedOn')],
      }),
      DispensationGranted: ({ data }, state) => ({ ...state, dispensations: [...state.dispensations, data] }),
    },
  ),

  decide: decideOnCase<InterestsRegisterState, InterestsRegisterCommand, InterestsRegisterEvent, 'OpenMemberInterests'>(
    'OpenMemberInterests',
    (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, "This member's register is already open.");
      const d = command.data;
      requireRule(
        PROCESS_ORDER,
        !isAfter(d.becameMemberOn, on),
        `A register is opened for a member; ${d.member} joins only on ${d.becameMemberOn}.`,
      );
      const unverified = warningOf(
        MEMBERSHIP_DATE_UNVERIFIED,
        `${d.member} (${d.memberId} on panel ${d.panelId}) is recorded as joining on ${d.becameMemberOn}, as the secretariat gave it, not checked against the panel's roster; the 28-day duty runs from that day.`,
      );
      return [
        {
          type: 'MemberInterestsOpened',
          data: {
            ...pick(d, 'forceArea', 'panelId', 'memberId', 'member', 'memberKind', 'becameMemberOn'),
            openedOn: on,
          },
          findings: [unverified],
        },
      ];
    },
    'No register of interests is open for this member under this reference.',
    {
      NotifyInterests: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const d = command.data;
        const disclosureId = d.disclosureId ?? null;
        const findings: RuleFinding[] = [];
        if (d.occasion === 'taking_office') {
          requireRule(
            PROCESS_ORDER,
            s.initialNotifiedOn === null,
            'The notification on taking office is already on record; record later changes as "other".',
          );
          const due = initialNotificationDue(s.becameMemberOn);
          findings.push(
            ...flagLate(
              INTERESTS_NOTIFIED_LATE,
              !isAfter(on, due),
              `${s.member} became a member on ${s.becameMemberOn}; the notification was due by ${due} and was given on ${on}.`,
            ),
          );
        }
        if (d.occasion === 'meeting_disclosure') {
          const x = s.disclosures.find((y) => y.disclosureId === disclosureId);
          requireRule(
            DISCLOSURE_NOT_FOUND,
            x !== undefined && x.notifiedOn === null,
            `There is no disclosure ${disclosureId} awaiting notification.`,
          );
          const due = within28Days((x as Disclosure).disclosedOn);
          if (needsNotification(x as Disclosure))
            findings.push(
              ...flagLate(
                DISCLOSURE_NOTIFIED_LATE,
                !isAfter(on, due),
                `The interest disclosed on ${(x as Disclosure).disclosedOn} was due to be notified by ${due}; it was notified on ${on}.`,
              ),
            );
        }
        // s.32(2): the ledger is a published record, so a sensitive interest's details never enter it.
        const interests = d.interests.map((i) => (i.sensitive ? { ...i, description: WITHHELD } : i));
        return [
          {
            type: 'InterestsNotified',
            data: {
              interests,
              occasion: d.occasion,
              disclosureId: d.occasion === 'meeting_disclosure' ? disclosureId : null,
              notifiedOn: on,
            },
            findings,
          },
        ];
      },
      RemoveInterest: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireRule(
          INTEREST_NOT_ON_REGISTER,
          s.interests.some((i) => i.interestId === command.data.interestId && i.removedOn === null),
          `Interest ${command.data.interestId} is not on the register.`,
        );
        return [
          {
            type: 'InterestRemoved',
            data: { ...pick(command.data, 'interestId', 'reason'), removedOn: on },
          },
        ];
      },
      DiscloseInterestAtMeeting: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const d = command.data;
        requireRule(
          PROCESS_ORDER,
          !s.disclosures.some((x) => x.disclosureId === d.disclosureId),
          `Disclosure ${d.disclosureId} is already on record.`,
        );
        const registered = s.interests.find(
          (i) => i.removedOn === null && i.category === d.category && i.description === d.description,
        );
        return [
          {
            type: 'InterestDisclosedAtMeeting',
            data: {
              ...pick(d, 'disclosureId', 'meetingRef', 'item', 'category', 'description'),
              registeredInterestId: registered?.interestId ?? null,
              disclosedOn: on,
            },
          },
        ];
      },
      RequestDispensation: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireRule(
          PROCESS_ORDER,
          !s.requests.some((r) => r.requestRef === command.data.requestRef),
          `Request ${command.data.requestRef} is already on record.`,
        );
        return [
          {
            type: 'DispensationRequested',
            data: { ...pick(command.data, 'requestRef', 'business'), requestedOn: on },
          },
        ];
      },
      GrantDispensation: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        const d = command.data;
        requireRule(
          DISPENSATION_NO_WRITTEN_REQUEST,
          s.requests.some((r) => r.requestRef === d.requestRef && !isAfter(r.requestedOn, on)),
          `No written request ${d.requestRef} from ${s.member} is on record.`,
        );
        const longest = addDays(addMonths(d.from, 48), -1);
        requireRule(
          DISPENSATION_PERIOD_INVALID,
          !isAfter(d.from, d.to) && !isAfter(d.to, longest),
          `A dispensation from ${d.from} may run at most four years, to ${longest}; this one runs to ${d.to}.`,
        );
        requireRule(
          PROCESS_ORDER,
          !s.dispensations.some((x) => x.dispensationId === d.dispensationId),
          `Dispensation ${d.dispensationId} is already on record.`,
        );
        return [
          {
            type: 'DispensationGranted',
            data: { ...d, relievesFrom: [...new Set(d.relievesFrom)].sort(), grantedOn: on },
          },
        ];
      },
    },
  ),

  deadlines(state): DeadlineSpec[] {
    if (state.status === 'none') return [];
    const initial: DeadlineSpec = deadlineOf(INTERESTS_NOTIFIED_LATE, {
      key: 'interests.initial-notification',
      label: `${state.member}: notify disclosable pecuniary interests on joining`,
      dueOn: initialNotificationDue(state.becameMemberOn),
      startsOn: maxDate(state.becameMemberOn, DPI_REGIME_BEGAN),
      completedOn: state.initialNotifiedOn,
      owner: 'panel',
    });
    const after = state.disclosures.filter(needsNotification).map((x): DeadlineSpec =>
      deadlineOf(DISCLOSURE_NOTIFIED_LATE, {
        key: `interests.disclosure.${x.disclosureId}`,
        label: `${state.member}: notify the interest disclosed at ${x.meetingRef}`,
        dueOn: within28Days(x.disclosedOn),
        startsOn: x.disclosedOn,
        completedOn: x.notifiedOn,
        owner: 'panel',
      }),
    );
    return [initial, ...after];
  },
};

/**
 * Whether the register bars the member from a vote on an item (s.31(4)): a DPI disclosed
 * for that item at that meeting, with no dispensation in force on the day that relieves
 * the vote for that business (s.33(1)). For the panel meeting to read, not the caller.
 */
export function votingBarredByRegister(
  state: InterestsRegisterState,
  meeting: { meetingRef: string; item: string; on: IsoDate },
): { barred: boolean; disclosureId: string | null } {
  if (state.status === 'none') return { barred: false, disclosureId: null };
  const dpi = state.disclosures.find(
    (x) => x.category === 'dpi' && x.meetingRef === meeting.meetingRef && x.item === meeting.item,
  );
  if (!dpi) return { barred: false, disclosureId: null };
  const dispensed = state.dispensations.some(
    (x) =>
      x.relievesFrom.includes('vote') &&
      x.business.includes(meeting.item) &&
      compareDates(x.from, meeting.on) <= 0 &&
      compareDates(meeting.on, x.to) <= 0,
  );
  return { barred: !dispensed, disclosureId: dpi.disclosureId };
}
