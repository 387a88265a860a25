/**
 * The machinery of the generated log (generate.ts says what it holds): each act is decided
 * by its process's real decider over the stream's state kept in memory, and its envelope is
 * built by the one shared builder (actEnvelopes), as the application builds it. Acts skip the
 * application service on purpose: it reads and folds the whole stream for every act, which
 * for a million events with streams of thousands is hours, not minutes.
 */
import { createHash } from 'node:crypto';
import { CORRECT_RECORD_SPEC, DECIDERS, decideCorrection } from '@ledger/domain';
import type { ActingParty, Command, DomainEvent, StoredDomainEvent } from '@ledger/domain';
import { actEnvelopes, type EventStore, type NewEvent } from '@ledger/event-store';

const SYNTHETIC = { datePrecision: 'day', provenance: 'synthetic' } as const;

/** Event ids from the seed and the stream's revision: the same seed makes the same log, byte for byte. */
function deterministicUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

interface Stream {
  name: string;
  aggregateType: string;
  caseId: string;
  forceArea: string;
  state: unknown;
  revision: number;
  history: StoredDomainEvent[] | null;
  classification: string;
}

export interface GeneratedAppend {
  stream: string;
  events: NewEvent[];
  expected: bigint | 'no-stream';
}

export const actorsFor = (force: string) => ({
  pcc: { id: `${force}-pcc`, name: `PCC for ${force}`, role: 'pcc-office', body: `${force}-pcc`, forceArea: force },
  csp: {
    id: `${force}-csp-officer`,
    name: `${force} CSP officer`,
    role: 'csp-officer',
    body: `${force}-csp`,
    forceArea: force,
  },
  panel: {
    id: `${force}-pcp`,
    name: `${force} panel secretariat`,
    role: 'panel-secretariat',
    body: `${force}-pcp`,
    forceArea: force,
  },
});

/** The streams written so far, the calendar and the seeded randomness of one generated log. */
export class GeneratedLog {
  readonly streams = new Map<string, Stream>();
  readonly rand: () => number;
  /** Events produced so far. */
  produced = 0;
  /** The legal date of the acts being generated. */
  day = '2012-11-22';

  constructor(private readonly seed: number) {
    this.rand = rng(seed);
  }

  /** Decides one act on its stream; null when the rules refuse it. */
  act(
    aggregateType: string,
    caseId: string,
    forceArea: string,
    command: Command,
    actor: ActingParty,
    classification = 'open',
    keepHistory = false,
  ): GeneratedAppend | null {
    const d = DECIDERS.find((x) => x.decider.aggregateType === aggregateType)!.decider;
    const name = `${d.streamPrefix}:${caseId}`;
    let s = this.streams.get(name);
    if (!s) {
      s = {
        name,
        aggregateType,
        caseId,
        forceArea,
        state: d.initialState(),
        revision: -1,
        history: keepHistory ? [] : null,
        classification,
      };
      this.streams.set(name, s);
    }
    const recordedAt = `${this.day}T${String(8 + Math.floor(this.rand() * 10)).padStart(2, '0')}:00:00.000Z`;
    let events: DomainEvent[];
    try {
      events =
        command.type === 'CorrectRecord'
          ? decideCorrection(command as never, s.history ?? [])
          : d.decide(command, s.state, { now: recordedAt, effectiveOn: this.day, actor });
    } catch {
      return null; // the rules refused it: a realistic generator just moves on
    }
    const legalBasis =
      command.type === 'CorrectRecord'
        ? CORRECT_RECORD_SPEC.legalBasis
        : d.commands[command.type as keyof typeof d.commands].legalBasis;
    const out = actEnvelopes(
      {
        actor,
        effectiveAt: this.day,
        recordedAt,
        legalBasis,
        correlationId: name,
        causationId: null,
        classification,
        aggregateType,
        caseId,
        forceArea,
        command: command.type,
        provenance: SYNTHETIC,
      },
      events.map((ev, i) => ({
        ...ev,
        eventId: deterministicUuid(`${this.seed}:${name}:${s.revision + 1 + i}`),
        schemaVersion: (d.eventTypes as Record<string, number>)[ev.type] ?? 1,
      })),
    );
    const expected = s.revision < 0 ? ('no-stream' as const) : BigInt(s.revision);
    for (const [i, ev] of events.entries()) {
      if (ev.type !== 'RecordCorrected')
        s.state = d.evolve(s.state, ev, { effectiveOn: this.day, eventId: out[i].eventId });
      s.history?.push({ event: ev, eventId: out[i].eventId, effectiveOn: this.day, recordedAt });
      s.revision++;
    }
    this.produced += out.length;
    return { stream: name, events: out, expected };
  }
}

/** Appends generated events, many appends in flight at once (group commit). Returns the count. */
export async function appendGenerated(
  store: EventStore,
  appends: Iterable<GeneratedAppend>,
  inFlight = 256,
): Promise<number> {
  let count = 0;
  let batch: GeneratedAppend[] = [];
  const flush = async () => {
    // Appends to one stream must go in order: one append per stream per round.
    while (batch.length) {
      const seen = new Set<string>();
      const round: GeneratedAppend[] = [];
      const rest: GeneratedAppend[] = [];
      for (const a of batch) (seen.has(a.stream) ? rest : (seen.add(a.stream), round)).push(a);
      await Promise.all(round.map((a) => store.append(a.stream, a.events, a.expected)));
      batch = rest;
    }
  };
  for (const a of appends) {
    batch.push(a);
    count += a.events.length;
    if (batch.length >= inFlight) await flush();
  }
  await flush();
  return count;
}
