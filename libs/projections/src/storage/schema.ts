import type { ReadModelDb } from './db';
import { generationTable } from './db';

export type ColumnType = 'text' | 'int';

/** A read-model table, created once per generation (so a rebuild can fill a shadow copy). */
export interface TableSpec {
  /** Logical name, e.g. "cases"; physical name rm_cases_g<generation>. */
  name: string;
  columns: Array<[name: string, type: ColumnType]>;
  primaryKey: string[];
  /** Secondary indexes. A rebuild creates them after the bulk load, which is much faster. */
  indexes: string[][];
}

function colType(db: ReadModelDb, t: ColumnType, isSoleIntPk: boolean): string {
  if (db.dialect === 'sqlite') return t === 'int' ? (isSoleIntPk ? 'INTEGER PRIMARY KEY' : 'INTEGER') : 'TEXT';
  return t === 'int' ? 'BIGINT' : 'TEXT';
}

export function createTableSql(db: ReadModelDb, spec: TableSpec, generation: number): string {
  const soleIntPk = spec.primaryKey.length === 1 && spec.columns.find(([c]) => c === spec.primaryKey[0])?.[1] === 'int';
  const cols = spec.columns.map(([c, t]) => {
    const isPk = soleIntPk && c === spec.primaryKey[0];
    const ty = colType(db, t, isPk && db.dialect === 'sqlite');
    return `${c} ${ty}${isPk && db.dialect === 'postgres' ? ' PRIMARY KEY' : ''}`;
  });
  if (!soleIntPk) cols.push(`PRIMARY KEY (${spec.primaryKey.join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${db.table(generationTable(spec.name, generation))} (${cols.join(', ')})`;
}

export function createIndexSql(db: ReadModelDb, spec: TableSpec, generation: number): string[] {
  const physical = generationTable(spec.name, generation);
  return spec.indexes.map((cols, i) => {
    const ix = `${physical}_ix${i}`;
    const name = db.dialect === 'postgres' ? `"${ix}"` : `"${ix}"`;
    return `CREATE INDEX IF NOT EXISTS ${name} ON ${db.table(physical)} (${cols.join(', ')})`;
  });
}

export function dropTableSql(db: ReadModelDb, spec: TableSpec, generation: number): string {
  return `DROP TABLE IF EXISTS ${db.table(generationTable(spec.name, generation))}`;
}
