import type { ExampleStep } from './example-step';
import { policeAndCrimePanelExamples } from '../../processes/police-and-crime-panel/police-and-crime-panel.routes';
import { commissionerOfficeExamples } from '../../processes/commissioner-office/commissioner-office.routes';
import { communitySafetyPartnershipExamples } from '../../processes/community-safety-partnership/community-safety-partnership.routes';
import { cspReportRequirementExamples } from '../../processes/csp-report-requirement/csp-report-requirement.routes';
import { cspMeetingSummonsExamples } from '../../processes/csp-meeting-summons/csp-meeting-summons.routes';
import { combinationAgreementExamples } from '../../processes/combination-agreement/combination-agreement.routes';
import { panelMeetingExamples } from '../../processes/panel-meeting/panel-meeting.routes';
import { preceptCycleExamples } from '../../processes/precept-cycle/precept-cycle.routes';
import { chiefConstableAppointmentExamples } from '../../processes/chief-constable-appointment/chief-constable-appointment.routes';
import { seniorAppointmentExamples } from '../../processes/senior-appointment/senior-appointment.routes';
import { deputyCommissionerExamples } from '../../processes/deputy-commissioner/deputy-commissioner.routes';
import { policeAndCrimePlanExamples } from '../../processes/police-and-crime-plan/police-and-crime-plan.routes';
import { annualReportExamples } from '../../processes/annual-report/annual-report.routes';
import { scrutinyRequirementExamples } from '../../processes/scrutiny-requirement/scrutiny-requirement.routes';
import { complaintExamples } from '../../processes/complaint/complaint.routes';
import { grantExamples } from '../../processes/grant/grant.routes';
import { decisionRegisterExamples } from '../../processes/decision-register/decision-register.routes';
import { panelReportExamples } from '../../processes/panel-report/panel-report.routes';
import { interestsRegisterExamples } from '../../processes/interests-register/interests-register.routes';
import { recordCoverageExamples } from '../../processes/record-coverage/record-coverage.routes';
import { ledgerExamples } from './ledger.examples';

/** Every example, in scenario order: processes whose records later acts rely on (the panel's members, the election, the partnerships) come first. */
export const EXAMPLE_SCENARIO: readonly ExampleStep[] = [
  ...policeAndCrimePanelExamples,
  ...commissionerOfficeExamples,
  ...communitySafetyPartnershipExamples,
  ...cspReportRequirementExamples,
  ...cspMeetingSummonsExamples,
  ...combinationAgreementExamples,
  ...panelMeetingExamples,
  ...preceptCycleExamples,
  ...chiefConstableAppointmentExamples,
  ...seniorAppointmentExamples,
  ...deputyCommissionerExamples,
  ...policeAndCrimePlanExamples,
  ...annualReportExamples,
  ...scrutinyRequirementExamples,
  ...complaintExamples,
  ...grantExamples,
  ...decisionRegisterExamples,
  ...panelReportExamples,
  ...interestsRegisterExamples,
  ...recordCoverageExamples,
  ...ledgerExamples,
];
