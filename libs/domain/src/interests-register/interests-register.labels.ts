import type { ProcessLabels } from '../core/labels';
import type { InterestsRegisterState } from './interests-register.decider';

export const interestsRegisterLabels: ProcessLabels = {
  aggregateType: 'InterestsRegister',
  name: "Register of panel members' interests",
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    open: 'Open',
  } satisfies Record<InterestsRegisterState['status'], string>,
  events: {
    MemberInterestsOpened: "Member's register of interests opened",
    InterestsNotified: 'Interests notified by the member',
    InterestRemoved: 'Interest removed from the register',
    InterestDisclosedAtMeeting: 'Interest disclosed at a meeting',
    DispensationRequested: 'Dispensation requested',
    DispensationGranted: 'Dispensation granted',
  },
  fields: {
    panelId: 'Panel',
    member: 'Member',
    memberKind: 'Kind of member',
    becameMemberOn: 'Became a member on',
    openedOn: 'Opened on',
    interests: 'Interests',
    occasion: 'Occasion',
    disclosureId: 'Disclosure',
    interestId: 'Interest',
    removedOn: 'Removed on',
    category: 'Category',
    registeredInterestId: 'Registered interest',
    disclosedOn: 'Disclosed on',
    requestRef: 'Request',
    business: 'Business',
    dispensationId: 'Dispensation',
    ground: 'Ground',
    relievesFrom: 'Relieves from',
    from: 'From',
    to: 'To',
    grantedOn: 'Granted on',
  },
};
