import { N, S, SYNTHETIC_ACTORS, SYNTHETIC_CASES, synthetic } from './synthetic.cast';
import type { ScriptStep } from './demo.script';

/** Partnerships: a CSP report requirement that goes overdue, a summons of CSP representatives, and a merger across two police areas. */
export function partnershipActs(): ScriptStep[] {
  const { pcc, csp, homeOffice } = SYNTHETIC_ACTORS;
  const C = SYNTHETIC_CASES;
  // The one CSP area in both the summons and the merger.
  const northtown = { name: 'Northtown', country: 'england', policeAreas: [N] };
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
          areas: [northtown, { name: 'Westvale', country: 'england', policeAreas: [N] }],
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
          areas: [northtown, { name: 'Southport-on-Estuary', country: 'england', policeAreas: [S] }],
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
  ];
}
