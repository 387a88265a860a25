/**
 * The web viewer in a real browser, shared by the viewer's e2e suites: Debian's Chromium
 * driven by playwright-core, on the demo data (Kent 2012-2015 seed timeline, plus the
 * synthetic Northshire set for exempt records). axe-core runs on every page. Screenshots go
 * to a temporary folder (VIEWER_SHOTS, else <tmp>/ledger-viewer-shots), never into the
 * repository.
 *
 * Chromium is never downloaded: /usr/bin/chromium must exist (.ci/run installs Debian's
 * package). If it is missing, the suite fails with a clear message.
 */
import { DECIDERS, SYNTHETIC_CASES } from '@ledger/domain';
import { ROLES } from '@ledger/event-store';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Response as PwResponse } from 'playwright-core';
import { chromium } from 'playwright-core';
import { request, startApp, TestApp } from './app';
import { caughtUp } from './projections';
import { eventually } from './eventually';

// Browser globals, for the functions run in the page (the project compiles without the DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.VIEWER_SHOTS ?? join(tmpdir(), 'ledger-viewer-shots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const PLAN = 'police-and-crime-plan:kent-plan-2013';
export const OFFICE = 'commissioner-office:kent-2012';
export const COMPLAINT = 'complaint:synthetic-northshire-complaint-2014-001';
export const PRECEPT = `precept-cycle:${SYNTHETIC_CASES.precept}`;
const EVENT_TYPES = DECIDERS.flatMap((d) => Object.keys(d.decider.eventTypes)).concat('RecordCorrected');

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: string[]; failureSummary: string }>;
  }>;
  passes: unknown[];
}

/** What a suite's tests read once the app and the browser are up. */
export interface ViewerState {
  t: TestApp;
  page: Page;
  vkey: string;
}

/**
 * Registers, in the calling describe block, the hooks that start the app on the demo data
 * and a fresh Chromium profile, and returns the page helpers. `started` is given the app,
 * the page and the log's key once they are up, before the suite's tests run.
 */
export function useViewer(started: (state: ViewerState) => void) {
  // A browser suite's tests wait on page loads and axe runs: more than the default per-test time.
  jest.setTimeout(180_000);
  let state: ViewerState | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  const timings: Array<{ url: string; ms: number }> = [];
  const axeChecked: string[] = [];
  const pageErrors: string[] = [];

  const current = (): ViewerState => {
    if (!state) throw new Error('The viewer has not started (its beforeAll failed or has not run).');
    return state;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: the viewer's browser tests need Debian's Chromium. Install it with "apt-get update && apt-get install -y chromium" (.ci/run does this). The tests never download a browser.`,
      );
    }
    mkdirSync(SHOTS, { recursive: true });
    const t = await startApp({ env: { LOAD_DEMO: 'true' } });
    state = { t } as ViewerState;
    await caughtUp(t);
    // The sealer has sealed the whole demo: the latest checkpoint covers the log head.
    const total = Number((await request(t.http).get('/health/ready')).body.details.projections.head);
    await eventually(
      async () => {
        const cp = await request(t.http).get('/v1/ledger/checkpoints/latest');
        expect([cp.status, cp.body.size >= total]).toEqual([200, true]);
      },
      { intervalMs: 50, what: `a checkpoint covering the ${total} demo events` },
    );
    const vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey;
    profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // A script or style the CSP blocks is a broken page even when nothing throws.
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
    });
    page.on('response', (r) => recordTiming(r));
    state = { t, page, vkey };
    started(state);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await state?.t.close();
  });

  function recordTiming(r: PwResponse): void {
    const h = r.headers()['server-timing'];
    const m = h ? /render;dur=([\d.]+)/.exec(h) : null;
    if (m) timings.push({ url: r.url(), ms: Number(m[1]) });
  }

  async function shot(name: string): Promise<void> {
    await current().page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core on the page as it is now: zero violations, every rule set axe runs by default (WCAG 2.0-2.2 A/AA and best practice). */
  async function axe(label: string): Promise<void> {
    const { page } = current();
    // Injected through the DevTools protocol: the page's CSP (rightly) refuses an inline script tag.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
    const result = (await page.evaluate(async () => {
      const w = window as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } };
      return w.axe.run(document, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
    })) as AxeResult;
    const found = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
    expect({ page: label, violations: found }).toEqual({ page: label, violations: [] });
    axeChecked.push(label);
  }

  /**
   * What a person reads on the page (main content, navigation and notes; not the sections
   * marked technical, nor code) holds no stored code, JSON, slug or internal reference.
   */
  async function expectPlain(label: string): Promise<string> {
    const text = (await current().page.evaluate(() => {
      const root = document.body.cloneNode(true);
      for (const el of root.querySelectorAll('[data-technical], code, pre, script, style, textarea, noscript'))
        el.remove();
      return root.innerText ?? root.textContent;
    })) as string;
    const found: string[] = [];
    for (const t of EVENT_TYPES) if (new RegExp(`\\b${t}\\b`).test(text)) found.push(`event type ${t}`);
    for (const r of ROLES) if (new RegExp(`(^|[^\\w-])${r}([^\\w-]|$)`).test(text)) found.push(`role ${r}`);
    for (const m of text.matchAll(
      /\b[a-z]+(?:-[a-z]+)*-(?:pcc|pcp|csp)\b|\b[a-z]+(?:-[a-z]+)+:[a-z0-9-]+\b|\b[a-z]+_[a-z_]+\b|[{[]"|DOMAIN\.md|§|\bS[0-9]\b|actor id|\bkent-[a-z0-9-]+\b|\bnorthshire\b|\b(?:true|false|null)\b/g,
    ))
      found.push(
        `${m[0]} in "…${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 20).replace(/\s+/g, ' ')}…"`,
      );
    // Each Act is given its full title before its abbreviation is used.
    for (const [short, title] of [
      ['PRSRA', 'Police Reform and Social Responsibility Act 2011'],
      ['CDA', 'Crime and Disorder Act 1998'],
      ['SI 2012/2271', 'Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012'],
    ]) {
      if (text.includes(short) && !(text.includes(title) && text.indexOf(title) < text.indexOf(short)))
        found.push(`${short} before its full title`);
    }
    expect({ page: label, found }).toEqual({ page: label, found: [] });
    return text;
  }

  async function open(path: string): Promise<PwResponse> {
    const { t, page } = current();
    const res = await page.goto(`${t.http}${path}`);
    expect(res).not.toBeNull();
    return res as PwResponse;
  }

  /**
   * The suite's closing test, over every page its tests opened. The minimums are the suite's
   * own: fewer means pages or axe runs silently stopped happening. Render times are written
   * beside the screenshots for a reader; they are judged by the bench, not here, because a
   * loaded machine would make such a check fail at random.
   */
  function itRendersEveryPageCleanly(suite: string, min: { timings: number; axeChecked: number }): void {
    it('renders every page with no script errors, each checked for accessibility', () => {
      expect(timings.length).toBeGreaterThan(min.timings);
      expect(pageErrors).toEqual([]);
      expect(axeChecked.length).toBeGreaterThanOrEqual(min.axeChecked);
      writeFileSync(
        join(SHOTS, `timings-${suite}.json`),
        JSON.stringify({ max: Math.max(...timings.map((x) => x.ms)), timings }, null, 2),
      );
    });
  }

  return { shot, axe, expectPlain, open, itRendersEveryPageCleanly };
}
