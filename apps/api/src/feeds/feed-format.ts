import type { FeedEntry, PublicationFeed } from '@ledger/projections';
import { feedEntryId } from '@ledger/projections';
import { XMLBuilder } from 'fast-xml-parser';

/** Absolute addresses a feed reader follows: the viewer's pages for the area and each case. */
export interface FeedLinks {
  base: string;
  self: string;
  area: string;
}

/**
 * The case page, where the public may open it; else the area's dashboard (a case with
 * an exempt act is shown to staff only, and a feed link must not lead readers to a 404).
 */
function entryUrl(links: FeedLinks, e: FeedEntry): string {
  if (!e.casePublic) return links.area;
  return `${links.base}/ui/cases/${encodeURIComponent(e.stream).replace(/%3A/g, ':')}#event-${encodeURIComponent(e.eventId)}`;
}

const STAFF_ONLY = 'Other records of this case are exempt from publication, so its page is open to staff only.';

function feedTitle(f: PublicationFeed): string {
  return `${f.areaName}: decisions, published information and panel reports`;
}

/** The entry's body in plain text: the summary, then each recorded fact labelled. */
function contentText(e: FeedEntry): string {
  const lines = [e.summary, ...e.facts.map((f) => `${f.label}: ${f.value}`)];
  if (e.paperUrl && !e.facts.some((f) => f.value === e.paperUrl)) lines.push(`Published paper: ${e.paperUrl}`);
  if (!e.casePublic) lines.push(STAFF_ONLY);
  return lines.join('\n');
}

/** The newest recorded time, or now for an area with nothing published yet (Atom requires one). */
function updatedOf(f: PublicationFeed, now: Date): string {
  return f.entries.reduce((m, e) => (e.recordedAt > m ? e.recordedAt : m), '') || now.toISOString();
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

/** Atom 1.0 (RFC 4287). The builder escapes every text and attribute value. */
export function atomFeed(f: PublicationFeed, links: FeedLinks, now = new Date()): string {
  const entry = f.entries.map((e) => ({
    id: feedEntryId(e.eventId),
    title: { '@_type': 'text', '#text': e.title },
    updated: e.recordedAt,
    author: { name: e.author },
    category: { '@_term': e.aggregateType, '@_label': e.category },
    link: [
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entryUrl(links, e) },
      ...(e.paperUrl ? [{ '@_rel': 'related', '@_href': e.paperUrl, '@_title': 'The published paper' }] : []),
    ],
    summary: { '@_type': 'text', '#text': e.summary },
    content: { '@_type': 'text', '#text': contentText(e) },
  }));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'en-GB',
      id: `tag:governance-ledger,2012:feed/${f.forceArea}`,
      title: { '@_type': 'text', '#text': feedTitle(f) },
      subtitle: {
        '@_type': 'text',
        '#text':
          "Open acts on the commissioner's register of decisions and published information, and the police and crime panel's reports, newest first.",
      },
      updated: updatedOf(f, now),
      author: { name: 'Governance Ledger' },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': links.self },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': links.area },
      ],
      entry,
    },
  };
  return builder.build(doc) as string;
}

/** JSON Feed 1.1: the same items as the Atom feed, in the same order. */
export function jsonFeed(f: PublicationFeed, links: FeedLinks) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(f),
    home_page_url: links.area,
    feed_url: links.self,
    language: 'en-GB',
    authors: [{ name: 'Governance Ledger' }],
    items: f.entries.map((e) => ({
      id: feedEntryId(e.eventId),
      url: entryUrl(links, e),
      ...(e.paperUrl ? { external_url: e.paperUrl } : {}),
      title: e.title,
      summary: e.summary,
      content_text: contentText(e),
      date_modified: e.recordedAt,
      authors: [{ name: e.author }],
      tags: [e.category],
    })),
  };
}
