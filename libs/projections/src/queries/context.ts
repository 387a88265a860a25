import type { IsoDate } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import type { ReadModelDb } from '../storage/db';
import { generationTable, META_TABLES } from '../storage/db';
import { TimeView, validateView } from '../time-view';
import type { Tables } from './rows';
import { PageOptions, ReadModelNotReady, ViewInfo } from './types';

/** What every query needs: the read-model database, the log for replays, and today's date. */
export class QueryContext {
  constructor(
    readonly db: ReadModelDb,
    readonly store: EventStore,
    private readonly clock: () => Date,
  ) {}

  today(): IsoDate {
    return this.clock().toISOString().slice(0, 10);
  }

  /** The view asked for, checked, with the day deadline statuses are computed for. */
  viewInfo(v: TimeView): ViewInfo {
    validateView(v);
    return {
      asAt: v.asAt ?? null,
      recordedOn: v.recordedOn ?? null,
      statusDate: v.asAt ?? v.recordedOn ?? this.today(),
    };
  }

  /** The live generation of each read model's tables; the cases model must exist. */
  async tables(): Promise<Tables> {
    const rows = await this.db
      .all<{ name: string; live_generation: number | null }>(
        `SELECT name, live_generation FROM ${this.db.table(META_TABLES.projections)}`,
      )
      .catch(() => []);
    const gen = new Map(rows.map((r) => [r.name, r.live_generation === null ? null : Number(r.live_generation)]));
    const c = gen.get('cases');
    if (c === undefined || c === null) throw new ReadModelNotReady('cases');
    const d = gen.get('decisions');
    const t = (n: string, g: number) => this.db.table(generationTable(n, g));
    return {
      cases: t('cases', c),
      deadlines: t('deadlines', c),
      events: t('events', c),
      snapshots: t('snapshots', c),
      segments: t('segments', c),
      decisions: d ? t('decisions', d) : null,
      pubs: d ? t('decision_publications', d) : null,
    };
  }

  limitOf(p: PageOptions): number {
    const l = p.limit ?? 50;
    if (!Number.isInteger(l) || l < 1 || l > 500) throw new RangeError('limit must be an integer from 1 to 500');
    return l;
  }
}
