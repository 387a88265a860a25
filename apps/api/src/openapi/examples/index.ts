import type { ExampleStep } from './example-step';
import { policeAndCrimePanelExamples } from './police-and-crime-panel.examples';
import { commissionerOfficeExamples } from './commissioner-office.examples';
import { communitySafetyPartnershipExamples } from './community-safety-partnership.examples';
import { cspReportRequirementExamples } from './csp-report-requirement.examples';
import { cspMeetingSummonsExamples } from './csp-meeting-summons.examples';
import { combinationAgreementExamples } from './combination-agreement.examples';
import { panelMeetingExamples } from './panel-meeting.examples';
import { preceptCycleExamples } from './precept-cycle.examples';
import { chiefConstableAppointmentExamples } from './chief-constable-appointment.examples';
import { seniorAppointmentExamples } from './senior-appointment.examples';
import { deputyCommissionerExamples } from './deputy-commissioner.examples';
import { policeAndCrimePlanExamples } from './police-and-crime-plan.examples';
import { annualReportExamples } from './annual-report.examples';
import { scrutinyRequirementExamples } from './scrutiny-requirement.examples';
import { complaintExamples } from './complaint.examples';
import { grantExamples } from './grant.examples';
import { decisionRegisterExamples } from './decision-register.examples';
import { panelReportExamples } from './panel-report.examples';
import { interestsRegisterExamples } from './interests-register.examples';
import { recordCoverageExamples } from './record-coverage.examples';
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
