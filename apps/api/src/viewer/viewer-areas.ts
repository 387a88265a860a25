import { Injectable } from '@nestjs/common';
import { findPoliceArea, policeArea } from '@ledger/domain';
import { LedgerQueries } from '@ledger/projections';
import type { AuthedRequest } from '../common/auth';
import { BadView } from './viewer-params';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * The police areas the viewer offers and accepts: the 43 of England and Wales, and any area
 * the ledger holds records of (the demonstration data has made-up ones).
 */
@Injectable()
export class ViewerAreas {
  private cache: { at: number; areas: string[] } | null = null;

  constructor(private readonly queries: LedgerQueries) {}

  isSlug(area: string): boolean {
    return SLUG.test(area);
  }

  /** The areas with records, and the reader's own. */
  async list(req: AuthedRequest): Promise<string[]> {
    // The first page of cases is enough to offer the areas (bounded: one page, cached briefly).
    const now = Date.now();
    if (!this.cache || now - this.cache.at > 30_000) {
      const page = await this.queries.listCases({ limit: 500, visibility: 'open' });
      const set = new Set<string>();
      for (const c of page.items) if (c.forceArea) set.add(c.forceArea);
      this.cache = { at: now, areas: [...set].sort() };
    }
    const areas = [...this.cache.areas];
    const own = req.actor?.forceArea;
    if (own && own !== '*' && !areas.includes(own)) areas.push(own);
    return areas.sort();
  }

  /** The slug of the area the "go to a police area" form names (by slug or by name), if the viewer knows it. */
  async find(req: AuthedRequest, name: string): Promise<string | undefined> {
    return (
      policeArea(name)?.slug ??
      findPoliceArea(name)?.slug ??
      (SLUG.test(name) && (await this.list(req)).includes(name) ? name : undefined)
    );
  }

  /** A police area of England and Wales, or an area the ledger holds records of; else a 404 page. */
  async known(req: AuthedRequest, area: string): Promise<void> {
    if (!SLUG.test(area)) throw new BadView(404, 'Police area not found', 'There is no such police area.');
    if (policeArea(area) || (await this.list(req)).includes(area)) return;
    throw new BadView(
      404,
      'Police area not found',
      'There is no police area of England and Wales by that name, and the ledger holds no records for it. Choose one from the list on the home page.',
    );
  }
}
