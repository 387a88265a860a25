import { Controller, Get, Param, Req, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthedRequest } from '../common/auth';
import { ReadAccess } from '../common/read-access';
import { dashboardPage, homePage } from './area-pages';
import { errorPage } from './error-page';
import { roleName } from './format';
import { href } from './html';
import { integrityPage } from './integrity-page';
import { PageResponder } from './page-responder';
import { signInPage } from './sign-in-page';
import { loadStatic } from './static-files';
import { ViewerAreas } from './viewer-areas';
import { queryOf } from './viewer-params';
import { ViewerReads } from './viewer-reads';

/**
 * The web viewer: server-rendered pages over the same queries as /v1. Staff
 * views are the same pages rendered for the Bearer key that the page's script sends in
 * a header (the key lives in session storage, never in a URL). This controller holds the
 * pages outside the registers and cases, and the catch-all, so it is registered last.
 */
@ApiExcludeController()
@Controller({ version: VERSION_NEUTRAL })
export class ViewerController {
  private readonly files = loadStatic();

  constructor(
    private readonly pages: PageResponder,
    private readonly areas: ViewerAreas,
    private readonly reads: ViewerReads,
  ) {}

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

  @Get()
  @ReadAccess('anyone')
  async home(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.render(req, res, '/', null, async (ctx) => ({ page: homePage(ctx, await this.areas.list(req)) }));
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
    const slug = q.area ? await this.areas.find(req, q.area) : undefined;
    if (slug) {
      res.redirect(303, href(`/ui/areas/${slug}`, { asAt: q.asAt, recordedOn: q.recordedOn }));
      return;
    }
    const status = q.area ? 404 : 400;
    await this.pages.render(req, res, '/ui/areas', null, async (ctx) => ({
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

  @Get('ui/areas/:area')
  @ReadAccess('anyone')
  async dashboard(@Param('area') area: string, @Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    const slug = this.areas.isSlug(area) ? area : null;
    await this.pages.render(req, res, `/ui/areas/${area}`, slug, async (ctx) => {
      await this.areas.known(req, area);
      const { d, latest, openComplaints, summaries } = await this.reads.dashboard(req, ctx, area);
      return { page: dashboardPage(ctx, area, d, latest, openComplaints, summaries) };
    });
  }

  @Get('ui/integrity')
  @ReadAccess('anyone')
  async integrityView(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.render(req, res, '/ui/integrity', null, async (ctx) => ({
      page: integrityPage(ctx, await this.reads.integrityInfo()),
    }));
  }

  @Get('ui/sign-in')
  @ReadAccess('anyone')
  async signIn(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    await this.pages.render(req, res, '/ui/sign-in', null, async (ctx) => ({ page: signInPage(ctx) }));
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
    await this.pages.render(req, res, req.path, null, async (ctx) => ({
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
