/** Layer rules from DESIGN.md, checked in `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain is pure TypeScript: no Nest, no database driver, no file system.',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: { path: ['@nestjs', 'node_modules/(pg|better-sqlite3|@eventstore|mysql2?|redis|ioredis)/', '^(node:)?fs$', '^(fs|fs/promises|node:fs|node:fs/promises)$'] },
    },
    {
      name: 'domain-no-core-io',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|child_process|dgram|tls|worker_threads)$' },
    },
    {
      name: 'verifier-has-no-nest',
      comment: 'The offline verifier must run with nothing but Node.',
      severity: 'error',
      from: { path: '^libs/audit/src/verify' },
      to: { path: '@nestjs|^libs/(governance|projections|event-store)|^apps' },
    },
    {
      name: 'apps-use-the-port',
      comment: 'Apps talk to stores only through the port: no driver imports in apps.',
      severity: 'error',
      from: { path: '^apps' },
      to: { path: 'node_modules/(pg|better-sqlite3|@eventstore)/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs' },
      to: { path: '^apps' },
    },
    {
      name: 'read-side-stands-alone',
      comment: 'The read models depend on the domain and the store, never on the write side.',
      severity: 'error',
      from: { path: '^libs/projections' },
      to: { path: '^libs/governance' },
    },
    {
      name: 'cli-does-not-boot-the-api',
      comment: 'The command line has its own context (apps/cli/src/context); `ledger serve` runs the built API as a process.',
      severity: 'error',
      from: { path: '^apps/cli' },
      to: { path: '^apps/api' },
    },
    {
      name: 'domain-knows-no-store',
      comment: 'Deciders judge facts; how events are stored is not their concern.',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: { path: '^libs/event-store' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true, dependencyTypes: ['local', 'aliased', 'aliased-tsconfig'] } },
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
