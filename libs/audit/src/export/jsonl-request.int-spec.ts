/**
 * An export request that cannot be met fails before the first byte, so the API can still
 * answer 400: a consistency proof is asked for from a size with no checkpoint, or from a
 * size past the checkpoint the export is proved against.
 */
import { SqliteEventStore } from '@ledger/event-store';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { LogSigner } from '../keys/signer';
import { Sealer } from '../sealer/sealer';
import { SqliteSealerStorage } from '../storage/sqlite';
import { fill, tempDir } from '../testing/fixtures';
import { eventsForScope } from './common';
import { exportJsonl, InvalidExportRequest } from './jsonl';

const ORIGIN = 'governance-ledger.example/kent';

describe('exportJsonl refuses what it cannot prove before writing anything', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it.each([[30], [51], [Number('9999999999999999')], [0]])('consistencyFrom %d', async (from) => {
    const file = join(t.dir, `export-${from}.sqlite`);
    const store = await SqliteEventStore.open({ file });
    await fill(store, 50, 3);
    const storage = await SqliteSealerStorage.open(file);
    const sealer = await Sealer.open({
      source: store,
      storage,
      signer: LogSigner.generate(ORIGIN),
      origin: ORIGIN,
      batchSize: 25,
    });
    await sealer.catchUp();
    const out = new PassThrough();
    let written = 0;
    out.on('data', (c: Buffer) => (written += c.length));
    const scope = { kind: 'stream' as const, streams: ['case-0000'] };
    await expect(
      exportJsonl({
        events: eventsForScope(store, scope),
        proofs: sealer.proofs,
        out,
        scope,
        consistencyFrom: [25, from],
      }),
    ).rejects.toThrow(InvalidExportRequest);
    expect(written).toBe(0);
    await storage.close();
    await store.close();
  });
});
