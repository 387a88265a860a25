/** PostgreSQL helpers for libs/audit suites (*.pg.int-spec.ts); reuses the event-store ones. */
export { pgUrl, freshSchema } from '../../../event-store/src/testing/pg';
