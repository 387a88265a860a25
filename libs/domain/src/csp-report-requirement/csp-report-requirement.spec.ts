import { on, spec } from '../testing/spec';
import { deadlinesAsAt } from '../core/fold';
import { foldStream } from '../core/fold';
import { cspReportRequirement as decider } from './csp-report-requirement.decider';
import type { RequestReport, SubmitReport } from './csp-report-requirement.commands';
import type { ReportRequested } from './csp-report-requirement.events';

const request: RequestReport = {
  type: 'RequestReport',
  data: {
    forceArea: 'kent',
    areas: [{ name: 'Medway', policeAreas: ['kent'] }],
    matters: [{ description: 'Anti-social behaviour strategy delivery', devolvedWelshFunction: false }],
    notSatisfiedReason: 'ASB targets missed two years running',
    proportionalityReason: 'A short written report is the least burdensome way to understand the delays',
    dueOn: '2013-06-30',
  },
};
const requested: ReportRequested = {
  type: 'ReportRequested',
  data: { ...request.data, form: null, dueOn: '2013-06-30', requestedOn: '2013-05-01', jointWith: [] },
};
/** Medway CSP's report, sent to the Kent PCC. */
const submit: SubmitReport = { type: 'SubmitReport', data: { submittedBy: 'Medway CSP', sentTo: ['kent'] } };

describe('CspReportRequirement (CDA 1998 s.7)', () => {
  it('records a requirement with both s.7(1A) findings', () => {
    spec(decider).given().when(request, { effectiveOn: '2013-05-01' }).then([requested]);
  });

  it('rejects a requirement without the not-satisfied finding (s.7(1A)(a))', () => {
    spec(decider)
      .given()
      .when({ ...request, data: { ...request.data, notSatisfiedReason: '  ' } })
      .thenThrows('CSP_REPORT_NOT_SATISFIED_FINDING');
  });

  it('rejects a requirement without the proportionality finding (s.7(1A)(b))', () => {
    spec(decider)
      .given()
      .when({ ...request, data: { ...request.data, proportionalityReason: '' } })
      .thenThrows('CSP_REPORT_PROPORTIONALITY_FINDING');
  });

  it('rejects an area outside the police area', () => {
    spec(decider)
      .given()
      .when({ ...request, data: { ...request.data, areas: [{ name: 'Thurrock', policeAreas: ['essex'] }] } })
      .thenThrows('CSP_REPORT_AREA_OUTSIDE_POLICE_AREA');
  });

  it('rejects devolved Welsh functions, citing s.7(1) with s.5(8) (there is no s.7(1B))', () => {
    const err = spec(decider)
      .given()
      .when({
        ...request,
        data: { ...request.data, matters: [{ description: 'Welsh health board duties', devolvedWelshFunction: true }] },
      })
      .thenThrows('CSP_REPORT_WELSH_DEVOLVED_MATTER');
    expect(err.citation).toBe('CDA 1998 s.7(1), with s.5(8)');
  });

  describe('an area in more than one police area: the PCCs act jointly (CDA 1998 s.7(5)(b))', () => {
    const essexActor = { id: 'essex-1', name: 'Essex OPCC', role: 'pcc-office', body: 'essex-pcc', forceArea: 'essex' };
    const kentActor = { ...essexActor, id: 'kent-1', body: 'kent-pcc', forceArea: 'kent' };
    const joint: RequestReport = {
      ...request,
      data: { ...request.data, areas: [{ name: 'Thames Gateway combined area', policeAreas: ['essex', 'kent'] }] },
    };
    it('given a requirement by the Kent PCC alone for an area also in Essex, when the report is submitted, then it is refused: the requirement is not yet made', () => {
      const [req] = spec(decider).given().when(joint, { effectiveOn: '2013-05-01' }).events();
      expect(req.data).toMatchObject({ jointWith: ['essex'] });
      spec(decider)
        .given(req)
        .when(
          { type: 'SubmitReport', data: { submittedBy: 'Thames Gateway CSP', sentTo: ['kent', 'essex'] } },
          { effectiveOn: '2013-06-01' },
        )
        .thenThrows('CSP_REPORT_NOT_MADE_JOINTLY');
    });
    it('given the same requirement, when the Kent office tries to join for Essex, then it is refused; when Essex joins, then the report can be submitted', () => {
      const [req] = spec(decider).given().when(joint, { effectiveOn: '2013-05-01' }).events();
      spec(decider)
        .given(req)
        .when({ type: 'JoinReportRequirement', data: { policeArea: 'essex' } }, { actor: kentActor })
        .thenThrows('CSP_REPORT_NOT_MADE_JOINTLY');
      const [joined] = spec(decider)
        .given(req)
        .when(
          { type: 'JoinReportRequirement', data: { policeArea: 'essex' } },
          { effectiveOn: '2013-05-03', actor: essexActor },
        )
        .then([{ type: 'ReportRequirementJoined', data: { policeArea: 'essex', joinedOn: '2013-05-03' } }]);
      spec(decider)
        .given(req, joined)
        .when(
          { type: 'SubmitReport', data: { submittedBy: 'Thames Gateway CSP', sentTo: ['kent', 'essex'] } },
          { effectiveOn: '2013-06-01' },
        )
        .thenFlags();
      expect(decider.partyForceAreas!(foldStream(decider, [on('2013-05-01', req)]))).toEqual(['essex']);
    });
  });

  it('flags a report after the date the requirement asked for as ⚠️, not as a statutory deadline (s.7(2)-(3) set no time)', () => {
    const [e] = spec(decider)
      .given(on('2013-05-01', requested))
      .when(submit, { effectiveOn: '2013-07-05' })
      .thenFlags('CSP_REPORT_SUBMITTED_LATE');
    expect(e.findings?.[0]).toMatchObject({
      confidence: 'unconfirmed',
      citation: "CDA 1998 s.7(1) (no statutory time limit; the date is the requirement's own)",
    });
  });

  it('rejects a second requirement on the same case', () => {
    spec(decider).given(requested).when(request).thenThrows('CASE_ALREADY_EXISTS');
  });

  it('rejects a submission when nothing was required', () => {
    spec(decider).given().when(submit).thenThrows('CASE_NOT_FOUND');
  });

  it('accepts a submission on time with no finding', () => {
    spec(decider).given(on('2013-05-01', requested)).when(submit, { effectiveOn: '2013-06-30' }).thenFlags();
  });

  it('flags, but records, a late submission', () => {
    const [e] = spec(decider)
      .given(on('2013-05-01', requested))
      .when(submit, { effectiveOn: '2013-07-01' })
      .thenFlags('CSP_REPORT_SUBMITTED_LATE');
    expect(e.type).toBe('ReportSubmitted');
    expect(e.findings?.[0].confidence).toBe('unconfirmed');
  });

  it('requires a combined-area report to go to each PCC (s.7(5))', () => {
    const combined: ReportRequested = {
      ...requested,
      data: { ...requested.data, areas: [{ name: 'North Kent and Thurrock', policeAreas: ['kent', 'essex'] }] },
    };
    spec(decider)
      .given(combined)
      .when({ type: 'SubmitReport', data: { submittedBy: 'NK CSP', sentTo: ['kent'] } })
      .thenThrows('CSP_REPORT_NOT_SENT_TO_EACH_PCC');
    spec(decider)
      .given(combined)
      .when(
        { type: 'SubmitReport', data: { submittedBy: 'NK CSP', sentTo: ['kent', 'essex'] } },
        { effectiveOn: '2013-06-01' },
      )
      .then([
        {
          type: 'ReportSubmitted',
          data: { submittedOn: '2013-06-01', submittedBy: 'NK CSP', sentTo: ['kent', 'essex'] },
        },
      ]);
  });

  it('publishes only after submission', () => {
    spec(decider).given(requested).when({ type: 'PublishReport', data: {} }).thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('reports the deadline status as at any date', () => {
    const state = foldStream(decider, [on('2013-05-01', requested)]);
    expect(deadlinesAsAt(decider, state, '2013-04-01')[0].status).toBe('not_yet_due');
    expect(deadlinesAsAt(decider, state, '2013-06-30')[0].status).toBe('outstanding');
    expect(deadlinesAsAt(decider, state, '2013-07-01')[0].status).toBe('no_record');
    const done = foldStream(decider, [
      on('2013-05-01', requested),
      on('2013-06-10', {
        type: 'ReportSubmitted',
        data: { submittedOn: '2013-06-10', submittedBy: 'x', sentTo: ['kent'] },
      }),
    ]);
    expect(deadlinesAsAt(decider, done, '2013-06-05')[0].status).toBe('outstanding');
    expect(deadlinesAsAt(decider, done, '2013-07-05')[0].status).toBe('met');
  });
});
