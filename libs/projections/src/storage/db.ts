/**
 * The read models' storage abstraction. Two implementations: SQLite (better-sqlite3,
 * its own connections to the store's file or another file) and PostgreSQL (pg).
 *
 * Writes go through `commit(plan)`: a projection computes every row it wants to write
 * before the transaction starts (WritePlan), and the transaction then only checks the
 * checkpoints and executes the plan. On SQLite the transaction therefore runs
 * synchronously from BEGIN IMMEDIATE to COMMIT, never holding the write lock across an
 * await (which could deadlock with the event store's own writer in the same process).
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export type WriteOp =
  /** INSERT, or upsert when `conflict` names the key columns (the other columns are updated). */
  | { kind: 'insert'; table: string; columns: string[]; rows: SqlValue[][]; conflict?: string[] }
  /** DELETE FROM table WHERE col1 = ? AND col2 = ? ..., once per row of values. */
  | { kind: 'delete'; table: string; where: string[]; rows: SqlValue[][] };

export interface CheckpointWrite {
  projection: string;
  generation: number;
  /** Position the projection expects to find stored (null = nothing projected yet). */
  expected: string | null;
  position: string | null;
  seq: number;
  /** Also require that this generation is still the live one (a rebuild may have swapped it). */
  live?: boolean;
  error?: { message: string; eventId: string; position: string; at: string } | null;
}

/** The values a checkpoint write stores, in the order both adapters' UPDATE names them. */
export function checkpointValues(cp: CheckpointWrite, now: string): SqlValue[] {
  const e = cp.error;
  const error = [e?.message ?? null, e?.eventId ?? null, e?.position ?? null, e?.at ?? null];
  return [cp.projection, cp.generation, cp.position, cp.seq, ...error, now];
}

/** Thrown when a stored checkpoint is not what the writer expected: someone else projected. */
export class CheckpointMoved extends Error {
  constructor(
    readonly projection: string,
    readonly generation: number,
  ) {
    super(
      `Checkpoint of ${projection} (generation ${generation}) moved: another writer projected or a rebuild swapped it`,
    );
    this.name = 'CheckpointMoved';
  }
}

export interface ReadModelDb {
  readonly dialect: 'sqlite' | 'postgres';
  /** Physical, quoted name of a table. */
  table(name: string): string;
  /** Read-side query (never blocks the projection writer). `?` placeholders. */
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** DDL or maintenance outside a plan (several statements allowed). */
  exec(sql: string): Promise<void>;
  /** One write statement outside a plan, in its own transaction. */
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /**
   * One transaction: checks each checkpoint still holds `expected`, executes the ops,
   * stores the new checkpoints, and runs `extra` statements (e.g. a generation swap).
   * Throws CheckpointMoved (nothing written) when a checkpoint moved.
   */
  commit(plan: {
    ops: WriteOp[];
    checkpoints: CheckpointWrite[];
    extra?: Array<{ sql: string; params?: SqlValue[] }>;
  }): Promise<void>;
  close(): Promise<void>;
}

export const META_TABLES = { projections: 'rm_projections', checkpoints: 'rm_checkpoints' } as const;

/** Physical (unquoted) name of a projection table in a generation. */
export function generationTable(logical: string, generation: number): string {
  return `rm_${logical}_g${generation}`;
}
