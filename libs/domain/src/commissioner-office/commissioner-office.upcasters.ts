import type { Upcaster } from '../core/upcasting';

/**
 * ElectionHeld v1 → v2: v2 records the day a vacancy election's result was declared,
 * from which the PCC holds office (PRSRA 2011 s.51(8)(a)). A v1 event did not record it:
 * an ordinary election has none, and a v1 vacancy election reads as declared on its poll date.
 */
export const upcastElectionHeldV1: Upcaster = (data) => ({
  ...data,
  declaredOn: data.declaredOn ?? (data.kind === 'vacancy' ? (data.pollDate ?? null) : null),
});
