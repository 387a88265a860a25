import { AnnualReportController } from './annual-report/annual-report.controller';
import { ChiefConstableAppointmentController } from './chief-constable-appointment/chief-constable-appointment.controller';
import { CommissionerOfficeController } from './commissioner-office/commissioner-office.controller';
import { CspReportRequirementController } from './csp-report-requirement/csp-report-requirement.controller';
import { PanelMeetingController } from './panel-meeting/panel-meeting.controller';
import { PoliceAndCrimePanelController } from './police-and-crime-panel/police-and-crime-panel.controller';
import { PoliceAndCrimePlanController } from './police-and-crime-plan/police-and-crime-plan.controller';
import { PreceptCycleController } from './precept-cycle/precept-cycle.controller';
import { SeniorAppointmentController } from './senior-appointment/senior-appointment.controller';
import { CombinationAgreementController } from './combination-agreement/combination-agreement.controller';
import { CommunitySafetyPartnershipController } from './community-safety-partnership/community-safety-partnership.controller';
import { ComplaintController } from './complaint/complaint.controller';
import { CspMeetingSummonsController } from './csp-meeting-summons/csp-meeting-summons.controller';
import { DecisionRegisterController } from './decision-register/decision-register.controller';
import { GrantController } from './grant/grant.controller';
import { ScrutinyRequirementController } from './scrutiny-requirement/scrutiny-requirement.controller';
import { RecordCoverageController } from './record-coverage/record-coverage.controller';
import { PanelReportController } from './panel-report/panel-report.controller';
import { InterestsRegisterController } from './interests-register/interests-register.controller';
import { DeputyCommissionerController } from './deputy-commissioner/deputy-commissioner.controller';

/** One controller per statutory process. */
export const PROCESS_CONTROLLERS = [
  CspReportRequirementController,
  // The PCC's and the panel's acts
  PoliceAndCrimePanelController,
  PanelMeetingController,
  PreceptCycleController,
  ChiefConstableAppointmentController,
  SeniorAppointmentController,
  CommissionerOfficeController,
  PoliceAndCrimePlanController,
  AnnualReportController,
  // Scrutiny, complaints, partnerships and national bodies (the complaint controller needs
  // PersonalDataModule, imported by AppModule)
  ScrutinyRequirementController,
  ComplaintController,
  CommunitySafetyPartnershipController,
  CspMeetingSummonsController,
  CombinationAgreementController,
  GrantController,
  DecisionRegisterController,
  RecordCoverageController,
  // The panel's own work, and the deputy PCC
  PanelReportController,
  InterestsRegisterController,
  DeputyCommissionerController,
];
