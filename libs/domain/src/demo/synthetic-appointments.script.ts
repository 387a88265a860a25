import { independentMember } from './independent-member';
import { candidate, N, ROSTER, SYNTHETIC_ACTORS, SYNTHETIC_CASES, synthetic } from './synthetic.cast';
import type { ScriptStep } from './demo.script';

/** The panel and its members, then its vetoes and hearings: the precept, the chief constable and the deputy PCC. */
export function panelPreceptAndAppointmentActs(): ScriptStep[] {
  const { pcc, panel } = SYNTHETIC_ACTORS;
  const C = SYNTHETIC_CASES;
  return [
    // The panel and its twelve members, on record before any vote is counted (Sch 5 para 4(4)).
    synthetic(
      'panel-established',
      'PoliceAndCrimePanel',
      C.panel,
      {
        type: 'EstablishPanel',
        data: {
          forceArea: N,
          name: 'Northshire Police and Crime Panel (synthetic)',
          country: 'england',
          councils: ['Northshire County Council (synthetic)', 'Northtown Borough Council (synthetic)'],
        },
      },
      '2012-07-02',
      panel,
    ),
    synthetic(
      'panel-rules',
      'PoliceAndCrimePanel',
      C.panel,
      {
        type: 'AdoptRulesOfProcedure',
        data: {
          quorumRule: { minimumPresent: 4, text: 'The quorum is four voting members (synthetic)' },
          documentRef: 'Northshire PCP rules of procedure (synthetic)',
        },
      },
      '2012-09-03',
      panel,
    ),
    ...ROSTER.map((m) =>
      m.kind === 'councillor'
        ? synthetic(
            `panel-member-${m.memberId}`,
            'PoliceAndCrimePanel',
            C.panel,
            {
              type: 'AppointMember',
              data: {
                memberId: m.memberId,
                person: m.name,
                council: 'Northshire County Council (synthetic)',
                politicalGroup: null,
                isCommissioner: false,
              },
            },
            '2012-10-01',
            panel,
          )
        : synthetic(
            `panel-member-${m.memberId}`,
            'PoliceAndCrimePanel',
            C.panel,
            {
              type: 'CooptMember',
              data: independentMember(m.memberId, m.name),
            },
            '2012-10-15',
            panel,
          ),
    ),

    // Precept 2014-15: veto as too high, revised precept, second report, issue.
    synthetic(
      'precept-notified',
      'PreceptCycle',
      C.precept,
      { type: 'NotifyProposedPrecept', data: { forceArea: N, financialYear: '2014-15', amount: 180.0 } },
      '2014-01-29',
      pcc,
    ),
    synthetic(
      'precept-vetoed',
      'PreceptCycle',
      C.precept,
      {
        type: 'VetoProposedPrecept',
        data: {
          recommendations: ['Hold the increase below 2% (synthetic)'],
          recommendedAmount: 176.4,
          reason: 'too_high',
          votesFor: 9,
          membersAtTime: ROSTER,
        },
      },
      '2014-02-06',
      panel,
    ),
    synthetic(
      'precept-first-response',
      'PreceptCycle',
      C.precept,
      { type: 'PublishPreceptResponse', data: { stage: 'first' } },
      '2014-02-13',
      pcc,
    ),
    synthetic(
      'precept-revised',
      'PreceptCycle',
      C.precept,
      { type: 'NotifyRevisedPrecept', data: { amount: 177.5 } },
      '2014-02-13',
      pcc,
    ),
    synthetic(
      'precept-second-report',
      'PreceptCycle',
      C.precept,
      { type: 'MakeSecondPreceptReport', data: { accepts: true, recommendations: [] } },
      '2014-02-20',
      panel,
    ),
    synthetic(
      'precept-second-response',
      'PreceptCycle',
      C.precept,
      { type: 'PublishPreceptResponse', data: { stage: 'second' } },
      '2014-02-27',
      pcc,
    ),
    synthetic(
      'precept-issued',
      'PreceptCycle',
      C.precept,
      { type: 'IssuePrecept', data: { amount: 177.5 } },
      '2014-02-28',
      pcc,
    ),

    // Chief constable: hearing, veto, reserve candidate, hearing, report, acceptance, appointment.
    synthetic(
      'cc-notified',
      'ChiefConstableAppointment',
      C.ccAppointment,
      {
        type: 'NotifyProposedAppointment',
        data: { forceArea: N, ...candidate('Candidate One (synthetic)', '2014-03-03') },
      },
      '2014-03-03',
      pcc,
    ),
    synthetic(
      'cc-hearing',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'HoldConfirmationHearing', data: { inPublic: true, appearance: 'in_person' } },
      '2014-03-12',
      panel,
    ),
    synthetic(
      'cc-vetoed',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'VetoAppointment', data: { votesFor: 8, membersAtTime: ROSTER } },
      '2014-03-12',
      panel,
    ),
    synthetic(
      'cc-reserve-notified',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'NotifyReserveCandidate', data: candidate('Candidate Two (synthetic)', '2014-03-20') },
      '2014-03-20',
      pcc,
    ),
    synthetic(
      'cc-reserve-hearing',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'HoldConfirmationHearing', data: { inPublic: true, appearance: 'live_link' } },
      '2014-04-01',
      panel,
    ),
    synthetic(
      'cc-reserve-report',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'MakeAppointmentReport', data: { recommend: 'appoint' } },
      '2014-04-01',
      panel,
    ),
    synthetic(
      'cc-reserve-accepted',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'RespondToRecommendation', data: { accept: true } },
      '2014-04-03',
      pcc,
    ),
    synthetic(
      'cc-appointed',
      'ChiefConstableAppointment',
      C.ccAppointment,
      { type: 'AppointChiefConstable', data: { candidate: 'Candidate Two (synthetic)' } },
      '2014-04-07',
      pcc,
    ),

    // Deputy PCC: the Sch 1 confirmation hearing (no veto).
    synthetic(
      'dpcc-notified',
      'SeniorAppointment',
      C.dpccAppointment,
      {
        type: 'NotifySeniorAppointment',
        data: {
          forceArea: N,
          role: 'deputy_pcc',
          candidate: 'Deputy Candidate (synthetic)',
          criteria: 'Role profile (synthetic)',
          reasons: 'Experience (synthetic)',
          terms: 'Term of the PCC (synthetic)',
          receivedByPanelOn: '2014-05-01',
        },
      },
      '2014-05-01',
      pcc,
    ),
    synthetic(
      'dpcc-hearing',
      'SeniorAppointment',
      C.dpccAppointment,
      { type: 'HoldSeniorConfirmationHearing', data: { inPublic: true, appearance: 'in_person' } },
      '2014-05-13',
      panel,
    ),
    synthetic(
      'dpcc-report',
      'SeniorAppointment',
      C.dpccAppointment,
      { type: 'MakeSeniorAppointmentReport', data: { recommend: 'appoint' } },
      '2014-05-13',
      panel,
    ),
    synthetic(
      'dpcc-accepted',
      'SeniorAppointment',
      C.dpccAppointment,
      { type: 'RespondToSeniorRecommendation', data: { accept: true } },
      '2014-05-15',
      pcc,
    ),
    synthetic(
      'dpcc-appointed',
      'SeniorAppointment',
      C.dpccAppointment,
      { type: 'AppointSeniorOfficer', data: { person: 'Deputy Candidate (synthetic)' } },
      '2014-05-19',
      pcc,
    ),
  ];
}
