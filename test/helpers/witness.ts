/**
 * Helpers for the witness suites: a ledger booted exactly as main.ts builds it on a
 * given data dir or schema, a backup and restore of its data (as an operator would
 * take and restore one), and the `ledger witness` command driven in-process.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiKeyStore } from '@ledger/governance';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { createApp } from '../../apps/api/src/app.factory';
import { pgUrl } from '../../libs/event-store/src/testing/pg';
import { newEvent } from '../../libs/audit/src/testing/fixtures';

/**
 * A scratch folder for a witness suite (the witness keeps its state in `wdir`) and the clean-ups
 * its set-up and tests register. Called inside a describe: after the suite they run, last
 * registered first, and then the folder is removed.
 */
export function witnessWorkspace(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
    rmSync(root, { recursive: true, force: true });
  });
  return { root, wdir: join(root, 'witness'), cleanups };
}

export interface Ledger {
  app: NestExpressApplication;
  http: string;
  auditor: string;
  append(stream: string, notes: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function bootLedger(env: Record<string, string>): Promise<Ledger> {
  const app = await createApp({
    ...(process.env as Record<string, string>),
    LOG_LEVEL: 'silent',
    LOAD_DEMO: 'false',
    PORT: '0',
    ...env,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const auditor = (await app.get(ApiKeyStore).create({ name: 'Test auditor', role: 'auditor', forceArea: '*' })).token;
  const store = app.get<EventStore>(EVENT_STORE);
  let n = 0;
  return {
    app,
    http: `http://127.0.0.1:${port}`,
    auditor,
    async append(stream, notes) {
      for (const note of notes) await store.append(stream, [newEvent(n++, { data: { note } })], 'any');
    },
    close: () => app.close(),
  };
}

/** A consistent copy of a running ledger's data: SQLite's online backup, or pg_dump of its schema. */
export async function backup(
  store: 'sqlite' | 'postgres',
  from: { dataDir: string; schema?: string },
): Promise<{ dataDir: string; restore: (schema?: string) => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-backup-'));
  copyFileSync(join(from.dataDir, 'ledger-signing.key'), join(dataDir, 'ledger-signing.key'));
  if (store === 'sqlite') {
    const db = new Database(join(from.dataDir, 'ledger.sqlite'), { readonly: true });
    await db.backup(join(dataDir, 'ledger.sqlite'));
    db.close();
    return { dataDir, restore: () => undefined };
  }
  const dump = execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--schema', from.schema!, pgUrl()], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  return {
    dataDir,
    // Schema names are unique random tokens, so renaming them in the dump is exact.
    restore: (schema) =>
      execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', pgUrl()], {
        input: dump.split(from.schema!).join(schema!),
        stdio: ['pipe', 'ignore', 'pipe'],
      }),
  };
}

export { ledgerCli } from './cli';
