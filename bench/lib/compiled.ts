/**
 * The export and verify workloads measured as the product runs them: the libraries from the nest
 * build (dist/libs, what `ledger export` and `ledger verify` load) and bench/scale.bench.ts
 * transpiled beside them, under plain node. Under tsx each child also holds the loader and the
 * transpiled sources (about 70 MB before any work), which the shipped CLI never does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './child';

// The bench script and the modules it imports statically; the libraries come from dist.
const BENCH_FILES = ['bench/scale.bench.ts', 'bench/lib/child.ts', 'bench/lib/format.ts', 'bench/lib/timed-verify.ts'];

/** Builds dist (nest build cli, as `npm run build` does) and returns the compiled scale.bench.js. */
export function buildCompiledScaleBench(): string {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', '.bin', 'nest'), 'build', 'cli'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const file of BENCH_FILES) {
    const js = ts.transpileModule(readFileSync(join(ROOT, file), 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const out = join(ROOT, 'dist', file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  return join(ROOT, 'dist', 'bench', 'scale.bench.js');
}
