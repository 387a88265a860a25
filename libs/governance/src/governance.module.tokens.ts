export const LEDGER_CONFIG = Symbol.for('governance-ledger.Config');
export const SQL_DB = Symbol.for('governance-ledger.SqlDb');
