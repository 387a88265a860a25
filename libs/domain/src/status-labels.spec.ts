/**
 * Every case status a person reads (viewer, CSV, PDF, command line) comes from a written
 * label. The projections show the state's `status` as the case status, so every status
 * a decider's state can hold needs a label: those its evolve writes (read from its source,
 * so a status added later without a label fails here) and those the demo reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldStream } from './core/fold';
import { kentDemoScript, runScriptInMemory, syntheticDemoScript } from './demo';
import { caseStatusLabel, hasStatusLabel } from './labels';
import { DECIDERS } from './registry';

const RAW = /[a-z][A-Z]|_/;

/** Status literals a decider file assigns or declares: `status: 'x'` and the unions of its state type. */
function statusesInSource(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(/status: ((?:'[a-z_]+'\s*\|?\s*)+)/g))
    for (const s of m[1].matchAll(/'([a-z_]+)'/g)) out.add(s[1]);
  // A named union (e.g. `status: ComplaintStatus`) is declared in the same file.
  for (const m of source.matchAll(/status: ([A-Z][A-Za-z]+Status)\b/g)) {
    const decl = new RegExp(`type ${m[1]} =([^;]+);`).exec(source);
    for (const s of decl?.[1].matchAll(/'([a-z_]+)'/g) ?? []) out.add(s[1]);
  }
  return [...out];
}

describe('Case statuses in written words', () => {
  it('every status each decider can set has a written label', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const dir of readdirSync(__dirname, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const file = readdirSync(join(__dirname, dir.name)).find((f) => f.endsWith('.decider.ts'));
      if (!file) continue;
      // A process's state and evolve may sit beside its decider (e.g. `.state.ts`, `.evolve.ts`).
      const sources = readdirSync(join(__dirname, dir.name)).filter(
        (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'),
      );
      const source = sources.map((f) => readFileSync(join(__dirname, dir.name, f), 'utf8')).join('\n');
      const aggregateType = /aggregateType: '([A-Za-z]+)'/.exec(source)?.[1];
      expect({ file, aggregateType }).toEqual({ file, aggregateType: expect.any(String) });
      const statuses = statusesInSource(source);
      expect({ file, some: statuses.length > 1 }).toEqual({ file, some: true });
      for (const s of statuses) {
        seen++;
        if (!hasStatusLabel(aggregateType!, s)) missing.push(`${aggregateType}.${s}`);
        expect(caseStatusLabel(aggregateType, s)).not.toMatch(RAW);
      }
    }
    expect(missing).toEqual([]);
    expect(seen).toBeGreaterThan(DECIDERS.length * 2);
  });

  it('every status the demo cases reach reads as words, from a written label', () => {
    const { streams } = runScriptInMemory([...kentDemoScript(), ...syntheticDemoScript()]);
    const reached = new Set<string>();
    for (const [stream, events] of streams) {
      const entry = DECIDERS.find((d) => stream.startsWith(`${d.decider.streamPrefix}:`))!;
      const state = foldStream(entry.decider, events) as { status?: string };
      if (typeof state.status !== 'string') continue;
      reached.add(`${entry.decider.aggregateType}.${state.status}`);
    }
    expect(reached.size).toBeGreaterThan(10);
    expect([...reached].filter((k) => !hasStatusLabel(k.split('.')[0], k.split('.')[1]))).toEqual([]);
  });

  it('falls back to the shared words, and never prints a code', () => {
    expect(caseStatusLabel('PreceptCycle', 'second_reported')).toBe('Panel has reported on the revised precept');
    expect(caseStatusLabel('SomethingNew', 'open')).toBe('Open');
    expect(caseStatusLabel(null, null)).toBe('Not known');
    expect(caseStatusLabel('PreceptCycle', 'awaiting_something')).toBe('Awaiting something');
  });
});
