/**
 * The web viewer's interactive tools in Chromium: verifying a case in the browser with the
 * single-file verifier (and failing on a tampered copy), and staff sign-in with an API key
 * that shows exempt records. Set-up and page checks: ./helpers/viewer.
 */
import { verifyExport } from '@ledger/audit';
import { ApiKeyStore } from '@ledger/governance';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { binary, request } from './helpers/app';
import { COMPLAINT, OFFICE, useViewer, type ViewerState } from './helpers/viewer';

// Browser globals, for the functions run in the page (the project compiles without the DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const sessionStorage: any;
declare const location: any;

describe('Web viewer in Chromium: verification and sign-in', () => {
  let { t, page, vkey } = {} as ViewerState;
  const { open, shot, axe, expectPlain, itRendersEveryPageCleanly } = useViewer((s) => ({ t, page, vkey } = s));

  it('verifies a case in the browser with the single-file verifier: verified, then failed on a tampered copy', async () => {
    await open(`/ui/cases/${OFFICE}`);
    await expect(page.locator('[data-testid="verify-command"]').textContent()).resolves.toBe(
      `ledger verify commissioner-office_kent-2012.jsonl --key '${vkey}'`,
    );
    await page.getByRole('button', { name: 'Verify this case in the browser' }).click();
    const result = page.locator('[data-testid="verify-result"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="verify-result"]')?.hasAttribute('data-outcome'),
      undefined,
      { timeout: 20_000 },
    );
    await expect(result.getAttribute('data-outcome')).resolves.toBe('verified');
    const ok = (await result.textContent()) ?? '';
    expect(ok).toContain('Verified: the evidence file of this case is exactly what the ledger recorded.');
    expect(ok).toContain(
      `Case ${OFFICE}: records 0 to 2 form an unbroken chain, and none was left out up to the checkpoint.`,
    );
    const key = (await request(t.http).get('/v1/ledger/key')).body as { fingerprint: string };
    expect(ok).toContain(`whose fingerprint is ${key.fingerprint}.`);
    // The page's verifier is the single-file build of libs/audit/src/verify, the very file the API offers for download.
    const loaded = await page.evaluate(() =>
      (globalThis as any).performance.getEntriesByType('resource').map((e: any) => new URL(e.name).pathname),
    );
    expect(loaded).toContain('/ui/static/verify-ledger.mjs');
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
    const file = await request(t.http).get(`/ui/cases/${OFFICE}/export.jsonl`).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    const original = (file.body as Buffer).toString('utf8');
    expect((await verifyExport(Readable.from([original]), { trustedKeys: [vkey] })).ok).toBe(true);

    // Tamper with one record: the elected person's name in the first event.
    const lines = original.trimEnd().split('\n');
    const idx = lines.findIndex(
      (l) =>
        JSON.parse(l).type === 'event' &&
        Buffer.from(JSON.parse(l).entry, 'base64').toString('utf8').includes('Ann Barnes'),
    );
    expect(idx).toBeGreaterThan(0);
    const ev = JSON.parse(lines[idx]);
    ev.entry = Buffer.from(
      Buffer.from(ev.entry, 'base64').toString('utf8').replace('Ann Barnes', 'Ann Barnet'),
      'utf8',
    ).toString('base64');
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
      await page.waitForFunction(
        () => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'failed',
      );
      const failed = (await result.textContent()) ?? '';
      expect(failed).toContain('Failed: the file tampered.jsonl is not what the ledger recorded');
      // The browser gives the same first reason as `ledger verify`.
      expect(failed).toContain(node.failures[0]);
      await shot('07-verify-tampered');

      // The untampered file, chosen from disk, verifies.
      writeFileSync(path, original);
      await page.setInputFiles('#verify-file', path);
      await page.getByRole('button', { name: 'Check the chosen file' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'verified',
      );

      // A key the file was not signed with: the signature check fails, in plain words.
      await page.getByLabel("The log's public key").fill('someone-else+00000000+AQ' + 'A'.repeat(42) + '=');
      await page.getByRole('button', { name: 'Check the chosen file' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="verify-result"]')?.getAttribute('data-outcome') === 'failed',
      );
      await expect(result.textContent()).resolves.toContain('A trusted key could not be read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs in with an API key kept in session storage (never in a URL), and an exempt record appears', async () => {
    const key = (
      await t.app
        .get(ApiKeyStore)
        .create({ name: 'Northshire panel officer', role: 'panel-secretariat', forceArea: 'northshire' })
    ).token;
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
    await expect(page.locator(`tr[data-stream="${COMPLAINT}"] [data-classification]`).textContent()).resolves.toBe(
      'Exempt from publication (Local Government Act 1972, Schedule 12A, paragraphs 1, 2)',
    );
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
    const visited = await page.evaluate(() =>
      (window.performance.getEntriesByType('resource') as Array<{ name: string }>)
        .map((e) => e.name)
        .concat(location.href),
    );
    for (const u of visited) expect(u).not.toContain(key);
    expect(page.url()).not.toContain(key);

    // Sign out: the exempt record is gone again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-access="open"]').waitFor();
    await expect(page.evaluate(() => sessionStorage.getItem('ledger.apiKey'))).resolves.toBeNull();
    await expect(page.locator('h1').textContent()).resolves.toBe('Case not found');
  });

  itRendersEveryPageCleanly('verify-sign-in', { timings: 5, axeChecked: 6 });
});
