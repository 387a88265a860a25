import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, recorded, spec } from '../testing/spec';
import type { NotifySeniorAppointment } from './senior-appointment.commands';
import { seniorAppointment as decider } from './senior-appointment.decider';
import type { SeniorAppointmentEvent } from './senior-appointment.events';

// Synthetic data (DOMAIN.md §6: no seed covers a Sch 1 hearing).
const notify: NotifySeniorAppointment = {
  type: 'NotifySeniorAppointment',
  data: {
    forceArea: 'kent',
    role: 'deputy_pcc',
    candidate: 'D. Deputy',
    criteria: 'Community engagement',
    reasons: 'Experience',
    terms: 'Term of the PCC',
    receivedByPanelOn: '2013-01-07',
  },
};
const notified = on(
  '2013-01-07',
  recorded(notify, 'SeniorAppointmentNotified', {
    notifiedOn: '2013-01-07',
    postElectionPeriods: [],
    reportDueBy: '2013-01-27',
  }) as SeniorAppointmentEvent,
);
const hearing = on('2013-01-20', {
  type: 'SeniorConfirmationHearingHeld',
  data: { candidate: 'D. Deputy', inPublic: true, appearance: 'in_person', meetingRef: null, heldOn: '2013-01-20' },
} as SeniorAppointmentEvent);
const report = on('2013-01-20', {
  type: 'SeniorAppointmentReportMade',
  data: { candidate: 'D. Deputy', recommend: 'appoint', madeOn: '2013-01-20', url: null },
} as SeniorAppointmentEvent);

describe('SeniorAppointment (PRSRA 2011 Sch 1 paras 9-12)', () => {
  it('records the notification with a three-week report deadline', () => {
    spec(decider).given().when(notify, { effectiveOn: '2013-01-07' }).then([notified.event]);
  });

  it('requires a complete notification', () => {
    spec(decider)
      .given()
      .when({ ...notify, data: { ...notify.data, reasons: '' } }, { effectiveOn: '2013-01-07' })
      .thenThrows('SENIOR_NOTIFICATION_INCOMPLETE');
  });

  it('holds the hearing in public, before the report', () => {
    spec(decider)
      .given(notified)
      .when({ type: 'HoldSeniorConfirmationHearing', data: { inPublic: false, appearance: 'in_person' } })
      .thenThrows('SENIOR_HEARING_NOT_IN_PUBLIC');
    spec(decider)
      .given(notified)
      .when({ type: 'MakeSeniorAppointmentReport', data: { recommend: 'appoint' } })
      .thenThrows('SENIOR_REPORT_BEFORE_HEARING');
    spec(decider)
      .given(notified)
      .when(
        { type: 'HoldSeniorConfirmationHearing', data: { inPublic: true, appearance: 'live_link' } },
        { effectiveOn: '2013-01-20' },
      )
      .thenFlags();
  });

  it('flags a report after three weeks', () => {
    spec(decider)
      .given(notified, hearing)
      .when({ type: 'MakeSeniorAppointmentReport', data: { recommend: 'appoint' } }, { effectiveOn: '2013-01-28' })
      .thenFlags('SENIOR_REPORT_LATE');
    spec(decider)
      .given(notified, hearing)
      .when({ type: 'MakeSeniorAppointmentReport', data: { recommend: 'appoint' } }, { effectiveOn: '2013-01-20' })
      .then([report.event]);
  });

  it('appoints only after the PCC responds; once three weeks pass without a report, with a ⚠️ warning', () => {
    spec(decider)
      .given(notified, hearing, report)
      .when({ type: 'AppointSeniorOfficer', data: { person: 'D. Deputy' } }, { effectiveOn: '2013-01-22' })
      .thenThrows('SENIOR_APPOINTED_BEFORE_SCRUTINY');
    const accepted = on('2013-01-21', {
      type: 'SeniorRecommendationAccepted',
      data: { candidate: 'D. Deputy', notifiedOn: '2013-01-21' },
    } as SeniorAppointmentEvent);
    spec(decider)
      .given(notified, hearing, report, accepted)
      .when({ type: 'AppointSeniorOfficer', data: { person: 'D. Deputy' } }, { effectiveOn: '2013-01-22' })
      .then([
        {
          type: 'SeniorOfficerAppointed',
          data: {
            forceArea: 'kent',
            role: 'deputy_pcc',
            person: 'D. Deputy',
            appointedOn: '2013-01-22',
            confirmationExemption: null,
          },
        },
      ]);
    const [lapsed] = spec(decider)
      .given(notified)
      .when({ type: 'AppointSeniorOfficer', data: { person: 'D. Deputy' } }, { effectiveOn: '2013-01-28' })
      .thenFlags('SENIOR_APPOINTED_WITHOUT_REPORT');
    expect(lapsed.findings![0]).toMatchObject({ kind: 'warning', confidence: 'unconfirmed' });
    spec(decider)
      .given(notified)
      .when({ type: 'AppointSeniorOfficer', data: { person: 'D. Deputy' } }, { effectiveOn: '2013-01-20' })
      .thenThrows('SENIOR_APPOINTED_BEFORE_SCRUTINY');
    spec(decider)
      .given(notified)
      .when({ type: 'AppointSeniorOfficer', data: { person: 'Someone Else' } }, { effectiveOn: '2013-01-28' })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('records the PCC rejecting the recommendation', () => {
    spec(decider)
      .given(notified, hearing, report)
      .when({ type: 'RespondToSeniorRecommendation', data: { accept: false } }, { effectiveOn: '2013-01-21' })
      .then([{ type: 'SeniorRecommendationRejected', data: { candidate: 'D. Deputy', notifiedOn: '2013-01-21' } }]);
  });

  it('records a transferred chief executive or treasurer without confirmation (SI 2012/2892 art 4), never a deputy', () => {
    spec(decider)
      .given()
      .when(
        {
          type: 'RecordTransferredAppointment',
          data: {
            forceArea: 'kent',
            role: 'chief_finance_officer',
            person: 'T. Treasurer',
            formerPoliceAuthorityRole: 'treasurer',
          },
        },
        { effectiveOn: '2012-11-22' },
      )
      .then([
        {
          type: 'SeniorOfficerAppointed',
          data: {
            forceArea: 'kent',
            role: 'chief_finance_officer',
            person: 'T. Treasurer',
            appointedOn: '2012-11-22',
            confirmationExemption: 'SI 2012/2892 art 4',
          },
        },
      ]);
    spec(decider)
      .given()
      .when({
        type: 'RecordTransferredAppointment',
        data: { forceArea: 'kent', role: 'deputy_pcc', person: 'X', formerPoliceAuthorityRole: 'chief_executive' },
      })
      .thenThrows('SENIOR_TRANSFER_EXEMPTION_NOT_APPLICABLE');
  });

  it('closes on withdrawal and rejects later steps', () => {
    const withdrawn = on('2013-01-10', {
      type: 'SeniorAppointmentWithdrawn',
      data: { reason: 'Candidate withdrew', withdrawnOn: '2013-01-10' },
    } as SeniorAppointmentEvent);
    spec(decider)
      .given(notified, withdrawn)
      .when({ type: 'HoldSeniorConfirmationHearing', data: { inPublic: true, appearance: 'in_person' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given()
      .when({ type: 'WithdrawSeniorAppointment', data: { reason: 'x' } })
      .thenThrows('CASE_NOT_FOUND');
    spec(decider).given(notified).when(notify).thenThrows('CASE_ALREADY_EXISTS');
  });

  it('reports the deadline', () => {
    const state = foldStream(decider, [notified]);
    expect(deadlinesAsAt(decider, state, '2013-01-27')[0].status).toBe('outstanding');
    expect(deadlinesAsAt(decider, state, '2013-01-28')[0].status).toBe('no_record');
  });
});
