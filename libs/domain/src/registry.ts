/**
 * Every statutory process the ledger knows, in one list. The application layer
 * routes commands and folds streams through it; projections fold case state with it.
 * Add one line per decider.
 */
import type { Command, Decider, DomainEvent } from './core/decider';
import { UpcasterRegistry } from './core/upcasting';
import { cspReportRequirement } from './csp-report-requirement';

export interface DeciderEntry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  decider: Decider<any, Command, DomainEvent>;
}

export const DECIDERS: DeciderEntry[] = [
  { decider: cspReportRequirement },
];

/** Upcasters for every stored (type, schemaVersion) that has since changed. */
export const UPCASTERS = new UpcasterRegistry();

export function deciderByAggregate(aggregateType: string): DeciderEntry | undefined {
  return DECIDERS.find((d) => d.decider.aggregateType === aggregateType);
}
