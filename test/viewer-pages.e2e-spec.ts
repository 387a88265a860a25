/**
 * The web viewer's pages in Chromium, read as the public reads them: the dashboard, cases,
 * corrections, the as-at and as-recorded views, the trail and registers, pagination, print,
 * a vetoed precept and the police-area picker. Set-up and page checks: ./helpers/viewer.
 */
import { request } from './helpers/app';
import { OFFICE, PLAN, PRECEPT, useViewer, type ViewerState } from './helpers/viewer';

// Browser globals, for the functions run in the page (the project compiles without the DOM lib).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;

describe('Web viewer in Chromium: pages', () => {
  let { t, page, vkey } = {} as ViewerState;
  const { open, shot, axe, expectPlain, itRendersEveryPageCleanly } = useViewer((s) => ({ t, page, vkey } = s));

  it('opens the Kent dashboard: past-due duties with no record (never "missed" from gaps in the papers), vetoes, decisions and the integrity badge', async () => {
    const res = await open('/ui/areas/kent');
    expect(res.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Kent: dashboard');
    // Nobody declared Kent's record complete: a duty with nothing on record is "No record", never "Missed".
    await expect(page.locator('#overdue + p.empty').isVisible()).resolves.toBe(true);
    const noRecord = page.locator('table').first();
    await expect(
      noRecord.locator('tr[data-stream="police-and-crime-plan:kent-plan-2013"] [data-status]').textContent(),
    ).resolves.toBe('No record');
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
    expect(text).toContain(
      "Source: Kent Police and Crime Commissioner's Police and Crime Plan, Office of the Kent Police and Crime Commissioner, 19 March 2013",
    );
    await expect(entry.locator('.deadline-badges [data-status]').textContent()).resolves.toBe('No record');
    await shot('02-case');
    await expectPlain('case');
    await axe('case');
  });

  it('shows corrections as corrections, never silently applied', async () => {
    await open(`/ui/cases/${OFFICE}`);
    const corrected = page.locator('[data-event-type="ElectionHeld"]');
    await expect(corrected.locator('.callout--corrected').textContent()).resolves.toMatch(
      /Corrected later\..*date of the poll.*15 November 2013.*15 November 2012/s,
    );
    const correction = page.locator('[data-event-type="RecordCorrected"]');
    await expect(correction.locator('.tag', { hasText: 'Correction' }).isVisible()).resolves.toBe(true);
    await expect(correction.locator('.callout--correction').textContent()).resolves.toContain(
      'The earlier record is kept as it was made',
    );
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
    await expect(page.locator('nav.nav a', { hasText: 'Decision register' }).getAttribute('href')).resolves.toContain(
      'asAt=2013-03-01',
    );
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

  it('serves the trail, the registers with filters and pagination, the home and integrity pages, all accessible', async () => {
    await open('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Governance Ledger');
    await expect(page.locator('.card-list a', { hasText: 'Kent' }).count()).resolves.toBe(1);
    await shot('10-home');
    await axe('home');

    await open('/ui/areas/kent/trail?body=kent-pcc');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Accountability trail: Kent Police and Crime Commissioner',
    );
    const acts = await page.locator('tbody tr').count();
    expect(acts).toBeGreaterThan(0);
    await shot('11-trail');
    await expectPlain('trail');
    await axe('trail');
    // Pagination: the trail of every Kent act is paged by 50; with few acts there is no next page.
    await expect(page.locator('.pagination').count()).resolves.toBe(0);

    await open('/ui/areas/northshire/decisions?significantOnly=false');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Northshire (synthetic demonstration area): decision register',
    );
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await shot('12-decisions');
    await axe('decision register');
    // Filter through the form: published only.
    await page.getByLabel('Published', { exact: true }).selectOption('true');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/published=true/);
    for (const row of await page.locator('tbody tr').all())
      await expect(row.locator('.tag--green').textContent()).resolves.toBe('Published');

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
    await expect(page.locator('tbody tr[data-deadline="plan.first-plan"] [data-status]').textContent()).resolves.toBe(
      'Outstanding',
    );

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
    await expect(veto.locator('[data-testid="act-summary"]').textContent()).resolves.toBe(
      'Vetoed by 9 of 12 members (8 needed) as too high.',
    );
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
    await expect(page.locator('#vetoes + ul').textContent()).resolves.toContain(
      'Vetoed by 9 of 12 members (8 needed) as too high.',
    );
    await expect(page.locator('[data-synthetic="true"]').textContent()).resolves.toContain(
      'Synthetic demonstration data',
    );
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

  itRendersEveryPageCleanly('pages', { timings: 20, axeChecked: 14 });
});
