import { actOf, type ActingBody } from '@ledger/domain';
import type { ApiRole } from './api-keys';

/**
 * Who may record which statutory act, derived from the body each act's decider names.
 * Each body's own office records its acts; admin may record every act (data entry of
 * history on any body's behalf), and alone records a national body's acts and the
 * ledger's own (corrections, erasure). scrutiny-officer and auditor only read.
 */
const BODY_ROLES: Readonly<Record<ActingBody, readonly ApiRole[]>> = {
  pcc: ['pcc-office'],
  panel: ['panel-secretariat'],
  csp: ['csp-officer'],
  national: [],
  ledger: [],
};

/** Asked on every command, twice: the acts and their bodies are fixed, so each answer is worked out once. */
const known = new Map<string, readonly ApiRole[]>();

export function rolesFor(commandType: string): readonly ApiRole[] {
  const cached = known.get(commandType);
  if (cached) return cached;
  const act = actOf(commandType);
  const bodies: readonly ActingBody[] = act ? [act.body].flat() : [];
  const roles = Object.freeze([...bodies.flatMap((b) => BODY_ROLES[b]), 'admin' as const]);
  // Unknown names are not kept: they could be anything a caller sends.
  if (act) known.set(commandType, roles);
  return roles;
}

export function mayExecute(role: ApiRole, commandType: string): boolean {
  return rolesFor(commandType).includes(role);
}
