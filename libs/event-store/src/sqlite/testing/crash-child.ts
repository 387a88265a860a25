/**
 * Child process for the crash test: 16 concurrent loops append batches of 1-4 events
 * to 40 streams with an exact expected revision, and print each acknowledged append
 * as one line: ACK <stream> <lastRevision> <batchId> <size>. The parent SIGKILLs it.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../sqlite-event-store';
import { WrongExpectedRevision } from '../../errors';

function crashEvent(batchId: string, index: number, size: number) {
  return {
    eventId: randomUUID(),
    type: 'CrashTested',
    schemaVersion: 1,
    data: { batchId, index, size, pad: 'x'.repeat(200) },
    metadata: {
      actor: { id: 'crash', name: 'Crash Test', role: 'system', body: 'test' },
      effectiveAt: '2013-02-01',
      recordedAt: new Date().toISOString(),
      legalBasis: null,
      correlationId: batchId,
      causationId: null,
      classification: 'open',
    },
  };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  // The API commits groups on the writer thread: the kills must land there too.
  const store = await SqliteEventStore.open({ file, writerThread: true });
  const heads = new Map<string, bigint | null>();
  for (let i = 0; i < 40; i++) {
    const stream = `crash:${i}`;
    let head: bigint | null = null;
    for await (const e of store.readStream(stream, { direction: 'backwards', limit: 1 })) head = e.revision;
    heads.set(stream, head);
  }
  // One group before READY starts the store's writer thread, so the kills land in appends.
  await Promise.all([0, 1].map(() => store.append(`warm:${randomUUID()}`, [crashEvent(randomUUID(), 0, 1)], 'any')));
  process.stdout.write('READY\n');
  const loop = async (w: number) => {
    for (let k = 0; ; k++) {
      const stream = `crash:${(w * 7 + k) % 40}`;
      const size = 1 + ((w + k) % 4);
      const batchId = randomUUID();
      const head = heads.get(stream) ?? null;
      const events = Array.from({ length: size }, (_, i) => crashEvent(batchId, i, size));
      try {
        const r = await store.append(stream, events, head === null ? 'no-stream' : head);
        heads.set(stream, r.nextExpectedRevision);
        process.stdout.write(`ACK ${stream} ${r.nextExpectedRevision} ${batchId} ${size}\n`);
      } catch (e) {
        if (!(e instanceof WrongExpectedRevision)) throw e;
        heads.set(stream, e.actual);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, (_, w) => loop(w)));
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(1);
});
