import { PROCESS_ORDER, requireRule } from './rules';

/**
 * An act in order only while its case is at one of these steps: otherwise PROCESS_ORDER
 * (`message` says why, in words). The check most acts make first, said once.
 */
export function requireStatus<S extends { status: string }>(
  state: S,
  steps: readonly S['status'][],
  message: string,
): void {
  requireRule(PROCESS_ORDER, steps.includes(state.status), message);
}

/**
 * A step that follows another and is taken once: refused with PROCESS_ORDER until the step
 * before it is on record (`previous`), and once it is itself on record (`done`), each with its
 * own reason.
 */
export function requireNextStep(previous: unknown, done: unknown, notYet: string, already: string): void {
  requireRule(PROCESS_ORDER, previous !== null && done === null, previous === null ? notYet : already);
}
