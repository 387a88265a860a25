/**
 * The web viewer in a real browser: Debian's Chromium driven by playwright-core,
 * on the demo data (Kent 2012-2015 seed timeline, plus the synthetic Northshire set for
 * exempt records). axe-core runs on every page. Screenshots go to a temporary folder
 * (VIEWER_SHOTS, else <tmp>/ledger-viewer-shots), never into the repository.
 *
 * Chromium is never downloaded: /usr/bin/chromium must exist (.ci/run installs Debian's
 * package). If it is missing, this suite fails with a clear message.
 */
import { verifyExport } from '@ledger/audit';
import { DECIDERS, SYNTHETIC_CASES } from '@ledger/domain';
import { ROLES } from '@ledger/event-store';
import { ApiKeyStore } from '@ledger/governance';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Browser, BrowserContext, Page, Response as PwResponse } from 'playwright-core';
import { chromium } from 'playwright-core';
import { request, startApp, TestApp } from './helpers/app';
import { caughtUp } from './helpers/projections';
import { eventually } from './helpers/eventually';

// Browser globals, for the functions run in the page (the project compiles without the DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const sessionStorage: any;
declare const location: any;

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.VIEWER_SHOTS ?? join(tmpdir(), 'ledger-viewer-shots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PLAN = 'police-and-crime-plan:kent-plan-2013';
const OFFICE = 'commissioner-office:kent-2012';
const COMPLAINT = 'complaint:synthetic-northshire-complaint-2014-001';
const PRECEPT = `precept-cycle:${SYNTHETIC_CASES.precept}`;
const EVENT_TYPES = DECIDERS.flatMap((d) => Object.keys(d.decider.eventTypes)).concat('RecordCorrected');

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }>;
  passes: unknown[];
}

jest.setTimeout(180_000);

describe('Web viewer in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let vkey: string;
  const timings: Array<{ url: string; ms: number }> = [];
  const axeChecked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the viewer's browser tests need Debian's Chromium. Install it with "apt-get update && apt-get install -y chromium" (.ci/run does this). The tests never download a browser.`);
    }
    mkdirSync(SHOTS, { recursive: true });
    t = await startApp({ env: { LOAD_DEMO: 'true' } });
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
    vkey = (await request(t.http).get('/v1/ledger/key')).body.vkey;
    profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    browser = context.browser() as Browser;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // A script or style the CSP blocks is a broken page even when nothing throws.
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
    });
    page.on('response', (r) => recordTiming(r));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    void browser;
    if (profile) rmSync(profile, { recursive: true, force: true });
    await t?.close();
  });

  function recordTiming(r: PwResponse): void {
    const h = r.headers()['server-timing'];
    const m = h ? /render;dur=([\d.]+)/.exec(h) : null;
    if (m) timings.push({ url: r.url(), ms: Number(m[1]) });
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core on the page as it is now: zero violations, every rule set axe runs by default (WCAG 2.0-2.2 A/AA and best practice). */
  async function axe(label: string): Promise<void> {
    // Injected through the DevTools protocol: the page's CSP (rightly) refuses an inline script tag.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
    const result = (await page.evaluate(async () => {
      const w = window as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } };
      return w.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    })) as AxeResult;
    const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    expect({ page: label, violations: found }).toEqual({ page: label, violations: [] });
    axeChecked.push(label);
  }

  /**
   * What a person reads on the page (main content, navigation and notes; not the sections
   * marked technical, nor code) holds no stored code, JSON, slug or internal reference.
   */
  async function expectPlain(label: string): Promise<string> {
    const text = (await page.evaluate(() => {
      const root = document.body.cloneNode(true);
      for (const el of root.querySelectorAll('[data-technical], code, pre, script, style, textarea, noscript')) el.remove();
      return root.innerText ?? root.textContent;
    })) as string;
    const found: string[] = [];
    for (const t of EVENT_TYPES) if (new RegExp(`\\b${t}\\b`).test(text)) found.push(`event type ${t}`);
    for (const r of ROLES) if (new RegExp(`(^|[^\\w-])${r}([^\\w-]|$)`).test(text)) found.push(`role ${r}`);
    for (const m of text.matchAll(/\b[a-z]+(?:-[a-z]+)*-(?:pcc|pcp|csp)\b|\b[a-z]+(?:-[a-z]+)+:[a-z0-9-]+\b|\b[a-z]+_[a-z_]+\b|[{[]"|DOMAIN\.md|§|\bS[0-9]\b|actor id|\bkent-[a-z0-9-]+\b|\bnorthshire\b|\b(?:true|false|null)\b/g)) found.push(`${m[0]} in "…${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 20).replace(/\s+/g, ' ')}…"`);
    // Each Act is given its full title before its abbreviation is used.
    for (const [short, title] of [['PRSRA', 'Police Reform and Social Responsibility Act 2011'], ['CDA', 'Crime and Disorder Act 1998'], ['SI 2012/2271', 'Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012']]) {
      if (text.includes(short) && !(text.includes(title) && text.indexOf(title) < text.indexOf(short))) found.push(`${short} before its full title`);
    }
    expect({ page: label, found }).toEqual({ page: label, found: [] });
    return text;
  }

  async function open(path: string): Promise<PwResponse> {
    const res = await page.goto(`${t.http}${path}`);
    expect(res).not.toBeNull();
    return res as PwResponse;
  }

  it('opens the Kent dashboard: past-due duties with no record (never "missed" from gaps in the papers), vetoes, decisions and the integrity badge', async () => {
    const res = await open('/ui/areas/kent');
    expect(res.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Kent: dashboard');
    // Nobody declared Kent's record complete: a duty with nothing on record is "No record", never "Missed".
    await expect(page.locator('#overdue + p.empty').isVisible()).resolves.toBe(true);
    const noRecord = page.locator('table').first();
    await expect(noRecord.locator('tr[data-stream="police-and-crime-plan:kent-plan-2013"] [data-status]').textContent()).resolves.toBe('No record');
    await expect(page.locator('[data-status="missed"]').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Vetoes' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Recent decisions' }).isVisible()).resolves.toBe(true);
    // The badge says in words how much of the record was signed, and when.
    const cp = (await request(t.http).get('/v1/ledger/checkpoints/latest')).body;
    await expect(page.locator('[data-testid="checkpoint-size"]').textContent()).resolves.toBe(String(cp.size));
    await expect(page.locator('.integrity-badge time').getAttribute('datetime')).resolves.toBe(cp.issuedAt);
    await expect(page.locator('.access-note').textContent()).resolves.toContain('open records only');
    await shot('01-dashboard');
    const text = await expectPlain('dashboard');
    expect(text).toContain('Police and crime plan');
    await axe('dashboard');

    // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('goes from the dashboard to a case: the timeline shows actor, role, power and citation, both dates, classification and deadline badges', async () => {
    await open('/ui/areas/kent');
    await page.locator('a', { hasText: 'Kent Plan 2013' }).first().click();
    await page.waitForURL(`**/ui/cases/${PLAN}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Police and crime plan: Kent Plan 2013');
    const entry = page.locator('.timeline__item').first();
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('Draft police and crime plan prepared');
    expect(text).toContain('Office of the Kent Police and Crime Commissioner'); // actor
    expect(text).toContain('Office of the Police and Crime Commissioner, for Kent Police and Crime Commissioner'); // role and body
    expect(text).toContain('section 5(1)-(3), (6)'); // power's citation
    expect(text).toContain('5 February 2013'); // effective date
    expect(text).toContain('19 March 2013, 12:00 UTC'); // recorded
    await expect(entry.locator('[data-classification]').first().textContent()).resolves.toBe('Open to the public');
    // The source paper of the act: its title and date.
    expect(text).toContain("Source: Kent Police and Crime Commissioner's Police and Crime Plan, Office of the Kent Police and Crime Commissioner, 19 March 2013");
    await expect(entry.locator('.deadline-badges [data-status]').textContent()).resolves.toBe('No record');
    await shot('02-case');
    await expectPlain('case');
    await axe('case');
  });

  it('shows corrections as corrections, never silently applied', async () => {
    await open(`/ui/cases/${OFFICE}`);
    const corrected = page.locator('[data-event-type="ElectionHeld"]');
    await expect(corrected.locator('.callout--corrected').textContent()).resolves.toMatch(/Corrected later\..*date of the poll.*15 November 2013.*15 November 2012/s);
    const correction = page.locator('[data-event-type="RecordCorrected"]');
    await expect(correction.locator('.tag', { hasText: 'Correction' }).isVisible()).resolves.toBe(true);
    await expect(correction.locator('.callout--correction').textContent()).resolves.toContain('The earlier record is kept as it was made');
    // Before the correction was recorded, the record showed the wrong year, and no correction.
    await open(`/ui/cases/${OFFICE}?recordedOn=2014-01-01`);
    await expect(page.locator('[data-event-type="RecordCorrected"]').count()).resolves.toBe(0);
    await expect(page.locator('.callout--corrected').count()).resolves.toBe(0);
    await expect(page.locator('.view-banner').textContent()).resolves.toContain('as recorded on 1 January 2014');
    await shot('03-case-as-recorded-2014');
    await axe('case as recorded on');
  });

  it('changes the as-at date: the first plan goes from outstanding to no record, and the URL carries the view', async () => {
    await open(`/ui/cases/${PLAN}`);
    await page.getByLabel('Show the record as at').fill('2013-03-01');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/asAt=2013-03-01/);
    const status = page.locator('[data-testid="case-deadlines"] tr[data-deadline="plan.first-plan"] [data-status]');
    await expect(status.textContent()).resolves.toBe('Outstanding');
    await expect(page.locator('.view-banner').textContent()).resolves.toContain('as at 1 March 2013');
    // Links keep the view (a committee paper can cite it).
    await expect(page.locator('nav.nav a', { hasText: 'Decision register' }).getAttribute('href')).resolves.toContain('asAt=2013-03-01');
    await shot('04-case-as-at-2013-03-01');
    await axe('case as at');

    await page.getByLabel('Show the record as at').fill('2013-04-15');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/asAt=2013-04-15/);
    await expect(status.textContent()).resolves.toBe('No record');
    await shot('05-case-as-at-2013-04-15');

    // The "as recorded on" toggle makes the same date a recorded-on view.
    await page.getByLabel('As recorded on this date').check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/recordedOn=2013-04-15/);
    expect(page.url()).not.toContain('asAt=');
    await expect(page.getByLabel('As recorded on this date').isChecked()).resolves.toBe(true);
  });

  it('verifies a case in the browser with the single-file verifier: verified, then failed on a tampered copy', async () => {
    await open(`/ui/cases/${OFFICE}`);
    await expect(page.locator('[data-testid="verify-command"]').textContent()).resolves.toBe(`ledger verify commissioner-office_kent-2012.jsonl --key '${vkey}'`);
    await page.getByRole('button', { name: 'Verify this case in the browser' }).click();
    const result = page.locator('[data-testid="verify-result"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="verify-result"]')?.hasAttribute('data-outcome'), undefined, { timeout: 20_000 });
    await expect(result.getAttribute('data-outcome')).resolves.toBe('verified');
    const ok = (await result.textContent()) ?? '';
    expect(ok).toContain('Verified: the evidence file of this case is exactly what the ledger recorded.');
    expect(ok).toContain(`Case ${OFFICE}: records 0 to 2 form an unbroken chain, and none was left out up to the checkpoint.`);
    const key = (await request(t.http).get('/v1/ledger/key')).body as { fingerprint: string };
    expect(ok).toContain(`whose fingerprint is ${key.fingerprint}.`);
    // The page's verifier is the single-file build of libs/audit/src/verify, the very file the API offers for download.
    const loaded = await page.evaluate(() => (globalThis as any).performance.getEntriesByType('resource').map((e: any) => new URL(e.name).pathname));
    expect(loaded).toContain('/ui/static/verify-ledger.mjs');
    const binary = (res: any, cb: (e: Error | null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    };
    const inPage = await request(t.http).get('/ui/static/verify-ledger.mjs').buffer(true).parse(binary);
    const download = await request(t.http).get('/v1/ledger/verify-ledger.mjs').buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/javascript/);
    expect(download.headers['content-disposition']).toBe('attachment; filename="verify-ledger.mjs"');
    expect((inPage.body as Buffer).equals(download.body as Buffer)).toBe(true);
    expect((await request(t.http).get('/ui/static/verify.js')).status).toBe(404);
    await shot('06-verify-ok');
    await axe('case with verification result');

    // The same file, as the download link gives it; the Node verifier agrees.
    const file = await request(t.http).get(`/ui/cases/${OFFICE}/export.jsonl`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    const original = (file.body as Buffer).toString('utf8');
    expect((await verifyExport(Readable.from([original]), { trustedKeys: [vkey] })).ok).toBe(true);

    // Tamper with one record: the elected person's name in the first event.
    const lines = original.trimEnd().split('\n');
    const idx = lines.findIndex((l) => JSON.parse(l).type === 'event' && Buffer.from(JSON.parse(l).entry, 'base64').toString('utf8').includes('Ann Barnes'));
    expect(idx).toBeGreaterThan(0);
    const ev = JSON.parse(lines[idx]);
    ev.entry = Buffer.from(Buffer.from(ev.entry, 'base64').toString('utf8').replace('Ann Barnes', 'Ann Barnet'), 'utf8').toString('base64');
    lines[idx] = JSON.stringify(ev);
    const tampered = lines.join('\n') + '\n';
    const node = await verifyExport(Readable.from([tampered]), { trustedKeys: [vkey] });
    expect(node.ok).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'ledger-tampered-'));
    const path = join(dir, 'tampered.jsonl');
    writeFileSync(path, tampered);
    try {
      await page.setInputFiles('#verify-file', path);
      await page.getByRole('button', { name: 'Check the chosen file' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'failed');
      const failed = (await result.textContent()) ?? '';
      expect(failed).toContain('Failed: the file tampered.jsonl is not what the ledger recorded');
      // The browser gives the same first reason as `ledger verify`.
      expect(failed).toContain(node.failures[0]);
      await shot('07-verify-tampered');

      // The untampered file, chosen from disk, verifies.
      writeFileSync(path, original);
      await page.setInputFiles('#verify-file', path);
      await page.getByRole('button', { name: 'Check the chosen file' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'verified');

      // A key the file was not signed with: the signature check fails, in plain words.
      await page.getByLabel("The log's public key").fill('someone-else+00000000+AQ' + 'A'.repeat(42) + '=');
      await page.getByRole('button', { name: 'Check the chosen file' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'failed');
      await expect(result.textContent()).resolves.toContain('A trusted key could not be read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs in with an API key kept in session storage (never in a URL), and an exempt record appears', async () => {
    const key = (await t.app.get(ApiKeyStore).create({ name: 'Northshire panel officer', role: 'panel-secretariat', forceArea: 'northshire' })).token;
    // Anonymous: the complaint (exempt) is not there.
    const before = await open(`/ui/cases/${COMPLAINT}`);
    expect(before.status()).toBe(404);
    await axe('not found');
    await open('/ui/areas/northshire/cases?process=Complaint');
    await expect(page.locator('.empty').textContent()).resolves.toBe('No case matches.');
    await expect(page.locator('.stat', { hasText: 'open complaint' }).locator('.stat__n').count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Staff sign in' }).click();
    await page.waitForURL('**/ui/sign-in');
    await page.locator('#sign-in-form:not([hidden])').waitFor();
    await axe('sign in');
    // An empty key: an error summary, focused.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#sign-in-error').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sign-in-error');
    await axe('sign in with an error');
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back to where the visitor came from, now rendered for the key.
    await page.waitForURL('**/ui/areas/northshire/cases?process=Complaint');
    await page.locator('[data-access="staff"]').waitFor();
    await expect(page.locator(`tr[data-stream="${COMPLAINT}"] [data-classification]`).textContent()).resolves.toBe('Exempt from publication (Local Government Act 1972, Schedule 12A, paragraphs 1, 2)');
    await shot('08-staff-complaints');
    await axe('staff cases');

    await page.locator(`a[href^="/ui/cases/${COMPLAINT}"]`).first().click();
    await page.waitForURL(`**/ui/cases/${COMPLAINT}`);
    await page.locator('h1', { hasText: 'Synthetic Northshire Complaint 2014-001' }).waitFor();
    await expect(page.locator('.timeline__item[data-classification="exempt:1,2"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.access-note').textContent()).resolves.toContain('Signed in as');
    await shot('09-staff-exempt-case');
    const complaint = await expectPlain('complaint as staff');
    expect(complaint).toContain('Complaint received by the panel');
    expect(complaint).toContain('Synthetic demonstration data');
    expect(complaint).not.toMatch(/[0-9a-f]{64}/); // no personal-data commitments
    await axe('staff exempt case');

    // A reload keeps the session (this tab) and renders the staff view again.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-staff-view') === 'true');
    await expect(page.locator('.timeline__item[data-classification="exempt:1,2"]').count()).resolves.toBeGreaterThan(0);

    // The key is in session storage, and in no URL the browser visited.
    await expect(page.evaluate(() => sessionStorage.getItem('ledger.apiKey'))).resolves.toBe(key);
    const visited = await page.evaluate(() => (window.performance.getEntriesByType('resource') as Array<{ name: string }>).map((e) => e.name).concat(location.href));
    for (const u of visited) expect(u).not.toContain(key);
    expect(page.url()).not.toContain(key);

    // Sign out: the exempt record is gone again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-access="open"]').waitFor();
    await expect(page.evaluate(() => sessionStorage.getItem('ledger.apiKey'))).resolves.toBeNull();
    await expect(page.locator('h1').textContent()).resolves.toBe('Case not found');
  });

  it('serves the trail, the registers with filters and pagination, the home and integrity pages, all accessible', async () => {
    await open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Governance Ledger');
    await expect(page.locator('.card-list a', { hasText: 'Kent' }).count()).resolves.toBe(1);
    await shot('10-home');
    await axe('home');

    await open('/ui/areas/kent/trail?body=kent-pcc');
    await expect(page.locator('h1').textContent()).resolves.toBe('Accountability trail: Kent Police and Crime Commissioner');
    const acts = await page.locator('tbody tr').count();
    expect(acts).toBeGreaterThan(0);
    await shot('11-trail');
    await expectPlain('trail');
    await axe('trail');
    // Pagination: the trail of every Kent act is paged by 50; with few acts there is no next page.
    await expect(page.locator('.pagination').count()).resolves.toBe(0);

    await open('/ui/areas/northshire/decisions?significantOnly=false');
    await expect(page.locator('h1').textContent()).resolves.toBe('Northshire (synthetic demonstration area): decision register');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await shot('12-decisions');
    await axe('decision register');
    // Filter through the form: published only.
    await page.getByLabel('Published', { exact: true }).selectOption('true');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/published=true/);
    for (const row of await page.locator('tbody tr').all()) await expect(row.locator('.tag--green').textContent()).resolves.toBe('Published');

    // Kent declares no record coverage, so its past-due duties are "No record" (the dashboard test shows none is "Missed").
    await open('/ui/areas/kent/deadlines?status=no_record');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kent: deadlines register');
    const statuses = await page.locator('tbody [data-status]').allTextContents();
    expect(statuses.length).toBe(3);
    expect(new Set(statuses)).toEqual(new Set(['No record']));
    await shot('13-deadlines');
    await axe('deadlines register');
    // As at 1 March 2013 the first plan was outstanding, not missed.
    await open('/ui/areas/kent/deadlines?status=outstanding&asAt=2013-03-01');
    await expect(page.locator('tbody tr[data-deadline="plan.first-plan"] [data-status]').textContent()).resolves.toBe('Outstanding');

    await open('/ui/areas/kent/cases');
    await expect(page.locator('tbody tr').count()).resolves.toBe(6);
    await axe('cases');

    await open('/ui/integrity');
    await expect(page.locator('[data-testid="vkey"]').textContent()).resolves.toBe(vkey);
    await shot('14-integrity');
    const integrity = await expectPlain('integrity');
    // It opens with what the check means for the reader; the cryptography follows.
    expect(integrity.indexOf('What this means for you')).toBeGreaterThanOrEqual(0);
    expect(integrity).not.toMatch(/RFC|Ed25519|Merkle|base64|SHA-256/);
    const full = (await page.locator('main').textContent()) ?? '';
    expect(full.indexOf('What this means for you')).toBeLessThan(full.indexOf('RFC 9162'));
    await axe('integrity');

    const bad = await open('/ui/areas/kent/deadlines?from=2013-02-30');
    expect(bad.status()).toBe(400);
    await expect(page.locator('h1').textContent()).resolves.toBe('Check the date');
    await axe('error');
    const missing = await open('/ui/no-such-page');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toContain('text/html');
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    // About fifteen pages, each with axe: more than the default minute on a loaded machine.
  }, 180_000);

  it('pages through a list with the next-page link, keeping filters and the view', async () => {
    const all = (await request(t.http).get('/v1/trail?forceArea=kent&limit=500')).body.items.length;
    expect(all).toBeGreaterThan(10);
    await open('/ui/areas/kent/trail?limit=10&asAt=2015-12-31');
    await expect(page.locator('tbody tr').count()).resolves.toBe(10);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=/);
    expect(page.url()).toContain('limit=10');
    expect(page.url()).toContain('asAt=2015-12-31');
    await expect(page.locator('tbody tr').count()).resolves.toBe(Math.min(all - 10, 10));
    await expect(page.getByRole('link', { name: 'First page' }).isVisible()).resolves.toBe(true);
    await axe('trail, second page');
  });

  it('prints for committee papers: navigation and forms hidden, the record kept', async () => {
    await open(`/ui/cases/${OFFICE}`);
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.locator('.nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('.time-travel').isVisible()).resolves.toBe(false);
      await expect(page.locator('.timeline').isVisible()).resolves.toBe(true);
      await shot('15-case-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows a vetoed precept in plain words: votes of members against the threshold, the source, synthetic labelled', async () => {
    await open(`/ui/cases/${PRECEPT}`);
    const veto = page.locator('[data-event-type="PreceptVetoed"]');
    await expect(veto.locator('[data-testid="act-summary"]').textContent()).resolves.toBe('Vetoed by 9 of 12 members (8 needed) as too high.');
    await expect(page.locator('[data-synthetic="true"]').first().isVisible()).resolves.toBe(true);
    await veto.locator('summary', { hasText: 'What was recorded' }).click();
    const recorded = (await veto.locator('.summary--data').textContent()) ?? '';
    expect(recorded).toContain('Members of the panel on the day');
    expect(recorded).toContain('12 members');
    expect(recorded).not.toMatch(/memberId|\[|\{/);
    await shot('16-vetoed-precept');
    await expectPlain('vetoed precept case');
    await axe('vetoed precept case');
    // The dashboard's list of vetoes reads the same.
    await open('/ui/areas/northshire');
    await expect(page.locator('#vetoes + ul').textContent()).resolves.toContain('Vetoed by 9 of 12 members (8 needed) as too high.');
    await expect(page.locator('[data-synthetic="true"]').textContent()).resolves.toContain('Synthetic demonstration data');
  });

  it('picks a police area by name, and an unknown area is a 404 page', async () => {
    await open('/');
    await page.getByLabel('Police area of England and Wales').selectOption({ label: 'Avon and Somerset' });
    await page.getByRole('button', { name: 'Go' }).click();
    await page.waitForURL('**/ui/areas/avon-and-somerset');
    await expect(page.locator('h1').textContent()).resolves.toBe('Avon and Somerset: dashboard');
    const typed = await open('/ui/areas?area=Avon+and+Somerset');
    expect(typed.url()).toContain('/ui/areas/avon-and-somerset');
    const narnia = await open('/ui/areas/narnia');
    expect(narnia.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Police area not found');
    expect((await open('/ui/areas/narnia/trail')).status()).toBe(404);
    expect((await open('/ui/areas?area=Narnia')).status()).toBe(404);
    await axe('unknown area');
  });

  // Render times are written beside the screenshots for a reader; they are judged by the
  // bench, not here, because a loaded machine would make such a check fail at random.
  it('renders every page with no script errors, each checked for accessibility', () => {
    expect(timings.length).toBeGreaterThan(20);
    expect(pageErrors).toEqual([]);
    expect(axeChecked.length).toBeGreaterThanOrEqual(15);
    writeFileSync(join(SHOTS, 'timings.json'), JSON.stringify({ max: Math.max(...timings.map((x) => x.ms)), timings }, null, 2));
  });
});
