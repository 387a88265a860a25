import type { PoliceAndCrimePanelCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { AddPanelAliasRequest, AdoptRulesOfProcedureRequest, AppointMemberRequest, CooptMemberRequest, EstablishPanelRequest, NotifyPanelArrangementsRequest, RecordMemberLeftRequest, ResolveCoOptedNumberRequest } from './police-and-crime-panel.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The panel itself and its roster (PRSRA 2011 s.28, Sch 6). */
export const policeAndCrimePanelRoutes = routeTable<PoliceAndCrimePanelCommand>()('Police and crime panels (PRSRA 2011 s.28, Sch 6)', {
  EstablishPanel: { path: 'force-areas/:area/police-and-crime-panels', body: EstablishPanelRequest, summary: 'The panel for the police area is established (s.28, Sch 6 Parts 2-3)' },
  AddPanelAlias: { path: 'police-and-crime-panels/:id/aliases', body: AddPanelAliasRequest, summary: 'Record another name the papers use for the panel' },
  NotifyPanelArrangements: { path: 'police-and-crime-panels/:id/arrangements-notification', body: NotifyPanelArrangementsRequest, summary: 'The councils notify the Secretary of State of the panel arrangements (SI 2012/1433 reg 3)' },
  AppointMember: { path: 'police-and-crime-panels/:id/members', body: AppointMemberRequest, summary: 'A council appoints a councillor member (Sch 6 para 4(1)-(2))' },
  CooptMember: { path: 'police-and-crime-panels/:id/co-opted-members', body: CooptMemberRequest, summary: 'The panel co-opts a member (Sch 6 paras 4(3), 22-23)' },
  RecordMemberLeft: { path: 'police-and-crime-panels/:id/member-departures', body: RecordMemberLeftRequest, summary: 'A member ceases to be a member of the panel' },
  ResolveCoOptedNumber: { path: 'police-and-crime-panels/:id/co-opted-number', body: ResolveCoOptedNumberRequest, summary: 'The panel resolves how many members it co-opts (Sch 6 para 4(4))' },
  AdoptRulesOfProcedure: { path: 'police-and-crime-panels/:id/rules-of-procedure', body: AdoptRulesOfProcedureRequest, summary: 'The panel adopts its rules of procedure, including the quorum (Sch 6 para 25)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
const PANEL = { id: 'kent-pcp' };
const NORTHSHIRE = { id: 'northshire-pcp' };

/** The Kent panel as the 2012 papers set it up: three councillors and a co-opted member by the time of the precept veto. */
export const policeAndCrimePanelExamples: ExampleStep[] = [
  {
    op: 'EstablishPanel',
    name: 'kent-pcp',
    summary: 'The Kent Police and Crime Panel is established',
    params: { area: 'kent' },
    value: { caseId: 'kent-pcp', name: 'Kent Police and Crime Panel', aliases: ['Kent and Medway Police and Crime Panel'], country: 'england', councils: ['Kent County Council', 'Medway Council', 'Ashford Borough Council'], effectiveAt: '2012-09-20' },
  },
  {
    op: 'AddPanelAlias',
    name: 'kent-pcp',
    summary: 'The papers also call it "Kent PCP"',
    params: PANEL,
    value: { alias: 'Kent PCP', effectiveAt: '2012-09-21' },
  },
  {
    op: 'NotifyPanelArrangements',
    name: 'kent-pcp',
    summary: 'The councils notify the Secretary of State of the panel arrangements',
    params: PANEL,
    value: { effectiveAt: '2012-09-28' },
  },
  {
    op: 'AppointMember',
    name: 'm1',
    summary: 'Kent County Council appoints Councillor Mike Hill',
    params: PANEL,
    value: { memberId: 'm1', person: 'Councillor Mike Hill', council: 'Kent County Council', politicalGroup: 'Conservative', isCommissioner: false, effectiveAt: '2012-10-01' },
  },
  {
    op: 'AppointMember',
    name: 'm2',
    summary: 'Medway Council appoints a councillor',
    params: PANEL,
    value: { memberId: 'm2', person: 'Councillor B (Medway)', council: 'Medway Council', politicalGroup: 'Labour', isCommissioner: false, effectiveAt: '2012-10-01' },
  },
  {
    op: 'AppointMember',
    name: 'm3',
    summary: 'Ashford Borough Council appoints a councillor',
    params: PANEL,
    value: { memberId: 'm3', person: 'Councillor C (Ashford)', council: 'Ashford Borough Council', isCommissioner: false, effectiveAt: '2012-10-01' },
  },
  {
    op: 'ResolveCoOptedNumber',
    name: 'kent-pcp',
    summary: 'The panel resolves to co-opt two independent members',
    params: PANEL,
    value: { number: 2, effectiveAt: '2012-10-15' },
  },
  {
    op: 'AdoptRulesOfProcedure',
    name: 'kent-pcp',
    summary: 'The panel adopts its rules of procedure with a quorum of 3',
    params: PANEL,
    value: { quorumRule: { minimumPresent: 3, text: 'The quorum of the Panel shall be 3 voting Members' }, documentRef: 'KPCP Rules of Procedure, November 2012', effectiveAt: '2012-11-01' },
  },
  {
    op: 'CooptMember',
    name: 'm11',
    summary: 'The panel co-opts an independent member and tells the Home Office',
    params: PANEL,
    value: { memberId: 'm11', person: 'Mr Gurvinder Sandher', independent: true, councillorOfArea: false, isCommissioner: false, disqualifyingRoles: [], unanimousPanelAgreement: false, homeOfficeNotifiedOn: '2012-12-10', effectiveAt: '2012-12-06' },
  },
  {
    op: 'RecordMemberLeft',
    name: 'm3',
    summary: 'A councillor leaves the panel after losing their seat',
    params: PANEL,
    value: { memberId: 'm3', reason: 'Lost council seat at the May 2013 elections', effectiveAt: '2013-05-03' },
  },
  {
    op: 'EstablishPanel',
    name: 'northshire-pcp',
    summary: 'A synthetic panel, whose members vote in the appointment veto example',
    params: { area: 'northshire' },
    value: { caseId: 'northshire-pcp', name: 'Northshire Police and Crime Panel (synthetic)', aliases: [], country: 'england', councils: ['Northshire County Council (synthetic)'], effectiveAt: '2012-09-20' },
  },
  {
    op: 'AppointMember',
    name: 'n1',
    summary: 'The synthetic council appoints a councillor',
    params: NORTHSHIRE,
    value: { memberId: 'n1', person: 'Councillor A (synthetic)', council: 'Northshire County Council (synthetic)', isCommissioner: false, effectiveAt: '2012-10-01' },
  },
  {
    op: 'AppointMember',
    name: 'n2',
    summary: 'And another',
    params: NORTHSHIRE,
    value: { memberId: 'n2', person: 'Councillor B (synthetic)', council: 'Northshire County Council (synthetic)', isCommissioner: false, effectiveAt: '2012-10-01' },
  },
  {
    op: 'CooptMember',
    name: 'n3',
    summary: 'The synthetic panel co-opts an independent member',
    params: NORTHSHIRE,
    value: { memberId: 'n3', person: 'Independent Member A (synthetic)', independent: true, councillorOfArea: false, isCommissioner: false, disqualifyingRoles: [], unanimousPanelAgreement: false, effectiveAt: '2012-12-03' },
  },
];
