import { on, recorded, spec } from '../testing/spec';
import { deadlinesAsAt, foldStream } from '../core/fold';
import {
  communitySafetyPartnership as decider,
  trackedPublicMeetingYears,
} from './community-safety-partnership.decider';
import type { RegisterPartnership, TablePaper } from './community-safety-partnership.commands';
import type { PartnershipRegistered, StrategyGroupPublicMeetingHeld } from './community-safety-partnership.events';

const register: RegisterPartnership = {
  type: 'RegisterPartnership',
  data: {
    forceArea: 'kent',
    name: 'Kent Community Safety Partnership',
    areas: ['Kent'],
    country: 'england',
    policeAreas: ['kent'],
    responsibleAuthorities: ['Kent County Council', 'Kent Police', 'Kent Fire and Rescue Service'],
    countyStrategyGroup: true,
  },
};
const registered: PartnershipRegistered = recorded(register, 'PartnershipRegistered', { registeredOn: '2012-03-06' });
const district: PartnershipRegistered = {
  ...registered,
  data: { ...registered.data, name: 'Maidstone CSP', areas: ['Maidstone'], countyStrategyGroup: false },
};
const welsh: PartnershipRegistered = {
  ...registered,
  data: {
    ...registered.data,
    forceArea: 'gwent',
    name: 'Newport CSP',
    areas: ['Newport'],
    country: 'wales',
    policeAreas: ['gwent'],
    countyStrategyGroup: false,
  },
};
const paper: TablePaper = {
  type: 'TablePaper',
  data: {
    documentRef: 'KCSP-2013-03-19-PCP',
    title: "Kent PCC's Police and Crime Plan",
    author: 'OPCC',
    access: 'open',
    purpose: 'for_information',
    classificationAsPrinted: 'Classification: For Information',
  },
};
const publicMeeting = (date: string): StrategyGroupPublicMeetingHeld => ({
  type: 'StrategyGroupPublicMeetingHeld',
  data: {
    meetingDate: date,
    venue: null,
    seniorOfficersAttending: ['Chief Superintendent, Kent Police'],
    financialYear: date < '2014-04-01' ? '2013-14' : '2014-15',
  },
});

describe('CommunitySafetyPartnership (CDA 1998 ss.5-6; 2007 Regulations)', () => {
  it('registers a partnership, then records its meetings', () => {
    spec(decider).given().when(register, { effectiveOn: '2012-03-06' }).then([registered]);
    spec(decider).given(registered).when(register).thenThrows('CASE_ALREADY_EXISTS');
    spec(decider)
      .given()
      .when({ type: 'RecordCspMeeting', data: { title: 'x' } })
      .thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(registered)
      .when({ type: 'RecordCspMeeting', data: { title: 'Kent CSP' } }, { effectiveOn: '2012-03-06' })
      .then([{ type: 'CspMeetingHeld', data: { meetingDate: '2012-03-06', title: 'Kent CSP', note: null } }]);
  });

  it('tables a paper with access and purpose kept apart', () => {
    const [e] = spec(decider)
      .given(registered)
      .when(paper, { effectiveOn: '2013-03-19' })
      .then([
        {
          type: 'PaperTabled',
          data: {
            documentRef: 'KCSP-2013-03-19-PCP',
            title: "Kent PCC's Police and Crime Plan",
            author: 'OPCC',
            access: 'open',
            exemptParas: [],
            publicInterestReason: null,
            purpose: 'for_information',
            classificationAsPrinted: 'Classification: For Information',
            recommendations: [],
            meetingDate: null,
            tabledOn: '2013-03-19',
          },
        },
      ]);
    expect(e.findings).toBeUndefined();
  });

  it('records an exempt paper without a Schedule 12A paragraph as printed, with a ⚠️ warning', () => {
    const [e] = spec(decider)
      .given(registered)
      .when({ ...paper, data: { ...paper.data, access: 'exempt' } })
      .thenFlags('CSP_PAPER_CLASSIFICATION_INVALID');
    expect(e.findings?.[0].kind).toBe('warning');
  });

  it('sends the partnership plan only to the PCC for its police area (reg 13A)', () => {
    spec(decider)
      .given(registered)
      .when(
        { type: 'SendPartnershipPlanToPCC', data: { pcc: 'kent', planTitle: 'Community Safety Plan 2013-14' } },
        { effectiveOn: '2013-04-15' },
      )
      .then([
        {
          type: 'PartnershipPlanSentToPCC',
          data: { pcc: 'kent', planTitle: 'Community Safety Plan 2013-14', period: null, sentOn: '2013-04-15' },
        },
      ]);
    spec(decider)
      .given(registered)
      .when({ type: 'SendPartnershipPlanToPCC', data: { pcc: 'essex', planTitle: 'x' } })
      .thenThrows('CSP_SENT_TO_WRONG_PCC');
  });

  it('sends a community safety agreement only from a county strategy group (reg 9A)', () => {
    const agreement = { pcc: 'kent', agreementTitle: 'Kent Community Safety Agreement', period: '2013-14' };
    spec(decider)
      .given(registered)
      .when({ type: 'SendCommunitySafetyAgreementToPCC', data: agreement }, { effectiveOn: '2013-04-15' })
      .then([{ type: 'CommunitySafetyAgreementSentToPCC', data: { ...agreement, sentOn: '2013-04-15' } }]);
    spec(decider)
      .given(district)
      .when({ type: 'SendCommunitySafetyAgreementToPCC', data: { pcc: 'kent', agreementTitle: 'x' } })
      .thenThrows('CSP_AGREEMENT_NOT_COUNTY');
  });

  it('warns (⚠️) that the English duty may differ in Wales', () => {
    spec(decider)
      .given(welsh)
      .when({ type: 'SendPartnershipPlanToPCC', data: { pcc: 'gwent', planTitle: 'Plan' } })
      .thenFlags('CSP_WELSH_REGULATIONS_DIFFER');
  });

  it('needs senior officers at the public meeting (reg 12(4))', () => {
    spec(decider)
      .given(registered)
      .when({ type: 'RecordStrategyGroupPublicMeeting', data: { seniorOfficersAttending: [' '] } })
      .thenThrows('CSP_PUBLIC_MEETING_SENIOR_OFFICERS');
    spec(decider)
      .given(on('2012-03-06', registered), on('2013-06-01', publicMeeting('2013-06-01')))
      .when(
        {
          type: 'RecordStrategyGroupPublicMeeting',
          data: { seniorOfficersAttending: ['Chief Superintendent, Kent Police'] },
        },
        { effectiveOn: '2014-06-01' },
      )
      .then([publicMeeting('2014-06-01')]);
  });

  it('flags a year with no public meeting when the next one is recorded', () => {
    spec(decider)
      .given(on('2012-03-06', registered))
      .when(
        {
          type: 'RecordStrategyGroupPublicMeeting',
          data: { seniorOfficersAttending: ['Director, Kent County Council'] },
        },
        { effectiveOn: '2014-06-01' },
      )
      .thenFlags('CSP_ANNUAL_PUBLIC_MEETING_MISSED');
  });

  it('tracks one public meeting per financial year from the first full year on record', () => {
    expect(trackedPublicMeetingYears('2012-03-06', '2014-05-01')).toEqual(['2012-13', '2013-14', '2014-15']);
    const state = foldStream(decider, [
      on('2012-03-06', registered),
      on('2013-06-01', publicMeeting('2013-06-01')),
      on('2014-05-01', { type: 'CspMeetingHeld', data: { meetingDate: '2014-05-01', title: 'x', note: null } }),
    ]);
    const byKey = Object.fromEntries(deadlinesAsAt(decider, state, '2014-05-02').map((d) => [d.key, d.status]));
    expect(byKey).toEqual({
      'csp.public-meeting.2012-13': 'no_record',
      'csp.public-meeting.2013-14': 'met',
      'csp.public-meeting.2014-15': 'outstanding',
    });
  });
});
