import { on, refusals, spec } from '../testing/spec';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { scrutinyRequirement as decider } from './scrutiny-requirement.decider';
import type {
  RecordAttendance,
  RecordNonCompliance,
  RequestChiefConstableAttendance,
  RequireAttendance,
  RequireWrittenResponse,
} from './scrutiny-requirement.commands';
import type { AttendanceRequired, WrittenResponseRequired } from './scrutiny-requirement.events';

/** The panel that makes every requirement here. */
const kentPanel = { forceArea: 'kent', panel: 'kent-and-medway-pcp' };

const requireAttendance: RequireAttendance = {
  type: 'RequireAttendance',
  data: {
    ...kentPanel,
    person: 'The Commissioner',
    role: 'pcc',
    topic: 'Victim services commissioning',
    noticeGivenOn: '2014-01-10',
    meetingDate: '2014-02-04',
  },
};
const attendanceRequired: AttendanceRequired = {
  type: 'AttendanceRequired',
  data: { ...requireAttendance.data, requiredOn: '2014-01-10' },
};
const requireResponse: RequireWrittenResponse = {
  type: 'RequireWrittenResponse',
  data: {
    ...kentPanel,
    respondent: 'The Commissioner',
    toReport: 'Panel report on the annual report 2013-14',
    dueOn: '2014-08-01',
  },
};
const responseRequired: WrittenResponseRequired = {
  type: 'WrittenResponseRequired',
  data: { ...requireResponse.data, requiredOn: '2014-07-01' },
};

/** An attendance requirement on someone in a role the panel may or may not require (the type allows only those it may). */
const requireRole = (role: string): RequireAttendance =>
  ({ ...requireAttendance, data: { ...requireAttendance.data, role } }) as unknown as RequireAttendance;

describe('ScrutinyRequirement (PRSRA 2011 s.29)', () => {
  it('requires the PCC to attend, with notice', () => {
    spec(decider).given().when(requireAttendance, { effectiveOn: '2014-01-10' }).then([attendanceRequired]);
  });

  describe('refuses', () => {
    const staff: AttendanceRequired = {
      ...attendanceRequired,
      data: { ...attendanceRequired.data, role: 'pcc_staff', person: 'Chief Executive' },
    };
    const requestCc: RequestChiefConstableAttendance = {
      type: 'RequestChiefConstableAttendance',
      data: { chiefConstable: 'CC' },
    };
    const nonCompliance = (details: string): RecordNonCompliance => ({
      type: 'RecordNonCompliance',
      data: { details },
    });
    const noAttendance: RecordAttendance = { type: 'RecordAttendance', data: { attended: [] } };
    refusals(decider, [
      {
        name: 'requiring police civilian staff to attend',
        given: [],
        when: requireRole('police_civilian_staff'),
        code: 'SCRUTINY_ATTENDEE_NOT_REQUIRABLE',
      },
      {
        name: 'requiring the chief constable to attend',
        given: [],
        when: requireRole('chief_constable'),
        code: 'SCRUTINY_ATTENDEE_NOT_REQUIRABLE',
      },
      {
        name: 'a requirement whose notice is not before the meeting',
        given: [],
        when: { ...requireAttendance, data: { ...requireAttendance.data, noticeGivenOn: '2014-02-04' } },
        code: 'SCRUTINY_NOTICE_NOT_BEFORE_MEETING',
      },
      {
        name: 'a second requirement in the same case',
        given: [attendanceRequired],
        when: requireAttendance,
        code: 'CASE_ALREADY_EXISTS',
      },
      {
        name: 'the chief constable with no requirement',
        given: [],
        when: requestCc,
        code: 'SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT',
      },
      {
        name: "the chief constable alongside a requirement on the PCC's staff",
        given: [staff],
        when: requestCc,
        code: 'SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT',
      },
      {
        name: 'the chief constable alongside a written-response requirement',
        given: [responseRequired],
        when: requestCc,
        code: 'SCRUTINY_CC_ONLY_WITH_PCC_REQUIREMENT',
      },
      {
        name: 'a written response due on the day it is required',
        given: [],
        when: requireResponse,
        ctx: { effectiveOn: '2014-08-01' },
        code: 'SCRUTINY_RESPONSE_PERIOD_REQUIRED',
      },
      {
        name: 'non-compliance with a written response on its due date',
        given: [responseRequired],
        when: nonCompliance('No response'),
        ctx: { effectiveOn: '2014-08-01' },
        code: 'SCRUTINY_NON_COMPLIANCE_PREMATURE',
      },
      {
        name: 'non-attendance before the meeting',
        given: [attendanceRequired],
        when: nonCompliance('Did not attend'),
        ctx: { effectiveOn: '2014-02-03' },
        code: 'SCRUTINY_NON_COMPLIANCE_PREMATURE',
      },
      {
        name: 'attendance on a written-response case',
        given: [responseRequired],
        when: noAttendance,
        code: 'PROCESS_STEP_OUT_OF_ORDER',
      },
      { name: 'attendance with no requirement', given: [], when: noAttendance, code: 'CASE_NOT_FOUND' },
    ]);
  });

  it('requests the chief constable alongside a PCC attendance requirement', () => {
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

  it('requires a written response by a due date after the requirement', () => {
    spec(decider).given().when(requireResponse, { effectiveOn: '2014-07-01' }).then([responseRequired]);
  });

  it('flags, but records, a late written response', () => {
    spec(decider)
      .given(on('2014-07-01', responseRequired))
      .when({ type: 'ReceiveWrittenResponse', data: {} }, { effectiveOn: '2014-08-01' })
      .thenFlags();
    const [e] = spec(decider)
      .given(on('2014-07-01', responseRequired))
      .when({ type: 'ReceiveWrittenResponse', data: {} }, { effectiveOn: '2014-08-05' })
      .thenFlags('SCRUTINY_WRITTEN_RESPONSE_LATE');
    expect(e.type).toBe('WrittenResponseReceived');
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

  it('reports the written-response deadline as at any date', () => {
    const state = foldStream(decider, [on('2014-07-01', responseRequired)]);
    expect(deadlinesAsAt(decider, state, '2014-07-15')[0].status).toBe('outstanding');
    expect(deadlinesAsAt(decider, state, '2014-08-02')[0].status).toBe('no_record');
  });
});
