/** Layer rules from DESIGN.md, checked in `npm test`. */
/**
 * A layer rule: modules whose path matches `from` may not depend on what `to` matches (a path
 * pattern, or the full dependency-cruiser condition).
 */
const forbid = (name, from, to, comment) => ({
  name,
  ...(comment && { comment }),
  severity: 'error',
  from: { path: from },
  to: typeof to === 'object' && !Array.isArray(to) ? to : { path: to },
});

module.exports = {
  forbidden: [
    forbid(
      'domain-is-pure',
      '^libs/domain',
      [
        '@nestjs',
        'node_modules/(pg|better-sqlite3|@eventstore|mysql2?|redis|ioredis)/',
        '^(node:)?fs$',
        '^(fs|fs/promises|node:fs|node:fs/promises)$',
      ],
      'libs/domain is pure TypeScript: no Nest, no database driver, no file system.',
    ),
    forbid('domain-no-core-io', '^libs/domain', {
      dependencyTypes: ['core'],
      path: '^(node:)?(fs|fs/promises|net|http|https|child_process|dgram|tls|worker_threads)$',
    }),
    forbid(
      'verifier-has-no-nest',
      '^libs/audit/src/verify',
      '@nestjs|^libs/(governance|projections|event-store)|^apps',
      'The offline verifier must run with nothing but Node.',
    ),
    forbid(
      'apps-use-the-port',
      '^apps',
      'node_modules/(pg|better-sqlite3|@eventstore)/',
      'Apps talk to stores only through the port: no driver imports in apps.',
    ),
    forbid('libs-do-not-import-apps', '^libs', '^apps'),
    forbid(
      'read-side-stands-alone',
      '^libs/projections',
      '^libs/governance',
      'The read models depend on the domain and the store, never on the write side.',
    ),
    forbid(
      'cli-does-not-boot-the-api',
      '^apps/cli',
      '^apps/api',
      'The command line has its own context (apps/cli/src/context); `ledger serve` runs the built API as a process.',
    ),
    forbid(
      'domain-knows-no-store',
      '^libs/domain',
      '^libs/event-store',
      'Deciders judge facts; how events are stored is not their concern.',
    ),
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypes: ['local', 'aliased', 'aliased-tsconfig'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // bench/peers is the benchmark's peer (Emmett), with its own package.json: not the product.
    exclude: { path: ['\\.(int-|e2e-)?spec\\.ts$', '^bench/peers/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
