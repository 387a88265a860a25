import { CORRECT_RECORD } from '@ledger/domain';
import { CorrectionsController } from '../../ledger/corrections.controller';
import type { ProcessRoutes } from '../../processes/route-table';
import { examplesOf, handlerPath, routePath, type ExampleFile, type ExampleStep } from './example-step';
import { policeAndCrimePanelRoutes } from '../../processes/police-and-crime-panel/police-and-crime-panel.routes';
import policeAndCrimePanelExamples from '../../processes/police-and-crime-panel/police-and-crime-panel.examples.json';
import { commissionerOfficeRoutes } from '../../processes/commissioner-office/commissioner-office.routes';
import commissionerOfficeExamples from '../../processes/commissioner-office/commissioner-office.examples.json';
import { communitySafetyPartnershipRoutes } from '../../processes/community-safety-partnership/community-safety-partnership.routes';
import communitySafetyPartnershipExamples from '../../processes/community-safety-partnership/community-safety-partnership.examples.json';
import { cspReportRequirementRoutes } from '../../processes/csp-report-requirement/csp-report-requirement.routes';
import cspReportRequirementExamples from '../../processes/csp-report-requirement/csp-report-requirement.examples.json';
import { cspMeetingSummonsRoutes } from '../../processes/csp-meeting-summons/csp-meeting-summons.routes';
import cspMeetingSummonsExamples from '../../processes/csp-meeting-summons/csp-meeting-summons.examples.json';
import { combinationAgreementRoutes } from '../../processes/combination-agreement/combination-agreement.routes';
import combinationAgreementExamples from '../../processes/combination-agreement/combination-agreement.examples.json';
import { panelMeetingRoutes } from '../../processes/panel-meeting/panel-meeting.routes';
import panelMeetingExamples from '../../processes/panel-meeting/panel-meeting.examples.json';
import { preceptCycleRoutes } from '../../processes/precept-cycle/precept-cycle.routes';
import preceptCycleExamples from '../../processes/precept-cycle/precept-cycle.examples.json';
import { chiefConstableAppointmentRoutes } from '../../processes/chief-constable-appointment/chief-constable-appointment.routes';
import chiefConstableAppointmentExamples from '../../processes/chief-constable-appointment/chief-constable-appointment.examples.json';
import { seniorAppointmentRoutes } from '../../processes/senior-appointment/senior-appointment.routes';
import seniorAppointmentExamples from '../../processes/senior-appointment/senior-appointment.examples.json';
import { deputyCommissionerRoutes } from '../../processes/deputy-commissioner/deputy-commissioner.routes';
import deputyCommissionerExamples from '../../processes/deputy-commissioner/deputy-commissioner.examples.json';
import { policeAndCrimePlanRoutes } from '../../processes/police-and-crime-plan/police-and-crime-plan.routes';
import policeAndCrimePlanExamples from '../../processes/police-and-crime-plan/police-and-crime-plan.examples.json';
import { annualReportRoutes } from '../../processes/annual-report/annual-report.routes';
import annualReportExamples from '../../processes/annual-report/annual-report.examples.json';
import { scrutinyRequirementRoutes } from '../../processes/scrutiny-requirement/scrutiny-requirement.routes';
import scrutinyRequirementExamples from '../../processes/scrutiny-requirement/scrutiny-requirement.examples.json';
import { complaintRoutes } from '../../processes/complaint/complaint.routes';
import complaintExamples from '../../processes/complaint/complaint.examples.json';
import { grantRoutes } from '../../processes/grant/grant.routes';
import grantExamples from '../../processes/grant/grant.examples.json';
import { decisionRegisterRoutes } from '../../processes/decision-register/decision-register.routes';
import decisionRegisterExamples from '../../processes/decision-register/decision-register.examples.json';
import { panelReportRoutes } from '../../processes/panel-report/panel-report.routes';
import panelReportExamples from '../../processes/panel-report/panel-report.examples.json';
import { interestsRegisterRoutes } from '../../processes/interests-register/interests-register.routes';
import interestsRegisterExamples from '../../processes/interests-register/interests-register.examples.json';
import { recordCoverageRoutes } from '../../processes/record-coverage/record-coverage.routes';
import recordCoverageExamples from '../../processes/record-coverage/record-coverage.examples.json';
import ledgerExamples from './ledger.examples.json';

/**
 * Each process's scenario, in scenario order: processes whose records later acts rely on (the
 * panel's members, the election, the partnerships) come first.
 */
const PROCESS_SCENARIOS: ReadonlyArray<readonly [string, ProcessRoutes, ExampleFile]> = [
  ['police-and-crime-panel', policeAndCrimePanelRoutes, policeAndCrimePanelExamples],
  ['commissioner-office', commissionerOfficeRoutes, commissionerOfficeExamples],
  ['community-safety-partnership', communitySafetyPartnershipRoutes, communitySafetyPartnershipExamples],
  ['csp-report-requirement', cspReportRequirementRoutes, cspReportRequirementExamples],
  ['csp-meeting-summons', cspMeetingSummonsRoutes, cspMeetingSummonsExamples],
  ['combination-agreement', combinationAgreementRoutes, combinationAgreementExamples],
  ['panel-meeting', panelMeetingRoutes, panelMeetingExamples],
  ['precept-cycle', preceptCycleRoutes, preceptCycleExamples],
  ['chief-constable-appointment', chiefConstableAppointmentRoutes, chiefConstableAppointmentExamples],
  ['senior-appointment', seniorAppointmentRoutes, seniorAppointmentExamples],
  ['deputy-commissioner', deputyCommissionerRoutes, deputyCommissionerExamples],
  ['police-and-crime-plan', policeAndCrimePlanRoutes, policeAndCrimePlanExamples],
  ['annual-report', annualReportRoutes, annualReportExamples],
  ['scrutiny-requirement', scrutinyRequirementRoutes, scrutinyRequirementExamples],
  ['complaint', complaintRoutes, complaintExamples],
  ['grant', grantRoutes, grantExamples],
  ['decision-register', decisionRegisterRoutes, decisionRegisterExamples],
  ['panel-report', panelReportRoutes, panelReportExamples],
  ['interests-register', interestsRegisterRoutes, interestsRegisterExamples],
  ['record-coverage', recordCoverageRoutes, recordCoverageExamples],
];

/** Every example, in scenario order: the processes' scenarios, then the record's own corrections. */
export const EXAMPLE_SCENARIO: readonly ExampleStep[] = [
  ...PROCESS_SCENARIOS.flatMap(([file, routes, examples]) => examplesOf(file, routePath(routes), examples)),
  ...examplesOf('ledger', handlerPath(CORRECT_RECORD, CorrectionsController.prototype.correct), ledgerExamples),
];
