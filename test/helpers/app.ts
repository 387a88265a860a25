/**
 * Starts the API exactly as main.ts builds it (createApp), on a fresh SQLite data dir
 * or, with store 'postgres', a fresh PostgreSQL schema; creates one key per role.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiKeyStore, ApiRole, API_ROLES } from '@ledger/governance';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory';
import { freshSchema } from '../../libs/event-store/src/testing/pg';

export interface TestApp {
  app: NestExpressApplication;
  /** Base URL of the listening server (concurrent supertest requests need a listening server). */
  http: string;
  dataDir: string;
  keys: Record<ApiRole, string>;
  /** A second set of keys for another force area. */
  essex: Record<ApiRole, string>;
  key(role: ApiRole, forceArea: string): Promise<string>;
  /** Closes the app, keeping its data (to start another app on it). */
  stop(): Promise<void>;
  /** Closes the app and removes its data. */
  close(): Promise<void>;
  env: Record<string, string>;
}

export async function startApp(
  options: { store?: 'sqlite' | 'postgres'; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  let dropSchema: (() => Promise<void>) | null = null;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LOAD_DEMO: 'false',
    PORT: '0',
    STORE: 'sqlite',
    ...(options.env ?? {}),
  };
  if (options.store === 'postgres') {
    const { schema, drop } = await freshSchema('e2e');
    dropSchema = drop;
    Object.assign(env, { STORE: 'postgres', DATABASE_SCHEMA: schema });
  }
  const app = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const store = app.get(ApiKeyStore);
  const key = async (role: ApiRole, forceArea: string) =>
    (await store.create({ name: `Test ${role} ${forceArea}`, role, forceArea })).token;
  const keys = {} as Record<ApiRole, string>;
  const essex = {} as Record<ApiRole, string>;
  for (const role of API_ROLES) {
    keys[role] = await key(role, 'kent');
    essex[role] = await key(role, 'essex');
  }
  let closed = false;
  const stop = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app,
    http: `http://127.0.0.1:${address.port}`,
    dataDir,
    keys,
    essex,
    key,
    env,
    stop,
    async close() {
      await stop();
      if (dropSchema) await dropSchema();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export { request };

/** A supertest parser that keeps the body as bytes (`.buffer(true).parse(binary)`), for downloads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** A stream's export as `token` may have it (evidence in JSON Lines, or `{ format: 'pdf' }`), kept as bytes. */
export const streamExport = (t: TestApp, stream: string, token: string, query: Record<string, string> = {}) =>
  request(t.http).get(`/v1/exports/streams/${stream}`).query(query).set(bearer(token)).buffer(true).parse(binary);

/**
 * Starts the app before the suite's tests and closes it after them. Called inside a describe;
 * the returned object is filled in by beforeAll, so it is usable inside tests only.
 */
export function useApp(options: Parameters<typeof startApp>[0] = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await startApp(options));
  });
  afterAll(async () => t.close());
  return t;
}
