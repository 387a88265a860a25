import type { CommissionerOfficeCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AppointActingCommissionerRequest, AppointDeputyRequest, EndActingAppointmentRequest, EndSuspensionRequest, RecordElectionRequest, SuspendCommissionerRequest, TakeOfficeRequest, VacateOfficeRequest } from './commissioner-office.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The office of PCC for one police area and one term (PRSRA 2011 ss.30, 50-51, 59-63). */
export const commissionerOfficeRoutes = routeTable<CommissionerOfficeCommand>()('Commissioner offices (PRSRA 2011 ss.30, 50-63)', {
  RecordElection: { path: 'force-areas/:area/commissioner-offices', body: RecordElectionRequest, summary: 'The result of an ordinary or vacancy election; effectiveAt is the poll date (ss.50-51)' },
  TakeOffice: { path: 'commissioner-offices/:id/acceptance', body: TakeOfficeRequest, summary: 'The elected person takes office on the seventh day after the poll (s.50; s.70)' },
  SuspendCommissioner: { path: 'commissioner-offices/:id/suspension', body: SuspendCommissionerRequest, summary: 'The panel suspends the PCC charged with a qualifying offence (s.30)' },
  EndSuspension: { path: 'commissioner-offices/:id/suspension-end', body: EndSuspensionRequest, summary: 'The suspension ends (s.30(2))' },
  AppointActingCommissioner: { path: 'commissioner-offices/:id/acting-commissioner', body: AppointActingCommissionerRequest, summary: "The panel appoints an acting commissioner from the PCC's staff (s.62)" },
  EndActingAppointment: { path: 'commissioner-offices/:id/acting-commissioner-end', body: EndActingAppointmentRequest, summary: 'The acting appointment ends (s.62(6)-(7))' },
  VacateOffice: { path: 'commissioner-offices/:id/vacancy', body: VacateOfficeRequest, summary: 'The office falls vacant (ss.59-61, 63)' },
  AppointDeputy: { path: 'commissioner-offices/:id/deputy', body: AppointDeputyRequest, summary: 'The PCC appoints a deputy PCC (s.18, Sch 1 para 8)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const KENT = { id: 'kent-pcc-2012' };
/** Suspension, an acting commissioner and a vacancy are shown on a synthetic area, not on a real person. */
const NORTHSHIRE = { id: 'northshire-pcc-2012' };

export const commissionerOfficeExamples: ExampleStep[] = [
  {
    op: 'RecordElection',
    name: 'kent-pcc-2012',
    summary: 'Ann Barnes is elected Kent PCC at the ordinary poll of 15 November 2012',
    params: { area: 'kent' },
    value: { caseId: 'kent-pcc-2012', pollDate: '2012-11-15', electedPerson: 'Ann Barnes', kind: 'ordinary', nextOrdinaryPoll: '2016-05-05', effectiveAt: '2012-11-15' },
  },
  {
    op: 'TakeOffice',
    name: 'kent-pcc-2012',
    summary: 'She takes office on the seventh day after the poll',
    params: KENT,
    value: { person: 'Ann Barnes', effectiveAt: '2012-11-22' },
  },
  {
    op: 'AppointDeputy',
    name: 'kent-pcc-2012',
    summary: 'The PCC appoints a deputy',
    params: KENT,
    value: { person: 'Deputy PCC (example)', effectiveAt: '2012-12-03' },
  },
  {
    op: 'RecordElection',
    name: 'northshire-pcc-2012',
    summary: 'A synthetic area elects its PCC',
    params: { area: 'northshire' },
    value: { caseId: 'northshire-pcc-2012', pollDate: '2012-11-15', electedPerson: 'Jo Example (synthetic)', kind: 'ordinary', nextOrdinaryPoll: '2016-05-05', effectiveAt: '2012-11-15' },
  },
  {
    op: 'TakeOffice',
    name: 'northshire-pcc-2012',
    summary: 'The synthetic PCC takes office',
    params: NORTHSHIRE,
    value: { person: 'Jo Example (synthetic)', effectiveAt: '2012-11-22' },
  },
  {
    op: 'SuspendCommissioner',
    name: 'northshire-pcc-2012',
    summary: 'The panel suspends the PCC, charged with an offence carrying more than two years',
    params: NORTHSHIRE,
    value: { chargeRef: 'CPS-2014-0001', offence: 'Misconduct in public office', offenceMaxTermYears: 14, lifeSentence: false, chargedIn: 'uk', panelResolutionRef: 'NPCP/2014/07', effectiveAt: '2014-03-03' },
  },
  {
    op: 'AppointActingCommissioner',
    name: 'northshire-pcc-2012',
    summary: "The panel appoints the PCC's chief executive as acting commissioner during the suspension",
    params: NORTHSHIRE,
    value: { person: 'Sam Example (synthetic)', staffRole: 'Chief Executive', isCommissionerStaff: true, isPoliceCivilianStaff: false, trigger: 'suspended', panelResolutionRef: 'NPCP/2014/08', effectiveAt: '2014-03-04' },
  },
  {
    op: 'EndActingAppointment',
    name: 'northshire-pcc-2012',
    summary: 'The panel ends the acting appointment',
    params: NORTHSHIRE,
    value: { reason: 'terminated_by_panel', effectiveAt: '2014-06-02' },
  },
  {
    op: 'EndSuspension',
    name: 'northshire-pcc-2012',
    summary: 'The charge is dropped and the suspension ends',
    params: NORTHSHIRE,
    value: { reason: 'charge_dropped', effectiveAt: '2014-06-02' },
  },
  {
    op: 'VacateOffice',
    name: 'northshire-pcc-2012',
    summary: 'The PCC resigns',
    params: NORTHSHIRE,
    value: { reason: 'resigned', effectiveAt: '2015-01-30' },
  },
];
