import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { openVaultStorage, PersonalDataVault, type VaultStorage } from '@ledger/audit';
import type { LedgerConfig } from '../config';
import { LEDGER_CONFIG } from '../governance.module.tokens';
import { placementOf } from '../infrastructure/placement';
import { ComplaintPersonalData } from './complaint-personal-data';
import { PersonalDataErasure } from './personal-data-erasure';

const VAULT_STORAGE = Symbol.for('governance-ledger.VaultStorage');

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
    {
      provide: VAULT_STORAGE,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => openVaultStorage(placementOf(config).vault),
    },
    {
      provide: PersonalDataVault,
      inject: [VAULT_STORAGE],
      useFactory: (storage: VaultStorage) => new PersonalDataVault({ storage }),
    },
    VaultLifecycle,
    ComplaintPersonalData,
    PersonalDataErasure,
  ],
  exports: [PersonalDataVault, ComplaintPersonalData, PersonalDataErasure],
})
export class PersonalDataModule {}
