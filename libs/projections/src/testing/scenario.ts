/**
 * A realistic scenario for the projection tests, built only from commands the real
 * deciders accept (synthetic data, labelled so in its provenance):
 *   - Medway CSP report requirement (CDA 1998 s.7): requested 1 May 2013, due 30 June,
 *     submitted 5 July (flagged late); on 1 Sept 2013 a RecordCorrected fixes the
 *     submission date to 28 June (the report was in fact on time).
 *   - Kent decision register: D1 (significant, published 10 Feb 2013), D2 (not significant),
 *     D3 (significant, never published).
 *   - A complaint against the PCC (exempt: Sch 12A paras 1, 2): hidden from anonymous callers.
 */
import type { ActingParty } from '@ledger/domain';
import type { ScriptStep } from '@ledger/domain/demo/demo.script';
import { medwayReportRequest } from '@ledger/domain/testing/kent-cases';

export const ACTORS = {
  pcc: { id: 'pcc-kent-ann-barnes', name: 'Ann Barnes', role: 'pcc-office', body: 'kent-pcc', forceArea: 'kent' },
  csp: {
    id: 'medway-csp-officer',
    name: 'Medway CSP officer',
    role: 'csp-officer',
    body: 'medway-csp',
    forceArea: 'kent',
  },
  panel: {
    id: 'kent-pcp-secretariat',
    name: 'Kent and Medway PCP secretariat',
    role: 'panel-secretariat',
    body: 'kent-and-medway-pcp',
    forceArea: 'kent',
  },
} satisfies Record<string, ActingParty>;

const synthetic = { datePrecision: 'day' as const, provenance: 'synthetic' as const };

function step(
  stepId: string,
  aggregateType: string,
  caseId: string,
  command: ScriptStep['command'],
  effectiveOn: string,
  recordedOn: string,
  actor: ActingParty,
  classification = 'open',
): ScriptStep {
  return {
    stepId,
    aggregateType,
    caseId,
    command,
    effectiveOn,
    recordedAt: `${recordedOn}T10:00:00.000Z`,
    actor,
    provenance: synthetic,
    classification,
  };
}

/** Kent's PCC requires a report of Medway CSP (CDA 1998 s.7) with both s.7(1A) reasons. */
export const MEDWAY_REQUEST = { forceArea: 'kent', ...medwayReportRequest };

const CSP_CASE = 'medway-2013-asb';
export const CSP_STREAM = `csp-report-requirement:${CSP_CASE}`;
export const REGISTER_STREAM = 'decision-register:kent';
export const COMPLAINT_STREAM = 'complaint:kent-2013-001';

export function scenarioSteps(): ScriptStep[] {
  const { pcc, csp, panel } = ACTORS;
  return [
    step(
      'reg-open',
      'DecisionRegister',
      'kent',
      { type: 'OpenDecisionRegister', data: { forceArea: 'kent', office: 'Kent PCC' } },
      '2013-01-02',
      '2013-01-02',
      pcc,
    ),
    step(
      'reg-d1',
      'DecisionRegister',
      'kent',
      {
        type: 'RecordDecision',
        data: {
          decisionRef: 'D1',
          title: 'Precept proposal 2013/14',
          decisionMaker: 'PCC',
          significantPublicInterest: true,
          madeAtMeeting: false,
          recordDocumentRef: 'DR-1',
        },
      },
      '2013-02-01',
      '2013-02-01',
      pcc,
    ),
    step(
      'reg-d2',
      'DecisionRegister',
      'kent',
      {
        type: 'RecordDecision',
        data: {
          decisionRef: 'D2',
          title: 'Office stationery contract',
          decisionMaker: 'PCC',
          significantPublicInterest: false,
          madeAtMeeting: false,
        },
      },
      '2013-02-03',
      '2013-02-03',
      pcc,
    ),
    step(
      'reg-pub-d1',
      'DecisionRegister',
      'kent',
      {
        type: 'PublishSpecifiedInformation',
        data: { orderPara: '5', description: 'Decision record D1', decisionRef: 'D1', url: null },
      },
      '2013-02-10',
      '2013-02-10',
      pcc,
    ),
    step(
      'reg-pub-minutes',
      'DecisionRegister',
      'kent',
      {
        type: 'PublishSpecifiedInformation',
        data: { orderPara: '5', description: 'Minutes of the January meeting', decisionRef: null },
      },
      '2013-02-12',
      '2013-02-12',
      pcc,
    ),
    step(
      'reg-d3',
      'DecisionRegister',
      'kent',
      {
        type: 'RecordDecision',
        data: {
          decisionRef: 'D3',
          title: 'Estate disposal strategy',
          decisionMaker: 'PCC',
          significantPublicInterest: true,
          madeAtMeeting: true,
          recordDocumentRef: 'DR-3',
        },
      },
      '2013-03-01',
      '2013-03-01',
      pcc,
    ),
    step(
      'csp-request',
      'CspReportRequirement',
      CSP_CASE,
      {
        type: 'RequestReport',
        data: MEDWAY_REQUEST,
      },
      '2013-05-01',
      '2013-05-01',
      pcc,
    ),
    step(
      'complaint-received',
      'Complaint',
      'kent-2013-001',
      {
        type: 'ReceiveComplaint',
        data: {
          forceArea: 'kent',
          panel: 'kent-and-medway-pcp',
          against: 'PCC',
          complainant: { subjectId: 'subject-0001', commitments: {} },
          criminalAllegation: false,
          subjectMatter: 'Conduct at a public meeting',
        },
      },
      '2013-05-20',
      '2013-05-20',
      panel,
      'exempt:1,2',
    ),
    step(
      'csp-submit',
      'CspReportRequirement',
      CSP_CASE,
      { type: 'SubmitReport', data: { submittedBy: 'Medway CSP', sentTo: ['kent'] } },
      '2013-07-05',
      '2013-07-05',
      csp,
    ),
    step(
      'csp-correct',
      'CspReportRequirement',
      CSP_CASE,
      {
        type: 'CorrectRecord',
        data: {
          correctsEventId: 'step:csp-submit#0',
          field: 'submittedOn',
          oldValue: '2013-07-05',
          newValue: '2013-06-28',
          reason: 'The covering letter is dated 28 June 2013; 5 July was the date it was logged.',
        },
      },
      '2013-09-01',
      '2013-09-01',
      panel,
    ),
  ];
}

/**
 * A significant decision recorded on the Kent register after the scenario (same date and
 * office as D1), for tests that write to the log while the read model runs.
 */
export function laterDecision(stepId: string, decisionRef: string, title: string): ScriptStep {
  const data = {
    decisionRef,
    title,
    decisionMaker: 'PCC',
    significantPublicInterest: true,
    madeAtMeeting: false,
    recordDocumentRef: `DR-${decisionRef.slice(1)}`,
  };
  return { ...scenarioSteps()[1], stepId, command: { type: 'RecordDecision', data } };
}
