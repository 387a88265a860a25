import { createHash } from 'node:crypto';
import type { Projection } from './projection';
import { generationTable, ReadModelDb } from './storage/db';
import { readCheckpoint, readMeta } from './storage/meta';

/**
 * SHA-256 of a projection generation's tables (every row, in primary-key order) and its
 * checkpoint (position and seq only). Two read models built from the same log, however
 * they got there (crash and restart, batch sizes, rebuild), must have the same digest.
 */
export async function readModelDigest(
  db: ReadModelDb,
  projection: Projection,
  generation?: number,
): Promise<{ digest: string; tables: Record<string, string>; rows: Record<string, number> }> {
  const gen = generation ?? Number((await readMeta(db, projection.name))?.live_generation);
  if (!Number.isInteger(gen)) throw new Error(`${projection.name} has no live generation`);
  const all = createHash('sha256');
  const tables: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (const spec of projection.tables) {
    const h = createHash('sha256');
    const cols = spec.columns.map(([c]) => c);
    const list = await db.all<Record<string, unknown>>(
      `SELECT ${cols.join(', ')} FROM ${db.table(generationTable(spec.name, gen))} ORDER BY ${spec.primaryKey.join(', ')}`,
    );
    for (const r of list)
      h.update(JSON.stringify(cols.map((c) => (typeof r[c] === 'bigint' ? Number(r[c]) : r[c]))) + '\n');
    tables[spec.name] = h.digest('hex');
    rows[spec.name] = list.length;
    all.update(`${spec.name}:${tables[spec.name]}\n`);
  }
  const cp = await readCheckpoint(db, projection.name, gen);
  all.update(`checkpoint:${cp?.position}:${cp?.seq}\n`);
  return { digest: all.digest('hex'), tables, rows };
}
