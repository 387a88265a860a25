import {
  CaseOnRecord,
  FACT_SOURCES,
  FactKind,
  factsFromRecords,
  IsoDate,
  NATIONAL_FACTS,
  RecordFacts,
} from '@ledger/domain';
import type { EventStore, Position, RecordedEvent } from '@ledger/event-store';
import { streamId, toStoredDomainEvent } from '../stored-event';

interface OpenedCase {
  aggregateType: string;
  caseId: string;
}

/**
 * Loads the facts an act needs from other streams (CommandSpec.needs): the panel on
 * record for the case's force area, the election on record. Cases are found from the
 * force area through a directory of every case opened, kept by reading the log itself
 * up to its head before each lookup, so a record appended a moment ago is found and
 * nothing but the log is trusted. The domain folds the records and picks the facts.
 */
export class RecordFactsLoader {
  private after: Position | null = null;
  private readonly byForceArea = new Map<string, OpenedCase[]>();
  private catchingUp: Promise<void> | null = null;

  constructor(private readonly store: EventStore) {}

  async load(needs: readonly FactKind[], forceArea: string, date: IsoDate): Promise<RecordFacts> {
    if (needs.length === 0) return {};
    await this.catchUp();
    const local = new Set(needs.filter((n) => !NATIONAL_FACTS.includes(n)).map((n) => FACT_SOURCES[n].aggregateType));
    const national = new Set(needs.filter((n) => NATIONAL_FACTS.includes(n)).map((n) => FACT_SOURCES[n].aggregateType));
    const candidates = [
      ...(this.byForceArea.get(forceArea) ?? []).filter((c) => local.has(c.aggregateType)),
      ...[...this.byForceArea.values()].flat().filter((c) => national.has(c.aggregateType)),
    ];
    const cases: CaseOnRecord[] = [];
    for (const c of candidates) {
      const prefix = Object.values(FACT_SOURCES).find((s) => s.aggregateType === c.aggregateType)!.streamPrefix;
      const events: RecordedEvent[] = [];
      for await (const e of this.store.readStream(streamId(prefix, c.caseId))) events.push(e);
      cases.push({ aggregateType: c.aggregateType, caseId: c.caseId, events: events.map(toStoredDomainEvent) });
    }
    return factsFromRecords(needs, cases, date);
  }

  /** Reads the log from where the directory stopped to its head; one reader at a time. */
  private async catchUp(): Promise<void> {
    while (this.catchingUp) await this.catchingUp;
    this.catchingUp = (async () => {
      try {
        for await (const e of this.store.readAll({ after: this.after })) {
          this.note(e);
          this.after = e.position;
        }
      } finally {
        this.catchingUp = null;
      }
    })();
    await this.catchingUp;
  }

  private note(e: RecordedEvent): void {
    if (e.revision !== 0n) return;
    const forceArea = String(e.metadata.forceArea ?? '');
    const list = this.byForceArea.get(forceArea) ?? [];
    list.push({ aggregateType: String(e.metadata.aggregateType ?? ''), caseId: String(e.metadata.caseId ?? '') });
    this.byForceArea.set(forceArea, list);
  }
}
