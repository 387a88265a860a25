import { Controller, Get, Param, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DEADLINE_STATUSES, type DeadlineStatus } from '@ledger/domain';
import { visibilityIn } from '@ledger/governance';
import { LedgerQueries, type DeadlineEntry, type Page } from '@ledger/projections';
import type { Response } from 'express';
import type { AuthedRequest } from '../common/auth';
import { ReadAccess } from '../common/read-access';
import type { SafeHtml } from './html';
import type { PageContext } from './layout';
import { PageResponder } from './page-responder';
import { casesPage, deadlinesPage, decisionsPage, trailPage } from './register-pages';
import { BadView, boolParam, dateParam, limitParam, processParam, textParam } from './viewer-params';

/**
 * What every register asks of its query: the time view, the area, the page, and what the
 * reader may see; with `dated` (what the dates are of, as the form names them), its date range.
 */
function listing(req: AuthedRequest, ctx: PageContext, area: string, dated?: string) {
  const q = ctx.query;
  return {
    ...ctx.view,
    forceArea: area,
    cursor: q.cursor ?? null,
    limit: limitParam(q),
    visibility: visibilityIn(req.actor, area),
    ...(dated && {
      from: dateParam(q, 'from', `The "${dated} from" date`),
      to: dateParam(q, 'to', `The "${dated} to" date`),
    }),
  };
}

/** A police area's registers in the web viewer: each page is one query of /v1, filtered by its form. */
@ApiExcludeController()
@Controller({ version: VERSION_NEUTRAL })
export class RegistersViewerController {
  constructor(
    private readonly queries: LedgerQueries,
    private readonly pages: PageResponder,
  ) {}

  @Get('ui/areas/:area/cases')
  @ReadAccess('anyone')
  async cases(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.register(req, res, area, 'cases', casesPage, (ctx, q) =>
      this.queries.listCases({
        ...listing(req, ctx, area),
        aggregateType: processParam(q),
        status: textParam(q, 'status', 60),
      }),
    );
  }

  @Get('ui/areas/:area/trail')
  @ReadAccess('anyone')
  async trail(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.register(req, res, area, 'trail', trailPage, (ctx, q) =>
      this.queries.trail({
        ...listing(req, ctx, area, 'acts'),
        body: textParam(q, 'body'),
        actorId: textParam(q, 'actorId'),
        aggregateType: processParam(q),
      }),
    );
  }

  @Get('ui/areas/:area/decisions')
  @ReadAccess('anyone')
  async decisions(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.register(req, res, area, 'decisions', decisionsPage, (ctx, q) =>
      this.queries.decisions({
        ...listing(req, ctx, area, 'decided'),
        body: textParam(q, 'body'),
        significantOnly: boolParam(q, 'significantOnly'),
        published: boolParam(q, 'published'),
      }),
    );
  }

  @Get('ui/areas/:area/deadlines')
  @ReadAccess('anyone')
  async deadlines(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    // Statuses are as at the view's date, or today.
    const show = (ctx: PageContext, at: string, page: Page<DeadlineEntry>) =>
      deadlinesPage(ctx, at, page, ctx.view.asAt ?? ctx.view.recordedOn ?? new Date().toISOString().slice(0, 10));
    await this.register(req, res, area, 'deadlines', show, (ctx, q) => {
      const status = q.status;
      if (status !== undefined && !(DEADLINE_STATUSES as readonly string[]).includes(status))
        throw new BadView(400, 'Check the filter', 'Choose a status from the list.');
      return this.queries.deadlines({
        ...listing(req, ctx, area, 'due'),
        aggregateType: processParam(q),
        status: status as DeadlineStatus | undefined,
        owner: textParam(q, 'owner', 60),
      });
    });
  }

  /** One register page of an area: its query, read with the page's filters, then shown. */
  private async register<E>(
    req: AuthedRequest,
    res: Response,
    area: string,
    sub: string,
    show: (ctx: PageContext, area: string, page: Page<E>) => SafeHtml,
    read: (ctx: PageContext, q: PageContext['query']) => Promise<Page<E>>,
  ): Promise<void> {
    await this.pages.renderArea(req, res, area, sub, async (ctx) => ({
      page: show(ctx, area, await read(ctx, ctx.query)),
    }));
  }
}
