import { deadlinesAsAt, foldStream } from '../core/fold';
import { on, spec } from '../testing/spec';
import { panelFacts as pan, panelRoster } from '../testing/panel';
import type { NotifyProposedAppointment, NotifyReserveCandidate } from './chief-constable-appointment.commands';
import { chiefConstableAppointment as decider } from './chief-constable-appointment.decider';
import type { ChiefConstableAppointmentEvent } from './chief-constable-appointment.events';

// Synthetic data: the seeds contain no Kent confirmation hearing (DOMAIN.md §6).
// This spec's members are numbered from m0.
const roster = (n: number) => panelRoster(n, 2, 0);
const details = {
  isOrWasConstable: true,
  constableService: 'Kent Police',
  criteria: 'Strategic leadership',
  reasons: 'Meets every criterion',
  terms: 'Five-year fixed term',
  receivedByPanelOn: '2013-03-04',
};
const notify: NotifyProposedAppointment = {
  type: 'NotifyProposedAppointment',
  data: { forceArea: 'kent', candidate: 'A. Candidate', ...details },
};
const notified: ChiefConstableAppointmentEvent = {
  type: 'ProposedAppointmentNotified',
  data: {
    forceArea: 'kent',
    candidate: 'A. Candidate',
    constableService: 'Kent Police',
    criteria: 'Strategic leadership',
    reasons: 'Meets every criterion',
    terms: 'Five-year fixed term',
    notifiedOn: '2013-03-01',
    receivedByPanelOn: '2013-03-04',
    postElectionPeriods: [],
    reportDueBy: '2013-03-24',
  },
};
const hearing: ChiefConstableAppointmentEvent = {
  type: 'ConfirmationHearingHeld',
  data: {
    candidate: 'A. Candidate',
    candidateRole: 'proposed',
    inPublic: true,
    appearance: 'in_person',
    meetingRef: null,
    heldOn: '2013-03-15',
  },
};
const report: ChiefConstableAppointmentEvent = {
  type: 'AppointmentReportMade',
  data: {
    candidate: 'A. Candidate',
    candidateRole: 'proposed',
    recommend: 'appoint',
    containsVeto: false,
    madeOn: '2013-03-15',
    url: null,
  },
};
const vetoReport: ChiefConstableAppointmentEvent = {
  ...report,
  data: { ...report.data, recommend: 'do_not_appoint', containsVeto: true },
} as ChiefConstableAppointmentEvent;
const vetoed: ChiefConstableAppointmentEvent = {
  type: 'AppointmentVetoed',
  data: { candidate: 'A. Candidate', votesFor: 8, membersAtTime: roster(12), requiredVotes: 8, vetoedOn: '2013-03-15' },
};
const reserve: NotifyReserveCandidate = {
  type: 'NotifyReserveCandidate',
  data: { candidate: 'B. Reserve', ...details, receivedByPanelOn: '2013-03-20' },
};
const reserveNotified: ChiefConstableAppointmentEvent = {
  type: 'ReserveCandidateNotified',
  data: {
    candidate: 'B. Reserve',
    constableService: 'Kent Police',
    criteria: 'Strategic leadership',
    reasons: 'Meets every criterion',
    terms: 'Five-year fixed term',
    notifiedOn: '2013-03-18',
    receivedByPanelOn: '2013-03-20',
    postElectionPeriods: [],
    reportDueBy: '2013-04-09',
  },
};
const reserveHearing: ChiefConstableAppointmentEvent = {
  type: 'ConfirmationHearingHeld',
  data: { ...hearing.data, candidate: 'B. Reserve', candidateRole: 'reserve', heldOn: '2013-04-02' },
} as ChiefConstableAppointmentEvent;
const dated = (e: ChiefConstableAppointmentEvent) =>
  on(
    (e.data as unknown as Record<string, string>).notifiedOn ??
      (e.data as unknown as Record<string, string>).heldOn ??
      (e.data as unknown as Record<string, string>).madeOn ??
      (e.data as unknown as Record<string, string>).vetoedOn,
    e,
  );
const afterVeto = [notified, hearing, vetoReport, vetoed].map(dated);
/** The panel's veto vote: `votesFor` of the `members` on its record, cast on `day`. */
const vetoBy = (votesFor: number, members: number, day: string) =>
  [
    { type: 'VetoAppointment', data: { votesFor, membersAtTime: roster(members) } },
    { effectiveOn: day, facts: pan(roster(members)) },
  ] as const;

describe('ChiefConstableAppointment (PRSRA 2011 Sch 8 Part 1; SI 2012/2271 regs 9-12)', () => {
  it('records the notification with the report due three weeks from receipt', () => {
    spec(decider).given().when(notify, { effectiveOn: '2013-03-01' }).then([notified]);
  });

  it('ignores the post-election period when computing the window (para 4(9)-(10))', () => {
    const [e] = spec(decider)
      .given()
      .when(
        {
          ...notify,
          data: {
            ...notify.data,
            receivedByPanelOn: '2016-04-28',
            postElectionPeriods: [{ from: '2016-05-05', to: '2016-05-12' }],
          },
        },
        { effectiveOn: '2016-04-27' },
      )
      .events();
    expect(e.type === 'ProposedAppointmentNotified' && e.data.reportDueBy).toBe('2016-05-26');
  });

  it('requires the candidate to be or have been a constable', () => {
    spec(decider)
      .given()
      .when({ ...notify, data: { ...notify.data, isOrWasConstable: false } })
      .thenThrows('CC_CANDIDATE_NOT_CONSTABLE');
  });

  it('requires the four items of the notification', () => {
    spec(decider)
      .given()
      .when({ ...notify, data: { ...notify.data, terms: ' ' } }, { effectiveOn: '2013-03-01' })
      .thenThrows('CC_NOTIFICATION_INCOMPLETE');
    spec(decider).given().when(notify, { effectiveOn: '2013-03-05' }).thenThrows('CC_NOTIFICATION_INCOMPLETE');
  });

  it('holds the confirmation hearing in public', () => {
    spec(decider)
      .given(dated(notified))
      .when({ type: 'HoldConfirmationHearing', data: { inPublic: false, appearance: 'in_person' } })
      .thenThrows('CC_HEARING_NOT_IN_PUBLIC');
    spec(decider)
      .given(dated(notified))
      .when(
        { type: 'HoldConfirmationHearing', data: { inPublic: true, appearance: 'in_person' } },
        { effectiveOn: '2013-03-15' },
      )
      .then([hearing]);
  });

  it('reports only after the hearing, and flags a report after the three weeks', () => {
    spec(decider)
      .given(dated(notified))
      .when({ type: 'MakeAppointmentReport', data: { recommend: 'appoint' } })
      .thenThrows('CC_REPORT_BEFORE_HEARING');
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'MakeAppointmentReport', data: { recommend: 'appoint' } }, { effectiveOn: '2013-03-24' })
      .thenFlags();
    const [late] = spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'MakeAppointmentReport', data: { recommend: 'appoint' } }, { effectiveOn: '2013-03-25' })
      .thenFlags('CC_REPORT_LATE');
    // The three-week limit is Sch 8 para 4(6); para 4(4) is not a time limit.
    expect(late.findings?.[0].citation).toBe('PRSRA 2011 Sch 8 para 4(6), (9)-(10); SI 2012/2271 reg 10');
  });

  it('vetoes with two-thirds of members at the time, within the window, after the hearing', () => {
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when(...vetoBy(8, 12, '2013-03-15'))
      .then([vetoReport, vetoed]);
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'VetoAppointment', data: { votesFor: 7, membersAtTime: roster(12) } }, { facts: pan(roster(12)) })
      .thenThrows('CC_VETO_THRESHOLD');
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'VetoAppointment', data: { votesFor: 13, membersAtTime: roster(12) } }, { facts: pan(roster(12)) })
      .thenThrows('CC_VETO_ROSTER_INVALID');
    spec(decider)
      .given(dated(notified))
      .when({ type: 'VetoAppointment', data: { votesFor: 12, membersAtTime: roster(12) } }, { facts: pan(roster(12)) })
      .thenThrows('CC_REPORT_BEFORE_HEARING');
    // Sch 8 para 5(4): the count is the panel's record; with no panel on record the veto is refused.
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'VetoAppointment', data: { votesFor: 8 } }, { effectiveOn: '2013-03-15', facts: { panel: null } })
      .thenThrows('PANEL_NOT_ON_RECORD');
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when(
        { type: 'VetoAppointment', data: { votesFor: 7, membersAtTime: roster(9) } },
        { effectiveOn: '2013-03-15', facts: pan(roster(12)) },
      )
      .thenThrows('PANEL_ROSTER_MISMATCH');
  });

  it('needs ceil(2n/3) of the members at the time, not floor: 10 of 14 vetoes, 9 of 14 does not (Sch 8 para 5(4))', () => {
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when(...vetoBy(9, 14, '2013-03-15'))
      .thenThrows('CC_VETO_THRESHOLD');
    const [, v] = spec(decider)
      .given(dated(notified), dated(hearing))
      .when(...vetoBy(10, 14, '2013-03-15'))
      .events();
    expect(v.type === 'AppointmentVetoed' && v.data.requiredVotes).toBe(10);
  });

  it('can still veto on the last day of the three weeks (para 5(5))', () => {
    const [, v] = spec(decider)
      .given(dated(notified), dated(hearing))
      .when(...vetoBy(8, 12, '2013-03-24'))
      .events();
    expect(v.type).toBe('AppointmentVetoed');
  });

  it('cannot veto after the three weeks (para 5(5))', () => {
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when(...vetoBy(12, 12, '2013-03-25'))
      .thenThrows('CC_VETO_OUT_OF_TIME');
  });

  it('never appoints the vetoed candidate', () => {
    spec(decider)
      .given(...afterVeto)
      .when({ type: 'AppointChiefConstable', data: { candidate: 'A. Candidate' } }, { effectiveOn: '2013-04-30' })
      .thenThrows('CC_VETOED_CANDIDATE');
    spec(decider)
      .given(...afterVeto)
      .when({ ...reserve, data: { ...reserve.data, candidate: 'A. Candidate' } }, { effectiveOn: '2013-03-18' })
      .thenThrows('CC_VETOED_CANDIDATE');
  });

  it('proposes a reserve only after a veto', () => {
    spec(decider)
      .given(dated(notified), dated(hearing), dated(report))
      .when(reserve, { effectiveOn: '2013-03-18' })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
    spec(decider)
      .given(...afterVeto)
      .when(reserve, { effectiveOn: '2013-03-18' })
      .then([reserveNotified]);
  });

  it('takes a reserve only after a veto, not after the PCC rejects a recommendation without one (Sch 8 para 8)', () => {
    const rejected = on('2013-03-18', {
      type: 'RecommendationRejected',
      data: { candidate: 'A. Candidate', candidateRole: 'proposed', notifiedOn: '2013-03-18' },
    } as ChiefConstableAppointmentEvent);
    spec(decider)
      .given(dated(notified), dated(hearing), dated(report), rejected)
      .when(reserve, { effectiveOn: '2013-03-20' })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('appoints only the candidate in the process, even once the process has ended', () => {
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'AppointChiefConstable', data: { candidate: 'Z. Somebody Else' } }, { effectiveOn: '2013-03-25' })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('cannot veto a reserve candidate (regs 10-12)', () => {
    spec(decider)
      .given(...afterVeto, dated(reserveNotified), dated(reserveHearing))
      .when(...vetoBy(12, 12, '2013-04-02'))
      .thenThrows('CC_RESERVE_CANNOT_BE_VETOED');
  });

  it('appoints the reserve once the PCC has notified its response to the reserve report', () => {
    const reserveReport: ChiefConstableAppointmentEvent = {
      type: 'AppointmentReportMade',
      data: { ...report.data, candidate: 'B. Reserve', candidateRole: 'reserve', madeOn: '2013-04-02' },
    } as ChiefConstableAppointmentEvent;
    const h = [...afterVeto, dated(reserveNotified), dated(reserveHearing), dated(reserveReport)];
    spec(decider)
      .given(...h)
      .when({ type: 'AppointChiefConstable', data: { candidate: 'B. Reserve' } }, { effectiveOn: '2013-04-03' })
      .thenThrows('CC_APPOINTED_BEFORE_PROCESS_ENDS');
    const accepted = on('2013-04-03', {
      type: 'RecommendationAccepted',
      data: { candidate: 'B. Reserve', candidateRole: 'reserve', notifiedOn: '2013-04-03' },
    } as ChiefConstableAppointmentEvent);
    spec(decider)
      .given(...h)
      .when({ type: 'RespondToRecommendation', data: { accept: true } }, { effectiveOn: '2013-04-03' })
      .then([accepted.event]);
    spec(decider)
      .given(...h, accepted)
      .when({ type: 'AppointChiefConstable', data: { candidate: 'B. Reserve' } }, { effectiveOn: '2013-04-04' })
      .then([{ type: 'ChiefConstableAppointed', data: { candidate: 'B. Reserve', appointedOn: '2013-04-04' } }]);
  });

  it('given a recommendation not to appoint that the PCC accepted, when the PCC appoints the candidate anyway, then it is recorded with a ⚠️ finding (Sch 8 para 7)', () => {
    const against = on('2013-03-15', {
      type: 'AppointmentReportMade',
      data: { ...report.data, recommend: 'do_not_appoint' },
    } as ChiefConstableAppointmentEvent);
    const accepted = on('2013-03-18', {
      type: 'RecommendationAccepted',
      data: { candidate: 'A. Candidate', candidateRole: 'proposed', notifiedOn: '2013-03-18' },
    } as ChiefConstableAppointmentEvent);
    const [e] = spec(decider)
      .given(dated(notified), dated(hearing), against, accepted)
      .when({ type: 'AppointChiefConstable', data: { candidate: 'A. Candidate' } }, { effectiveOn: '2013-03-20' })
      .thenFlags('CC_APPOINTED_AGAINST_ACCEPTED_RECOMMENDATION');
    expect(e.findings?.[0].confidence).toBe('unconfirmed');
  });

  it("given a reserve candidate with no report after three weeks, then the reserve's process has not ended: it ends only with the PCC's notification (SI 2012/2271 reg 12(1))", () => {
    const h = [...afterVeto, dated(reserveNotified), dated(reserveHearing)];
    spec(decider)
      .given(...h)
      .when({ type: 'AppointChiefConstable', data: { candidate: 'B. Reserve' } }, { effectiveOn: '2013-05-01' })
      .thenThrows('CC_APPOINTED_BEFORE_PROCESS_ENDS');
  });

  it('no veto: the PCC accepts or rejects, then may appoint (para 7)', () => {
    spec(decider)
      .given(dated(notified), dated(hearing), dated(report))
      .when({ type: 'RespondToRecommendation', data: { accept: false } }, { effectiveOn: '2013-03-18' })
      .then([
        {
          type: 'RecommendationRejected',
          data: { candidate: 'A. Candidate', candidateRole: 'proposed', notifiedOn: '2013-03-18' },
        },
      ]);
    spec(decider)
      .given(...afterVeto)
      .when({ type: 'RespondToRecommendation', data: { accept: true } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('lets the PCC appoint once three weeks pass with no report (para 2(4))', () => {
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'AppointChiefConstable', data: { candidate: 'A. Candidate' } }, { effectiveOn: '2013-03-24' })
      .thenThrows('CC_APPOINTED_BEFORE_PROCESS_ENDS');
    spec(decider)
      .given(dated(notified), dated(hearing))
      .when({ type: 'AppointChiefConstable', data: { candidate: 'A. Candidate' } }, { effectiveOn: '2013-03-25' })
      .thenFlags();
  });

  it('rejects steps in an unknown or closed case', () => {
    spec(decider)
      .given()
      .when({ type: 'HoldConfirmationHearing', data: { inPublic: true, appearance: 'live_link' } })
      .thenThrows('CASE_NOT_FOUND');
    spec(decider).given(dated(notified)).when(notify).thenThrows('CASE_ALREADY_EXISTS');
    const abandoned = on('2013-03-10', {
      type: 'AppointmentAbandoned',
      data: { reason: 'Candidate withdrew', abandonedOn: '2013-03-10' },
    } as ChiefConstableAppointmentEvent);
    spec(decider)
      .given(dated(notified), abandoned)
      .when({ type: 'HoldConfirmationHearing', data: { inPublic: true, appearance: 'in_person' } })
      .thenThrows('PROCESS_STEP_OUT_OF_ORDER');
  });

  it('lists the report deadline of every candidate', () => {
    const state = foldStream(decider, [...afterVeto, dated(reserveNotified)]);
    const d = deadlinesAsAt(decider, state, '2013-04-10');
    expect(d.map((x) => [x.dueOn, x.status])).toEqual([
      ['2013-03-24', 'met'],
      ['2013-04-09', 'no_record'],
    ]);
  });
});
