import { processController } from './route-table';
import { annualReportRoutes } from './annual-report/annual-report.routes';
import { chiefConstableAppointmentRoutes } from './chief-constable-appointment/chief-constable-appointment.routes';
import { combinationAgreementRoutes } from './combination-agreement/combination-agreement.routes';
import { commissionerOfficeRoutes } from './commissioner-office/commissioner-office.routes';
import { communitySafetyPartnershipRoutes } from './community-safety-partnership/community-safety-partnership.routes';
import { complaintRoutes } from './complaint/complaint.routes';
import { cspMeetingSummonsRoutes } from './csp-meeting-summons/csp-meeting-summons.routes';
import { cspReportRequirementRoutes } from './csp-report-requirement/csp-report-requirement.routes';
import { decisionRegisterRoutes } from './decision-register/decision-register.routes';
import { deputyCommissionerRoutes } from './deputy-commissioner/deputy-commissioner.routes';
import { grantRoutes } from './grant/grant.routes';
import { interestsRegisterRoutes } from './interests-register/interests-register.routes';
import { panelMeetingRoutes } from './panel-meeting/panel-meeting.routes';
import { panelReportRoutes } from './panel-report/panel-report.routes';
import { policeAndCrimePanelRoutes } from './police-and-crime-panel/police-and-crime-panel.routes';
import { policeAndCrimePlanRoutes } from './police-and-crime-plan/police-and-crime-plan.routes';
import { preceptCycleRoutes } from './precept-cycle/precept-cycle.routes';
import { recordCoverageRoutes } from './record-coverage/record-coverage.routes';
import { scrutinyRequirementRoutes } from './scrutiny-requirement/scrutiny-requirement.routes';
import { seniorAppointmentRoutes } from './senior-appointment/senior-appointment.routes';

/** One controller per statutory process, built from its route table; the order is the OpenAPI document's. */
export const PROCESS_CONTROLLERS = [
  processController(cspReportRequirementRoutes, 'CspReportRequirementController'),
  processController(policeAndCrimePanelRoutes, 'PoliceAndCrimePanelController'),
  processController(panelMeetingRoutes, 'PanelMeetingController'),
  processController(preceptCycleRoutes, 'PreceptCycleController'),
  processController(chiefConstableAppointmentRoutes, 'ChiefConstableAppointmentController'),
  processController(seniorAppointmentRoutes, 'SeniorAppointmentController'),
  processController(commissionerOfficeRoutes, 'CommissionerOfficeController'),
  processController(policeAndCrimePlanRoutes, 'PoliceAndCrimePlanController'),
  processController(annualReportRoutes, 'AnnualReportController'),
  processController(scrutinyRequirementRoutes, 'ScrutinyRequirementController'),
  processController(complaintRoutes, 'ComplaintController'),
  processController(communitySafetyPartnershipRoutes, 'CommunitySafetyPartnershipController'),
  processController(cspMeetingSummonsRoutes, 'CspMeetingSummonsController'),
  processController(combinationAgreementRoutes, 'CombinationAgreementController'),
  processController(grantRoutes, 'GrantController'),
  processController(decisionRegisterRoutes, 'DecisionRegisterController'),
  processController(recordCoverageRoutes, 'RecordCoverageController'),
  processController(panelReportRoutes, 'PanelReportController'),
  processController(interestsRegisterRoutes, 'InterestsRegisterController'),
  processController(deputyCommissionerRoutes, 'DeputyCommissionerController'),
];
