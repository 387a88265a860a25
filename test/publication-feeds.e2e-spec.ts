/**
 * Public publication feeds (Atom and JSON Feed) of a police area, on the demo data plus
 * one exempt decision and one panel report recorded through the API.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { bearer, request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';
import { BACKENDS } from './helpers/backends';

interface AtomEntry {
  id: string;
  title: string | { '#text': string };
  updated: string;
  link: Array<{ '@_rel': string; '@_href': string }>;
  summary: string | { '#text': string };
}

const textOf = (v: string | { '#text': string }) => (typeof v === 'string' ? v : v['#text']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'entry' || name === 'link',
});

/** The body as text, whatever the media type (supertest buffers only the types it knows). */
function rawBody(res: NodeJS.ReadableStream, cb: (err: Error | null, body: string) => void) {
  let s = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (s += c));
  res.on('end', () => cb(null, s));
}
const getText = (t: TestApp, path: string) =>
  request(t.http)
    .get(path)
    .buffer(true)
    .parse(rawBody as never);

describe.each(BACKENDS)('%s', (store) => {
  describe('Publication feeds', () => {
    let t: TestApp;
    const EXEMPT_TITLE = 'Settlement of an employment claim (synthetic)';
    const REPORT_SUBJECT = 'Decision NPCC-2014-017: youth diversion grant <review> & "value"';

    beforeAll(async () => {
      t = await startApp({ store, env: { LOAD_DEMO: 'true' } });
      await caughtUp(t);
      const pcc = await t.key('pcc-office', 'northshire');
      const panel = await t.key('panel-secretariat', 'northshire');
      const exempt = await request(t.http)
        .post('/v1/decision-registers/synthetic-northshire/decisions')
        .set(bearer(pcc))
        .send({
          effectiveAt: '2014-10-01',
          classification: 'exempt:1,3',
          decisionRef: 'NPCC-2014-021',
          title: EXEMPT_TITLE,
          decisionMaker: 'Northshire PCC',
          significantPublicInterest: false,
          madeAtMeeting: false,
          recordDocumentRef: null,
        });
      expect(exempt.status).toBe(200);
      const report = await request(t.http)
        .post('/v1/force-areas/northshire/panel-reports')
        .set(bearer(panel))
        .send({
          effectiveAt: '2014-10-02',
          subject: REPORT_SUBJECT,
          decisionRef: 'NPCC-2014-017',
          recommendations: ['Publish the evaluation'],
        });
      expect(report.status).toBe(201);
      await caughtUp(t);
    });
    afterAll(async () => t.close());

    it('serves well-formed Atom 1.0 of the open decisions and panel reports, newest first, without the exempt act', async () => {
      const res = await getText(t, '/v1/force-areas/northshire/feed.atom');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
      const xml = res.body as string;
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parser.parse(xml).feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(textOf(feed.title)).toContain('Northshire (synthetic demonstration area)');
      const entries = feed.entry as AtomEntry[];
      const titles = entries.map((e) => textOf(e.title));
      expect(titles).toContain('Decision NPCC-2014-017: Youth diversion grant to the Estuary CSP (synthetic)');
      expect(titles.some((x) => x.includes('Decision record NPCC-2014-017'))).toBe(true);
      // The builder escaped the markup characters, and the parser gives them back as written.
      expect(titles).toContain(`Panel made a report or recommendations: ${REPORT_SUBJECT}`);
      expect(xml).not.toContain(EXEMPT_TITLE);
      expect(xml).not.toContain('NPCC-2014-021');
      for (const e of entries) {
        expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        expect(new Date(e.updated).toISOString()).toBe(e.updated);
        expect(e.link.find((l) => l['@_rel'] === 'alternate')!['@_href']).toMatch(
          /^http:\/\/127\.0\.0\.1:\d+\/ui\/(cases\/(decision-register|panel-report):[a-z0-9-]+#event-|areas\/northshire$)/,
        );
        // Plain words: no event type codes.
        expect(textOf(e.title)).not.toMatch(/DecisionRecorded|SpecifiedInformationPublished|PanelReportMade/);
      }
      const updated = entries.map((e) => e.updated);
      expect([...updated].sort().reverse()).toEqual(updated);
      expect(feed.updated).toBe(updated[0]);
      // Summaries are sentences with the date of the act in words.
      expect(entries.map((e) => textOf(e.summary))).toContain(
        'Decision recorded on 15 September 2014. Of significant public interest.',
      );
      // The decision's published paper is linked.
      expect(xml).toContain('https://example.invalid/northshire/decisions/2014-017');
    });

    it('gives the same items, in the same order, as JSON Feed 1.1', async () => {
      const [atom, json] = await Promise.all([
        getText(t, '/v1/force-areas/northshire/feed.atom'),
        getText(t, '/v1/force-areas/northshire/feed.json'),
      ]);
      expect(json.status).toBe(200);
      expect(json.headers['content-type']).toMatch(/^application\/feed\+json/);
      const feed = JSON.parse(json.body as string);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      const entries = parser.parse(atom.body as string).feed.entry as AtomEntry[];
      expect(feed.items.map((i: { id: string }) => i.id)).toEqual(entries.map((e) => e.id));
      expect(feed.items.map((i: { title: string }) => i.title)).toEqual(entries.map((e) => textOf(e.title)));
      expect(feed.items.map((i: { date_modified: string }) => i.date_modified)).toEqual(entries.map((e) => e.updated));
      expect(JSON.stringify(feed)).not.toContain(EXEMPT_TITLE);
    });

    it('links each entry to a page the public can open: the case, or the area where the case holds an exempt act', async () => {
      const feed = JSON.parse((await getText(t, '/v1/force-areas/northshire/feed.json')).body as string);
      const link = (title: string) => feed.items.find((i: { title: string }) => i.title.startsWith(title));
      // The register now holds an exempt decision: its page is for staff, so the entry links to the area.
      const decision = link('Decision NPCC-2014-017');
      expect(decision.url).toMatch(/\/ui\/areas\/northshire$/);
      expect(decision.content_text).toContain('open to staff only');
      expect(link('Panel made a report').url).toMatch(/\/ui\/cases\/panel-report:/);
      for (const item of feed.items as Array<{ url: string }>) {
        const res = await request(t.http).get(new URL(item.url).pathname);
        expect({ url: item.url, status: res.status }).toEqual({ url: item.url, status: 200 });
      }
    });

    it('keeps entry ids stable from one request to the next', async () => {
      const a = JSON.parse((await getText(t, '/v1/force-areas/northshire/feed.json')).body as string);
      const b = JSON.parse((await getText(t, '/v1/force-areas/northshire/feed.json')).body as string);
      expect(b.items.map((i: { id: string }) => i.id)).toEqual(a.items.map((i: { id: string }) => i.id));
    });

    it('answers a real police area with nothing published with an empty, valid feed', async () => {
      const res = await getText(t, '/v1/force-areas/cumbria/feed.atom');
      expect(res.status).toBe(200);
      expect(XMLValidator.validate(res.body as string)).toBe(true);
      expect(parser.parse(res.body as string).feed.entry).toBeUndefined();
    });

    it('answers an unknown area with a 404 problem, and a malformed one with a 400 problem', async () => {
      for (const path of ['/v1/force-areas/narnia/feed.atom', '/v1/force-areas/narnia/feed.json']) {
        const res = await request(t.http).get(path);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.status).toBe(404);
      }
      const bad = await request(t.http).get('/v1/force-areas/Avon%20and%20Somerset/feed.atom');
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it("is announced on the viewer's area dashboard, in the head and in the page", async () => {
      const res = await request(t.http).get('/ui/areas/northshire');
      expect(res.status).toBe(200);
      const head = res.text.slice(0, res.text.indexOf('</head>'));
      expect(head).toContain('<link rel="alternate" type="application/atom+xml"');
      expect(head).toContain('href="/v1/force-areas/northshire/feed.atom"');
      expect(head).toContain('href="/v1/force-areas/northshire/feed.json"');
      const linked = await getText(t, '/v1/force-areas/northshire/feed.atom');
      expect(linked.status).toBe(200);
    });
  });
});
