import { Injectable } from '@nestjs/common';
import { InvalidCursor, ReadModelNotReady } from '@ledger/projections';
import type { Response } from 'express';
import { performance } from 'node:perf_hooks';
import type { AuthedRequest } from '../common/auth';
import { errorPage } from './error-page';
import { href, SafeHtml } from './html';
import { ViewerIntegrity } from './integrity';
import type { PageContext, TimeView } from './layout';
import { BadView, dateParam, isRealDate, queryOf } from './viewer-params';
import { ViewerAreas } from './viewer-areas';

/** What a page handler gives back: the page, and its status when it is not 200. */
export type PageBuild = (ctx: PageContext) => Promise<{ status?: number; page: SafeHtml }>;

/** Refusals the read side raises, each said as a page: status, title and words. */
function refusal(e: unknown): [number, string, string] | null {
  if (e instanceof BadView) return [e.status, e.title, e.message];
  if (e instanceof InvalidCursor)
    return [
      400,
      'This page link is out of date',
      'The page link does not belong to this list. Start again from the first page.',
    ];
  if (e instanceof RangeError) return [400, 'Check the request', e.message];
  if (e instanceof ReadModelNotReady)
    return [503, 'Sorry, the service is starting', 'The ledger is still building its views. Try again in a minute.'];
  return null;
}

/**
 * Turns a viewer request into a page: the time view from the query, the checkpoint badge,
 * the headers every page carries, and each refusal as a page in plain words. The viewer's
 * controllers only say which data a page shows.
 */
@Injectable()
export class PageResponder {
  constructor(
    private readonly integrity: ViewerIntegrity,
    private readonly areas: ViewerAreas,
  ) {}

  async context(req: AuthedRequest, path: string, area: string | null): Promise<PageContext> {
    const query = queryOf(req);
    const view: TimeView = {
      asAt: dateParam(query, 'asAt', 'The "as at" date'),
      recordedOn: dateParam(query, 'recordedOn', 'The "as recorded on" date'),
    };
    return { path, query, view, actor: actorOf(req), area, checkpoint: await this.integrity.badge() };
  }

  send(res: Response, started: number, status: number, page: SafeHtml): void {
    const ms = performance.now() - started;
    res.status(status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Pages differ by key: never cache them in shared caches, nor across sign-in.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Authorization');
    res.setHeader('Server-Timing', `render;dur=${ms.toFixed(1)}`);
    res.send(page.value);
  }

  /** Renders the page `build` makes, or the page that says why it cannot. */
  async render(req: AuthedRequest, res: Response, path: string, area: string | null, build: PageBuild): Promise<void> {
    const started = performance.now();
    let ctx: PageContext | null = null;
    try {
      if (this.canonical(req, res, path)) return;
      ctx = await this.context(req, path, area);
      const out = await build(ctx);
      this.send(res, started, out.status ?? 200, out.page);
    } catch (e) {
      const said = refusal(e);
      if (!said) throw e;
      const fallback: PageContext = ctx ?? {
        path,
        query: {},
        view: {},
        actor: actorOf(req),
        area,
        checkpoint: 'unavailable',
      };
      this.send(res, started, said[0], errorPage(fallback, ...said));
    }
  }

  /** A page of one police area (`/ui/areas/:area/:sub`): a 404 page for an area the ledger does not know. */
  async renderArea(req: AuthedRequest, res: Response, area: string, sub: string, build: PageBuild): Promise<void> {
    const ok = this.areas.isSlug(area);
    await this.render(req, res, `/ui/areas/${ok ? area : '_'}/${sub}`, ok ? area : null, async (ctx) => {
      if (!ok) throw new BadView(404, 'Page not found', 'There is no such police area.');
      await this.areas.known(req, area);
      return build(ctx);
    });
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
}

const actorOf = (req: AuthedRequest): PageContext['actor'] =>
  req.actor ? { name: req.actor.name, role: req.actor.role, forceArea: req.actor.forceArea } : null;
