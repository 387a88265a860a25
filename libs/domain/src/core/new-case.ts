import { CASE_ALREADY_EXISTS, requireRule } from './rules';

/**
 * The guard of an act that opens a case: refused with CASE_ALREADY_EXISTS once the case exists
 * (`exists` says why, in words). The counterpart of existingCase for the acts that follow.
 */
export function requireNewCase(state: { status: string }, exists: string): void {
  requireRule(CASE_ALREADY_EXISTS, state.status === 'none', exists);
}

/** A process's state before its opening act: its decider's initialState. */
export function unopened(): { status: 'none' } {
  return { status: 'none' };
}
