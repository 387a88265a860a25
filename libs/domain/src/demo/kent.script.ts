import type { ScriptStep } from './demo.script';
import { kent2012Acts } from './kent-2012.script';
import { kent2013To2015Acts } from './kent-2013-2015.script';

export { KENT_ACTORS, KENT_CASES, KENT_CORRECTION_RECORDED_AT } from './kent.sources';

/**
 * DOMAIN.md §6: the Kent 2012-2015 timeline, from the seed papers only. Intentions (rows 7,
 * 12), statements (row 13) and non-statutory events (rows 4, 11, 16) are not loaded as acts.
 * recordedAt is historic: the date of the paper the fact comes from (noon UTC).
 */
export function kentDemoScript(): ScriptStep[] {
  return [...kent2012Acts(), ...kent2013To2015Acts()];
}
