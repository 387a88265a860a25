import { loadConfig } from '@ledger/governance';
import { startupBanner } from './startup-banner';

describe('Start-up banner', () => {
  it('is a few readable lines ending with the address', () => {
    const config = loadConfig({
      DATA_DIR: '/srv/ledger',
      LEDGER_ORIGIN: 'ledger.kent.example/kent',
      LOAD_DEMO: 'false',
    });
    const lines = startupBanner(config, { host: '127.0.0.1', port: 3000 }).trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(lines[0]).toBe('Governance Ledger');
    expect(lines.join('\n')).toContain('log origin:  ledger.kent.example/kent');
    expect(lines.join('\n')).toContain('/srv/ledger/ledger-signing.key (back it up');
    expect(lines[lines.length - 1]).toBe(
      'Listening on http://127.0.0.1:3000  (viewer http://127.0.0.1:3000/, API docs http://127.0.0.1:3000/docs)',
    );
    for (const l of lines) expect(l).not.toMatch(/^\{/);
  });

  it('tells the operator of a setting the placement does not use', () => {
    const config = loadConfig({ DATA_DIR: '/srv/ledger', READ_MODEL_URL: 'postgres://rm/ledger', LOAD_DEMO: 'false' });
    expect(startupBanner(config, { host: '127.0.0.1', port: 3000 })).toContain('not used:    READ_MODEL_URL');
  });
});
