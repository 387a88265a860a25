import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import './index';
import { allRules, CONFIDENCE_MARK } from './core/rules';

/** Every *.spec.ts under libs/domain (reading files is fine in a test; the domain itself never does). */
function specFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : specFiles(path);
    return name.endsWith('.spec.ts') ? [path] : [];
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True if the code is asserted: thenThrows('X'), thenFlags(..., 'X', ...), or expect(<...>.code).toX('X'). */
export function isAsserted(code: string, source: string): boolean {
  const c = escape(code);
  const q = `['"\`]${c}['"\`]`;
  return [
    new RegExp(`thenThrows\\(\\s*${q}`),
    new RegExp(`thenFlags\\([^)]*${q}`),
    new RegExp(`expect\\([^;\\n]*\\.code\\s*\\)\\s*\\.\\s*\\w+\\(\\s*${q}`),
  ].some((re) => re.test(source));
}

describe('Rule-code coverage', () => {
  const sources = specFiles(join(__dirname, '..'))
    .filter((f) => !f.endsWith('rules-coverage.spec.ts'))
    .map((f) => readFileSync(f, 'utf8'));
  const all = sources.join('\n');
  const rules = allRules();

  it('finds the rules and the spec files', () => {
    expect(rules.length).toBeGreaterThan(10);
    expect(sources.length).toBeGreaterThan(5);
  });

  it('asserts every rule code in some test (thenThrows / thenFlags / expect(...code))', () => {
    const untested = rules.map((r) => r.code).filter((code) => !isAsserted(code, all));
    expect(untested).toEqual([]);
  });

  it('gives every rule a citation, a valid confidence mark, a kind and a summary', () => {
    const bad = rules.filter(
      (r) =>
        !(r.citation.trim().length > 0) ||
        !(r.confidence in CONFIDENCE_MARK) ||
        !['blocking', 'deadline', 'breach'].includes(r.kind) ||
        !(r.summary.trim().length > 0),
    );
    expect(bad.map((r) => r.code)).toEqual([]);
  });

  it('recognises the three assertion shapes and nothing looser', () => {
    expect(isAsserted('X_RULE', "spec(d).given().when(c).thenThrows('X_RULE')")).toBe(true);
    expect(isAsserted('X_RULE', "...thenFlags('A_RULE', 'X_RULE')")).toBe(true);
    expect(isAsserted('X_RULE', "expect(err.code).toBe('X_RULE')")).toBe(true);
    expect(isAsserted('X_RULE', "expect(e.findings?.[0].code).toEqual('X_RULE')")).toBe(true);
    expect(isAsserted('X_RULE', "const code = 'X_RULE'; // mentioned only")).toBe(false);
    expect(isAsserted('X_RULE', "thenThrows('X_RULE_LONGER')")).toBe(false);
  });
});
