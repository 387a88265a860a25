/** Opens the store, the sealer and the vault from the environment, for the audit commands. */
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { PostgresEventStore } from '@ledger/event-store/postgres';
import { loadConfig } from '@ledger/governance';
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
  if (cfg.store === 'eventstoredb') throw new Error('the audit commands support STORE=sqlite or STORE=postgres');
  const pg = cfg.store === 'postgres';
  const store: EventStore = pg ? await PostgresEventStore.connect({ connectionString: cfg.databaseUrl as string, schema: cfg.databaseSchema }) : await SqliteEventStore.open({ file: cfg.sqliteFile });
  const storage: SealerStorage = pg ? await PostgresSealerStorage.open({ connectionString: cfg.databaseUrl as string, schema: cfg.databaseSchema }) : await SqliteSealerStorage.open(cfg.sqliteFile);
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
      vaultStorage ??= pg ? await PostgresVaultStorage.open({ connectionString: cfg.databaseUrl as string, schema: cfg.databaseSchema }) : await SqliteVaultStorage.open(cfg.sqliteFile);
      return new PersonalDataVault({ storage: vaultStorage });
    },
    async close() {
      await vaultStorage?.close();
      await storage.close();
      await store.close();
    },
  };
}
