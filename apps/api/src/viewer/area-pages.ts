/** The pages a reader starts from: the home page and a police area's dashboard. */
import type { Dashboard, DecisionEntry } from '@ledger/projections';
import { POLICE_AREAS } from '@ledger/domain';
import { areaName, cite, dateEl, eventLabel, isSyntheticArea } from './format';
import { html, SafeHtml } from './html';
import { FeedLink, layout, PageContext, viewHref } from './layout';
import { caseLink } from './links';
import { hiddenView, select } from './filters';
import { deadlineRows } from './table';

export function homePage(ctx: PageContext, areas: string[]): SafeHtml {
  const body = html`<p class="lead">
      A read-only view of the statutory record: who did what, under which power, when, and whether the deadline was met.
      Every page can be shown as at a past date, and the link you share keeps that date.
    </p>
    <h2>Police areas with records</h2>
    ${
      areas.length
        ? html`<ul class="card-list">
            ${areas.map((a) => html`<li><a href="${viewHref(ctx, `/ui/areas/${a}`)}">${areaName(a)}</a></li>`)}
          </ul>`
        : html`<p class="empty">No cases are recorded yet.</p>`
    }
    ${areas.some(isSyntheticArea) ? html`<p class="hint">Areas marked synthetic are made up to show how the ledger works: their records are not real.</p>` : ''}
    <form class="inline-form" method="get" action="/ui/areas" aria-labelledby="go-area">
      <h2 id="go-area" class="heading-s">Go to a police area</h2>
      ${hiddenView(ctx)}
      ${select('area', 'Police area of England and Wales', [['', 'Choose a police area'], ...POLICE_AREAS.map((a): [string, string] => [a.slug, a.name]), ...areas.filter(isSyntheticArea).map((a): [string, string] => [a, areaName(a)])], undefined)}
      <button type="submit" class="button">Go</button>
    </form>
    <h2>Check the record has not been altered</h2>
    <p>
      Every act is kept exactly as first recorded, and the ledger signs the whole record so that any later change shows.
      You can download a case and check it yourself, in this browser or on your own computer. See
      <a href="${viewHref(ctx, '/ui/integrity')}">how to check the record</a>.
    </p>`;
  return layout(ctx, 'Governance Ledger', body);
}

// ------------------------------------------------------------------------------------ dashboard

export function dashboardPage(
  ctx: PageContext,
  area: string,
  d: Dashboard,
  recent: DecisionEntry[],
  openComplaints: number,
  vetoSummaries: Map<string, string> = new Map(),
): SafeHtml {
  const base = `/ui/areas/${area}`;
  const c = d.counts;
  const feedTitle = `${areaName(area)}: decisions, published information and panel reports`;
  const feeds: FeedLink[] = [
    { title: feedTitle, type: 'application/atom+xml', href: `/v1/force-areas/${area}/feed.atom` },
    { title: feedTitle, type: 'application/feed+json', href: `/v1/force-areas/${area}/feed.json` },
  ];
  const card = (n: number, label: string, link: string, cls = '') =>
    html`<li class="stat ${cls}">
      <a href="${link}"><span class="stat__n">${n}</span> <span class="stat__label">${label}</span></a>
    </li>`;
  const cap = 25;
  const body = html`${isSyntheticArea(area) ? html`<p class="callout" data-synthetic="true"><strong>Synthetic demonstration data.</strong> This area and its records are made up to show how the ledger works. They are not real.</p>` : ''}
    <p class="lead">
      Statutory deadlines, vetoes and decisions of ${areaName(area)}, with their status on ${dateEl(d.view.statusDate)}.
    </p>
    <h2 id="summary">Summary</h2>
    <ul class="stats" aria-labelledby="summary">
      ${card(c.overdue, c.overdue === 1 ? 'missed deadline' : 'missed deadlines', viewHref(ctx, `${base}/deadlines`, { status: 'missed' }), c.overdue ? 'stat--red' : '')}
      ${card(c.noRecord, 'past due, no record', viewHref(ctx, `${base}/deadlines`, { status: 'no_record' }))}
      ${card(c.outstanding, 'outstanding deadlines', viewHref(ctx, `${base}/deadlines`, { status: 'outstanding' }))}
      ${card(c.upcoming, 'due in the next 28 days', viewHref(ctx, `${base}/deadlines`, { status: 'outstanding' }))}
      ${card(c.vetoes, c.vetoes === 1 ? 'veto' : 'vetoes', '#vetoes')}
      ${card(openComplaints, openComplaints === 1 ? 'open complaint' : 'open complaints', ctx.actor ? viewHref(ctx, `${base}/cases`, { process: 'Complaint' }) : '#complaints-note')}
      ${card(c.unpublishedSignificantDecisions, 'significant decisions not published', viewHref(ctx, `${base}/decisions`, { published: 'false' }))}
      ${card(c.cases, c.cases === 1 ? 'case' : 'cases', viewHref(ctx, `${base}/cases`))}
    </ul>
    ${ctx.actor ? '' : html`<p class="hint" id="complaints-note">Complaints are exempt records: the public sees how many are open, not what they are.</p>`}
    ${deadlineRows(ctx, d.overdue.slice(0, cap), 'Missed deadlines', 'No deadline is missed where the record is declared complete.', 'overdue')}
    ${d.overdue.length > cap ? html`<p><a href="${viewHref(ctx, `${base}/deadlines`, { status: 'missed' })}">All ${d.overdue.length} missed deadlines</a></p>` : ''}
    ${deadlineRows(ctx, d.noRecord.slice(0, cap), 'Past due with no record', 'Every past duty has a record.', 'no-record')}
    <p class="hint">
      "No record" means the due date has passed and the ledger holds no act: the act may not have been recorded. A
      deadline is shown as missed only where the body has declared its record complete.
    </p>
    ${d.noRecord.length > cap ? html`<p><a href="${viewHref(ctx, `${base}/deadlines`, { status: 'no_record' })}">All ${d.noRecord.length} past-due deadlines with no record</a></p>` : ''}
    ${deadlineRows(ctx, d.upcoming.slice(0, cap), 'Due in the next 28 days', 'Nothing falls due in the next 28 days.', 'upcoming')}
    ${deadlineRows(ctx, d.outstanding.slice(0, cap), 'Outstanding deadlines', 'No deadline is outstanding.', 'outstanding')}
    ${d.outstanding.length > cap ? html`<p><a href="${viewHref(ctx, `${base}/deadlines`, { status: 'outstanding' })}">All ${d.outstanding.length} outstanding deadlines</a></p>` : ''}
    <h2 id="vetoes">Vetoes</h2>
    ${
      d.vetoes.length
        ? html`<ul class="plain-list">
            ${d.vetoes.map((v) => html`<li data-event="${v.eventId}">${dateEl(v.effectiveOn)}: <strong>${eventLabel(v.type)}</strong>. ${vetoSummaries.get(v.eventId) ?? ''} Recorded by ${v.actor.name}. ${caseLink(ctx, v.stream, v.caseId, v.aggregateType)}${v.legalBasis ? html` <span class="citation">(${cite(ctx, v.legalBasis)})</span>` : ''}</li>`)}
          </ul>`
        : html`<p class="empty">No veto is recorded.</p>`
    }
    <h2 id="recent-decisions">Recent decisions</h2>
    ${
      recent.length
        ? html`<ul class="plain-list">
            ${recent.map((x) => html`<li>${dateEl(x.decidedOn)}: ${x.decisionRef ? html`<strong>${x.decisionRef}</strong> ` : ''}${x.title ?? 'Untitled decision'}, ${x.published ? html`published ${dateEl(x.publishedOn)}` : html`<strong>not published</strong>`} (${caseLink(ctx, x.stream, x.caseId)})</li>`)}
          </ul>`
        : html`<p class="empty">No decision is recorded.</p>`
    }
    <p><a href="${viewHref(ctx, `${base}/decisions`)}">The decision register</a></p>
    <p>
      Follow what is published: <a href="${feeds[0].href}" type="${feeds[0].type}">Atom feed</a> or
      <a href="${feeds[1].href}" type="${feeds[1].type}">JSON feed</a> of the decisions, published information and panel
      reports of ${areaName(area)}.
    </p>`;
  return layout(ctx, `${areaName(area)}: dashboard`, body, {
    crumbs: [{ text: 'Home', href: viewHref(ctx, '/') }, { text: areaName(area) }],
    feeds,
  });
}
