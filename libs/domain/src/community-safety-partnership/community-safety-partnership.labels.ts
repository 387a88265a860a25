import type { ProcessLabels } from '../core/labels';

export const communitySafetyPartnershipLabels: ProcessLabels = {
  aggregateType: 'CommunitySafetyPartnership',
  name: 'Community Safety Partnership',
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
