import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, recorded, spec } from '../testing/spec';
import { panelReport as decider } from './panel-report.decider';
import type { EnterAppointmentReport } from './panel-report.commands';
import type { PanelReportEvent } from './panel-report.events';
import { doneLate } from '../testing/late';

type E = PanelReportEvent;
const made = on('2014-03-04', {
  type: 'PanelReportMade',
  data: {
    forceArea: 'kent',
    subject: 'Decision D14/2014: closure of front counters',
    decisionRef: 'D14/2014',
    recommendations: ['Publish the equality impact assessment'],
    responseRequiredBy: '2014-04-01',
    madeOn: '2014-03-04',
  },
} as E);
const enter: EnterAppointmentReport = {
  type: 'EnterAppointmentReport',
  data: {
    forceArea: 'kent',
    kind: 'chief_constable_appointment',
    appointmentCaseId: 'kent-cc-2014',
    candidate: 'A. Candidate',
    reportMadeOn: '2014-02-07',
  },
};
const entered = on('2014-02-10', recorded(enter, 'AppointmentReportEntered', { enteredOn: '2014-02-10' }) as E);

/** The report `made` records, as the panel makes it (the date made is the day it is recorded). */
const { madeOn: _madeOn, ...reportAsMade } = (made.event as Extract<E, { type: 'PanelReportMade' }>).data;

describe('PanelReport (PRSRA 2011 s.28(6)-(9), s.29(3)-(4))', () => {
  it('given a decision of the PCC, when the panel reports on it and requires a response by a date, then the report is recorded (s.28(6)(b), s.29(3))', () => {
    spec(decider)
      .given()
      .when({ type: 'MakePanelReport', data: reportAsMade }, { effectiveOn: '2014-03-04' })
      .then([made.event]);
  });

  it('given a response period that ends on the day of the report, when the report is made, then it is refused (s.29(3))', () => {
    spec(decider)
      .given()
      .when(
        {
          type: 'MakePanelReport',
          data: { forceArea: 'kent', subject: 'x', recommendations: [], responseRequiredBy: '2014-03-04' },
        },
        { effectiveOn: '2014-03-04' },
      )
      .thenThrows('PANEL_REPORT_RESPONSE_PERIOD_INVALID');
  });

  it('given a required response, when the PCC responds after the date set, then the response is recorded as late (s.29(3)-(4))', () => {
    const response = { type: 'RecordPanelReportResponse' as const, data: { summary: 'Assessment published' } };
    doneLate(decider, [made], response, { lastDay: '2014-04-01', lateOn: '2014-04-02' }).thenFlags(
      'PANEL_REPORT_RESPONSE_LATE',
    );
  });

  it('given a required response, when judged over time, then the deadline is outstanding, then no record, then met', () => {
    const state = foldStream(decider, [made]);
    expect(deadlinesAsAt(decider, state, '2014-03-20').map((d) => [d.key, d.owner, d.status])).toEqual([
      ['panel-report.response', 'pcc', 'outstanding'],
    ]);
    expect(deadlinesAsAt(decider, state, '2014-04-02')[0].status).toBe('no_record');
    const answered = foldStream(decider, [
      made,
      on('2014-03-30', {
        type: 'PanelReportResponseReceived',
        data: { summary: 'x', url: null, receivedOn: '2014-03-30' },
      } as E),
    ]);
    expect(deadlinesAsAt(decider, answered, '2014-04-02')[0].status).toBe('met');
    const noResponseRequired = foldStream(decider, [
      on('2014-03-04', { ...made.event, data: { ...made.event.data, responseRequiredBy: null } } as E),
    ]);
    expect(deadlinesAsAt(decider, noResponseRequired, '2015-01-01')).toEqual([]);
  });

  it('given a report, when published, then the publication cites s.28(7), and it is published once and not before it was made', () => {
    spec(decider)
      .given(made)
      .when({ type: 'PublishPanelReport', data: { url: 'https://example.org/pcp/d14' } }, { effectiveOn: '2014-03-05' })
      .then([
        {
          type: 'PanelReportPublished',
          data: {
            url: 'https://example.org/pcp/d14',
            manner: null,
            provision: 'PRSRA 2011 s.28(7), (9)',
            publishedOn: '2014-03-05',
          },
        },
      ]);
    spec(decider)
      .given(made)
      .when({ type: 'PublishPanelReport', data: {} }, { effectiveOn: '2014-03-03' })
      .thenThrows('PANEL_REPORT_PUBLISHED_BEFORE_MADE');
    const published = on('2014-03-05', {
      type: 'PanelReportPublished',
      data: { url: null, manner: null, provision: 'x', publishedOn: '2014-03-05' },
    } as E);
    spec(decider)
      .given(made, published)
      .when({ type: 'PublishPanelReport', data: {} })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('given a chief constable appointment report, when entered and published, then publication cites Sch 8 para 4(7) and the unverified report date is flagged', () => {
    spec(decider).given().when(enter, { effectiveOn: '2014-02-10' }).thenFlags('PANEL_REPORT_APPOINTMENT_UNVERIFIED');
    const [e] = spec(decider)
      .given(entered)
      .when({ type: 'PublishPanelReport', data: {} }, { effectiveOn: '2014-02-10' })
      .events();
    expect(e.data).toMatchObject({ provision: 'PRSRA 2011 Sch 8 para 4(7)-(8); s.28(7)' });
    // The provision a published report cites follows the kind of appointment it is on.
    const publishedOn = (kind: string) =>
      spec(decider)
        .given(on('2014-02-10', { ...entered.event, data: { ...entered.event.data, kind } } as E))
        .when({ type: 'PublishPanelReport', data: {} }, { effectiveOn: '2014-02-11' })
        .events()[0].data;
    expect(publishedOn('reserve_candidate')).toMatchObject({ provision: 'SI 2012/2271 reg 10(4); PRSRA 2011 s.28(7)' });
    expect(publishedOn('senior_appointment')).toMatchObject({ provision: 'PRSRA 2011 Sch 1 para 10(6)-(7); s.28(7)' });
  });

  it('given a report, when copies go to the councils (s.28(8)), then each council is recorded once', () => {
    const sent = on('2014-03-06', {
      type: 'PanelReportCopiesSent',
      data: { councils: ['Kent County Council', 'Medway Council'], sentOn: '2014-03-06' },
    } as E);
    spec(decider)
      .given(made)
      .when(
        {
          type: 'SendPanelReportToCouncils',
          data: { councils: ['Medway Council', 'Kent County Council', 'Medway Council'] },
        },
        { effectiveOn: '2014-03-06' },
      )
      .then([sent.event]);
    spec(decider)
      .given(made, sent)
      .when({ type: 'SendPanelReportToCouncils', data: { councils: ['Medway Council'] } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(made, sent)
      .when(
        { type: 'SendPanelReportToCouncils', data: { councils: ['Medway Council', 'Dover District Council'] } },
        { effectiveOn: '2014-03-07' },
      )
      .then([{ type: 'PanelReportCopiesSent', data: { councils: ['Dover District Council'], sentOn: '2014-03-07' } }]);
  });

  it('refuses acts on a report that does not exist, and a second report under the same reference', () => {
    spec(decider).given().when({ type: 'PublishPanelReport', data: {} }).thenThrows('CASE_NOT_FOUND');
    spec(decider)
      .given(made)
      .when({ type: 'MakePanelReport', data: { forceArea: 'kent', subject: 'x', recommendations: [] } })
      .thenThrows('CASE_ALREADY_EXISTS');
  });
});
