/**
 * Generates a large, realistic log through the real deciders (benchmarks, crash tests):
 * per force area, CSP report requirements (some late, a few corrected), decision
 * registers per financial year (decisions, most published), complaints (exempt), and CSP
 * partnerships that meet often (long streams). Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import { addDays, CORRECT_RECORD_SPEC, DECIDERS, decideCorrection } from '@ledger/domain';
import type { ActingParty, Command, DomainEvent, StoredDomainEvent } from '@ledger/domain';
import { actEnvelopes, type EventStore, type NewEvent } from '@ledger/event-store';

const SYNTHETIC = { datePrecision: 'day', provenance: 'synthetic' } as const;

/** Event ids from the seed and the stream's revision: the same seed makes the same log, byte for byte. */
function deterministicUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const FORCES = [
  'avon-and-somerset',
  'bedfordshire',
  'cambridgeshire',
  'cheshire',
  'cleveland',
  'cumbria',
  'derbyshire',
  'devon-and-cornwall',
  'dorset',
  'durham',
  'essex',
  'gloucestershire',
  'greater-manchester',
  'hampshire',
  'hertfordshire',
  'humberside',
  'kent',
  'lancashire',
  'leicestershire',
  'lincolnshire',
  'merseyside',
  'norfolk',
  'north-yorkshire',
  'northamptonshire',
  'northumbria',
  'nottinghamshire',
  'south-yorkshire',
  'staffordshire',
  'suffolk',
  'surrey',
  'sussex',
  'thames-valley',
  'warwickshire',
  'west-mercia',
  'west-midlands',
  'west-yorkshire',
  'wiltshire',
];

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

/** Yields appends (in log order) until about `total` events have been produced. */
export function* generateAppends(
  total: number,
  seed = 42,
  opts: { longStream?: { events: number } } = {},
): Generator<GeneratedAppend> {
  const rand = rng(seed);
  const entry = (t: string) => DECIDERS.find((d) => d.decider.aggregateType === t)!.decider;
  const streams = new Map<string, Stream>();
  let produced = 0;
  let day = '2012-11-22';
  let n = 0;
  const actors = (force: string) => ({
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

  function act(
    aggregateType: string,
    caseId: string,
    forceArea: string,
    command: Command,
    actor: ActingParty,
    classification = 'open',
    keepHistory = false,
  ): GeneratedAppend | null {
    const d = entry(aggregateType);
    const name = `${d.streamPrefix}:${caseId}`;
    let s = streams.get(name);
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
      streams.set(name, s);
    }
    const recordedAt = `${day}T${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:00:00.000Z`;
    let events: DomainEvent[];
    try {
      events =
        command.type === 'CorrectRecord'
          ? decideCorrection(command as never, s.history ?? [])
          : d.decide(command, s.state, { now: recordedAt, effectiveOn: day, actor });
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
        effectiveAt: day,
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
        eventId: deterministicUuid(`${seed}:${name}:${s!.revision + 1 + i}`),
        schemaVersion: (d.eventTypes as Record<string, number>)[ev.type] ?? 1,
      })),
    );
    const expected = s.revision < 0 ? ('no-stream' as const) : BigInt(s.revision);
    for (const [i, ev] of events.entries()) {
      if (ev.type !== 'RecordCorrected') s.state = d.evolve(s.state, ev, { effectiveOn: day, eventId: out[i].eventId });
      s.history?.push({ event: ev, eventId: out[i].eventId, effectiveOn: day, recordedAt });
      s.revision++;
    }
    produced += out.length;
    return { stream: name, events: out, expected };
  }

  const long = opts.longStream?.events ?? 0;
  if (long > 0) {
    const a = actors('kent');
    const first = act(
      'CommunitySafetyPartnership',
      'kent-long',
      'kent',
      {
        type: 'RegisterPartnership',
        data: {
          forceArea: 'kent',
          name: 'Kent CSP',
          areas: ['Kent'],
          country: 'england',
          policeAreas: ['kent'],
          responsibleAuthorities: [],
          countyStrategyGroup: true,
        },
      },
      a.csp,
    );
    if (first) yield first;
    for (let i = 1; i < long; i++) {
      if (i % 20 === 0) day = addDays(day, 1);
      const x = act(
        'CommunitySafetyPartnership',
        'kent-long',
        'kent',
        { type: 'RecordCspMeeting', data: { title: `Meeting ${i}`, note: null } },
        a.csp,
      );
      if (x) yield x;
    }
    day = '2012-11-22';
  }

  // CSP report requirements awaiting a submission, oldest first (a queue: head index, no shift()).
  const awaiting: string[] = [];
  let head = 0;
  while (produced < total) {
    n++;
    // About 150 acts a day across England: a million events span about eleven years, as a real log would.
    if (n % 150 === 0) day = addDays(day, 1);
    const force = FORCES[Math.floor(rand() * FORCES.length)];
    const a = actors(force);
    const r = rand();
    const fy = `${day.slice(0, 4)}`;
    const out: Array<GeneratedAppend | null> = [];
    if (r < 0.3) {
      // Decision register of the force for the year.
      const caseId = `${force}-${fy}`;
      if (!streams.has(`decision-register:${caseId}`))
        out.push(
          act(
            'DecisionRegister',
            caseId,
            force,
            { type: 'OpenDecisionRegister', data: { forceArea: force, office: `PCC for ${force}` } },
            a.pcc,
          ),
        );
      const ref = `D${n}`;
      const significant = rand() < 0.4;
      out.push(
        act(
          'DecisionRegister',
          caseId,
          force,
          {
            type: 'RecordDecision',
            data: {
              decisionRef: ref,
              title: `Decision ${n}`,
              decisionMaker: 'PCC',
              significantPublicInterest: significant,
              madeAtMeeting: rand() < 0.3,
              recordDocumentRef: significant ? `DR-${n}` : null,
            },
          },
          a.pcc,
        ),
      );
      if (significant && rand() < 0.8)
        out.push(
          act(
            'DecisionRegister',
            caseId,
            force,
            {
              type: 'PublishSpecifiedInformation',
              data: { orderPara: '5', description: `Record of ${ref}`, decisionRef: ref, url: null },
            },
            a.pcc,
          ),
        );
    } else if (r < 0.55) {
      const caseId = `${force}-${n}`;
      out.push(
        act(
          'CspReportRequirement',
          caseId,
          force,
          {
            type: 'RequestReport',
            data: {
              forceArea: force,
              areas: [{ name: `${force} district`, policeAreas: [force] }],
              matters: [{ description: 'ASB strategy', devolvedWelshFunction: false }],
              notSatisfiedReason: 'Targets missed',
              proportionalityReason: 'Short report',
              dueOn: addDays(day, 30),
            },
          },
          a.pcc,
          'open',
          true,
        ),
      );
      awaiting.push(caseId);
    } else if (r < 0.7) {
      const caseId = head < awaiting.length ? awaiting[head++] : undefined;
      if (caseId) {
        const x = act(
          'CspReportRequirement',
          caseId,
          FORCES.find((f) => caseId.startsWith(f + '-')) ?? force,
          {
            type: 'SubmitReport',
            data: { submittedBy: 'CSP', sentTo: [streams.get(`csp-report-requirement:${caseId}`)!.forceArea] },
          },
          a.csp,
          'open',
          true,
        );
        out.push(x);
        const s = streams.get(`csp-report-requirement:${caseId}`)!;
        if (x && rand() < 0.05) {
          out.push(
            act(
              'CspReportRequirement',
              caseId,
              s.forceArea,
              {
                type: 'CorrectRecord',
                data: {
                  correctsEventId: x.events[0].eventId,
                  field: 'submittedBy',
                  oldValue: 'CSP',
                  newValue: 'Community Safety Partnership',
                  reason: 'Full name',
                },
              },
              a.panel,
              'open',
              true,
            ),
          );
        }
        if (rand() < 0.7)
          out.push(
            act(
              'CspReportRequirement',
              caseId,
              s.forceArea,
              { type: 'PublishReport', data: { url: null } },
              a.pcc,
              'open',
              true,
            ),
          );
      }
    } else if (r < 0.8) {
      const caseId = `${force}-c${n}`;
      out.push(
        act(
          'Complaint',
          caseId,
          force,
          {
            type: 'ReceiveComplaint',
            data: {
              forceArea: force,
              panel: `${force}-pcp`,
              against: 'PCC',
              complainant: { subjectId: `s-${n}`, commitments: {} },
              criminalAllegation: false,
              subjectMatter: 'Conduct',
            },
          },
          a.panel,
          'exempt:1,2',
        ),
      );
      if (rand() < 0.7)
        out.push(act('Complaint', caseId, force, { type: 'RecordComplaint', data: {} }, a.panel, 'exempt:1,2'));
      if (rand() < 0.3)
        out.push(act('Complaint', caseId, force, { type: 'WithdrawComplaint', data: {} }, a.panel, 'exempt:1,2'));
    } else {
      const caseId = `${force}-csp-${Math.floor(rand() * 8)}`;
      if (!streams.has(`community-safety-partnership:${caseId}`)) {
        out.push(
          act(
            'CommunitySafetyPartnership',
            caseId,
            force,
            {
              type: 'RegisterPartnership',
              data: {
                forceArea: force,
                name: `CSP ${caseId}`,
                areas: [caseId],
                country: 'england',
                policeAreas: [force],
                responsibleAuthorities: [],
                countyStrategyGroup: false,
              },
            },
            a.csp,
          ),
        );
      }
      out.push(
        act(
          'CommunitySafetyPartnership',
          caseId,
          force,
          { type: 'RecordCspMeeting', data: { title: `Meeting ${n}`, note: null } },
          a.csp,
        ),
      );
    }
    for (const x of out) if (x) yield x;
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
