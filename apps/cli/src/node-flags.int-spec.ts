import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_NODE_FLAGS, relaunchWithNodeFlags } from './node-flags';

// A stand-in for the CLI's entry file: it records the node flags it was started with.
const PROBE = `require('node:fs').writeFileSync(__dirname + '/exec-argv.json', JSON.stringify(process.execArgv)); process.exit(7);`;

describe('ledger export runs under a small young generation', () => {
  let dir: string;
  let script: string;
  let out: string;
  const options = process.env.NODE_OPTIONS;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'node-flags-'));
    script = join(dir, 'probe.js');
    out = join(dir, 'exec-argv.json');
    writeFileSync(script, PROBE);
    delete process.env.NODE_OPTIONS;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = options;
  });

  it('given `export` from a node started without the flags, runs it again with them and returns its exit code', () => {
    expect(relaunchWithNodeFlags(['node', script, 'export', '--format', 'jsonl'])).toBe(7);
    const started = JSON.parse(readFileSync(out, 'utf8')) as string[];
    for (const flag of EXPORT_NODE_FLAGS) expect(started).toContain(flag);
  });

  it('given the flags already in NODE_OPTIONS, goes on in this process', () => {
    process.env.NODE_OPTIONS = EXPORT_NODE_FLAGS.join(' ');
    expect(relaunchWithNodeFlags(['node', script, 'export'])).toBeNull();
    expect(() => readFileSync(out)).toThrow();
  });

  it.each(['verify', 'serve', 'rebuild'])('given `%s`, goes on in this process', (command) => {
    expect(relaunchWithNodeFlags(['node', script, command])).toBeNull();
    expect(() => readFileSync(out)).toThrow();
  });
});
