/**
 * Opens the store, the sealer and the vault from the environment, for the audit commands:
 * the log through openEventStore, the sealer's and the vault's tables where
 * appTablesBackend puts the app tables (with STORE=eventstoredb: READ_MODEL_URL, or the
 * SQLite file in DATA_DIR), as the API does.
 */
import type { EventStore } from '@ledger/event-store';
import { appTablesBackend, loadConfig, openEventStore } from '@ledger/governance';
import {
  loadOrCreateSigningKey,
  PersonalDataVault,
  PostgresSealerStorage,
  PostgresVaultStorage,
  Sealer,
  SqliteSealerStorage,
  SqliteVaultStorage,
  type LogSigner,
  type SealerStorage,
  type VaultStorage,
} from '@ledger/audit';

export interface AuditContext {
  store: EventStore;
  storage: SealerStorage;
  sealer: Sealer;
  signer: LogSigner;
  vault: () => Promise<PersonalDataVault>;
  close(): Promise<void>;
}

export async function openAudit(env: Record<string, string | undefined> = process.env): Promise<AuditContext> {
  const cfg = loadConfig(env);
  const tables = appTablesBackend(cfg);
  const pg = tables.dialect === 'postgres' ? { connectionString: tables.url, schema: cfg.databaseSchema } : null;
  const sqliteFile = tables.dialect === 'sqlite' ? tables.file : cfg.sqliteFile;
  const store: EventStore = await openEventStore(cfg);
  const storage: SealerStorage = pg ? await PostgresSealerStorage.open(pg) : await SqliteSealerStorage.open(sqliteFile);
  const key = loadOrCreateSigningKey({ name: cfg.origin, dataDir: cfg.dataDir, keyFile: cfg.signingKeyPath ?? undefined });
  for (const w of key.warnings) console.error(`warning: ${w}`);
  const sealer = await Sealer.open({ source: store, storage, signer: key.signer, origin: cfg.origin, checkpointIntervalMs: 0 });
  let vaultStorage: VaultStorage | null = null;
  return {
    store,
    storage,
    sealer,
    signer: key.signer,
    async vault() {
      vaultStorage ??= pg ? await PostgresVaultStorage.open(pg) : await SqliteVaultStorage.open(sqliteFile);
      return new PersonalDataVault({ storage: vaultStorage });
    },
    async close() {
      await vaultStorage?.close();
      await storage.close();
      await store.close();
    },
  };
}
