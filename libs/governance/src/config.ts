import { resolve } from 'node:path';

/**
 * The validated environment. Every setting has a safe default so that
 * `npm install && npm start` works with nothing configured.
 */
export interface LedgerConfig {
  store: 'sqlite' | 'postgres' | 'eventstoredb';
  dataDir: string;
  sqliteFile: string;
  databaseUrl: string | null;
  databaseSchema: string;
  eventstoreUrl: string | null;
  readModelUrl: string | null;
  port: number;
  host: string;
  loadDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  throttleLimit: number;
  throttleTtlMs: number;
  /** Failed authentications an address may make per window before it is refused (429). */
  authFailureLimit: number;
  authFailureTtlMs: number;
  /** The address clients use, e.g. https://ledger.example.org; https turns on upgrade-insecure-requests. */
  publicUrl: string | null;
  bodyLimitBytes: number;
  /** Checkpoint origin line, e.g. governance-ledger.example/kent. */
  origin: string;
  signingKeyPath: string | null;
  checkpointIntervalMs: number;
  /** PostgreSQL: how long a projection or sealer leader's lease lasts unrenewed before a standby takes over. */
  leaderLeaseMs: number;
  /** /health/ready fails when the read models are this many seconds behind the log. */
  readyMaxLagSeconds: number;
  projections: boolean;
  /** WITNESS_KEYS: `<force-area>=<witness vkey>` entries; parsed and checked by the audit module. */
  witnessKeys: string | null;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function int(env: Record<string, string | undefined>, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bool(env: Record<string, string | undefined>, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function publicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(raw))
    throw new ConfigError(`PUBLIC_URL must be an http:// or https:// address, got "${raw}"`);
  return raw.replace(/\/$/, '');
}

export function loadConfig(env: Record<string, string | undefined> = process.env): LedgerConfig {
  const store = (env.STORE ?? 'sqlite') as LedgerConfig['store'];
  if (!['sqlite', 'postgres', 'eventstoredb'].includes(store))
    throw new ConfigError(`STORE must be sqlite, postgres or eventstoredb, got "${env.STORE}"`);
  const databaseUrl = env.DATABASE_URL || null;
  if (store === 'postgres' && !databaseUrl) throw new ConfigError('STORE=postgres needs DATABASE_URL');
  const eventstoreUrl = env.EVENTSTORE_URL || null;
  if (store === 'eventstoredb' && !eventstoreUrl) throw new ConfigError('STORE=eventstoredb needs EVENTSTORE_URL');
  const schema = env.DATABASE_SCHEMA ?? 'ledger';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new ConfigError(`DATABASE_SCHEMA must be a lower-case SQL identifier, got "${schema}"`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as LedgerConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    store,
    dataDir,
    sqliteFile: resolve(dataDir, 'ledger.sqlite'),
    databaseUrl,
    databaseSchema: schema,
    eventstoreUrl,
    readModelUrl: env.READ_MODEL_URL || null,
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    loadDemo: bool(env, 'LOAD_DEMO', true),
    logLevel,
    throttleLimit: int(env, 'THROTTLE_LIMIT', 1000, 1, 10_000_000),
    throttleTtlMs: int(env, 'THROTTLE_TTL_MS', 10_000, 100, 3_600_000),
    authFailureLimit: int(env, 'AUTH_FAILURE_LIMIT', 20, 1, 10_000_000),
    authFailureTtlMs: int(env, 'AUTH_FAILURE_TTL_MS', 60_000, 100, 86_400_000),
    publicUrl: publicUrl(env.PUBLIC_URL),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 16 * 1024 * 1024),
    origin: env.LEDGER_ORIGIN ?? 'governance-ledger.example/kent',
    signingKeyPath: env.SIGNING_KEY_PATH || null,
    checkpointIntervalMs: int(env, 'CHECKPOINT_INTERVAL_MS', 60_000, 100, 86_400_000),
    leaderLeaseMs: int(env, 'LEADER_LEASE_MS', 10_000, 1000, 300_000),
    readyMaxLagSeconds: int(env, 'READY_MAX_LAG_SECONDS', 30, 1, 86_400),
    projections: bool(env, 'PROJECTIONS', true),
    witnessKeys: env.WITNESS_KEYS || null,
  };
}
