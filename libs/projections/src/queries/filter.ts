import type { Visibility } from '../classification';
import type { SqlValue } from '../storage/db';

/** A period asked for and the view's dates, each absent when not asked. */
interface PeriodInView {
  from?: SqlValue;
  to?: SqlValue;
  asAt?: SqlValue;
  recordedOn?: SqlValue;
}

/**
 * One way to build a WHERE clause for the read models: each condition is added with its
 * parameters beside it, so clause and parameters cannot drift apart, and an absent filter
 * (undefined, null or '') adds nothing. Keyset cursors for paging use `after`.
 */
export class Filter {
  private readonly clauses: string[] = [];
  private readonly values: SqlValue[] = [];

  /** `column = value`, when the value is given. */
  eq(column: string, value: SqlValue | undefined): this {
    return given(value) ? this.where(`${column} = ?`, value) : this;
  }

  /** `column >= value`, when the value is given. */
  atLeast(column: string, value: SqlValue | undefined): this {
    return given(value) ? this.where(`${column} >= ?`, value) : this;
  }

  /** `column <= value`, when the value is given. */
  atMost(column: string, value: SqlValue | undefined): this {
    return given(value) ? this.where(`${column} <= ?`, value) : this;
  }

  /** `column` from `from` to `to`, both days included, each bound when given. */
  within(column: string, from: SqlValue | undefined, to: SqlValue | undefined): this {
    return this.atLeast(column, from).atMost(column, to);
  }

  /**
   * Rows dated (`dated`) in the period asked and in the view: by its as-at date, and recorded
   * (`recorded`) by its recorded-on date.
   */
  inView(dated: string, recorded: string, f: PeriodInView): this {
    return this.within(dated, f.from, f.to).atMost(dated, f.asAt).atMost(recorded, f.recordedOn);
  }

  /** `column > value`, when the value is given. */
  above(column: string, value: SqlValue | undefined): this {
    return given(value) ? this.where(`${column} > ?`, value) : this;
  }

  /** The literal text between `|` separators of a list column: its % and _ are not wildcards. */
  listHas(column: string, value: string | undefined): this {
    return given(value)
      ? this.where(`${column} LIKE ? ESCAPE '\\'`, `%|${value.replace(/[\\%_]/g, (c) => `\\${c}`)}|%`)
      : this;
  }

  /**
   * Only open records, unless the reader sees everything: one classification column per
   * table joined; `{ orNull }` for an outer-joined table whose row may be missing.
   */
  visibleTo(visibility: Visibility | undefined, ...columns: Array<string | { orNull: string }>): this {
    if ((visibility ?? 'open') !== 'open') return this;
    return this.where(
      columns
        .map((c) => (typeof c === 'string' ? `${c} = 'open'` : `(${c.orNull} IS NULL OR ${c.orNull} = 'open')`))
        .join(' AND '),
    );
  }

  /**
   * Rows after a keyset cursor, in the order of `columns` (all ascending or all descending):
   * `(a > ? OR (a = ? AND (b > ? OR (b = ? AND c > ?))))`.
   */
  after(columns: string[], key: readonly SqlValue[] | null | undefined, order: 'asc' | 'desc' = 'asc'): this {
    if (!key) return this;
    if (key.length !== columns.length) throw new RangeError('A cursor has one value per ordering column');
    const op = order === 'asc' ? '>' : '<';
    const params: SqlValue[] = [];
    const build = (i: number): string => {
      params.push(key[i]);
      if (i === columns.length - 1) return `${columns[i]} ${op} ?`;
      params.push(key[i]);
      return `(${columns[i]} ${op} ? OR (${columns[i]} = ? AND ${build(i + 1)}))`;
    };
    const sql = build(0);
    return this.where(sql, ...params);
  }

  /** Any condition, with its parameters. */
  where(sql: string, ...params: SqlValue[]): this {
    this.clauses.push(sql);
    this.values.push(...params);
    return this;
  }

  /** A copy to extend (a page loop adds its cursor to the same filter each time). */
  clone(): Filter {
    const f = new Filter();
    f.clauses.push(...this.clauses);
    f.values.push(...this.values);
    return f;
  }

  /** `WHERE a AND b`, or '' with no condition. */
  get sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }

  /** The conditions joined with AND, for a caller that writes its own WHERE. */
  get conditions(): string {
    return this.clauses.join(' AND ');
  }

  get params(): SqlValue[] {
    return [...this.values];
  }
}

function given<T>(v: T | undefined | null | ''): v is T {
  return v !== undefined && v !== null && v !== '';
}
