/**
 * API keys on a real SQLite file: a key authenticates as the actor it was made for, only
 * its hash is stored, a revoked or wrong key is refused, and a second process opening the
 * same file sees the same keys.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { openSqlDb, type SqlDb } from '../infrastructure/sql';
import { ApiKeyStore } from './api-keys';

describe('API keys on a SQLite file', () => {
  let dir: string;
  let db: SqlDb;
  let keys: ApiKeyStore;
  const config = () => loadConfig({ STORE: 'sqlite', DATA_DIR: dir });
  const open = async () => {
    const d = await openSqlDb(config());
    const k = new ApiKeyStore(d);
    await k.init();
    return { d, k };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    ({ d: db, k: keys } = await open());
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('authenticates a key as the actor it was made for, with the body its role acts as', async () => {
    const { token, record } = await keys.create({ name: ' Kent OPCC ', role: 'pcc-office', forceArea: 'kent' });
    expect(record).toMatchObject({ name: 'Kent OPCC', role: 'pcc-office', forceArea: 'kent', revokedAt: null });
    expect(await keys.authenticate(token)).toEqual({
      id: record.id,
      name: 'Kent OPCC',
      role: 'pcc-office',
      forceArea: 'kent',
      body: record.body,
    });
  });

  it('stores only a hash of the secret: neither the listing nor the file holds it', async () => {
    const { token } = await keys.create({ name: 'Auditor', role: 'auditor', forceArea: '*' });
    const secret = token.split('_').slice(2).join('_');
    expect(JSON.stringify(await keys.list())).not.toContain(secret);
    await db.close();
    const bytes = ['', '-wal'].map((suffix) => {
      try {
        return readFileSync(config().sqliteFile + suffix).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(bytes.join('')).toContain('Auditor');
    expect(bytes.join('')).not.toContain(secret);
    ({ d: db, k: keys } = await open());
  });

  it('refuses a wrong secret, a malformed token and an unknown id', async () => {
    const { token, record } = await keys.create({ name: 'Panel', role: 'panel-secretariat', forceArea: 'kent' });
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await keys.authenticate(wrong)).toBeNull();
    expect(await keys.authenticate('Bearer nonsense')).toBeNull();
    expect(await keys.authenticate(token.replace(record.id, '01890000-0000-7000-8000-000000000000'))).toBeNull();
    // The right key still works after the wrong ones (nothing cached the refusals as the actor).
    expect(await keys.authenticate(token)).toMatchObject({ id: record.id });
  });

  it('refuses a revoked key at once in the process that revoked it', async () => {
    const { token, record } = await keys.create({ name: 'CSP', role: 'csp-officer', forceArea: 'kent' });
    expect(await keys.authenticate(token)).not.toBeNull();
    expect(await keys.revoke(record.id)).toBe(true);
    expect(await keys.authenticate(token)).toBeNull();
    expect(await keys.revoke(record.id)).toBe(false);
    expect((await keys.list()).find((k) => k.id === record.id)?.revokedAt).toEqual(expect.any(String));
  });

  it('keeps keys in the file: another process opening it authenticates the same token', async () => {
    const { token, record } = await keys.create({ name: 'Scrutiny', role: 'scrutiny-officer', forceArea: 'essex' });
    const other = await open();
    try {
      expect(await other.k.authenticate(token)).toMatchObject({
        id: record.id,
        role: 'scrutiny-officer',
        forceArea: 'essex',
      });
    } finally {
      await other.d.close();
    }
  });

  it('refuses an unknown role, a force area that is not a slug, and an empty name', async () => {
    await expect(keys.create({ name: 'X', role: 'superuser' as never, forceArea: 'kent' })).rejects.toThrow(
      /Unknown role/,
    );
    await expect(keys.create({ name: 'X', role: 'auditor', forceArea: 'Kent Police' })).rejects.toThrow(/force area/);
    await expect(keys.create({ name: '  ', role: 'auditor', forceArea: 'kent' })).rejects.toThrow(/name/);
    expect(await keys.list()).toEqual([]);
  });
});
