import { loadConfig } from '../config';
import { placementOf } from './placement';

describe('placementOf: where the log, read models, app tables, sealer and vault live', () => {
  it('STORE=sqlite: everything in the one SQLite file, no leases; READ_MODEL_URL is reported unused', () => {
    const p = placementOf(loadConfig({ DATA_DIR: '/tmp/ledger-x', READ_MODEL_URL: 'postgres://rm/ledger' }));
    const file = { dialect: 'sqlite', file: '/tmp/ledger-x/ledger.sqlite' };
    expect(p.log).toEqual({ store: 'sqlite', file: '/tmp/ledger-x/ledger.sqlite' });
    expect([p.readModels, p.appTables, p.sealer, p.vault]).toEqual([file, file, file, file]);
    expect(p.leases).toBeNull();
    expect(p.ignored).toEqual(['READ_MODEL_URL']);
  });

  it('STORE=postgres: everything in DATABASE_URL under DATABASE_SCHEMA, leases there too', () => {
    const p = placementOf(loadConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://a/b', DATABASE_SCHEMA: 'kent' }));
    const pg = { dialect: 'postgres', url: 'postgres://a/b', schema: 'kent' };
    expect(p.log).toEqual({ store: 'postgres', url: 'postgres://a/b', schema: 'kent' });
    expect([p.readModels, p.appTables, p.sealer, p.vault]).toEqual([pg, pg, pg, pg]);
    expect(p.leases).toEqual({ url: 'postgres://a/b', schema: 'kent' });
    expect(p.ignored).toEqual([]);
  });

  it('STORE=eventstoredb: read models, app tables and sealer together in READ_MODEL_URL (leased), or the SQLite file; the vault on local disk', () => {
    const esdb = {
      STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://localhost:2113?tls=false',
      DATA_DIR: '/tmp/ledger-y',
    };
    const withUrl = placementOf(loadConfig({ ...esdb, READ_MODEL_URL: 'postgres://rm/ledger' }));
    const pg = { dialect: 'postgres', url: 'postgres://rm/ledger', schema: 'ledger' };
    expect(withUrl.log).toEqual({ store: 'eventstoredb', url: 'esdb://localhost:2113?tls=false' });
    expect([withUrl.readModels, withUrl.appTables, withUrl.sealer]).toEqual([pg, pg, pg]);
    expect(withUrl.leases).toEqual({ url: 'postgres://rm/ledger', schema: 'ledger' });
    expect(withUrl.vault).toEqual({ dialect: 'sqlite', file: '/tmp/ledger-y/vault.sqlite' });
    const bare = placementOf(loadConfig(esdb));
    const file = { dialect: 'sqlite', file: '/tmp/ledger-y/ledger.sqlite' };
    expect([bare.readModels, bare.appTables, bare.sealer]).toEqual([file, file, file]);
    expect(bare.leases).toBeNull();
    // DATABASE_URL is for STORE=postgres only: it does not stand in for READ_MODEL_URL.
    const stray = placementOf(loadConfig({ ...esdb, DATABASE_URL: 'postgres://log/db' }));
    expect(stray.readModels).toEqual(file);
    expect(stray.ignored).toEqual(['DATABASE_URL']);
  });

  it('keeps the sealer beside the read models and under the same lease, whatever the configuration', () => {
    const configs = [
      {},
      { READ_MODEL_URL: 'postgres://rm/ledger' },
      { STORE: 'postgres', DATABASE_URL: 'postgres://a/b', READ_MODEL_URL: 'postgres://rm/ledger' },
      { STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://x', READ_MODEL_URL: 'postgres://rm/ledger' },
      { STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://x' },
    ];
    for (const env of configs) {
      const p = placementOf(loadConfig({ DATA_DIR: '/tmp/ledger-z', ...env }));
      expect(p.sealer).toEqual(p.readModels);
      expect(p.leases).toEqual(
        p.readModels.dialect === 'postgres' ? { url: p.readModels.url, schema: p.readModels.schema } : null,
      );
    }
  });
});
