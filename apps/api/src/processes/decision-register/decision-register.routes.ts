import type { DecisionRegisterCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import { ClassifyDocumentRequest, OpenDecisionRegisterRequest, PublishSpecifiedInformationRequest, ReclassifyDocumentRequest, RecordDecisionRequest } from './decision-register.request';
import type { ExampleStep } from '../../openapi/examples/example-step';

/** The PCC's register of decisions and published information (PRSRA 2011 s.11; SI 2011/3050). */
export const decisionRegisterRoutes = routeTable<DecisionRegisterCommand>()('Decision registers (PRSRA 2011 s.11; SI 2011/3050)', {
  OpenDecisionRegister: { path: 'force-areas/:area/decision-registers', body: OpenDecisionRegisterRequest, summary: 'Open the PCC office’s decision register (case id defaults to the police area)', caseIdIsArea: true },
  RecordDecision: { path: 'decision-registers/:id/decisions', body: RecordDecisionRequest, summary: 'A decision is entered on the register' },
  PublishSpecifiedInformation: { path: 'decision-registers/:id/publications', body: PublishSpecifiedInformationRequest, summary: 'Information specified by SI 2011/3050 is published' },
  ClassifyDocument: { path: 'decision-registers/:id/document-classifications', body: ClassifyDocumentRequest, summary: 'A document’s access (Sch 12A) and purpose are recorded' },
  ReclassifyDocument: { path: 'decision-registers/:id/document-reclassifications', body: ReclassifyDocumentRequest, summary: 'A document’s access changes, with the reason (purpose never changes)' },
});

/** The OpenAPI examples of these routes: one lawful scenario, in the order a real case records it. */
export const decisionRegisterExamples: ExampleStep[] = [
  {
    op: 'OpenDecisionRegister',
    name: 'kent',
    summary: 'Open the PCC office’s decision register (case id defaults to the police area)',
    params: { area: 'kent' },
    value: { office: 'Office of the Kent Police and Crime Commissioner', caseId: 'kent', effectiveAt: '2012-11-22' },
  },
  {
    op: 'RecordDecision',
    name: 'kent',
    summary: 'A decision is entered on the register',
    params: { id: 'kent' },
    value: { decisionRef: 'PCC/D/2013/004', title: 'Commissioning of victim services 2013-14', decisionMaker: 'Police and Crime Commissioner', significantPublicInterest: true, madeAtMeeting: false, recordDocumentRef: 'PCC/DR/2013/004', effectiveAt: '2013-03-01' },
  },
  {
    op: 'PublishSpecifiedInformation',
    name: 'kent',
    summary: 'Information specified by SI 2011/3050 is published',
    params: { id: 'kent' },
    value: { orderPara: '5', description: 'Decision record: commissioning of victim services 2013-14', url: 'https://www.kent-pcc.gov.uk/decisions/2013-004', decisionRef: 'PCC/D/2013/004', documentRef: 'PCC/DR/2013/004', effectiveAt: '2013-03-08' },
  },
  {
    op: 'ClassifyDocument',
    name: 'kent',
    summary: 'A document’s access (Sch 12A) and purpose are recorded',
    params: { id: 'kent' },
    value: { documentRef: 'PCC/DR/2013/004', title: 'Victim services: commissioning decision', access: 'exempt', exemptParas: [3], publicInterestReason: 'Tender prices would prejudice the re-procurement', purpose: 'for_decision', effectiveAt: '2013-03-01' },
  },
  {
    op: 'ReclassifyDocument',
    name: 'kent',
    summary: 'A document’s access changes, with the reason (purpose never changes)',
    params: { id: 'kent' },
    value: { documentRef: 'PCC/DR/2013/004', access: 'open', exemptParas: [], publicInterestReason: 'Tender prices are still commercially sensitive', reason: 'The contract has been awarded; the prices are no longer sensitive', effectiveAt: '2013-09-02' },
  },
];
