/**
 * Kent cases the specs at every layer open with the same facts: the domain specs send them as
 * commands, the HTTP suites as request bodies (with the force area in the path).
 */
import { KENT_CSP } from '../demo/kent.sources';

/** The Kent CSP with its three responsible authorities named (CDA 1998 s.5(1)). */
export const kentCsp = {
  ...KENT_CSP,
  responsibleAuthorities: ['Kent County Council', 'Kent Police', 'Kent Fire and Rescue Service'],
};

/** A lawful deputy PCC for Kent (s.18; Sch 1 para 8), appointed after the senior appointment hearing. */
export const kentDeputy = {
  person: 'D. Deputy',
  seniorAppointmentCaseId: 'kent-dpcc-2014',
  termEndsOn: '2016-05-11',
  dateOfBirth: '1970-01-01',
  excludedAs: [] as string[],
  disqualifications: [] as string[],
};

/** Kent's PCC requires a report of Medway CSP (CDA 1998 s.7) with both s.7(1A) reasons. */
export const medwayReportRequest = {
  areas: [{ name: 'Medway', policeAreas: ['kent'] }],
  matters: [{ description: 'Anti-social behaviour strategy delivery', devolvedWelshFunction: false }],
  notSatisfiedReason: 'ASB targets missed two years running',
  proportionalityReason: 'A short written report is the least burdensome way to understand the delays',
  dueOn: '2013-06-30',
};

/** A local government area in England, by name, lying in one police area (Kent unless named). */
export const englishArea = (name: string, policeArea = 'kent') => ({
  name,
  country: 'england' as const,
  policeAreas: [policeArea],
});
