import { on, spec } from '../testing/spec';
import { annualReport as decider } from './annual-report.decider';
import type { ProduceAnnualReport } from './annual-report.commands';
import type { AnnualReportEvent } from './annual-report.events';

type E = AnnualReportEvent;
const produce: ProduceAnnualReport = {
  type: 'ProduceAnnualReport',
  data: { forceArea: 'kent', financialYear: '2012-13' },
};
const produced = on('2013-06-01', {
  type: 'AnnualReportProduced',
  data: { forceArea: 'kent', financialYear: '2012-13', producedOn: '2013-06-01' },
} as E);
const sent = on('2013-06-03', { type: 'AnnualReportSentToPanel', data: { sentOn: '2013-06-03' } } as E);
const meeting = on('2013-07-02', {
  type: 'AnnualReportPublicMeetingHeld',
  data: { meetingRef: 'kent-pcp-2013-07-02', pccAttended: true, heldOn: '2013-07-02' },
} as E);
const reported = on('2013-07-09', {
  type: 'AnnualReportPanelReportMade',
  data: { recommendations: ['Report on PCSO numbers'], madeOn: '2013-07-09' },
} as E);

describe('AnnualReport (PRSRA 2011 ss.12, 28(4))', () => {
  it('is produced for a financial year that has ended', () => {
    spec(decider).given().when(produce, { effectiveOn: '2013-06-01' }).then([produced.event]);
    spec(decider).given().when(produce, { effectiveOn: '2013-03-31' }).thenThrows('ANNUAL_REPORT_YEAR_NOT_ENDED');
    spec(decider)
      .given()
      .when({ ...produce, data: { ...produce.data, financialYear: '2013' } }, { effectiveOn: '2014-06-01' })
      .thenThrows('ANNUAL_REPORT_YEAR_NOT_ENDED');
  });

  it("given the PCC stays away, when the panel holds the public meeting, then the meeting is recorded with a finding of the PCC's breach of s.12(3), and the panel's s.28(4)(d) report can follow", () => {
    const [held] = spec(decider)
      .given(produced, sent)
      .when(
        { type: 'HoldAnnualReportMeeting', data: { inPublic: true, pccAttended: false } },
        { effectiveOn: '2013-07-02' },
      )
      .thenFlags('ANNUAL_REPORT_PCC_MUST_ATTEND');
    expect(held.data).toMatchObject({ pccAttended: false, heldOn: '2013-07-02' });
    // The message is for a panel officer: it says what went wrong in plain words.
    expect(held.findings?.[0].message).toMatch(/did not attend/i);
    expect(held.findings?.[0].citation).toBe('PRSRA 2011 s.12(3)');
    spec(decider)
      .given(produced, sent, on('2013-07-02', held))
      .when(
        { type: 'MakeAnnualReportPanelReport', data: { recommendations: ['Attend next time'] } },
        { effectiveOn: '2013-07-09' },
      )
      .thenFlags();
  });

  it('is considered at a public meeting', () => {
    spec(decider)
      .given(produced, sent)
      .when({ type: 'HoldAnnualReportMeeting', data: { inPublic: false, pccAttended: true } })
      .thenThrows('ANNUAL_REPORT_MEETING_NOT_PUBLIC');
    spec(decider)
      .given(produced, sent)
      .when(
        {
          type: 'HoldAnnualReportMeeting',
          data: { meetingRef: 'kent-pcp-2013-07-02', inPublic: true, pccAttended: true },
        },
        { effectiveOn: '2013-07-02' },
      )
      .then([meeting.event]);
  });

  it('follows the order: sent, meeting, panel report, response', () => {
    spec(decider)
      .given(produced)
      .when({ type: 'HoldAnnualReportMeeting', data: { inPublic: true, pccAttended: true } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(produced, sent)
      .when({ type: 'MakeAnnualReportPanelReport', data: { recommendations: [] } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(produced, sent, meeting)
      .when(
        { type: 'MakeAnnualReportPanelReport', data: { recommendations: ['Report on PCSO numbers'] } },
        { effectiveOn: '2013-07-09' },
      )
      .then([reported.event]);
    spec(decider)
      .given(produced, sent, meeting, reported)
      .when({ type: 'PublishAnnualReportResponse', data: {} }, { effectiveOn: '2013-07-20' })
      .then([{ type: 'AnnualReportResponsePublished', data: { url: null, publishedOn: '2013-07-20' } }]);
    spec(decider)
      .given(produced, sent, meeting)
      .when({ type: 'SendAnnualReportToPanel', data: {} })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('is published once, after it has gone to the panel', () => {
    spec(decider)
      .given(produced)
      .when({ type: 'PublishAnnualReport', data: {} })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(produced, sent)
      .when({ type: 'PublishAnnualReport', data: { url: 'https://example.org/ar' } }, { effectiveOn: '2013-06-05' })
      .then([{ type: 'AnnualReportPublished', data: { url: 'https://example.org/ar', publishedOn: '2013-06-05' } }]);
    const published = on('2013-06-05', {
      type: 'AnnualReportPublished',
      data: { url: null, publishedOn: '2013-06-05' },
    } as E);
    spec(decider)
      .given(produced, sent, published)
      .when({ type: 'PublishAnnualReport', data: {} })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider).given().when({ type: 'PublishAnnualReport', data: {} }).thenThrows('CASE_NOT_FOUND');
    spec(decider).given(produced).when(produce).thenThrows('CASE_ALREADY_EXISTS');
  });
});
