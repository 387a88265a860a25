import { medwayReportRequest } from '../../libs/domain/src/testing/kent-cases';

/** A lawful CSP report request (CDA 1998 s.7), the body the HTTP suites send most. */
export const reportRequest = { effectiveAt: '2013-05-01', ...medwayReportRequest };

/** A complaint about the Kent PCC as the panel receives it (PRSRA 2011 Sch 7; SI 2012/62). */
export const complaintReceipt = {
  effectiveAt: '2013-03-04',
  panel: 'Kent and Medway Police and Crime Panel',
  against: 'PCC',
  complainant: { name: 'A Complainant', contact: 'complainant@example.org' },
  criminalAllegation: false,
  subjectMatter: 'Conduct of the PCC at a public meeting',
};
