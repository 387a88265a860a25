import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { PersonalDataVault, PostgresVaultStorage, SqliteVaultStorage, type VaultStorage } from '@ledger/audit';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/governance';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ComplaintPersonalData } from './complaint-personal-data';

const VAULT_STORAGE = Symbol.for('governance-ledger.VaultStorage');

/**
 * The vault lives beside the log: in the event store's SQLite file (a connection with
 * secure_delete) or its PostgreSQL schema. EventStoreDB has nowhere to put it, so that
 * backend keeps the vault in a local SQLite file in the data directory.
 */
async function openVaultStorage(config: LedgerConfig): Promise<VaultStorage> {
  if (config.store === 'postgres') return PostgresVaultStorage.open({ connectionString: config.databaseUrl as string, schema: config.databaseSchema });
  mkdirSync(config.dataDir, { recursive: true });
  return SqliteVaultStorage.open(config.store === 'sqlite' ? config.sqliteFile : join(config.dataDir, 'vault.sqlite'));
}

@Injectable()
class VaultLifecycle implements OnApplicationShutdown {
  constructor(@Inject(VAULT_STORAGE) private readonly storage: VaultStorage) {}
  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}

/** The personal-data vault (INTEGRITY.md "Personal data and erasure") for the complaint endpoints. */
@Module({
  providers: [
    { provide: VAULT_STORAGE, inject: [LEDGER_CONFIG], useFactory: openVaultStorage },
    { provide: PersonalDataVault, inject: [VAULT_STORAGE], useFactory: (storage: VaultStorage) => new PersonalDataVault({ storage }) },
    VaultLifecycle,
    ComplaintPersonalData,
  ],
  exports: [PersonalDataVault, ComplaintPersonalData],
})
export class PersonalDataModule {}
