import { PROCESS_ORDER, requireRule } from './rules';

/**
 * A step that follows another and is taken once: refused with PROCESS_ORDER until the step
 * before it is on record (`previous`), and once it is itself on record (`done`), each with its
 * own reason.
 */
export function requireNextStep(previous: unknown, done: unknown, notYet: string, already: string): void {
  requireRule(PROCESS_ORDER, previous !== null && done === null, previous === null ? notYet : already);
}
