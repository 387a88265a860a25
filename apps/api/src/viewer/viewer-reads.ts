import { Inject, Injectable } from '@nestjs/common';
import { sourceOf } from '@ledger/audit';
import { summariseEvent } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { visibilityIn } from '@ledger/governance';
import { CaseView, LedgerQueries } from '@ledger/projections';
import type { AuthedRequest } from '../common/auth';
import type { VerifyInfo, ActSourceView } from './case-page';
import type { IntegrityInfo } from './integrity-page';
import { ViewerIntegrity } from './integrity';
import type { PageContext } from './layout';
import { limitParam } from './viewer-params';

type StoredAct = { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };

/**
 * What the dashboard, the case page and the integrity page show beyond one query: the
 * stored acts behind entries in view (their source and plain summary), the public count of
 * open complaints, and what the sealer publishes.
 */
@Injectable()
export class ViewerReads {
  constructor(
    private readonly queries: LedgerQueries,
    private readonly integrity: ViewerIntegrity,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async dashboard(req: AuthedRequest, ctx: PageContext, area: string) {
    const visibility = visibilityIn(req.actor, area);
    const [d, recent] = await Promise.all([
      this.queries.dashboard(area, { ...ctx.view, visibility }),
      this.queries.decisions({ ...ctx.view, forceArea: area, significantOnly: false, visibility, limit: 500 }),
    ]);
    // The public sees how many complaints are open, never which (complaints are exempt).
    const openComplaints =
      visibility === 'all'
        ? d.counts.openComplaints
        : (await this.queries.dashboard(area, { ...ctx.view, visibility: 'all', upcomingDays: 1 })).counts
            .openComplaints;
    const latest = [...recent.items]
      .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : 0))
      .slice(0, 5);
    const vetoes = await this.actData(d.vetoes.map((v) => ({ stream: v.stream, eventId: v.eventId })));
    const summaries = new Map([...vetoes].map(([id, ev]) => [id, summariseEvent(ev.type, ev.data)]));
    return { d, latest, openComplaints, summaries };
  }

  /** The case as the reader may see it, with the source of each act in view; null when there is none. */
  async case(
    req: AuthedRequest,
    ctx: PageContext,
    stream: string,
  ): Promise<{ found: CaseView; sources: Map<string, ActSourceView>; verify: VerifyInfo } | null> {
    const q = ctx.query;
    const o = { ...ctx.view, timelineCursor: q.cursor ?? null, timelineLimit: limitParam(q) };
    const found = await this.queries.getCase(stream, { ...o, visibility: (area) => visibilityIn(req.actor, area) });
    if (!found) return null;
    const acts = await this.actData(found.timeline.items.map((e) => ({ stream, eventId: e.eventId })));
    const sources = new Map([...acts].map(([id, ev]) => [id, sourceOf(ev.metadata)]));
    return { found, sources, verify: this.verifyInfo(stream, found.classification) };
  }

  private verifyInfo(stream: string, classification: string): VerifyInfo {
    const p = this.integrity.service();
    const key = p ? p.publicKey() : null;
    const open = classification === 'open';
    return {
      exportUrl: p && open ? `/ui/cases/${stream}/export.jsonl` : null,
      staffExportUrl: `/v1/exports/streams/${stream}?format=jsonl`,
      vkey: key?.vkey ?? null,
      fingerprint: key?.fingerprint ?? null,
      reason: !p
        ? 'This server does not seal the log, so it cannot give an evidence file.'
        : open
          ? null
          : 'This case holds records that are not open, so its evidence file is not public.',
    };
  }

  async integrityInfo(): Promise<IntegrityInfo> {
    const p = this.integrity.service();
    const cp = p ? await p.latestCheckpoint() : null;
    const key = p?.publicKey() ?? null;
    return {
      available: !!p,
      checkpoint:
        cp && p
          ? { size: cp.size, root: cp.root.toString('base64'), issuedAt: cp.issuedAt, note: cp.note, origin: p.origin }
          : null,
      key: key ? { vkey: key.vkey, fingerprint: key.fingerprint, name: key.name } : null,
    };
  }

  /** The stored acts behind entries already in view (to show their source and plain summary), read by stream. */
  private async actData(refs: Array<{ stream: string; eventId: string }>): Promise<Map<string, StoredAct>> {
    const want = new Set(refs.map((r) => r.eventId));
    const out = new Map<string, StoredAct>();
    for (const stream of new Set(refs.map((r) => r.stream))) {
      for await (const e of this.store.readStream(stream, { direction: 'forwards' })) {
        if (want.has(e.eventId))
          out.set(e.eventId, {
            type: e.type,
            data: e.data as Record<string, unknown>,
            metadata: e.metadata as unknown as Record<string, unknown>,
          });
      }
    }
    return out;
  }
}
