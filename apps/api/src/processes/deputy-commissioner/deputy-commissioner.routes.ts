import type { DeputyCommissionerCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AppointDeputyCommissionerRequest, DelegateToDeputyRequest, EndDeputyAppointmentRequest } from './deputy-commissioner.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The deputy PCC: who may be appointed, for how long, and what may be delegated (PRSRA 2011 s.18; Sch 1 para 8). */
export const deputyCommissionerRoutes = routeTable<DeputyCommissionerCommand>()('Deputy PCC (PRSRA 2011 s.18; Sch 1 para 8)', {
  AppointDeputyCommissioner: { path: 'force-areas/:area/deputy-commissioners', body: AppointDeputyCommissionerRequest, summary: "The PCC appoints a deputy (s.18(1)(a)), not an excluded person (s.18(6)) nor a disqualified one (Sch 1 para 8(2)), to end by the PCC's term (para 8(3))" },
  DelegateToDeputy: { path: 'deputy-commissioners/:id/delegations', body: DelegateToDeputyRequest, summary: 'The PCC arranges for the deputy to exercise functions (s.18(1)(b)), never those reserved by s.18(3)(b), (7)' },
  EndDeputyAppointment: { path: 'deputy-commissioners/:id/end', body: EndDeputyAppointmentRequest, summary: "The deputy's appointment ends (flagged when recorded after the PCC's term ended, Sch 1 para 8(3))" },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
export const deputyCommissionerExamples: ExampleStep[] = [
  {
    op: 'AppointDeputyCommissioner',
    name: 'kent-dpcc-2012',
    summary: "The PCC appoints a deputy (s.18(1)(a)), not an excluded person (s.18(6)) nor a disqualified one (Sch 1 para 8(2)), to end by the PCC's term (para 8(3))",
    params: { area: 'kent' },
    value: { person: 'Deputy PCC (example)', seniorAppointmentCaseId: 'kent-dpcc-2012', termEndsOn: '2016-05-11', dateOfBirth: '1970-01-01', excludedAs: [], disqualifications: [], caseId: 'kent-dpcc-2012', effectiveAt: '2012-12-06' },
  },
  {
    op: 'DelegateToDeputy',
    name: 'kent-dpcc-2012',
    summary: 'The PCC arranges for the deputy to exercise functions (s.18(1)(b)), never those reserved by s.18(3)(b), (7)',
    params: { id: 'kent-dpcc-2012' },
    value: { functions: ['prepare_annual_report'], description: 'Victims services commissioning', effectiveAt: '2012-12-10' },
  },
  {
    op: 'EndDeputyAppointment',
    name: 'kent-dpcc-2012',
    summary: "The deputy's appointment ends (flagged when recorded after the PCC's term ended, Sch 1 para 8(3))",
    params: { id: 'kent-dpcc-2012' },
    value: { reason: 'term_ended', effectiveAt: '2016-05-11' },
  },
];
