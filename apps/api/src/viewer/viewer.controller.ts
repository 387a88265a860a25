import { Controller, Get, Inject, Param, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { eventsForScope, exportJsonl, sourceOf } from '@ledger/audit';
import { findPoliceArea, policeArea, summariseEvent } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { visibilityIn } from '@ledger/governance';
import { InvalidCursor, LedgerQueries, ReadModelNotReady } from '@ledger/projections';
import type { Response } from 'express';
import { DEADLINE_STATUSES } from '@ledger/domain';
import type { DeadlineStatus } from '@ledger/domain';
import { performance } from 'node:perf_hooks';
import type { AuthedRequest } from '../common/auth';
import { href, SafeHtml } from './html';
import { ViewerIntegrity } from './integrity';
import type { PageContext, TimeView } from './layout';
import { casePage, VerifyInfo } from './case-page';
import {
  casesPage,
  dashboardPage,
  deadlinesPage,
  decisionsPage,
  errorPage,
  homePage,
  integrityPage,
  signInPage,
  trailPage,
} from './pages';
import { roleName } from './format';
import { loadStatic } from './static-files';
import {
  BadView,
  boolParam,
  dateParam,
  isRealDate,
  limitParam,
  processParam,
  queryOf,
  textParam,
} from './viewer-params';
import { ReadAccess } from '../common/read-access';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const STREAM = /^[a-z0-9-]{1,60}:[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * The web viewer: server-rendered pages over the same queries as /v1. Staff
 * views are the same pages rendered for the Bearer key that the page's script sends in
 * a header (the key lives in session storage, never in a URL).
 */
@ApiExcludeController()
@Controller({ version: VERSION_NEUTRAL })
export class ViewerController {
  private readonly files = loadStatic();
  private areasCache: { at: number; areas: string[] } | null = null;

  constructor(
    private readonly queries: LedgerQueries,
    private readonly integrity: ViewerIntegrity,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  // ---------------------------------------------------------------- plumbing

  private async context(req: AuthedRequest, path: string, area: string | null): Promise<PageContext> {
    const query = queryOf(req);
    const view: TimeView = {
      asAt: dateParam(query, 'asAt', 'The "as at" date'),
      recordedOn: dateParam(query, 'recordedOn', 'The "as recorded on" date'),
    };
    const a = req.actor;
    return {
      path,
      query,
      view,
      actor: a ? { name: a.name, role: a.role, forceArea: a.forceArea } : null,
      area,
      checkpoint: await this.integrity.badge(),
    };
  }

  private send(res: Response, started: number, status: number, page: SafeHtml): void {
    const ms = performance.now() - started;
    res.status(status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Pages differ by key: never cache them in shared caches, nor across sign-in.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Authorization');
    res.setHeader('Server-Timing', `render;dur=${ms.toFixed(1)}`);
    res.send(page.value);
  }

  /** The time-travel form posts `date` and `basis`; redirect to the canonical asAt / recordedOn URL. */
  private canonical(req: AuthedRequest, res: Response, path: string): boolean {
    const q = queryOf(req);
    if (!('date' in q) && !('basis' in q) && req.query.date === undefined) return false;
    const date = q.date;
    const basis = q.basis;
    delete q.date;
    delete q.basis;
    delete q.asAt;
    delete q.recordedOn;
    delete q.cursor;
    if (date) {
      if (!isRealDate(date)) throw new BadView(400, 'Check the date', 'Enter a real date, for example 2013-02-01.');
      if (basis === 'recorded') q.recordedOn = date;
      else q.asAt = date;
    }
    res.redirect(303, href(path, q));
    return true;
  }

  private async page(
    req: AuthedRequest,
    res: Response,
    path: string,
    area: string | null,
    build: (ctx: PageContext) => Promise<{ status?: number; page: SafeHtml }>,
  ): Promise<void> {
    const started = performance.now();
    let ctx: PageContext | null = null;
    try {
      if (this.canonical(req, res, path)) return;
      ctx = await this.context(req, path, area);
      const out = await build(ctx);
      this.send(res, started, out.status ?? 200, out.page);
    } catch (e) {
      const fallback: PageContext = ctx ?? {
        path,
        query: {},
        view: {},
        actor: req.actor ? { name: req.actor.name, role: req.actor.role, forceArea: req.actor.forceArea } : null,
        area,
        checkpoint: 'unavailable',
      };
      if (e instanceof BadView)
        return this.send(res, started, e.status, errorPage(fallback, e.status, e.title, e.message));
      if (e instanceof InvalidCursor)
        return this.send(
          res,
          started,
          400,
          errorPage(
            fallback,
            400,
            'This page link is out of date',
            'The page link does not belong to this list. Start again from the first page.',
          ),
        );
      if (e instanceof RangeError)
        return this.send(res, started, 400, errorPage(fallback, 400, 'Check the request', e.message));
      if (e instanceof ReadModelNotReady)
        return this.send(
          res,
          started,
          503,
          errorPage(
            fallback,
            503,
            'Sorry, the service is starting',
            'The ledger is still building its views. Try again in a minute.',
          ),
        );
      throw e;
    }
  }

  // ---------------------------------------------------------------- static

  @Get('ui/static/:file')
  @ReadAccess('anyone')
  staticFile(@Param('file') file: string, @Res() res: Response): void {
    const f = this.files.get(file);
    if (!f) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Content-Type', f.type);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(f.body);
  }

  // ---------------------------------------------------------------- pages

  @Get()
  @ReadAccess('anyone')
  async home(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.page(req, res, '/', null, async (ctx) => ({ page: homePage(ctx, await this.areas(req)) }));
  }

  @Get('ui')
  @ReadAccess('anyone')
  ui(@Res() res: Response): void {
    res.redirect(302, '/');
  }

  /** The "go to a force area" form. */
  @Get('ui/areas')
  @ReadAccess('anyone')
  async goToArea(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const q = queryOf(req);
    const slug = q.area
      ? (policeArea(q.area)?.slug ??
        findPoliceArea(q.area)?.slug ??
        (SLUG.test(q.area) && (await this.areas(req)).includes(q.area) ? q.area : undefined))
      : undefined;
    if (slug) {
      res.redirect(303, href(`/ui/areas/${slug}`, { asAt: q.asAt, recordedOn: q.recordedOn }));
      return;
    }
    const status = q.area ? 404 : 400;
    await this.page(req, res, '/ui/areas', null, async (ctx) => ({
      status,
      page: errorPage(
        ctx,
        status,
        q.area ? 'Police area not found' : 'Choose a police area',
        q.area
          ? 'There is no police area of England and Wales by that name. Choose one from the list on the home page.'
          : 'Choose a police area from the list on the home page.',
      ),
    }));
  }

  private async areas(req: AuthedRequest): Promise<string[]> {
    // The first page of cases is enough to offer the areas (bounded: one page, cached briefly).
    const now = Date.now();
    if (!this.areasCache || now - this.areasCache.at > 30_000) {
      const page = await this.queries.listCases({ limit: 500, visibility: 'open' });
      const set = new Set<string>();
      for (const c of page.items) if (c.forceArea) set.add(c.forceArea);
      this.areasCache = { at: now, areas: [...set].sort() };
    }
    const areas = [...this.areasCache.areas];
    const own = req.actor?.forceArea;
    if (own && own !== '*' && !areas.includes(own)) areas.push(own);
    return areas.sort();
  }

  /** A police area of England and Wales, or an area the ledger holds records of (demonstration data); else a 404 page. */
  private async knownArea(req: AuthedRequest, area: string): Promise<void> {
    if (!SLUG.test(area)) throw new BadView(404, 'Police area not found', 'There is no such police area.');
    if (policeArea(area) || (await this.areas(req)).includes(area)) return;
    throw new BadView(
      404,
      'Police area not found',
      'There is no police area of England and Wales by that name, and the ledger holds no records for it. Choose one from the list on the home page.',
    );
  }

  /** The stored acts behind entries already in view (to show their source and plain summary), read by stream. */
  private async actData(
    refs: Array<{ stream: string; eventId: string }>,
  ): Promise<Map<string, { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>> {
    const want = new Set(refs.map((r) => r.eventId));
    const out = new Map<string, { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>();
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

  @Get('ui/areas/:area')
  @ReadAccess('anyone')
  async dashboard(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.page(req, res, `/ui/areas/${area}`, SLUG.test(area) ? area : null, async (ctx) => {
      await this.knownArea(req, area);
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
      return { page: dashboardPage(ctx, area, d, latest, openComplaints, summaries) };
    });
  }

  @Get('ui/areas/:area/cases')
  @ReadAccess('anyone')
  async cases(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.areaPage(req, res, area, 'cases', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.listCases({
        ...ctx.view,
        forceArea: area,
        aggregateType: processParam(q),
        status: textParam(q, 'status', 60),
        cursor: q.cursor ?? null,
        limit: limitParam(q),
        visibility: visibilityIn(req.actor, area),
      });
      return { page: casesPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/trail')
  @ReadAccess('anyone')
  async trail(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.areaPage(req, res, area, 'trail', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.trail({
        ...ctx.view,
        forceArea: area,
        body: textParam(q, 'body'),
        actorId: textParam(q, 'actorId'),
        aggregateType: processParam(q),
        from: dateParam(q, 'from', 'The "acts from" date'),
        to: dateParam(q, 'to', 'The "acts to" date'),
        cursor: q.cursor ?? null,
        limit: limitParam(q),
        visibility: visibilityIn(req.actor, area),
      });
      return { page: trailPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/decisions')
  @ReadAccess('anyone')
  async decisions(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.areaPage(req, res, area, 'decisions', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.decisions({
        ...ctx.view,
        forceArea: area,
        body: textParam(q, 'body'),
        significantOnly: boolParam(q, 'significantOnly'),
        published: boolParam(q, 'published'),
        from: dateParam(q, 'from', 'The "decided from" date'),
        to: dateParam(q, 'to', 'The "decided to" date'),
        cursor: q.cursor ?? null,
        limit: limitParam(q),
        visibility: visibilityIn(req.actor, area),
      });
      return { page: decisionsPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/deadlines')
  @ReadAccess('anyone')
  async deadlines(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.areaPage(req, res, area, 'deadlines', async (ctx) => {
      const q = ctx.query;
      const status = q.status;
      if (status !== undefined && !(DEADLINE_STATUSES as readonly string[]).includes(status))
        throw new BadView(400, 'Check the filter', 'Choose a status from the list.');
      const page = await this.queries.deadlines({
        ...ctx.view,
        forceArea: area,
        aggregateType: processParam(q),
        status: status as DeadlineStatus | undefined,
        owner: textParam(q, 'owner', 60),
        from: dateParam(q, 'from', 'The "due from" date'),
        to: dateParam(q, 'to', 'The "due to" date'),
        cursor: q.cursor ?? null,
        limit: limitParam(q),
        visibility: visibilityIn(req.actor, area),
      });
      const statusDate = ctx.view.asAt ?? ctx.view.recordedOn ?? new Date().toISOString().slice(0, 10);
      return { page: deadlinesPage(ctx, area, page, statusDate) };
    });
  }

  private async areaPage(
    req: AuthedRequest,
    res: Response,
    area: string,
    sub: string,
    build: (ctx: PageContext) => Promise<{ status?: number; page: SafeHtml }>,
  ): Promise<void> {
    const ok = SLUG.test(area);
    await this.page(req, res, `/ui/areas/${ok ? area : '_'}/${sub}`, ok ? area : null, async (ctx) => {
      if (!ok) throw new BadView(404, 'Page not found', 'There is no such police area.');
      await this.knownArea(req, area);
      return build(ctx);
    });
  }

  @Get('ui/cases/:stream')
  @ReadAccess('anyone')
  async case(@Param('stream') stream: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const ok = STREAM.test(stream);
    await this.page(req, res, `/ui/cases/${ok ? stream : '_'}`, null, async (ctx) => {
      if (!ok) throw new BadView(404, 'Page not found', 'There is no such case.');
      const q = ctx.query;
      const o = { ...ctx.view, timelineCursor: q.cursor ?? null, timelineLimit: limitParam(q) };
      const found = await this.queries.getCase(stream, { ...o, visibility: (area) => visibilityIn(req.actor, area) });
      if (!found) {
        const inView = ctx.view.asAt || ctx.view.recordedOn ? " in this view of the record (try today's record)" : '';
        const hint = req.actor
          ? ''
          : ' If it holds records that are not open, staff of its force area can sign in to see it.';
        throw new BadView(404, 'Case not found', `There is no case ${stream}${inView} that you can see.${hint}`);
      }
      ctx.area = found.forceArea;
      const acts = await this.actData(found.timeline.items.map((e) => ({ stream, eventId: e.eventId })));
      const sources = new Map([...acts].map(([id, ev]) => [id, sourceOf(ev.metadata)]));
      return { page: casePage(ctx, found, this.verifyInfo(stream, found.classification), sources) };
    });
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

  /** The evidence file of an open case: the JSON Lines export (same code as /v1/exports), for anyone. */
  @Get('ui/cases/:stream/export.jsonl')
  @ReadAccess('anyone')
  async exportCase(@Param('stream') stream: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const started = performance.now();
    const fail = async (status: number, title: string, detail: string) =>
      this.send(
        res,
        started,
        status,
        errorPage(
          { ...(await this.context(req, '/ui/cases/' + stream, null)), query: {}, view: {} },
          status,
          title,
          detail,
        ),
      );
    if (!STREAM.test(stream)) return fail(404, 'Page not found', 'There is no such case.');
    const proofs = this.integrity.service();
    if (!proofs)
      return fail(503, 'No evidence file', 'This server does not seal the log, so it cannot give an evidence file.');
    const found = await this.queries.getCase(stream, { visibility: 'open', timelineLimit: 1 });
    if (!found) return fail(404, 'Case not found', `There is no case ${stream} that you can see.`);
    if (found.classification !== 'open')
      return fail(
        403,
        'This evidence file is not public',
        'The case holds records that are not open. An auditor can export it from the API.',
      );
    if (!(await proofs.latestCheckpoint()))
      return fail(503, 'No checkpoint yet', 'The ledger has not signed a checkpoint yet. Try again in a minute.');
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${stream.replace(/[^a-z0-9-]+/g, '_')}.jsonl"`);
    res.setHeader('Cache-Control', 'no-store');
    await exportJsonl({
      events: eventsForScope(this.store, { kind: 'stream', streams: [stream] }),
      proofs,
      out: res,
      scope: { kind: 'stream', streams: [stream] },
    });
  }

  @Get('ui/integrity')
  @ReadAccess('anyone')
  async integrityView(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.page(req, res, '/ui/integrity', null, async (ctx) => {
      const p = this.integrity.service();
      const cp = p ? await p.latestCheckpoint() : null;
      const key = p?.publicKey() ?? null;
      return {
        page: integrityPage(ctx, {
          available: !!p,
          checkpoint:
            cp && p
              ? {
                  size: cp.size,
                  root: cp.root.toString('base64'),
                  issuedAt: cp.issuedAt,
                  note: cp.note,
                  origin: p.origin,
                }
              : null,
          key: key ? { vkey: key.vkey, fingerprint: key.fingerprint, name: key.name } : null,
        }),
      };
    });
  }

  @Get('ui/sign-in')
  @ReadAccess('anyone')
  async signIn(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.page(req, res, '/ui/sign-in', null, async (ctx) => ({ page: signInPage(ctx) }));
  }

  /** Who the Bearer key belongs to: the sign-in script checks a key with this. */
  @Get('ui/session')
  @ReadAccess('anyone')
  session(@Req() req: AuthedRequest, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Authorization');
    if (!req.actor) {
      res.status(401).json({ signedIn: false });
      return;
    }
    const a = req.actor;
    res.json({ signedIn: true, name: a.name, role: a.role, roleName: roleName(a.role), forceArea: a.forceArea });
  }

  /** Any other /ui address: a page, not JSON. */
  @Get('ui/*path')
  @ReadAccess('anyone')
  async notFound(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.page(req, res, req.path, null, async (ctx) => ({
      status: 404,
      page: errorPage(
        ctx,
        404,
        'Page not found',
        'If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.',
      ),
    }));
  }
}
