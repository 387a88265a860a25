import type { ProcessLabels } from '../core/labels';
import type { CommunitySafetyPartnershipState } from './community-safety-partnership.decider';

export const communitySafetyPartnershipLabels: ProcessLabels = {
  aggregateType: 'CommunitySafetyPartnership',
  name: 'Community Safety Partnership',
  /** What the case's status means, in words (every status the state can hold). */
  statuses: {
    none: 'Nothing recorded yet',
    active: 'Working',
  } satisfies Record<CommunitySafetyPartnershipState['status'], string>,
  events: {
    PartnershipRegistered: 'Community Safety Partnership registered',
    CspMeetingHeld: 'Partnership meeting held',
    PaperTabled: 'Paper tabled at a partnership meeting',
    PartnershipPlanSentToPCC: 'Partnership plan sent to the commissioner',
    CommunitySafetyAgreementSentToPCC: 'Community safety agreement sent to the commissioner',
    StrategyGroupPublicMeetingHeld: 'County strategy group held its public meeting',
  },
  fields: {
    countyStrategyGroup: 'County strategy group',
    registeredOn: 'Registered on',
    classificationAsPrinted: 'Marking printed on the paper',
    tabledOn: 'Tabled on',
    planTitle: 'Plan',
    agreementTitle: 'Agreement',
    seniorOfficersAttending: 'Senior officers attending',
  },
};
