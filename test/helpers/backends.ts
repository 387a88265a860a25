/**
 * The stores every behaviour suite runs on: SQLite always, PostgreSQL when DATABASE_URL
 * is set. A suite is written once, as `describe.each(BACKENDS)('%s', (store) => ...)`, so
 * its test names start with the store; .ci/run fails when no test ran on postgres.
 */
export type Backend = 'sqlite' | 'postgres';

export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
