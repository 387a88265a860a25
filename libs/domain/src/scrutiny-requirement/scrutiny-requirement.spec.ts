import { on, recorded, spec } from '../testing/spec';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { scrutinyRequirement as decider } from './scrutiny-requirement.decider';
import type { RequireAttendance, RequireWrittenResponse } from './scrutiny-requirement.commands';
import type { AttendanceRequired, WrittenResponseRequired } from './scrutiny-requirement.events';
import { doneLate } from '../testing/late';

const requireAttendance: RequireAttendance = {
  type: 'RequireAttendance',
  data: {
    forceArea: 'kent',
    panel: 'kent-and-medway-pcp',
    person: 'The Commissioner',
    role: 'pcc',
    topic: 'Victim services commissioning',
    noticeGivenOn: '2014-01-10',
    meetingDate: '2014-02-04',
  },
};
const attendanceRequired: AttendanceRequired = recorded(requireAttendance, 'AttendanceRequired', {
  requiredOn: '2014-01-10',
});
const requireResponse: RequireWrittenResponse = {
  type: 'RequireWrittenResponse',
  data: {
    forceArea: 'kent',
    panel: 'kent-and-medway-pcp',
    respondent: 'The Commissioner',
    toReport: 'Panel report on the annual report 2013-14',
    dueOn: '2014-08-01',
  },
};
const responseRequired: WrittenResponseRequired = recorded(requireResponse, 'WrittenResponseRequired', {
  requiredOn: '2014-07-01',
});

describe('ScrutinyRequirement (PRSRA 2011 s.29)', () => {
  it('requires the PCC to attend, with notice', () => {
    spec(decider).given().when(requireAttendance, { effectiveOn: '2014-01-10' }).then([attendanceRequired]);
  });

  it('rejects requiring police civilian staff or the chief constable', () => {
    const bad = {
      ...requireAttendance,
      data: { ...requireAttendance.data, role: 'police_civilian_staff' },
    } as unknown as RequireAttendance;
    spec(decider).given().when(bad).thenThrows('SCRUTINY_ATTENDEE_NOT_REQUIRABLE');
    const cc = {
      ...requireAttendance,
      data: { ...requireAttendance.data, role: 'chief_constable' },
    } as unknown as RequireAttendance;
    spec(decider).given().when(cc).thenThrows('SCRUTINY_ATTENDEE_NOT_REQUIRABLE');
  });

  it('rejects a requirement whose notice is not before the meeting', () => {
    spec(decider)
      .given()
      .when({ ...requireAttendance, data: { ...requireAttendance.data, noticeGivenOn: '2014-02-04' } })
      .thenThrows('SCRUTINY_NOTICE_NOT_BEFORE_MEETING');
  });

  it('rejects a second requirement in the same case', () => {
    spec(decider).given(attendanceRequired).when(requireAttendance).thenThrows('CASE_ALREADY_EXISTS');
  });

  it('requests the chief constable only alongside a PCC attendance requirement', () => {
    spec(decider)
      .given(attendanceRequired)
      .when(
        { type: 'RequestChiefConstableAttendance', data: { chiefConstable: 'Chief Constable of Kent' } },
        { effectiveOn: '2014-01-12' },
      )
      .then([
        {
          type: 'ChiefConstableAttendanceRequested',
          data: { chiefConstable: 'Chief Constable of Kent', meetingDate: '2014-02-04', requestedOn: '2014-01-12' },
        },
      ]);
  });

  const staff: AttendanceRequired = {
    ...attendanceRequired,
    data: { ...attendanceRequired.data, role: 'pcc_staff', person: 'Chief Executive' },
  };
  it.each([
    ['no requirement', []],
    ["a requirement on the PCC's staff", [staff]],
    ['a written-response requirement', [responseRequired]],
  ])('does not request the chief constable alongside %s', (_, given) => {
    spec(decider)
      .given(...given)
      .when({ type: 'RequestChiefConstableAttendance', data: { chiefConstable: 'CC' } })
      .thenThrows('SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT');
  });

  it('records attendance', () => {
    spec(decider)
      .given(attendanceRequired)
      .when({ type: 'RecordAttendance', data: { attended: ['The Commissioner'] } }, { effectiveOn: '2014-02-04' })
      .then([
        {
          type: 'AttendanceHeld',
          data: { heldOn: '2014-02-04', attended: ['The Commissioner'], chiefConstableAttended: null },
        },
      ]);
  });

  it('requires a due date after the requirement for written responses', () => {
    spec(decider).given().when(requireResponse, { effectiveOn: '2014-07-01' }).then([responseRequired]);
    spec(decider)
      .given()
      .when(requireResponse, { effectiveOn: '2014-08-01' })
      .thenThrows('SCRUTINY_RESPONSE_PERIOD_REQUIRED');
  });

  it('flags, but records, a late written response', () => {
    const receive = { type: 'ReceiveWrittenResponse' as const, data: {} };
    const [e] = doneLate(decider, [on('2014-07-01', responseRequired)], receive, {
      lastDay: '2014-08-01',
      lateOn: '2014-08-05',
    }).thenFlags('SCRUTINY_WRITTEN_RESPONSE_LATE');
    expect(e.type).toBe('WrittenResponseReceived');
  });

  it.each([
    ['a written response on its due date', responseRequired, 'No response', '2014-08-01'],
    ['attendance the day before the meeting', attendanceRequired, 'Did not attend', '2014-02-03'],
  ])('does not record non-compliance with %s', (_, given, details, effectiveOn) => {
    spec(decider)
      .given(given)
      .when({ type: 'RecordNonCompliance', data: { details } }, { effectiveOn })
      .thenThrows('SCRUTINY_NON_COMPLIANCE_PREMATURE');
  });

  it('records non-compliance once the date has passed', () => {
    spec(decider)
      .given(responseRequired)
      .when({ type: 'RecordNonCompliance', data: { details: 'No response' } }, { effectiveOn: '2014-08-02' })
      .then([
        {
          type: 'RequirementNotComplied',
          data: { requirement: 'written_response', details: 'No response', recordedOn: '2014-08-02' },
        },
      ]);
  });

  it('does not record attendance on a written-response case', () => {
    spec(decider)
      .given(responseRequired)
      .when({ type: 'RecordAttendance', data: { attended: [] } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given()
      .when({ type: 'RecordAttendance', data: { attended: [] } })
      .thenThrows('CASE_NOT_FOUND');
  });

  it('reports the written-response deadline as at any date', () => {
    const state = foldStream(decider, [on('2014-07-01', responseRequired)]);
    expect(deadlinesAsAt(decider, state, '2014-07-15')[0].status).toBe('outstanding');
    expect(deadlinesAsAt(decider, state, '2014-08-02')[0].status).toBe('no_record');
  });
});
