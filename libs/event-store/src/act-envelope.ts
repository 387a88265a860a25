import type { Actor, JsonObject, NewEvent } from './envelope';

/** What the ledger records about one statutory act, shared by every event the act produces. */
export interface ActFacts {
  actor: Actor;
  /** Legal date of the act (ISO date or date-time). */
  effectiveAt: string;
  /** When the ledger learnt of it (ISO date-time). */
  recordedAt: string;
  legalBasis: string;
  correlationId: string;
  causationId: string | null;
  classification: string;
  aggregateType: string;
  caseId: string;
  /** The case's police area; left out when null or undefined. */
  forceArea: string | null | undefined;
  /** The command that recorded the act. */
  command: string;
  provenance: object;
  /** Fingerprint of the HTTP request that carried an Idempotency-Key. */
  requestHash?: string;
}

/** One event an act produced, as its decider returned it, with the id chosen for it. */
export interface ActEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: object;
  /** Rule findings (late, warnings); each carries a `confidence`. */
  findings?: ReadonlyArray<{ confidence?: string }>;
}

const json = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/** The act's confidence is its weakest finding's: an unconfirmed rule outranks one known only from the seeds. */
function confidenceOf(findings: ReadonlyArray<{ confidence?: string }>): string {
  if (findings.some((f) => f.confidence === 'unconfirmed')) return 'unconfirmed';
  if (findings.some((f) => f.confidence === 'seed_only')) return 'seed_only';
  return 'confirmed';
}

/**
 * The envelope of each event of one act (DESIGN.md "The event envelope"). Everything that
 * writes acts to the log builds them here, so the application and the test loaders store
 * the same metadata, field for field.
 */
export function actEnvelopes(act: ActFacts, events: readonly ActEvent[]): NewEvent[] {
  return events.map((e) => {
    const findings = e.findings ?? [];
    return {
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: json<JsonObject>(e.data),
      metadata: {
        actor: { id: act.actor.id, name: act.actor.name, role: act.actor.role, body: act.actor.body },
        effectiveAt: act.effectiveAt,
        recordedAt: act.recordedAt,
        legalBasis: act.legalBasis,
        correlationId: act.correlationId,
        ...(act.requestHash !== undefined ? { requestHash: act.requestHash } : {}),
        causationId: act.causationId,
        classification: act.classification,
        aggregateType: act.aggregateType,
        caseId: act.caseId,
        ...(typeof act.forceArea === 'string' ? { forceArea: act.forceArea } : {}),
        command: act.command,
        findings: json<JsonObject[]>(findings),
        provenance: json<JsonObject>(act.provenance),
        confidence: confidenceOf(findings),
      },
    };
  });
}
