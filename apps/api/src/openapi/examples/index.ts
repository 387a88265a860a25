import { CorrectionsController } from '../../ledger/corrections.controller';
import { examplesOf, handlerPath, routePath, type ExampleStep } from './example-step';
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

/** Every example, in scenario order: processes whose records later acts rely on (the panel's members, the election, the partnerships) come first. */
export const EXAMPLE_SCENARIO: readonly ExampleStep[] = [
  ...examplesOf('police-and-crime-panel', routePath(policeAndCrimePanelRoutes), policeAndCrimePanelExamples),
  ...examplesOf('commissioner-office', routePath(commissionerOfficeRoutes), commissionerOfficeExamples),
  ...examplesOf(
    'community-safety-partnership',
    routePath(communitySafetyPartnershipRoutes),
    communitySafetyPartnershipExamples,
  ),
  ...examplesOf('csp-report-requirement', routePath(cspReportRequirementRoutes), cspReportRequirementExamples),
  ...examplesOf('csp-meeting-summons', routePath(cspMeetingSummonsRoutes), cspMeetingSummonsExamples),
  ...examplesOf('combination-agreement', routePath(combinationAgreementRoutes), combinationAgreementExamples),
  ...examplesOf('panel-meeting', routePath(panelMeetingRoutes), panelMeetingExamples),
  ...examplesOf('precept-cycle', routePath(preceptCycleRoutes), preceptCycleExamples),
  ...examplesOf(
    'chief-constable-appointment',
    routePath(chiefConstableAppointmentRoutes),
    chiefConstableAppointmentExamples,
  ),
  ...examplesOf('senior-appointment', routePath(seniorAppointmentRoutes), seniorAppointmentExamples),
  ...examplesOf('deputy-commissioner', routePath(deputyCommissionerRoutes), deputyCommissionerExamples),
  ...examplesOf('police-and-crime-plan', routePath(policeAndCrimePlanRoutes), policeAndCrimePlanExamples),
  ...examplesOf('annual-report', routePath(annualReportRoutes), annualReportExamples),
  ...examplesOf('scrutiny-requirement', routePath(scrutinyRequirementRoutes), scrutinyRequirementExamples),
  ...examplesOf('complaint', routePath(complaintRoutes), complaintExamples),
  ...examplesOf('grant', routePath(grantRoutes), grantExamples),
  ...examplesOf('decision-register', routePath(decisionRegisterRoutes), decisionRegisterExamples),
  ...examplesOf('panel-report', routePath(panelReportRoutes), panelReportExamples),
  ...examplesOf('interests-register', routePath(interestsRegisterRoutes), interestsRegisterExamples),
  ...examplesOf('record-coverage', routePath(recordCoverageRoutes), recordCoverageExamples),
  ...examplesOf('ledger', handlerPath('CorrectRecord', CorrectionsController.prototype.correct), ledgerExamples),
];
