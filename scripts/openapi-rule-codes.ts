/**
 * Which statutory rule codes each command can answer with, read from the domain's source:
 * every rule (a `defineRule({ code })` constant) reachable from the command's branch of its
 * decider's `decide`, through the helpers it calls, in any file of libs/domain.
 *
 *   npx tsx scripts/openapi-rule-codes.ts          writes apps/api/src/openapi/rule-codes.generated.json
 *   npx tsx scripts/openapi-rule-codes.ts --check  fails if that file is out of date
 *
 * Reading the source rather than running the deciders means a rule reached only on a rare
 * path is listed too; the OpenAPI test compares the checked-in file with a fresh analysis.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const DOMAIN = join(ROOT, 'libs/domain/src');
export const GENERATED = join(ROOT, 'apps/api/src/openapi/rule-codes.generated.json');

/** Commands decided outside a decider's `decide`, by the function that decides them. */
const STANDALONE: Record<string, { file: string; fn: string }> = {
  CorrectRecord: { file: join(DOMAIN, 'core/correction.ts'), fn: 'decideCorrection' },
};

function program(): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const roots = ts.sys.readDirectory(DOMAIN, ['.ts']).filter((f) => !/\.spec\.ts$/.test(f));
  return ts.createProgram(roots, parsed.options);
}

const inDomain = (d: ts.Declaration): boolean =>
  d.getSourceFile().fileName.startsWith(DOMAIN) && !d.getSourceFile().fileName.endsWith('.spec.ts');

function ruleCodeOf(d: ts.Declaration): string | null {
  if (!ts.isVariableDeclaration(d) || !d.initializer || !ts.isCallExpression(d.initializer)) return null;
  if (d.initializer.expression.getText() !== 'defineRule') return null;
  const arg = d.initializer.arguments[0];
  if (!arg || !ts.isObjectLiteralExpression(arg)) return null;
  const code = arg.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'code',
  );
  return code && ts.isStringLiteral(code.initializer) ? code.initializer.text : null;
}

/** The part of a declaration whose references count: a function's body, a constant's value. */
function bodyOf(d: ts.Declaration): ts.Node | null {
  if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) return d.body ?? null;
  if (ts.isVariableDeclaration(d) && d.initializer) return d.initializer;
  return null;
}

class Reach {
  private readonly memo = new Map<ts.Node, Set<string>>();
  constructor(
    private readonly checker: ts.TypeChecker,
    /** Declarations never followed: the decider objects themselves (they reach every command). */
    private readonly stop: Set<ts.Node>,
  ) {}

  codes(node: ts.Node): Set<string> {
    const out = new Set<string>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) this.follow(n, out);
      ts.forEachChild(n, visit);
    };
    visit(node);
    return out;
  }

  /** The handler table a call such as `decideWrittenStep(command, state, ctx)` runs, if it is one. */
  tableCalledBy(expr: ts.Expression): ts.CallExpression | null {
    if (!ts.isCallExpression(expr) || !ts.isIdentifier(expr.expression)) return null;
    let symbol = this.checker.getSymbolAtLocation(expr.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    for (const d of symbol?.declarations ?? []) {
      const init = ts.isVariableDeclaration(d) ? d.initializer : undefined;
      if (init && ts.isCallExpression(init) && TABLE_FACTORIES.has(init.expression.getText())) return init;
    }
    return null;
  }

  /** A handler of a table: an inline function, a method, or (shorthand) a function named elsewhere. */
  handler(prop: ts.ObjectLiteralElementLike): Set<string> {
    if (!ts.isShorthandPropertyAssignment(prop)) return this.codes(prop);
    const out = new Set<string>();
    this.followSymbol(this.checker.getShorthandAssignmentValueSymbol(prop), out);
    return out;
  }

  private follow(id: ts.Identifier, out: Set<string>): void {
    this.followSymbol(this.checker.getSymbolAtLocation(id), out);
  }

  private followSymbol(found: ts.Symbol | undefined, out: Set<string>): void {
    let symbol = found;
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    for (const d of symbol?.declarations ?? []) {
      if (!inDomain(d) || this.stop.has(d)) continue;
      const code = ruleCodeOf(d);
      if (code) {
        out.add(code);
        continue;
      }
      const body = bodyOf(d);
      if (!body) continue;
      if (!this.memo.has(body)) {
        this.memo.set(body, new Set()); // guards recursion
        this.memo.set(body, this.codes(body));
      }
      for (const c of this.memo.get(body)!) out.add(c);
    }
  }
}

/** How a decider decides: a `decide(command, state, ctx)` method, or a `decideByAct`/`decideOnCase` table of handlers. */
type Decide = { object: ts.Node; decide: ts.MethodDeclaration } | { object: ts.Node; table: ts.CallExpression };

const TABLE_FACTORIES = new Set(['decideByAct', 'decideOnCase']);

/** Every `decide` of a decider object in a `*.decider.ts` file, with the declaration that holds it. */
function deciders(sources: readonly ts.SourceFile[]): Decide[] {
  const found: Decide[] = [];
  const holder = (n: ts.Node): ts.Node => {
    let at: ts.Node = n;
    while (at.parent && !ts.isVariableDeclaration(at)) at = at.parent;
    return at;
  };
  for (const sf of sources) {
    if (!sf.fileName.endsWith('.decider.ts')) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isMethodDeclaration(n) && n.name.getText() === 'decide' && ts.isObjectLiteralExpression(n.parent)) {
        found.push({ object: holder(n), decide: n });
        return;
      }
      if (ts.isPropertyAssignment(n) && n.name.getText() === 'decide' && ts.isCallExpression(n.initializer)) {
        const callee = n.initializer.expression.getText();
        if (TABLE_FACTORIES.has(callee)) {
          found.push({ object: holder(n), table: n.initializer });
          return;
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

/** Codes per command of a `decide` method: its `switch (command.type)` and early `if (command.type === 'X')` branches. */
function methodCodes(reach: Reach, decide: ts.MethodDeclaration, result: Record<string, Set<string>>): void {
  const cases: Array<{ command: string; clause: ts.CaseClause }> = [];
  const early: Array<{ command: string; before: Set<string>; branch: ts.Statement }> = [];
  const common = new Set<string>();
  let delegated = false;
  for (const stmt of decide.body?.statements ?? []) {
    // `if (command.type === 'X') { ... return }` decides X on what came before it and its own branch.
    const only = ts.isIfStatement(stmt) ? /^command\.type === '(\w+)'$/.exec(stmt.expression.getText()) : null;
    if (only && ts.isIfStatement(stmt)) {
      early.push({ command: only[1], before: new Set(common), branch: stmt.thenStatement });
      continue;
    }
    // `return table(command, …)`: the rest is decided by a handler table, after what came before.
    const table = ts.isReturnStatement(stmt) && stmt.expression ? reach.tableCalledBy(stmt.expression) : null;
    if (table) {
      tableCodes(reach, table, result, common);
      delegated = true;
      break;
    }
    if (ts.isSwitchStatement(stmt) && stmt.expression.getText() === 'command.type') {
      for (const clause of stmt.caseBlock.clauses) {
        if (ts.isCaseClause(clause) && ts.isStringLiteral(clause.expression))
          cases.push({ command: clause.expression.text, clause });
      }
      continue;
    }
    for (const c of reach.codes(stmt)) common.add(c);
  }
  if (cases.length === 0 && !delegated)
    throw new Error(`${decide.getSourceFile().fileName}: decide has no switch on command.type`);
  for (const e of early) result[e.command] = new Set([...e.before, ...reach.codes(e.branch)]);
  // A case that falls through to the next shares that case's statements.
  for (let i = 0; i < cases.length; i++) {
    let j = i;
    while (cases[j].clause.statements.length === 0 && j + 1 < cases.length) j++;
    result[cases[i].command] = new Set([...common, ...reach.codes(cases[j].clause)]);
  }
}

/**
 * Codes per command of a handler table: each handler's own, plus, for `decideOnCase`, what the
 * factory itself checks before any handler but the opening act's (the case must exist).
 */
function tableCodes(
  reach: Reach,
  table: ts.CallExpression,
  result: Record<string, Set<string>>,
  before: ReadonlySet<string> = new Set(),
): void {
  const args = table.arguments;
  const onCase = table.expression.getText() === 'decideOnCase';
  const handlers = args[onCase ? 3 : 0];
  if (!handlers || !ts.isObjectLiteralExpression(handlers))
    throw new Error(`${table.getSourceFile().fileName}: ${table.expression.getText()} needs an object of handlers`);
  const common = new Set([...before, ...(onCase ? reach.codes(table.expression) : [])]);
  if (onCase) {
    if (!ts.isStringLiteral(args[0])) throw new Error(`${table.getSourceFile().fileName}: opening act is not a string`);
    result[args[0].text] = new Set([...before, ...reach.codes(args[1])]);
  }
  for (const prop of handlers.properties) {
    const name = prop.name?.getText().replace(/^['"]|['"]$/g, '');
    if (!name) continue;
    result[name] = new Set([...common, ...reach.handler(prop)]);
  }
}

/** Rule codes per command type, sorted, from the source as it is now. */
export function analyseRuleCodes(): Record<string, string[]> {
  const prog = program();
  // The checker binds every file, which also links each node to its parent (getText needs it).
  const checker = prog.getTypeChecker();
  const sources = prog.getSourceFiles().filter((sf) => sf.fileName.startsWith(DOMAIN));
  const found = deciders(sources);
  const reach = new Reach(checker, new Set(found.map((f) => f.object)));
  const result: Record<string, Set<string>> = {};
  for (const d of found) {
    if ('decide' in d) methodCodes(reach, d.decide, result);
    else tableCodes(reach, d.table, result);
  }
  for (const [command, { file, fn }] of Object.entries(STANDALONE)) {
    const sf = prog.getSourceFile(file);
    const decl = sf?.statements.find(
      (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === fn,
    );
    if (!decl?.body) throw new Error(`${file}: no function ${fn}`);
    result[command] = reach.codes(decl.body);
  }
  return Object.fromEntries(
    Object.keys(result)
      .sort()
      .map((c) => [c, [...result[c]].sort()]),
  );
}

/**
 * The generated table is data (JSON), not code: one array of codes per command type, laid out
 * by the repository's Prettier settings so that formatting the tree leaves it as generated.
 */
export async function renderTable(codes: Record<string, string[]>): Promise<string> {
  const prettier = await import('prettier');
  return prettier.format(JSON.stringify(codes), { ...(await prettier.resolveConfig(GENERATED)), filepath: GENERATED });
}

async function main(): Promise<void> {
  const text = await renderTable(analyseRuleCodes());
  if (process.argv.includes('--check')) {
    if (readFileSync(GENERATED, 'utf8') !== text) {
      console.error(`${GENERATED} is out of date: run npx tsx scripts/openapi-rule-codes.ts`);
      process.exit(1);
    }
    process.stdout.write('rule codes up to date\n');
  } else {
    writeFileSync(GENERATED, text);
    process.stdout.write(`wrote ${GENERATED}\n`);
  }
}

if (require.main === module) void main();
