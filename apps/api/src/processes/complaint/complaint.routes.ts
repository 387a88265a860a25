import { COMPLAINT_CLASSIFICATION, type ComplaintCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { erasePersonalData, receiveComplaint, updateComplainant } from './complaint.sealing';
import { DecideNotToRecordRequest, DisapplyRequirementsRequest, ErasePersonalDataRequest, ReceiveComplaintRequest, RecordComplaintRequest, RecordInformalResolutionOutcomeRequest, RecordReferralBackRequest, ReferToIpccRequest, StartInformalResolutionRequest, UpdateComplainantRequest, WithdrawComplaintRequest } from './complaint.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/**
 * Complaints about the PCC or deputy handled by the panel (PRSRA 2011 Sch 7; SI 2012/62).
 * The complainant's details arrive in clear and are sealed in the personal-data vault
 * before the append; the log holds `{ subjectId, commitments }` only. Every complaint event
 * carries the complaint's classification (Sch 12A paras 1-2).
 */
export const complaintRoutes = routeTable<ComplaintCommand>()('Complaints (PRSRA 2011 Sch 7; SI 2012/62)', {
  ReceiveComplaint: { path: 'force-areas/:area/complaints', body: ReceiveComplaintRequest, summary: 'The panel receives a complaint about the PCC or deputy PCC (the complainant is sealed, never stored)', run: receiveComplaint },
  RecordComplaint: { path: 'complaints/:id/recording', body: RecordComplaintRequest, summary: 'The panel records the complaint (reg 9)' },
  DecideNotToRecord: { path: 'complaints/:id/non-recording-decision', body: DecideNotToRecordRequest, summary: 'The panel decides not to record the complaint, with grounds (reg 10)' },
  ReferToIPCC: { path: 'complaints/:id/referral', body: ReferToIpccRequest, summary: 'The panel refers the complaint to the IPCC (reg 13; late referral is flagged)' },
  RecordReferralBack: { path: 'complaints/:id/referral-back', body: RecordReferralBackRequest, summary: 'The IPCC refers the complaint back to the panel (reg 14(2))' },
  DisapplyRequirements: { path: 'complaints/:id/disapplication', body: DisapplyRequirementsRequest, summary: 'The panel sets the requirements aside on a reg 15(3) ground' },
  StartInformalResolution: { path: 'complaints/:id/informal-resolution', body: StartInformalResolutionRequest, summary: 'Informal resolution starts (reg 28)' },
  RecordInformalResolutionOutcome: { path: 'complaints/:id/informal-resolution/outcome', body: RecordInformalResolutionOutcomeRequest, summary: 'The outcome of informal resolution is recorded (reg 28(12)-(13))' },
  WithdrawComplaint: { path: 'complaints/:id/withdrawal', body: WithdrawComplaintRequest, summary: 'The complainant withdraws the complaint (reg 16)' },
  UpdateComplainant: { path: 'complaints/:id/complainant-updates', body: UpdateComplainantRequest, summary: 'The complainant was kept informed; new contact details are sealed (regs 32-33)', run: updateComplainant },
  ErasePersonalData: { path: 'complaints/:id/erasure', body: ErasePersonalDataRequest, summary: 'Erase the complainant’s personal data (key deleted; commitments and proofs stay)', run: erasePersonalData },
}, { classification: COMPLAINT_CLASSIFICATION });

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const receipt = (caseId: string, effectiveAt: string, over: Record<string, unknown> = {}) => ({
  caseId,
  panel: 'Kent and Medway Police and Crime Panel',
  against: 'PCC',
  complainant: { name: 'A Complainant (example)', contact: 'complainant@example.org' },
  criminalAllegation: false,
  subjectMatter: 'Conduct of the PCC at a public meeting',
  effectiveAt,
  ...over,
});

const REFERRED = { id: 'kent-complaint-2013-001' };
const RESOLVED = { id: 'kent-complaint-2013-002' };

/**
 * Four complaints: one alleging a crime, referred to the IPCC and back; one resolved
 * informally, whose complainant's details are later erased; one not recorded; one withdrawn.
 */
export const complaintExamples: ExampleStep[] = [
  {
    op: 'ReceiveComplaint',
    name: 'kent-complaint-2013-001',
    summary: 'The panel receives a complaint alleging a criminal offence',
    params: { area: 'kent' },
    value: receipt('kent-complaint-2013-001', '2013-03-04', { criminalAllegation: true, subjectMatter: 'Alleged misuse of a police vehicle' }),
  },
  {
    op: 'RecordComplaint',
    name: 'kent-complaint-2013-001',
    summary: 'The panel records it as alleging a criminal offence',
    params: REFERRED,
    value: { criminalAllegation: true, effectiveAt: '2013-03-05' },
  },
  {
    op: 'ReferToIPCC',
    name: 'kent-complaint-2013-001',
    summary: 'The panel refers it to the IPCC as a serious complaint',
    params: REFERRED,
    value: { type: 'serious_complaint', becameClearOn: '2013-03-04', complainantNotified: true, officeHolderNotified: true, effectiveAt: '2013-03-05' },
  },
  {
    op: 'RecordReferralBack',
    name: 'kent-complaint-2013-001',
    summary: 'The IPCC refers it back to the panel',
    params: REFERRED,
    value: { ipccReference: '2013/004512', effectiveAt: '2013-04-10' },
  },
  {
    op: 'DisapplyRequirements',
    name: 'kent-complaint-2013-001',
    summary: 'The panel sets it aside: the matter is already being investigated',
    params: REFERRED,
    value: { reg15Ground: 'c_already_complained', reasons: 'Already the subject of the IPCC investigation', action: 'no_action', effectiveAt: '2013-04-15' },
  },
  {
    op: 'ReceiveComplaint',
    name: 'kent-complaint-2013-002',
    summary: "The panel receives a complaint about the PCC's conduct",
    params: { area: 'kent' },
    value: receipt('kent-complaint-2013-002', '2013-05-01'),
  },
  {
    op: 'RecordComplaint',
    name: 'kent-complaint-2013-002',
    summary: 'The panel records it',
    params: RESOLVED,
    value: { criminalAllegation: false, effectiveAt: '2013-05-02' },
  },
  {
    op: 'StartInformalResolution',
    name: 'kent-complaint-2013-002',
    summary: 'A sub-committee starts informal resolution',
    params: RESOLVED,
    value: { conductedBy: 'sub_committee', conductedByName: 'Complaints sub-committee', isRelevantOfficeHolder: false, effectiveAt: '2013-05-10' },
  },
  {
    op: 'RecordInformalResolutionOutcome',
    name: 'kent-complaint-2013-002',
    summary: 'The outcome is copied to both sides and published in the public interest',
    params: RESOLVED,
    value: { copiedToBothOn: '2013-06-03', publish: true, publicInterestReason: 'The conduct concerned a public meeting', effectiveAt: '2013-06-01' },
  },
  {
    op: 'UpdateComplainant',
    name: 'kent-complaint-2013-002',
    summary: 'The complainant is told the outcome has been published',
    params: RESOLVED,
    value: { informedOf: 'The published outcome of the informal resolution', effectiveAt: '2013-06-04' },
  },
  {
    op: 'ErasePersonalData',
    name: 'kent-complaint-2013-002',
    summary: "Once the retention period has ended, the complainant's details are erased (subjectId is the one recorded at receipt)",
    params: RESOLVED,
    value: { subjectId: '3f1d2c7e-8a41-4b6e-9c1f-2a7d9e0b3c55', authority: 'UK GDPR art 17(1)(a): no longer necessary; retention period ended', reason: 'Case closed more than six years ago', effectiveAt: '2019-07-01' },
  },
  {
    op: 'ReceiveComplaint',
    name: 'kent-complaint-2013-003',
    summary: 'The panel receives a complaint that is about the chief constable',
    params: { area: 'kent' },
    value: receipt('kent-complaint-2013-003', '2013-07-01', { subjectMatter: 'Handling of a burglary report by Kent Police' }),
  },
  {
    op: 'DecideNotToRecord',
    name: 'kent-complaint-2013-003',
    summary: 'The panel decides not to record it and tells the complainant',
    params: { id: 'kent-complaint-2013-003' },
    value: { grounds: 'The complaint is about the chief constable, not the PCC', notifiedOn: '2013-07-03', effectiveAt: '2013-07-03' },
  },
  {
    op: 'ReceiveComplaint',
    name: 'kent-complaint-2013-004',
    summary: 'The panel receives a complaint about the deputy PCC',
    params: { area: 'kent' },
    value: receipt('kent-complaint-2013-004', '2013-07-02', { against: 'DPCC', subjectMatter: 'Conduct of the deputy PCC at a community event' }),
  },
  {
    op: 'WithdrawComplaint',
    name: 'kent-complaint-2013-004',
    summary: 'The complainant withdraws it',
    params: { id: 'kent-complaint-2013-004' },
    value: { effectiveAt: '2013-07-20' },
  },
];
