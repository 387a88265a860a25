import type { ExampleStep } from './example-step';

const CSP = { id: 'kent-csp' };

/** The Kent county strategy group through a year: meetings, papers, plan, agreement and its public meeting. */
export const communitySafetyPartnershipExamples: ExampleStep[] = [
  {
    op: 'RegisterPartnership',
    name: 'kent-csp',
    summary: 'Put the Kent county strategy group on the record',
    params: { area: 'kent' },
    value: { caseId: 'kent-csp', name: 'Kent Community Safety Partnership', areas: ['Kent'], country: 'england', policeAreas: ['kent'], responsibleAuthorities: ['Kent County Council', 'Kent Police', 'Kent Fire and Rescue Service'], countyStrategyGroup: true, effectiveAt: '2012-03-06' },
  },
  {
    op: 'RecordCspMeeting',
    name: 'kent-csp',
    summary: 'The strategy group met',
    params: CSP,
    value: { title: 'Kent CSP strategy group', note: 'Quorate; the community safety agreement refresh was agreed', effectiveAt: '2012-03-06' },
  },
  {
    op: 'TablePaper',
    name: 'kent-csp',
    summary: 'A paper was tabled, with its classification as printed',
    params: CSP,
    value: { documentRef: 'S0', title: 'Community Safety Agreement refresh', author: 'Kent County Council Community Safety Unit', access: 'open', exemptParas: [], purpose: 'for_information', classificationAsPrinted: 'Classification: For Information', recommendations: ['That the partnership notes the refresh'], meetingDate: '2012-03-06', effectiveAt: '2012-03-06' },
  },
  {
    op: 'SendPartnershipPlanToPCC',
    name: 'kent-csp',
    summary: 'The partnership plan is sent to the Kent PCC',
    params: CSP,
    value: { pcc: 'kent', planTitle: 'Kent Community Safety Plan 2013-14', period: '2013-14', effectiveAt: '2013-04-02' },
  },
  {
    op: 'SendCommunitySafetyAgreementToPCC',
    name: 'kent-csp',
    summary: 'The county strategy group sends its community safety agreement to the PCC',
    params: CSP,
    value: { pcc: 'kent', agreementTitle: 'Kent Community Safety Agreement 2013-14', period: '2013-14', effectiveAt: '2013-04-03' },
  },
  {
    op: 'RecordStrategyGroupPublicMeeting',
    name: 'kent-csp',
    summary: 'The strategy group holds its public meeting',
    params: CSP,
    value: { venue: 'Sessions House, Maidstone', seniorOfficersAttending: ['Assistant Chief Constable'], effectiveAt: '2013-06-12' },
  },
];
