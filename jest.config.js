// Three projects: unit (pure, *.spec.ts), int (real SQLite / PostgreSQL, *.int-spec.ts)
// and e2e (supertest against the app as main.ts builds it, test/*.e2e-spec.ts).
// Type checking is done once by `tsc --noEmit` in `npm test`, so ts-jest only transpiles.
const moduleNameMapper = {
  '^@ledger/(domain|event-store|governance|projections|audit)$': '<rootDir>/libs/$1/src',
  '^@ledger/(domain|event-store|governance|projections|audit)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] };
const base = { rootDir: __dirname, moduleFileExtensions: ['ts', 'js', 'json'], testEnvironment: 'node', transform, moduleNameMapper };
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'], testPathIgnorePatterns: ['\\.int-spec\\.ts$', '/node_modules/'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'], testTimeout: 120000 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], testTimeout: 120000 },
  ],
};
