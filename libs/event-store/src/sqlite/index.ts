export * from './sqlite-event-store';
export { SQLITE_MIGRATIONS } from './migrations';
