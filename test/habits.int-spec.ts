/**
 * The habits `npm test` enforces, checked against the real ESLint configuration: a rule's
 * findings cannot be dropped. ESLint loads its ES-module configuration, which Jest's CommonJS
 * runtime cannot, so the snippets are linted by one child Node process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
// A path inside libs/ so the production-code rules apply to the snippets; nothing is written there.
const FILE = join(ROOT, 'libs/domain/src/core/lint-probe.ts');
const HEADER =
  "import { checkRule, flagLate, requireRule, type Rule, type RuleFinding } from './rules';\ndeclare const RULE: Rule;\ndeclare const ok: boolean;\n";
const LINT = `
const { ESLint } = require('eslint');
const { root, file, texts } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: root });
  const out = [];
  for (const t of texts) {
    const [r] = await eslint.lintText(t, { filePath: file });
    out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

const refused: Array<[string, string]> = [
  ['a bare call', "checkRule(RULE, ok, 'm');"],
  ['a bare flagLate', "flagLate(RULE, ok, 'm');"],
  ['a call behind &&', "ok && checkRule(RULE, ok, 'm');"],
  ['a call in a conditional', "ok ? checkRule(RULE, ok, 'm') : [];"],
  ['a call thrown away with void', "void checkRule(RULE, ok, 'm');"],
];
const accepted: Array<[string, string]> = [
  [
    'spread into the findings',
    "export const findings: RuleFinding[] = [...checkRule(RULE, ok, 'm'), ...flagLate(RULE, ok, 'm')];",
  ],
  ['returned', "export function f(): RuleFinding[] { return ok ? checkRule(RULE, ok, 'm') : []; }"],
  [
    'a blocking rule required as a statement',
    "declare const B: Parameters<typeof requireRule>[0];\nrequireRule(B, ok, 'm');",
  ],
];

describe('a rule finding cannot be dropped', () => {
  let messages: string[][];
  beforeAll(() => {
    const texts = [...refused, ...accepted].map(([, body]) => HEADER + body);
    messages = JSON.parse(
      execFileSync(process.execPath, ['-e', LINT], {
        cwd: ROOT,
        input: JSON.stringify({ root: ROOT, file: FILE, texts }),
      }).toString(),
    ) as string[][];
  });

  it.each(refused.map(([name], i) => [name, i] as const))('ESLint refuses %s', (_name, i) => {
    expect(messages[i]).toEqual([expect.stringContaining('must be recorded on the event')]);
  });

  it.each(accepted.map(([name], i) => [name, refused.length + i] as const))('ESLint accepts %s', (_name, i) => {
    expect(messages[i]).toEqual([]);
  });
});
