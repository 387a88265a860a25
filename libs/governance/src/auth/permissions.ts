import type { ApiRole } from './api-keys';

/**
 * THE role × command matrix (issue 4 §4): who may record which statutory act. One
 * place; the e2e matrix test sends every command as every role and expects exactly
 * these to pass authorisation and every other cell to get 403.
 *
 * admin may record every act (data-entry of history on any body's behalf).
 * scrutiny-officer and auditor only read. CorrectRecord and EraseSubject are admin
 * acts: a correction changes what the record says about any body.
 */
const PCC: ApiRole[] = ['pcc-office', 'admin'];
const PANEL: ApiRole[] = ['panel-secretariat', 'admin'];
const CSP: ApiRole[] = ['csp-officer', 'admin'];
const ADMIN: ApiRole[] = ['admin'];

export const COMMAND_ROLES: Record<string, readonly ApiRole[]> = {
  // CSP report requirement (CDA 1998 s.7)
  RequestReport: PCC,
  SubmitReport: CSP,
  PublishReport: PCC,
  // Any aggregate
  CorrectRecord: ADMIN,
};

export function rolesFor(commandType: string): readonly ApiRole[] {
  return COMMAND_ROLES[commandType] ?? ADMIN;
}

export function mayExecute(role: ApiRole, commandType: string): boolean {
  return rolesFor(commandType).includes(role);
}

export const ROLE_GROUPS = { PCC, PANEL, CSP, ADMIN };
