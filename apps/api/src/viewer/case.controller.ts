import { Controller, Get, Inject, Param, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { eventsForScope, exportJsonl } from '@ledger/audit';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LedgerQueries } from '@ledger/projections';
import type { Response } from 'express';
import { performance } from 'node:perf_hooks';
import type { AuthedRequest } from '../common/auth';
import { ReadAccess } from '../common/read-access';
import { casePage } from './case-page';
import { errorPage } from './error-page';
import { ViewerIntegrity } from './integrity';
import { PageResponder } from './page-responder';
import { BadView } from './viewer-params';
import { ViewerReads } from './viewer-reads';

const STREAM = /^[a-z0-9-]{1,60}:[a-z0-9][a-z0-9-]{0,99}$/;

/** A case in the web viewer: its page, and the evidence file of an open case for anyone to check. */
@ApiExcludeController()
@Controller({ version: VERSION_NEUTRAL })
export class CaseViewerController {
  constructor(
    private readonly queries: LedgerQueries,
    private readonly integrity: ViewerIntegrity,
    private readonly reads: ViewerReads,
    private readonly pages: PageResponder,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('ui/cases/:stream')
  @ReadAccess('anyone')
  async case(@Param('stream') stream: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const ok = STREAM.test(stream);
    await this.pages.render(req, res, `/ui/cases/${ok ? stream : '_'}`, null, async (ctx) => {
      if (!ok) throw new BadView(404, 'Page not found', 'There is no such case.');
      const shown = await this.reads.case(req, ctx, stream);
      if (!shown) {
        const inView = ctx.view.asAt || ctx.view.recordedOn ? " in this view of the record (try today's record)" : '';
        const hint = req.actor
          ? ''
          : ' If it holds records that are not open, staff of its force area can sign in to see it.';
        throw new BadView(404, 'Case not found', `There is no case ${stream}${inView} that you can see.${hint}`);
      }
      ctx.area = shown.found.forceArea;
      return { page: casePage(ctx, shown.found, shown.verify, shown.sources) };
    });
  }

  /** The evidence file of an open case: the JSON Lines export (same code as /v1/exports), for anyone. */
  @Get('ui/cases/:stream/export.jsonl')
  @ReadAccess('anyone')
  async exportCase(@Param('stream') stream: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const started = performance.now();
    const fail = async (status: number, title: string, detail: string) => {
      const ctx = await this.pages.context(req, '/ui/cases/' + stream, null);
      this.pages.send(res, started, status, errorPage({ ...ctx, query: {}, view: {} }, status, title, detail));
    };
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
    const scope = { kind: 'stream' as const, streams: [stream] };
    await exportJsonl({ events: eventsForScope(this.store, scope), proofs, out: res, scope });
  }
}
