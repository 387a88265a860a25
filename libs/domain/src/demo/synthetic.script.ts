import type { ActingParty, Command } from '../core/decider';
import type { DatePrecision } from '../core/provenance';
import type { ScriptStep } from './demo.script';

/**
 * Synthetic demonstration data (DOMAIN.md §6: the seeds show no report requirement,
 * summons, merger, veto, complaint or confirmation hearing). Every step carries provenance
 * 'synthetic'; the places are fictional ("Northshire", "Southshire") so that nothing here
 * can be mistaken for a real record.
 */
const N = 'northshire';
const S = 'southshire';

const SYNTHETIC_ACTORS = {
  pcc: {
    id: 'synthetic-northshire-opcc',
    name: 'Northshire OPCC (synthetic)',
    role: 'pcc-office',
    body: 'northshire-pcc',
    forceArea: N,
  },
  panel: {
    id: 'synthetic-northshire-pcp',
    name: 'Northshire PCP secretariat (synthetic)',
    role: 'panel-secretariat',
    body: 'northshire-pcp',
    forceArea: N,
  },
  csp: {
    id: 'synthetic-northshire-csp',
    name: 'Northshire CSP officer (synthetic)',
    role: 'csp-officer',
    body: 'northshire-csp',
    forceArea: N,
  },
  homeOffice: {
    id: 'synthetic-home-office',
    name: 'Home Office (synthetic)',
    role: 'admin',
    body: 'home-office',
    forceArea: null,
  },
} satisfies Record<string, ActingParty>;

export const SYNTHETIC_CASES = {
  panel: 'synthetic-northshire-pcp',
  reportRequirement: 'synthetic-northshire-2014-asb-report',
  summons: 'synthetic-northshire-2014-summons-1',
  merger: 'synthetic-estuary-csp-merger',
  precept: 'synthetic-northshire-2014-15',
  ccAppointment: 'synthetic-northshire-cc-2014',
  dpccAppointment: 'synthetic-northshire-dpcc-2014',
  criminalComplaint: 'synthetic-northshire-complaint-2014-001',
  informalComplaint: 'synthetic-northshire-complaint-2014-002',
  panelMeeting: 'synthetic-northshire-pcp-2014-02-06',
  scrutiny: 'synthetic-northshire-scrutiny-2014-01',
  grant: 'synthetic-northshire-grant-2014-001',
  decisionRegister: 'synthetic-northshire',
} as const;

function synthetic(
  stepId: string,
  aggregateType: string,
  caseId: string,
  command: Command,
  effectiveOn: string,
  actor: ActingParty,
  classification = 'open',
  datePrecision: DatePrecision = 'day',
): ScriptStep {
  return {
    stepId: `synthetic-${stepId}`,
    aggregateType,
    caseId,
    command,
    effectiveOn,
    // Synthetic acts are "recorded" on the day they happen, at noon UTC.
    recordedAt: `${effectiveOn}T12:00:00.000Z`,
    actor,
    provenance: {
      provenance: 'synthetic',
      datePrecision,
      sourceQuote: 'SYNTHETIC demonstration data: not a real record',
    },
    classification,
  };
}

/** Twelve members of the synthetic panel (10 councillors, 2 co-optees): veto threshold 8. */
const ROSTER = [
  ...Array.from({ length: 10 }, (_, i) => ({
    memberId: `m${i + 1}`,
    name: `Councillor ${String.fromCharCode(65 + i)} (synthetic)`,
    kind: 'councillor' as const,
  })),
  { memberId: 'm11', name: 'Independent Member A (synthetic)', kind: 'coopted' as const },
  { memberId: 'm12', name: 'Independent Member B (synthetic)', kind: 'coopted' as const },
];

/** Hex commitments standing in for the application layer's HMACs (no personal data anywhere). */
const commitment = (seed: string): string => seed.repeat(64).slice(0, 64);

export function syntheticDemoScript(): ScriptStep[] {
  const { pcc, panel, csp, homeOffice } = SYNTHETIC_ACTORS;
  const C = SYNTHETIC_CASES;
  const candidate = (name: string, receivedByPanelOn: string) => ({
    candidate: name,
    isOrWasConstable: true,
    constableService: 'Deputy Chief Constable, Southshire Police (synthetic)',
    criteria: 'Published role profile (synthetic)',
    reasons: 'Meets every criterion (synthetic)',
    terms: 'Five-year fixed term (synthetic)',
    receivedByPanelOn,
  });
  return [
    // CSP report requirement (CDA s.7) that goes overdue: never submitted.
    synthetic(
      'report-requested',
      'CspReportRequirement',
      C.reportRequirement,
      {
        type: 'RequestReport',
        data: {
          forceArea: N,
          areas: [{ name: 'Northtown', policeAreas: [N] }],
          matters: [{ description: 'Anti-social behaviour strategy delivery', devolvedWelshFunction: false }],
          notSatisfiedReason: 'ASB targets missed two years running (synthetic)',
          proportionalityReason: 'A short written report is the least burdensome step (synthetic)',
          form: 'Written report, up to 10 pages',
          dueOn: '2014-03-31',
        },
      },
      '2014-01-15',
      pcc,
    ),

    // Summons of CSP representatives (reg 14A).
    synthetic(
      'summons-issued',
      'CspMeetingSummons',
      C.summons,
      {
        type: 'IssueMeetingSummons',
        data: {
          forceArea: N,
          areas: [
            { name: 'Northtown', country: 'england', policeAreas: [N] },
            { name: 'Westvale', country: 'england', policeAreas: [N] },
          ],
          authoritiesRequired: ['Northtown Council', 'Westvale District Council'],
          repsPerAuthority: 2,
          strategies: ['Reducing re-offending strategy 2014-17'],
          meetingDate: '2014-05-20',
          venue: 'Northshire Police HQ (synthetic)',
          consultedRAs: [
            { authority: 'Northtown Council', consultedOn: '2014-04-01', views: 'Content (synthetic)' },
            {
              authority: 'Westvale District Council',
              consultedOn: '2014-04-03',
              views: 'Prefers a joint meeting (synthetic)',
            },
          ],
          proportionalityReason: 'One joint meeting instead of separate visits (synthetic)',
        },
      },
      '2014-04-10',
      pcc,
    ),
    synthetic(
      'summoned-meeting-held',
      'CspMeetingSummons',
      C.summons,
      {
        type: 'RecordSummonedMeeting',
        data: {
          attendedBy: [
            {
              authority: 'Northtown Council',
              representatives: ['Head of Community Safety (synthetic)', 'Portfolio holder (synthetic)'],
            },
            { authority: 'Westvale District Council', representatives: ['Community Safety Manager (synthetic)'] },
          ],
        },
      },
      '2014-05-20',
      pcc,
    ),

    // The two partnerships on record, so the merger's parties come from their records (CDA 1998 s.5A(1)).
    synthetic(
      'csp-northtown-registered',
      'CommunitySafetyPartnership',
      'synthetic-northtown-csp',
      {
        type: 'RegisterPartnership',
        data: {
          forceArea: N,
          name: 'Northtown Community Safety Partnership (synthetic)',
          areas: ['Northtown'],
          country: 'england',
          policeAreas: [N],
          responsibleAuthorities: ['Northtown Council'],
          countyStrategyGroup: false,
        },
      },
      '2013-04-01',
      csp,
    ),
    synthetic(
      'csp-southport-registered',
      'CommunitySafetyPartnership',
      'synthetic-southport-csp',
      {
        type: 'RegisterPartnership',
        data: {
          forceArea: S,
          name: 'Southport-on-Estuary Community Safety Partnership (synthetic)',
          areas: ['Southport-on-Estuary'],
          country: 'england',
          policeAreas: [S],
          responsibleAuthorities: ['Southport-on-Estuary Council'],
          countyStrategyGroup: false,
        },
      },
      '2013-04-01',
      homeOffice,
    ),

    // A CSP merger spanning two police areas: the Secretary of State is a party.
    synthetic(
      'merger-requested',
      'CombinationAgreement',
      C.merger,
      {
        type: 'RequestMerger',
        data: {
          forceArea: N,
          areas: [
            { name: 'Northtown', country: 'england', policeAreas: [N] },
            { name: 'Southport-on-Estuary', country: 'england', policeAreas: [S] },
          ],
          requestingRAs: ['Northtown Council'],
          responsibleAuthorities: ['Northtown Council', 'Southport-on-Estuary Council'],
        },
      },
      '2014-06-02',
      csp,
    ),
    synthetic(
      'merger-signed-northtown',
      'CombinationAgreement',
      C.merger,
      { type: 'SignAgreement', data: { authority: 'Northtown Council', documentRef: 'EST-AGR-2014', inWriting: true } },
      '2014-07-01',
      csp,
    ),
    synthetic(
      'merger-signed-southport',
      'CombinationAgreement',
      C.merger,
      {
        type: 'SignAgreement',
        data: { authority: 'Southport-on-Estuary Council', documentRef: 'EST-AGR-2014', inWriting: true },
      },
      '2014-07-03',
      csp,
    ),
    synthetic(
      'merger-entered-northshire-pcc',
      'CombinationAgreement',
      C.merger,
      {
        type: 'ApproveMerger',
        data: {
          pcc: N,
          interestsGrounds: ['reducing_crime_and_disorder'],
          reasons: 'One partnership for one estuary economy (synthetic)',
          documentRef: 'EST-AGR-2014',
          inWriting: true,
        },
      },
      '2014-07-10',
      pcc,
    ),
    synthetic(
      'merger-entered-southshire-pcc',
      'CombinationAgreement',
      C.merger,
      {
        type: 'ApproveMerger',
        data: {
          pcc: S,
          interestsGrounds: ['reducing_reoffending'],
          reasons: 'Shared offender management (synthetic)',
          documentRef: 'EST-AGR-2014',
          inWriting: true,
        },
      },
      '2014-07-11',
      {
        ...pcc,
        id: 'synthetic-southshire-opcc',
        name: 'Southshire OPCC (synthetic)',
        body: 'southshire-pcc',
        forceArea: S,
      },
    ),
    synthetic(
      'merger-secretary-of-state',
      'CombinationAgreement',
      C.merger,
      {
        type: 'JoinAsSecretaryOfState',
        data: {
          interestsGrounds: ['reducing_crime_and_disorder'],
          reasons: 'Satisfied on s.5A(2) interests (synthetic)',
          cooperationArrangementsAdequate: true,
          documentRef: 'EST-AGR-2014',
          inWriting: true,
        },
      },
      '2014-08-15',
      homeOffice,
    ),
    synthetic(
      'merger-in-force',
      'CombinationAgreement',
      C.merger,
      {
        type: 'BringAgreementIntoForce',
        data: {
          combinedAreaName: 'Estuary Community Safety Partnership',
          cooperationArrangements: 'Joint PCC liaison board meeting quarterly (synthetic)',
          documentRef: 'EST-AGR-2014',
          inWriting: true,
        },
      },
      '2014-09-01',
      csp,
    ),

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
              data: {
                memberId: m.memberId,
                person: m.name,
                independent: true,
                councillorOfArea: false,
                isCommissioner: false,
                disqualifyingRoles: [],
              },
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

    // Panel meeting with a declaration of interest (DPI regime).
    synthetic(
      'pcp-meeting-convened',
      'PanelMeeting',
      C.panelMeeting,
      {
        type: 'ConveneMeeting',
        data: {
          forceArea: N,
          panelId: C.panel,
          meetingDate: '2014-02-06',
          startTimes: ['10:00'],
          venue: 'County Hall, Northtown (synthetic)',
          agenda: [{ item: '5', title: 'Proposed precept 2014-15' }],
        },
      },
      '2014-01-27',
      panel,
    ),
    synthetic(
      'pcp-interest-declared',
      'PanelMeeting',
      C.panelMeeting,
      {
        type: 'DeclareInterest',
        data: {
          memberId: 'm3',
          item: '5',
          regime: 'dpi',
          nature: 'Spouse employed by Northshire Police (synthetic)',
          withdrew: true,
        },
      },
      '2014-02-06',
      panel,
    ),

    // Complaint 1: alleges a crime: recorded and referred to the IPCC the next day.
    synthetic(
      'complaint1-received',
      'Complaint',
      C.criminalComplaint,
      {
        type: 'ReceiveComplaint',
        data: {
          forceArea: N,
          panel: C.panel,
          against: 'PCC',
          complainant: {
            subjectId: 'synthetic-subject-0001',
            commitments: { 'complainant.name': commitment('1a'), 'complainant.email': commitment('1b') },
          },
          criminalAllegation: true,
          subjectMatter: 'Alleged misuse of the office budget (synthetic)',
        },
      },
      '2014-06-02',
      panel,
      'exempt:1,2',
    ),
    synthetic(
      'complaint1-recorded',
      'Complaint',
      C.criminalComplaint,
      { type: 'RecordComplaint', data: {} },
      '2014-06-03',
      panel,
      'exempt:1,2',
    ),
    synthetic(
      'complaint1-referred',
      'Complaint',
      C.criminalComplaint,
      {
        type: 'ReferToIPCC',
        data: { type: 'serious_complaint', complainantNotified: true, officeHolderNotified: true },
      },
      '2014-06-03',
      panel,
      'exempt:1,2',
    ),

    // Complaint 2: conduct, no crime alleged: informally resolved, outcome not published.
    synthetic(
      'complaint2-received',
      'Complaint',
      C.informalComplaint,
      {
        type: 'ReceiveComplaint',
        data: {
          forceArea: N,
          panel: C.panel,
          against: 'DPCC',
          complainant: {
            subjectId: 'synthetic-subject-0002',
            commitments: { 'complainant.name': commitment('2a'), 'complainant.address': commitment('2b') },
          },
          criminalAllegation: false,
          subjectMatter: 'Discourteous reply to a letter (synthetic)',
        },
      },
      '2014-07-01',
      panel,
      'exempt:1,2',
    ),
    synthetic(
      'complaint2-recorded',
      'Complaint',
      C.informalComplaint,
      { type: 'RecordComplaint', data: {} },
      '2014-07-02',
      panel,
      'exempt:1,2',
    ),
    synthetic(
      'complaint2-ir-started',
      'Complaint',
      C.informalComplaint,
      {
        type: 'StartInformalResolution',
        data: {
          conductedBy: 'sub_committee',
          conductedByName: 'Complaints sub-committee (synthetic)',
          isRelevantOfficeHolder: false,
        },
      },
      '2014-07-10',
      panel,
      'exempt:1,2',
    ),
    synthetic(
      'complaint2-resolved',
      'Complaint',
      C.informalComplaint,
      { type: 'RecordInformalResolutionOutcome', data: { copiedToBothOn: '2014-08-01', publish: false } },
      '2014-08-01',
      panel,
      'exempt:1,2',
    ),

    // Panel requires the PCC to attend, and requests the chief constable alongside.
    synthetic(
      'scrutiny-attendance-required',
      'ScrutinyRequirement',
      C.scrutiny,
      {
        type: 'RequireAttendance',
        data: {
          forceArea: N,
          panel: C.panel,
          person: 'Northshire PCC (synthetic)',
          role: 'pcc',
          topic: 'Victim services (synthetic)',
          noticeGivenOn: '2014-09-01',
          meetingDate: '2014-09-25',
        },
      },
      '2014-09-01',
      panel,
    ),
    synthetic(
      'scrutiny-cc-requested',
      'ScrutinyRequirement',
      C.scrutiny,
      { type: 'RequestChiefConstableAttendance', data: { chiefConstable: 'Candidate Two (synthetic)' } },
      '2014-09-02',
      panel,
    ),
    synthetic(
      'scrutiny-attendance-held',
      'ScrutinyRequirement',
      C.scrutiny,
      { type: 'RecordAttendance', data: { attended: ['Northshire PCC (synthetic)'], chiefConstableAttended: true } },
      '2014-09-25',
      panel,
    ),

    // A grant published in the monthly cycle, and the decision record behind it.
    synthetic(
      'grant-awarded',
      'Grant',
      C.grant,
      {
        type: 'AwardGrant',
        data: {
          forceArea: N,
          recipient: 'Estuary CSP (synthetic)',
          amount: 40000,
          purpose: 'Youth diversion (synthetic)',
          conditions: ['Repayment of unspent funds'],
          reasons: 'Reduces first-time entrants (synthetic)',
          period: { from: '2014-10-01', to: '2015-09-30', description: null },
        },
      },
      '2014-09-15',
      pcc,
    ),
    synthetic(
      'grant-published',
      'Grant',
      C.grant,
      { type: 'PublishGrant', data: { url: 'https://example.invalid/northshire/grants/2014-09' } },
      '2014-10-20',
      pcc,
    ),
    synthetic(
      'register-opened',
      'DecisionRegister',
      C.decisionRegister,
      { type: 'OpenDecisionRegister', data: { forceArea: N, office: 'Northshire PCC (synthetic)' } },
      '2014-01-02',
      pcc,
    ),
    synthetic(
      'decision-recorded',
      'DecisionRegister',
      C.decisionRegister,
      {
        type: 'RecordDecision',
        data: {
          decisionRef: 'NPCC-2014-017',
          title: 'Youth diversion grant to the Estuary CSP (synthetic)',
          decisionMaker: 'Northshire PCC',
          significantPublicInterest: true,
          madeAtMeeting: false,
          recordDocumentRef: 'DR-NPCC-2014-017',
        },
      },
      '2014-09-15',
      pcc,
    ),
    synthetic(
      'decision-published',
      'DecisionRegister',
      C.decisionRegister,
      {
        type: 'PublishSpecifiedInformation',
        data: {
          orderPara: '5',
          description: 'Decision record NPCC-2014-017 (synthetic)',
          decisionRef: 'NPCC-2014-017',
          url: 'https://example.invalid/northshire/decisions/2014-017',
        },
      },
      '2014-09-17',
      pcc,
    ),
  ];
}
