import type { ApiRole } from './api-keys';

/**
 * THE role × command matrix: who may record which statutory act. One
 * place; the e2e matrix test sends every command as every role and expects exactly
 * these to pass authorisation and every other cell to get 403.
 *
 * admin may record every act (data-entry of history on any body's behalf).
 * scrutiny-officer and auditor only read. CorrectRecord and EraseSubject are admin
 * acts: a correction changes what the record says about any body.
 */
const PCC: ApiRole[] = ['pcc-office', 'admin'];
const PANEL: ApiRole[] = ['panel-secretariat', 'admin'];
const CSP: ApiRole[] = ['csp-officer', 'admin'];
const ADMIN: ApiRole[] = ['admin'];

const COMMAND_ROLES: Record<string, readonly ApiRole[]> = {
  // CSP report requirement (CDA 1998 s.7)
  RequestReport: PCC,
  JoinReportRequirement: PCC,
  SubmitReport: CSP,
  PublishReport: PCC,
  // --- Scrutiny, complaints, CSPs, summonses, mergers, grants, decision register ---
  // Scrutiny requirement (PRSRA 2011 s.29): every act is the panel's, including recording
  // what the PCC did (attended, answered): the panel is the body that judges compliance.
  RequireAttendance: PANEL,
  RequestChiefConstableAttendance: PANEL,
  RequireWrittenResponse: PANEL,
  RecordAttendance: PANEL,
  ReceiveWrittenResponse: PANEL,
  RecordNonCompliance: PANEL,
  // Complaint (PRSRA 2011 Sch 7; SI 2012/62): the panel handles complaints about the PCC.
  ReceiveComplaint: PANEL,
  RecordComplaint: PANEL,
  DecideNotToRecord: PANEL,
  ReferToIPCC: PANEL,
  // The referral back is the IPCC's act (reg 14(2)), a national body: admin records it.
  RecordReferralBack: ADMIN,
  DisapplyRequirements: PANEL,
  StartInformalResolution: PANEL,
  RecordInformalResolutionOutcome: PANEL,
  // The complainant withdraws; the panel secretariat records the notice it received.
  WithdrawComplaint: PANEL,
  UpdateComplainant: PANEL,
  // Crypto-shredding is irreversible and not a statutory act of any body.
  ErasePersonalData: ADMIN,
  // Community safety partnership (CDA 1998 ss.5-6; 2007 Strategy Regulations).
  // RegisterPartnership is ledger bookkeeping; the partnership's own officer opens it.
  RegisterPartnership: CSP,
  RecordCspMeeting: CSP,
  TablePaper: CSP,
  SendPartnershipPlanToPCC: CSP,
  SendCommunitySafetyAgreementToPCC: CSP,
  RecordStrategyGroupPublicMeeting: CSP,
  // CSP meeting summons (2007 Strategy Regulations reg 14A): the PCC's power. The summoned
  // meeting is the PCC's meeting, so the PCC's office records who came and who did not
  // (recording their own attendance would let the summoned authorities mark themselves).
  IssueMeetingSummons: PCC,
  RecordSummonedMeeting: PCC,
  // Combination agreement (CDA 1998 s.5A): the responsible authorities request, sign,
  // and (as the combined partnership) record the agreement coming into force and any
  // variation or termination; each PCC enters by its own act; the Secretary of State is
  // a national body, recorded by admin.
  RequestMerger: CSP,
  SignAgreement: CSP,
  ApproveMerger: PCC,
  JoinAsSecretaryOfState: ADMIN,
  BringAgreementIntoForce: CSP,
  VaryAgreement: CSP,
  TerminateAgreement: CSP,
  // Grant (PRSRA 2011 s.9; SI 2011/3050): the PCC's.
  AwardGrant: PCC,
  PublishGrant: PCC,
  RequireGrantRepayment: PCC,
  // Decision register (PRSRA 2011 s.11; SI 2011/3050; Sch 12A): the PCC office's own register.
  OpenDecisionRegister: PCC,
  RecordDecision: PCC,
  PublishSpecifiedInformation: PCC,
  ClassifyDocument: PCC,
  ReclassifyDocument: PCC,
  // --- Precept, chief constable, senior appointments, panel, meetings, office, plan, annual report ---
  // Precept cycle (PRSRA 2011 Sch 5; SI 2012/2271 Part 2): the PCC proposes, responds,
  // revises and issues; the panel reports and vetoes.
  NotifyProposedPrecept: PCC,
  ReportOnProposedPrecept: PANEL,
  VetoProposedPrecept: PANEL,
  PublishPreceptResponse: PCC,
  NotifyRevisedPrecept: PCC,
  MakeSecondPreceptReport: PANEL,
  IssuePrecept: PCC,
  // Chief constable appointment (PRSRA 2011 Sch 8): the PCC proposes, responds, appoints
  // or abandons; the panel holds the hearing, reports and vetoes.
  NotifyProposedAppointment: PCC,
  NotifyReserveCandidate: PCC,
  HoldConfirmationHearing: PANEL,
  MakeAppointmentReport: PANEL,
  VetoAppointment: PANEL,
  RespondToRecommendation: PCC,
  AppointChiefConstable: PCC,
  AbandonAppointment: PCC,
  // Senior appointments (PRSRA 2011 Sch 1 paras 9-12): as for the chief constable, no veto.
  // A transferred first chief executive / CFO (SI 2012/2892 art 4) is the PCC's own
  // appointment made without confirmation, so the PCC's office records it.
  NotifySeniorAppointment: PCC,
  RecordTransferredAppointment: PCC,
  HoldSeniorConfirmationHearing: PANEL,
  MakeSeniorAppointmentReport: PANEL,
  RespondToSeniorRecommendation: PCC,
  AppointSeniorOfficer: PCC,
  WithdrawSeniorAppointment: PCC,
  // Police and crime panel (PRSRA 2011 s.28, Sch 6): the panel and its roster. Establishment,
  // the arrangements notice and councillor appointments are acts of the councils; the panel
  // secretariat (the host authority's officers) records them. A Welsh panel is set up by the
  // Secretary of State: admin records that on the Home Office's behalf.
  EstablishPanel: PANEL,
  AddPanelAlias: PANEL,
  NotifyPanelArrangements: PANEL,
  AppointMember: PANEL,
  CooptMember: PANEL,
  RecordMemberLeft: PANEL,
  ResolveCoOptedNumber: PANEL,
  AdoptRulesOfProcedure: PANEL,
  // Panel meeting (Sch 6 para 25; LGA 1972 Part VA): every act is the panel's.
  ConveneMeeting: PANEL,
  TableDocument: PANEL,
  RecordMeetingAttendance: PANEL,
  ConfirmQuorum: PANEL,
  DeclareInterest: PANEL,
  ExcludePublic: PANEL,
  RecordVote: PANEL,
  PublishMinutes: PANEL,
  // Commissioner office (PRSRA 2011 ss.30, 50-63). The election result is the returning
  // officer's (admin). Taking office and appointing a deputy are the PCC's acts. Suspension
  // (s.30) and the acting commissioner (s.62) are the panel's powers; the end of a suspension
  // or of an acting appointment is recorded by the panel that made it. A vacancy arises by
  // operation of law (death, disqualification, s.63) or by resignation to the chief executive;
  // it ends the PCC's tenure, so neither the PCC's office nor the panel may record it alone:
  // admin only.
  RecordElection: ADMIN,
  TakeOffice: PCC,
  SuspendCommissioner: PANEL,
  EndSuspension: PANEL,
  AppointActingCommissioner: PANEL,
  EndActingAppointment: PANEL,
  VacateOffice: ADMIN,
  AppointDeputy: PCC,
  // Police and crime plan (PRSRA 2011 s.5, s.28(3)): the PCC's, except the panel's report.
  DraftPlan: PCC,
  ConsultChiefConstable: PCC,
  SendDraftToPanel: PCC,
  MakePlanReport: PANEL,
  PublishPlanResponse: PCC,
  IssuePlan: PCC,
  PublishPlan: PCC,
  SendPlanCopy: PCC,
  DraftPlanVariation: PCC,
  IssuePlanVariation: PCC,
  // Annual report (PRSRA 2011 s.12, s.28(4)): the PCC's, except the panel's meeting and report.
  ProduceAnnualReport: PCC,
  SendAnnualReportToPanel: PCC,
  HoldAnnualReportMeeting: PANEL,
  MakeAnnualReportPanelReport: PANEL,
  PublishAnnualReportResponse: PCC,
  PublishAnnualReport: PCC,
  // Panel reports (PRSRA 2011 s.28(6)-(9)): the panel's; the PCC's written response (s.29(3)-(4))
  // is given by the PCC and received by the panel, so either office records it.
  MakePanelReport: PANEL,
  EnterAppointmentReport: PANEL,
  PublishPanelReport: PANEL,
  SendPanelReportToCouncils: PANEL,
  RecordPanelReportResponse: ['pcc-office', 'panel-secretariat', 'admin'],
  // Members' interests (Localism Act 2011 ss.29-33): kept by the monitoring officer who
  // serves the panel, through its secretariat.
  OpenMemberInterests: PANEL,
  NotifyInterests: PANEL,
  RemoveInterest: PANEL,
  DiscloseInterestAtMeeting: PANEL,
  RequestDispensation: PANEL,
  GrantDispensation: PANEL,
  // Deputy PCC (PRSRA 2011 s.18; Sch 1 para 8): the PCC's own acts.
  AppointDeputyCommissioner: PCC,
  DelegateToDeputy: PCC,
  EndDeputyAppointment: PCC,
  // Record coverage (ledger record-keeping): each body's own office declares its own record
  // complete; the decider checks the role speaks for the body named.
  DeclareRecordCoverage: ['pcc-office', 'panel-secretariat', 'csp-officer', 'admin'],
  ReviseRecordCoverage: ['pcc-office', 'panel-secretariat', 'csp-officer', 'admin'],
  WithdrawRecordCoverage: ['pcc-office', 'panel-secretariat', 'csp-officer', 'admin'],
  // Any aggregate
  CorrectRecord: ADMIN,
};

function rolesFor(commandType: string): readonly ApiRole[] {
  return COMMAND_ROLES[commandType] ?? ADMIN;
}

export function mayExecute(role: ApiRole, commandType: string): boolean {
  return rolesFor(commandType).includes(role);
}

