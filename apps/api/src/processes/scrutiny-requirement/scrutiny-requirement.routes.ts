import type { ScrutinyRequirementCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { ReceiveWrittenResponseRequest, RecordAttendanceRequest, RecordNonComplianceRequest, RequestChiefConstableAttendanceRequest, RequireAttendanceRequest, RequireWrittenResponseRequest } from './scrutiny-requirement.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The panel requires attendance or a written response (PRSRA 2011 s.29). One case per requirement. */
export const scrutinyRequirementRoutes = routeTable<ScrutinyRequirementCommand>()('Scrutiny requirements (PRSRA 2011 s.29)', {
  RequireAttendance: { path: 'force-areas/:area/attendance-requirements', body: RequireAttendanceRequest, summary: 'The panel requires the PCC or a member of the PCC’s staff to attend a meeting' },
  RequireWrittenResponse: { path: 'force-areas/:area/written-response-requirements', body: RequireWrittenResponseRequest, summary: 'The panel requires a written response to a report or recommendation' },
  RequestChiefConstableAttendance: { path: 'scrutiny-requirements/:id/chief-constable-request', body: RequestChiefConstableAttendanceRequest, summary: 'The panel asks the chief constable to attend alongside the PCC' },
  RecordAttendance: { path: 'scrutiny-requirements/:id/attendance', body: RecordAttendanceRequest, summary: 'Who attended the meeting as required' },
  ReceiveWrittenResponse: { path: 'scrutiny-requirements/:id/written-response', body: ReceiveWrittenResponseRequest, summary: 'The written response was received (late ones are flagged)' },
  RecordNonCompliance: { path: 'scrutiny-requirements/:id/non-compliance', body: RecordNonComplianceRequest, summary: 'The requirement was not complied with (after the meeting or due date)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const ATTENDANCE = { id: 'kent-pcp-attendance-2013-02-05' };
const WRITTEN = { id: 'kent-pcp-written-2013-02' };
/** Non-compliance is shown on a synthetic area, not on a real person. */
const MISSED = { id: 'northshire-pcp-attendance-2014-02-04' };

export const scrutinyRequirementExamples: ExampleStep[] = [
  {
    op: 'RequireAttendance',
    name: 'kent-pcp-attendance-2013-02-05',
    summary: 'The panel requires the PCC to attend its meeting',
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp-attendance-2013-02-05', panel: 'Kent and Medway Police and Crime Panel', person: 'Ann Barnes', role: 'pcc', topic: 'Progress against the Police and Crime Plan', noticeGivenOn: '2013-01-10', meetingDate: '2013-02-05', effectiveAt: '2013-01-10' },
  },
  {
    op: 'RequestChiefConstableAttendance',
    name: 'kent-pcp-attendance-2013-02-05',
    summary: 'The panel asks the chief constable to attend as well',
    params: ATTENDANCE,
    value: { chiefConstable: 'Ian Learmonth', effectiveAt: '2013-01-11' },
  },
  {
    op: 'RecordAttendance',
    name: 'kent-pcp-attendance-2013-02-05',
    summary: 'Both attended',
    params: ATTENDANCE,
    value: { attended: ['Ann Barnes'], chiefConstableAttended: true, effectiveAt: '2013-02-05' },
  },
  {
    op: 'RequireWrittenResponse',
    name: 'kent-pcp-written-2013-02',
    summary: "The panel requires the PCC's written response to its report",
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp-written-2013-02', panel: 'Kent and Medway Police and Crime Panel', respondent: 'Kent Police and Crime Commissioner', toReport: 'The panel report on the draft precept', dueOn: '2013-03-01', effectiveAt: '2013-02-06' },
  },
  {
    op: 'ReceiveWrittenResponse',
    name: 'kent-pcp-written-2013-02',
    summary: 'The written response arrives',
    params: WRITTEN,
    value: { documentRef: 'PCC/2013/017', effectiveAt: '2013-02-27' },
  },
  {
    op: 'RequireAttendance',
    name: 'northshire-pcp-attendance-2014-02-04',
    summary: 'A synthetic panel requires its PCC to attend',
    params: { area: 'northshire' },
    value: { caseId: 'northshire-pcp-attendance-2014-02-04', panel: 'Northshire Police and Crime Panel (synthetic)', person: 'Jo Example (synthetic)', role: 'pcc', topic: 'The delayed victims strategy', noticeGivenOn: '2014-01-06', meetingDate: '2014-02-04', effectiveAt: '2014-01-06' },
  },
  {
    op: 'RecordNonCompliance',
    name: 'northshire-pcp-attendance-2014-02-04',
    summary: 'The PCC did not attend',
    params: MISSED,
    value: { details: 'The PCC did not attend and sent no substitute', effectiveAt: '2014-02-05' },
  },
];
