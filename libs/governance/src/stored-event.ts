import type { Provenance, RuleFinding } from '@ledger/domain';

/**
 * Conventions the application layer adds to the envelope's metadata, on top of
 * DESIGN.md's required fields. Projections rely on them.
 */
export interface LedgerMetadataExtras {
  /** DOMAIN.md §5.2 aggregate name, e.g. "PreceptCycle". */
  aggregateType: string;
  /** The case id: the part of the stream id after the prefix. */
  caseId: string;
  /** Police area the case belongs to, for scope and filters, e.g. "kent". */
  forceArea: string;
  /** The command that produced the event, e.g. "VetoPrecept". */
  command: string;
  /** Late findings and ⚠️ warnings from the rules (never blocking). */
  findings: RuleFinding[];
  provenance: Provenance;
  /** Confidence of the act as a whole: the weakest of its findings' rules. */
  confidence: 'confirmed' | 'seed_only' | 'unconfirmed';
}

// Stream naming and reading stored events back live in the domain, shared with the read side.
export { deciderForStream, parseStreamId, streamId, toStoredDomainEvent } from '@ledger/domain';
