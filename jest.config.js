// Three projects: unit (pure, *.spec.ts), int (real SQLite / PostgreSQL, *.int-spec.ts)
// and e2e (supertest against the app as main.ts builds it, test/*.e2e-spec.ts).
// Type checking is done once by `tsc --noEmit` in `npm test`, so SWC only transpiles.
const moduleNameMapper = {
  '^@ledger/(domain|event-store|governance|projections|audit)$': '<rootDir>/libs/$1/src',
  '^@ledger/(domain|event-store|governance|projections|audit)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
// Production loads the ESM-only NestJS 12 through Node's require(esm); Jest's CommonJS
// runtime cannot, so SWC (a maintained compiler, not our regexes) turns those packages
// into CommonJS, import.meta included. Our own TypeScript goes through SWC too, with the
// legacy decorators and metadata that tsc emits for the build.
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const transform = { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') };
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|nestjs-pino|uuid|@apidevtools)/)'];
// bench/peers holds the benchmark's peer (Emmett) with its own node_modules: never part of the tests.
const base = { rootDir: __dirname, moduleFileExtensions: ['ts', 'js', 'mjs', 'json'], testEnvironment: 'node', transform, transformIgnorePatterns, moduleNameMapper, modulePathIgnorePatterns: ['<rootDir>/bench/peers/'] };
// Suites that need PostgreSQL alone are named *.pg.int-spec.ts / *.pg.e2e-spec.ts; suites over
// both stores (test/helpers/backends.ts) run on it only when DATABASE_URL is set. Without
// DATABASE_URL they are left out with one clear line; .ci/run fails if they did not run.
const pgIgnore = process.env.DATABASE_URL ? [] : ['\\.pg\\.(int|e2e)-spec\\.ts$'];
if (!process.env.DATABASE_URL && !process.env.JEST_WORKER_ID && !globalThis.__pgNoticePrinted) {
  globalThis.__pgNoticePrinted = true;
  console.warn('PostgreSQL suites skipped: DATABASE_URL is not set. Run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to include them.');
}
// Suites that need a real EventStoreDB server are named *.esdb.int-spec.ts: the same, keyed on
// EVENTSTORE_URL. The contract also runs, always, against EsdbTestServer (eventstoredb.contract.int-spec.ts).
const esdbIgnore = process.env.EVENTSTORE_URL ? [] : ['\\.esdb\\.int-spec\\.ts$'];
if (!process.env.EVENTSTORE_URL && !process.env.JEST_WORKER_ID && !globalThis.__esdbNoticePrinted) {
  globalThis.__esdbNoticePrinted = true;
  console.warn('EventStoreDB suites against a real server did not run (the contract ran against EsdbTestServer): EVENTSTORE_URL is not set. Run with EVENTSTORE_URL="esdb://localhost:2113?tls=false" after `docker compose up eventstoredb` to include them.');
}
module.exports = {
  // testTimeout inside a project entry is ignored; it must be set here.
  testTimeout: 120000,
  // The API, the viewer and the CLI serve or copy the single-file verifier: build it first.
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'], testPathIgnorePatterns: ['\\.int-spec\\.ts$', '/node_modules/'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'], testPathIgnorePatterns: ['/node_modules/', ...pgIgnore, ...esdbIgnore], testTimeout: 120000 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testPathIgnorePatterns: ['/node_modules/', ...pgIgnore], testTimeout: 120000 },
  ],
};
