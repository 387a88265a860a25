import type { ReceiveComplaint } from '../complaint/complaint.commands';
import type { ComplaintReceived, ComplaintRecorded, InformalResolutionStarted } from '../complaint/complaint.events';

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
export const irStarted: InformalResolutionStarted = {
  type: 'InformalResolutionStarted',
  data: { conductedBy: 'sub_committee', conductedByName: 'Complaints sub-committee', startedOn: '2014-03-10' },
};
