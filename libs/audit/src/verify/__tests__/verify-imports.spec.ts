/**
 * The verifier must run with nothing but Node: walk its import graph and fail if
 * anything outside libs/audit/src/verify (other than node: built-ins and
 * `canonicalize`) is reachable.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const VERIFY_DIR = resolve(__dirname, '..');
const ALLOWED_PACKAGES = new Set(['canonicalize']);
const BUILTINS = new Set(builtinModules);

function specifiers(source: string): string[] {
  const out: string[] = [];
  const re =
    /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function resolveLocal(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const c of [base + '.ts', join(base, 'index.ts'), base]) if (existsSync(c) && c.endsWith('.ts')) return c;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

function walk(entry: string): { files: Set<string>; violations: string[] } {
  const files = new Set<string>();
  const violations: string[] = [];
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    if (!f.startsWith(VERIFY_DIR + '/')) violations.push(`${relative(VERIFY_DIR, f)} is outside libs/audit/src/verify`);
    for (const spec of specifiers(readFileSync(f, 'utf8'))) {
      if (spec.startsWith('.')) stack.push(resolveLocal(f, spec));
      else if (spec.startsWith('node:') || BUILTINS.has(spec)) continue;
      else if (!ALLOWED_PACKAGES.has(spec)) violations.push(`${relative(VERIFY_DIR, f)} imports ${spec}`);
    }
  }
  return { files, violations };
}

describe('verifier import graph', () => {
  it('reaches only libs/audit/src/verify, node built-ins and canonicalize', () => {
    const entries = readdirSync(VERIFY_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .map((f) => join(VERIFY_DIR, f));
    const all = new Set<string>();
    const violations: string[] = [];
    for (const e of entries) {
      const r = walk(e);
      r.files.forEach((f) => all.add(f));
      violations.push(...r.violations);
    }
    expect(violations).toEqual([]);
    expect(all.size).toBeGreaterThanOrEqual(6);
  });

  it('the scan would catch a forbidden import', () => {
    expect(
      specifiers(
        "import { Injectable } from '@nestjs/common';\nimport type { X } from '../../sealer/sealer';\nconst y = require('pg');",
      ),
    ).toEqual(['@nestjs/common', '../../sealer/sealer', 'pg']);
  });
});
