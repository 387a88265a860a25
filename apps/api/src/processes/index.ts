import { AnnualReportController } from './annual-report/annual-report.controller';
import { ChiefConstableAppointmentController } from './chief-constable-appointment/chief-constable-appointment.controller';
import { CommissionerOfficeController } from './commissioner-office/commissioner-office.controller';
import { CspReportRequirementController } from './csp-report-requirement/csp-report-requirement.controller';
import { PanelMeetingController } from './panel-meeting/panel-meeting.controller';
import { PoliceAndCrimePanelController } from './police-and-crime-panel/police-and-crime-panel.controller';
import { PoliceAndCrimePlanController } from './police-and-crime-plan/police-and-crime-plan.controller';
import { PreceptCycleController } from './precept-cycle/precept-cycle.controller';
import { SeniorAppointmentController } from './senior-appointment/senior-appointment.controller';

/** One controller per statutory process. */
export const PROCESS_CONTROLLERS = [
  CspReportRequirementController,
  // Set A
  PoliceAndCrimePanelController,
  PanelMeetingController,
  PreceptCycleController,
  ChiefConstableAppointmentController,
  SeniorAppointmentController,
  CommissionerOfficeController,
  PoliceAndCrimePlanController,
  AnnualReportController,
];
