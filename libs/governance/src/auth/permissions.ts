import type { ApiRole } from './api-keys';

/**
 * THE role × command matrix (issue 4 §4): who may record which statutory act. One
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

export const COMMAND_ROLES: Record<string, readonly ApiRole[]> = {
  // CSP report requirement (CDA 1998 s.7)
  RequestReport: PCC,
  SubmitReport: CSP,
  PublishReport: PCC,
  // --- Set B endpoints (scrutiny, complaints, CSPs, summonses, mergers, grants, decision register) ---
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
  // Any aggregate
  CorrectRecord: ADMIN,
};

export function rolesFor(commandType: string): readonly ApiRole[] {
  return COMMAND_ROLES[commandType] ?? ADMIN;
}

export function mayExecute(role: ApiRole, commandType: string): boolean {
  return rolesFor(commandType).includes(role);
}

export const ROLE_GROUPS = { PCC, PANEL, CSP, ADMIN };
