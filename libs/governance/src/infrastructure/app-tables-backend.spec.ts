import { loadConfig } from '../config';
import { appTablesBackend } from './sql';

describe('where the application tables and read models live', () => {
  it('uses the SQLite file for STORE=sqlite and DATABASE_URL for STORE=postgres', () => {
    const sqlite = loadConfig({ DATA_DIR: '/tmp/ledger-x' });
    expect(appTablesBackend(sqlite)).toEqual({ dialect: 'sqlite', file: '/tmp/ledger-x/ledger.sqlite' });
    expect(appTablesBackend(loadConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://a/b' }))).toEqual({ dialect: 'postgres', url: 'postgres://a/b' });
  });

  it('with STORE=eventstoredb uses READ_MODEL_URL, or the SQLite file in DATA_DIR when it is unset', () => {
    const esdb = { STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://localhost:2113?tls=false', DATA_DIR: '/tmp/ledger-y' };
    expect(appTablesBackend(loadConfig({ ...esdb, READ_MODEL_URL: 'postgres://rm/ledger' }))).toEqual({ dialect: 'postgres', url: 'postgres://rm/ledger' });
    expect(appTablesBackend(loadConfig(esdb))).toEqual({ dialect: 'sqlite', file: '/tmp/ledger-y/ledger.sqlite' });
    // DATABASE_URL is for STORE=postgres only: it does not stand in for READ_MODEL_URL.
    expect(appTablesBackend(loadConfig({ ...esdb, DATABASE_URL: 'postgres://log/db' }))).toEqual({ dialect: 'sqlite', file: '/tmp/ledger-y/ledger.sqlite' });
  });
});
