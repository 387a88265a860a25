import { CspReportRequirementController } from './csp-report-requirement/csp-report-requirement.controller';

/** One controller per statutory process. */
export const PROCESS_CONTROLLERS = [CspReportRequirementController];
