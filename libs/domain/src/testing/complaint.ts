import type { ReceiveComplaint, ReferToIPCC, StartInformalResolution } from '../complaint/complaint.commands';
import type {
  ComplaintReceived,
  ComplaintRecorded,
  ComplaintReferredBack,
  ComplaintReferredToIPCC,
  InformalResolutionStarted,
} from '../complaint/complaint.events';

/** A complaint against the Kent PCC as received, recorded and informally resolved, shared by the complaint specs. */
export const C1 = 'a'.repeat(64);
export const C2 = 'b'.repeat(64);
export const receive: ReceiveComplaint = {
  type: 'ReceiveComplaint',
  data: {
    forceArea: 'kent',
    panel: 'kent-and-medway-pcp',
    against: 'PCC',
    complainant: { subjectId: 'subj-0001', commitments: { 'complainant.name': C1, 'complainant.email': C2 } },
    criminalAllegation: false,
    subjectMatter: 'Conduct at a public meeting',
  },
};
export const received: ComplaintReceived = {
  type: 'ComplaintReceived',
  data: { ...receive.data, exemptParas: [1, 2], receivedOn: '2014-03-03' },
};
export const criminalReceived: ComplaintReceived = {
  ...received,
  data: { ...received.data, criminalAllegation: true, subjectMatter: 'Alleged misuse of public funds' },
};
export const recorded: ComplaintRecorded = {
  type: 'ComplaintRecorded',
  data: { recordedOn: '2014-03-04', criminalAllegation: false },
};
export const criminalRecorded: ComplaintRecorded = {
  type: 'ComplaintRecorded',
  data: { recordedOn: '2014-03-04', criminalAllegation: true },
};
/** A criminal allegation referred to the IPCC on the day after receipt, as serious, and later referred back. */
export const referToIpcc: ReferToIPCC = {
  type: 'ReferToIPCC',
  data: { type: 'serious_complaint', complainantNotified: true, officeHolderNotified: true },
};
export const referredToIpcc: ComplaintReferredToIPCC = {
  type: 'ComplaintReferredToIPCC',
  data: {
    type: 'serious_complaint',
    becameClearOn: '2014-03-03',
    referralDueOn: '2014-03-04',
    referredOn: '2014-03-04',
    complainantNotified: true,
    officeHolderNotified: true,
  },
};
export const referredBack: ComplaintReferredBack = {
  type: 'ComplaintReferredBack',
  data: { referredBackOn: '2014-04-01', ipccReference: 'IPCC/2014/001' },
};
/** The panel starts informal resolution, conducted by whom (and whether they hold a relevant office). */
export const startInformally = (
  conductedBy: StartInformalResolution['data']['conductedBy'],
  conductedByName: string,
  isRelevantOfficeHolder = false,
): StartInformalResolution => ({
  type: 'StartInformalResolution',
  data: { conductedBy, conductedByName, isRelevantOfficeHolder },
});
export const startBySubCommittee = startInformally('sub_committee', 'Complaints sub-committee');
export const irStarted: InformalResolutionStarted = {
  type: 'InformalResolutionStarted',
  data: { conductedBy: 'sub_committee', conductedByName: 'Complaints sub-committee', startedOn: '2014-03-10' },
};
