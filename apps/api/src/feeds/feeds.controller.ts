import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { policeArea } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, LedgerConfig } from '@ledger/governance';
import { LedgerQueries, OpenedReadModel, publicationFeed } from '@ledger/projections';
import type { Request, Response } from 'express';
import { SlugPipe } from '../common/params';
import { ReadAccess } from '../common/read-access';
import { READ_MODEL } from '../read/read-model.module';
import { atomFeed, FeedLinks, jsonFeed } from './feed-format';

/**
 * Public publication feeds of a police area (no key): the open acts of the decision
 * register and the panel's reports, as Atom and as JSON Feed.
 */
@ApiTags('Publication feeds')
@Controller({ version: '1' })
export class FeedsController {
  constructor(
    @Inject(READ_MODEL) private readonly rm: OpenedReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly queries: LedgerQueries,
  ) {}

  @Get('force-areas/:area/feed.atom')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'PublicationFeedAtom',
    summary: 'Atom feed of decisions, published information and panel reports of a police area (open acts only)',
  })
  @ApiProduces('application/atom+xml')
  @ApiResponse({ status: 200, description: 'Atom 1.0 feed, newest first' })
  @ApiResponse({ status: 404, description: 'No such police area' })
  async atom(@Param('area', SlugPipe) area: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const feed = await this.feed(area);
    res.type('application/atom+xml; charset=utf-8').send(atomFeed(feed, this.links(req, area, 'feed.atom')));
  }

  @Get('force-areas/:area/feed.json')
  @ReadAccess('anyone')
  @ApiOperation({ operationId: 'PublicationFeedJson', summary: 'JSON Feed 1.1 twin of the Atom feed: the same items' })
  @ApiProduces('application/feed+json')
  @ApiResponse({ status: 200, description: 'JSON Feed 1.1, newest first' })
  @ApiResponse({ status: 404, description: 'No such police area' })
  async json(@Param('area', SlugPipe) area: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const feed = await this.feed(area);
    res
      .type('application/feed+json; charset=utf-8')
      .send(JSON.stringify(jsonFeed(feed, this.links(req, area, 'feed.json'))));
  }

  /** A police area of England and Wales, or an area the ledger holds open records of (demonstration data), as the viewer decides. */
  private async feed(area: string) {
    if (
      !policeArea(area) &&
      (await this.queries.listCases({ forceArea: area, limit: 1, visibility: 'open' })).items.length === 0
    ) {
      throw new NotFoundException(
        `There is no police area of England and Wales called ${area}, and the ledger holds no public records for it`,
      );
    }
    return publicationFeed(this.rm.db, this.store, area);
  }

  private links(req: Request, area: string, file: string): FeedLinks {
    const base = (this.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
    return { base, self: `${base}/v1/force-areas/${area}/${file}`, area: `${base}/ui/areas/${area}` };
  }
}
