import { placementOf, type LedgerConfig } from '@ledger/governance';

/** What an operator needs to see at start-up, in a few lines, ending with the address. */
export function startupBanner(config: LedgerConfig, address: { host: string; port: number }): string {
  const base = `http://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
  const store =
    config.store === 'sqlite'
      ? `SQLite in ${config.sqliteFile}`
      : config.store === 'postgres'
        ? 'PostgreSQL'
        : 'EventStoreDB';
  const ignored = placementOf(config).ignored;
  return [
    'Governance Ledger',
    `  store:       ${store}`,
    ...(ignored.length ? [`  not used:    ${ignored.join(', ')} (see docs/scaling.md, "What runs where")`] : []),
    `  log origin:  ${config.origin} (signed into every checkpoint)`,
    `  signing key: ${config.signingKeyPath ?? `${config.dataDir}/ledger-signing.key`} (back it up: see docs/operating.md)`,
    `  demo data:   ${config.loadDemo ? 'loaded when the store is empty' : 'not loaded'}`,
    `Listening on ${base}  (viewer ${base}/, API docs ${base}/docs)`,
    '',
  ].join('\n');
}
