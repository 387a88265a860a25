/**
 * Opens the store, the sealer and the vault from the environment, for the audit commands,
 * where placementOf puts them, as the API does.
 */
import type { EventStore } from '@ledger/event-store';
import { loadConfig, openEventStore, placementOf } from '@ledger/governance';
import {
  loadOrCreateSigningKey,
  openSealerStorage,
  openVaultStorage,
  PersonalDataVault,
  Sealer,
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
  const place = placementOf(cfg);
  const store: EventStore = await openEventStore(cfg);
  const storage: SealerStorage = await openSealerStorage(place.sealer);
  const key = loadOrCreateSigningKey({
    name: cfg.origin,
    dataDir: cfg.dataDir,
    keyFile: cfg.signingKeyPath ?? undefined,
  });
  for (const w of key.warnings) console.error(`warning: ${w}`);
  const sealer = await Sealer.open({
    source: store,
    storage,
    signer: key.signer,
    origin: cfg.origin,
    checkpointIntervalMs: 0,
  });
  let vaultStorage: VaultStorage | null = null;
  return {
    store,
    storage,
    sealer,
    signer: key.signer,
    async vault() {
      vaultStorage ??= await openVaultStorage(place.vault);
      return new PersonalDataVault({ storage: vaultStorage });
    },
    async close() {
      await vaultStorage?.close();
      await storage.close();
      await store.close();
    },
  };
}
