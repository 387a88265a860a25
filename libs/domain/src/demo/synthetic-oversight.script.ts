import { commitment, N, SYNTHETIC_ACTORS, SYNTHETIC_CASES, synthetic } from './synthetic.cast';
import type { ScriptStep } from './demo.script';

/** A panel meeting with a declared interest, two complaints, an attendance requirement and a published grant. */
export function meetingComplaintAndGrantActs(): ScriptStep[] {
  const { pcc, panel } = SYNTHETIC_ACTORS;
  const C = SYNTHETIC_CASES;
  return [
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
