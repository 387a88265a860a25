import { Controller, Get, Param, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DEADLINE_STATUSES, type DeadlineStatus } from '@ledger/domain';
import { visibilityIn } from '@ledger/governance';
import { LedgerQueries } from '@ledger/projections';
import type { Response } from 'express';
import type { AuthedRequest } from '../common/auth';
import { ReadAccess } from '../common/read-access';
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
    await this.pages.renderArea(req, res, area, 'cases', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.listCases({
        ...listing(req, ctx, area),
        aggregateType: processParam(q),
        status: textParam(q, 'status', 60),
      });
      return { page: casesPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/trail')
  @ReadAccess('anyone')
  async trail(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.renderArea(req, res, area, 'trail', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.trail({
        ...listing(req, ctx, area, 'acts'),
        body: textParam(q, 'body'),
        actorId: textParam(q, 'actorId'),
        aggregateType: processParam(q),
      });
      return { page: trailPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/decisions')
  @ReadAccess('anyone')
  async decisions(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.renderArea(req, res, area, 'decisions', async (ctx) => {
      const q = ctx.query;
      const page = await this.queries.decisions({
        ...listing(req, ctx, area, 'decided'),
        body: textParam(q, 'body'),
        significantOnly: boolParam(q, 'significantOnly'),
        published: boolParam(q, 'published'),
      });
      return { page: decisionsPage(ctx, area, page) };
    });
  }

  @Get('ui/areas/:area/deadlines')
  @ReadAccess('anyone')
  async deadlines(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.renderArea(req, res, area, 'deadlines', async (ctx) => {
      const q = ctx.query;
      const status = q.status;
      if (status !== undefined && !(DEADLINE_STATUSES as readonly string[]).includes(status))
        throw new BadView(400, 'Check the filter', 'Choose a status from the list.');
      const page = await this.queries.deadlines({
        ...listing(req, ctx, area, 'due'),
        aggregateType: processParam(q),
        status: status as DeadlineStatus | undefined,
        owner: textParam(q, 'owner', 60),
      });
      const statusDate = ctx.view.asAt ?? ctx.view.recordedOn ?? new Date().toISOString().slice(0, 10);
      return { page: deadlinesPage(ctx, area, page, statusDate) };
    });
  }
}
