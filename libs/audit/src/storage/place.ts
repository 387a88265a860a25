import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PostgresVaultStorage } from '../personal/postgres-vault';
import { SqliteVaultStorage } from '../personal/sqlite-vault';
import type { VaultStorage } from '../personal/vault';
import { PostgresSealerStorage } from './postgres';
import { SqliteSealerStorage } from './sqlite';
import type { SealerStorage } from './types';

/** Where a set of tables lives: a SQLite file, or a PostgreSQL database and schema (the configuration's placement decides). */
export type StoragePlace = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema: string };

/** The sealer's tables at their place. */
export async function openSealerStorage(place: StoragePlace): Promise<SealerStorage> {
  if (place.dialect === 'postgres')
    return PostgresSealerStorage.open({ connectionString: place.url, schema: place.schema });
  mkdirSync(dirname(place.file), { recursive: true });
  return SqliteSealerStorage.open(place.file);
}

/** The personal-data vault's tables at their place. */
export async function openVaultStorage(place: StoragePlace): Promise<VaultStorage> {
  if (place.dialect === 'postgres')
    return PostgresVaultStorage.open({ connectionString: place.url, schema: place.schema });
  mkdirSync(dirname(place.file), { recursive: true });
  return SqliteVaultStorage.open(place.file);
}
