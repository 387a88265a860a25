import type { CaseSummary, Dashboard, DeadlineEntry, DecisionEntry, Page, TrailEntry } from '@ledger/projections';
import { caseStatusLabel, POLICE_AREAS } from '@ledger/domain';
import {
  areaName,
  bodyName,
  caseName,
  cite,
  classificationTag,
  eventLabel,
  ownerName,
  dateEl,
  humanise,
  isSyntheticArea,
  processName,
  roleName,
  statusTag,
  timestampEl,
  valueText,
} from './format';
import { href, html, SafeHtml } from './html';
import { FeedLink, layout, PageContext, viewHref } from './layout';

export const PROCESSES = [
  'AnnualReport',
  'ChiefConstableAppointment',
  'CombinationAgreement',
  'CommissionerOffice',
  'CommunitySafetyPartnership',
  'Complaint',
  'CspMeetingSummons',
  'CspReportRequirement',
  'DecisionRegister',
  'DeputyCommissioner',
  'Grant',
  'InterestsRegister',
  'PanelMeeting',
  'PanelReport',
  'PoliceAndCrimePanel',
  'PoliceAndCrimePlan',
  'PreceptCycle',
  'RecordCoverage',
  'ScrutinyRequirement',
  'SeniorAppointment',
];

const caseHref = (ctx: PageContext, stream: string, extra: Record<string, string> = {}) =>
  viewHref(ctx, `/ui/cases/${encodeURIComponent(stream).replace(/%3A/g, ':')}`, extra);
export const trailHref = (ctx: PageContext, area: string | null, params: Record<string, string>) =>
  viewHref(ctx, area ? `/ui/areas/${area}/trail` : '/', params);

function caseLink(ctx: PageContext, stream: string, caseId: string, aggregateType?: string): SafeHtml {
  return html`<a href="${caseHref(ctx, stream)}">${caseName(caseId)}</a
    >${aggregateType ? html` <span class="muted">(${processName(aggregateType)})</span>` : ''}`;
}

export function pagination(ctx: PageContext, nextCursor: string | null, label = 'Results pages'): SafeHtml {
  const here = ctx.query.cursor;
  if (!nextCursor && !here) return html``;
  const params = { ...ctx.query };
  delete params.cursor;
  return html`<nav class="pagination" aria-label="${label}">
    <ul>
      ${here ? html`<li><a href="${href(ctx.path, params)}">First page</a></li>` : ''}
      ${nextCursor ? html`<li><a href="${href(ctx.path, { ...params, cursor: nextCursor })}" rel="next">Next page</a></li>` : html`<li class="muted">This is the last page.</li>`}
    </ul>
  </nav>`;
}

function hiddenView(ctx: PageContext): SafeHtml {
  return html`${ctx.view.asAt ? html`<input type="hidden" name="asAt" value="${ctx.view.asAt}" />` : ''}${ctx.view.recordedOn ? html`<input type="hidden" name="recordedOn" value="${ctx.view.recordedOn}" />` : ''}`;
}

function select(id: string, label: string, options: Array<[string, string]>, value: string | undefined): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label
    ><select id="${id}" name="${id.replace(/^f-/, '')}">
      ${options.map(([v, t]) => html`<option value="${v}" ${(value ?? '') === v ? html` selected` : ''}>${t}</option>`)}
    </select>
  </div>`;
}

function dateInput(id: string, label: string, value: string | undefined): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label
    ><input
      type="date"
      id="${id}"
      name="${id.replace(/^f-/, '')}"
      value="${value ?? ''}"
      min="1990-01-01"
      max="2099-12-31"
    />
  </div>`;
}

function textInput(id: string, label: string, value: string | undefined, hint?: string): SafeHtml {
  return html`<div class="field">
    <label for="${id}">${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}<input
      type="text"
      id="${id}"
      name="${id.replace(/^f-/, '')}"
      value="${value ?? ''}"
      spellcheck="false"
      autocomplete="off"
      ${hint ? html` aria-describedby="${id}-hint"` : ''}
    />
  </div>`;
}

function filterForm(ctx: PageContext, fields: SafeHtml[]): SafeHtml {
  return html`<form class="filters" method="get" action="${ctx.path}" aria-labelledby="filters-heading">
    <h2 id="filters-heading" class="heading-s">Filter</h2>
    ${hiddenView(ctx)}
    <div class="filters__fields">${fields}</div>
    <div class="actions">
      <button type="submit" class="button">Apply filters</button>
      <a class="link-button" href="${viewHref(ctx, ctx.path)}">Clear filters</a>
    </div>
  </form>`;
}

const processOptions = (): Array<[string, string]> => [
  ['', 'All processes'],
  ...PROCESSES.map((p): [string, string] => [p, processName(p)]),
];

function deadlineRows(ctx: PageContext, rows: DeadlineEntry[], caption: string, empty: string, id: string): SafeHtml {
  if (!rows.length)
    return html`<h2 id="${id}">${caption}</h2>
      <p class="empty">${empty}</p>`;
  return html`<h2 id="${id}">${caption}</h2>
    <div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">
      <table class="table">
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Duty</th>
            <th scope="col">Case</th>
            <th scope="col">Due</th>
            <th scope="col">Done</th>
            <th scope="col">Status</th>
            <th scope="col">Who must act</th>
            <th scope="col">Citation</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (d) =>
              html`<tr data-deadline="${d.key}" data-stream="${d.stream}">
                <th scope="row">
                  ${d.label}${d.confidence && d.confidence !== 'confirmed' ? html` <span class="muted">(to be checked: the law is not explicit)</span>` : ''}
                </th>
                <td>${caseLink(ctx, d.stream, d.caseId, d.aggregateType)}</td>
                <td>${dateEl(d.dueOn)}</td>
                <td>${d.completedOn ? dateEl(d.completedOn) : html`<span class="muted">not done</span>`}</td>
                <td>${statusTag(d.status)}</td>
                <td>${ownerName(d.owner)}</td>
                <td class="citation">${cite(ctx, d.citation)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

// ------------------------------------------------------------------------------------ home

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

// ------------------------------------------------------------------------------------ cases list

export function casesPage(ctx: PageContext, area: string, page: Page<CaseSummary>): SafeHtml {
  const q = ctx.query;
  const rows = page.items;
  const body = html`${filterForm(ctx, [select('f-process', 'Process', processOptions(), q.process), textInput('f-status', 'Status', q.status, 'For example: vetoed')])}
    <h2 id="cases-heading">Cases</h2>
    ${
      rows.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="cases-heading" tabindex="0">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Process</th>
                  <th scope="col">Status</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Last act</th>
                  <th scope="col">Deadlines</th>
                  <th scope="col">Access</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (c) =>
                    html`<tr data-stream="${c.stream}">
                      <th scope="row"><a href="${caseHref(ctx, c.stream)}">${caseName(c.caseId)}</a></th>
                      <td>${processName(c.aggregateType)}</td>
                      <td>${caseStatusLabel(c.aggregateType, c.status)}</td>
                      <td>${dateEl(c.openedOn)}</td>
                      <td>${dateEl(c.lastActOn)}</td>
                      <td>
                        ${
                          c.deadlines.length
                            ? html`<ul class="plain-list tight">
                                ${c.deadlines.map((d) => html`<li>${statusTag(d.status)} ${d.label}</li>`)}
                              </ul>`
                            : html`<span class="muted">none</span>`
                        }
                      </td>
                      <td>${classificationTag(c.classification)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="empty">No case matches.</p>`
    }
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, `${areaName(area)}: cases`, body, {
    crumbs: [
      { text: 'Home', href: viewHref(ctx, '/') },
      { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
      { text: 'Cases' },
    ],
  });
}

// ------------------------------------------------------------------------------------ trail

export function trailPage(ctx: PageContext, area: string, page: Page<TrailEntry>): SafeHtml {
  const q = ctx.query;
  const who = q.actorId ? (page.items[0]?.actor.name ?? q.actorId) : null;
  const title = q.body
    ? `Accountability trail: ${bodyName(q.body)}`
    : who
      ? `Accountability trail: ${who}`
      : `${areaName(area)}: accountability trail`;
  const bodies = new Map(page.items.map((t) => [t.actor.body, bodyName(t.actor.body)]));
  if (q.body) bodies.set(q.body, bodyName(q.body));
  const people = new Map(page.items.map((t) => [t.actor.id, t.actor.name]));
  if (q.actorId) people.set(q.actorId, who ?? 'The office holder chosen');
  const body = html`<p class="lead">
      Every act
      ${q.body ? html`of <strong>${bodyName(q.body)}</strong>` : who ? html`of <strong>${who}</strong>` : html`in ${areaName(area)}`}:
      who acted, in what role, under which power, when, and whether the deadline was met.
    </p>
    ${filterForm(ctx, [
      select('f-body', 'Body', [['', 'Any body'], ...[...bodies].sort((x, y) => x[1].localeCompare(y[1]))], q.body),
      select(
        'f-actorId',
        'Office holder',
        [['', 'Anyone'], ...[...people].sort((x, y) => x[1].localeCompare(y[1]))],
        q.actorId,
      ),
      select('f-process', 'Process', processOptions(), q.process),
      dateInput('f-from', 'Acts from', q.from),
      dateInput('f-to', 'Acts to', q.to),
    ])}
    <h2 id="trail-heading">Acts</h2>
    ${
      page.items.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="trail-heading" tabindex="0">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Act</th>
                  <th scope="col">Who and role</th>
                  <th scope="col">Under which power</th>
                  <th scope="col">Case</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Recorded</th>
                  <th scope="col">Access</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (t) =>
                    html`<tr data-event="${t.eventId}">
                      <td>${dateEl(t.effectiveOn)}</td>
                      <th scope="row">
                        ${t.correction ? html`<span class="tag tag--orange">Correction</span> ` : ''}${eventLabel(t.type)}${t.correction ? html`<br /><span class="muted">corrects ${humanise(t.correction.field.replace(/^data\./, '')).toLowerCase()}: ${valueText(t.correction.oldValue)} → ${valueText(t.correction.newValue)}</span>` : ''}
                      </th>
                      <td>
                        <a href="${trailHref(ctx, area, { actorId: t.actor.id })}">${t.actor.name}</a><br /><span
                          class="muted"
                          >${roleName(t.actor.role)},
                          <a href="${trailHref(ctx, area, { body: t.actor.body })}">${bodyName(t.actor.body)}</a></span
                        >
                      </td>
                      <td><span class="citation">${cite(ctx, t.legalBasis)}</span></td>
                      <td>${caseLink(ctx, t.stream, t.caseId, t.aggregateType)}</td>
                      <td>
                        ${t.deadlineStatus ? statusTag(t.deadlineStatus) : html`<span class="muted">none</span>`}${t.late ? html` <span class="muted">recorded as late</span>` : ''}
                      </td>
                      <td>${timestampEl(t.recordedAt)}</td>
                      <td>${classificationTag(t.classification)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="empty">No act matches.</p>`
    }
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, title, body, {
    crumbs: [
      { text: 'Home', href: viewHref(ctx, '/') },
      { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
      { text: 'Accountability trail' },
    ],
  });
}

// ------------------------------------------------------------------------------------ registers

export function decisionsPage(ctx: PageContext, area: string, page: Page<DecisionEntry>): SafeHtml {
  const q = ctx.query;
  const body = html`<p class="lead">
      Decisions of significant public interest, which the commissioner must publish under the Elected Local Policing
      Bodies (Specified Information) Order 2011, and whether and when each was published.
    </p>
    ${filterForm(ctx, [
      select(
        'f-significantOnly',
        'Which decisions',
        [
          ['', 'Significant public interest only'],
          ['false', 'All decisions'],
        ],
        q.significantOnly,
      ),
      select(
        'f-published',
        'Published',
        [
          ['', 'Published or not'],
          ['true', 'Published'],
          ['false', 'Not published'],
        ],
        q.published,
      ),
      select(
        'f-body',
        'Decision maker',
        [
          ['', 'Any decision maker'],
          ...[...new Set([...page.items.map((x) => x.decisionMaker.body), ...(q.body ? [q.body] : [])])]
            .filter(Boolean)
            .map((b): [string, string] => [b, bodyName(b)]),
        ],
        q.body,
      ),
      dateInput('f-from', 'Decided from', q.from),
      dateInput('f-to', 'Decided to', q.to),
    ])}
    <h2 id="decisions-heading">Decisions</h2>
    ${
      page.items.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="decisions-heading" tabindex="0">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Decided</th>
                  <th scope="col">Decision maker</th>
                  <th scope="col">Under which power</th>
                  <th scope="col">Published</th>
                  <th scope="col">Days to publish</th>
                  <th scope="col">Access</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (x) =>
                    html`<tr data-decision="${x.decisionEventId}">
                      <td>${x.decisionRef ?? html`<span class="muted">none</span>`}</td>
                      <th scope="row">
                        <a href="${caseHref(ctx, x.stream)}#event-${x.decisionEventId}"
                          >${x.title ?? 'Untitled decision'}</a
                        >${x.significantPublicInterest ? html`<br /><span class="muted">significant public interest</span>` : ''}
                      </th>
                      <td>${dateEl(x.decidedOn)}</td>
                      <td>
                        <a href="${trailHref(ctx, area, { actorId: x.decisionMaker.id })}">${x.decisionMaker.name}</a>
                      </td>
                      <td class="citation">${cite(ctx, x.legalBasis)}</td>
                      <td>
                        ${x.published ? html`<strong class="tag tag--green">Published</strong> ${dateEl(x.publishedOn)}` : html`<strong class="tag tag--red">Not published</strong>`}
                      </td>
                      <td>${x.daysToPublish ?? html`<span class="muted">not published</span>`}</td>
                      <td>${classificationTag(x.classification)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="empty">No decision matches.</p>`
    }
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, `${areaName(area)}: decision register`, body, {
    crumbs: [
      { text: 'Home', href: viewHref(ctx, '/') },
      { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
      { text: 'Decision register' },
    ],
  });
}

export function deadlinesPage(ctx: PageContext, area: string, page: Page<DeadlineEntry>, statusDate: string): SafeHtml {
  const q = ctx.query;
  const body = html`<p class="lead">
      Every statutory deadline of ${areaName(area)} with its due date and its status on ${dateEl(statusDate)}.
    </p>
    ${filterForm(ctx, [
      select(
        'f-status',
        'Status',
        [
          ['', 'Any status'],
          ['missed', 'Missed'],
          ['no_record', 'No record'],
          ['late', 'Late'],
          ['outstanding', 'Outstanding'],
          ['met', 'Met'],
          ['not_yet_due', 'Not yet due'],
        ],
        q.status,
      ),
      select('f-process', 'Process', processOptions(), q.process),
      select(
        'f-owner',
        'Who must act',
        [['', 'Anyone'], ...['pcc', 'panel', 'csp', 'councils'].map((o): [string, string] => [o, ownerName(o)])],
        q.owner,
      ),
      dateInput('f-from', 'Due from', q.from),
      dateInput('f-to', 'Due to', q.to),
    ])}
    ${deadlineRows(ctx, page.items, 'Deadlines', 'No deadline matches.', 'deadlines-heading')}
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, `${areaName(area)}: deadlines register`, body, {
    crumbs: [
      { text: 'Home', href: viewHref(ctx, '/') },
      { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
      { text: 'Deadlines register' },
    ],
  });
}

// ------------------------------------------------------------------------------------ sign in, integrity, errors

export function signInPage(ctx: PageContext): SafeHtml {
  const body = html`<p class="lead">
      Staff of a PCC office, a panel or a partnership can see the exempt records of their own force area.
    </p>
    <div class="callout">
      <p>
        Your API key is kept in this browser tab only (session storage) and is sent in a request header. It is never put
        in a link, so it cannot leak through browser history, bookmarks or shared links. Closing the tab signs you out.
      </p>
    </div>
    <noscript
      ><p class="callout callout--error">
        Signing in needs JavaScript in this browser. Without it you see open records only.
      </p></noscript
    >
    <form class="sign-in" id="sign-in-form" method="post" action="/ui/sign-in" novalidate hidden>
      <div class="error-summary" role="alert" tabindex="-1" id="sign-in-error" hidden>
        <h2 class="heading-s">There is a problem</h2>
        <p><a href="#api-key" id="sign-in-error-text">Enter your API key</a></p>
      </div>
      <div class="field">
        <label for="api-key">API key</label>
        <p class="hint" id="api-key-hint">It was given to you by your administrator.</p>
        <input
          type="password"
          id="api-key"
          name="key"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="api-key-hint"
          required
        />
      </div>
      <button type="submit" class="button">Sign in</button>
    </form>`;
  return layout(ctx, 'Staff sign in', body, { timeTravel: false });
}

export interface IntegrityInfo {
  checkpoint: { size: number; root: string; issuedAt: string; note: string; origin: string } | null;
  key: { vkey: string; fingerprint: string; name: string } | null;
  available: boolean;
}

export function integrityPage(ctx: PageContext, info: IntegrityInfo): SafeHtml {
  const body = html`<p class="lead">
      What this means for you: every act in this ledger is kept exactly as it was first recorded. Nothing can be
      changed, removed or slipped in later without the check below failing, and nobody, the ledger's operators included,
      can quietly rewrite the record.
    </p>
    <h2>What the check tells you</h2>
    <ul class="plain-list">
      <li>That each act you downloaded is the act the ledger recorded, word for word.</li>
      <li>That no act of a case was left out or put in the wrong order.</li>
      <li>
        That the record was signed by the ledger's own key, which you can compare with the one the office publishes.
      </li>
    </ul>
    <p>
      The check cannot tell you whether what was recorded is correct: a wrong fact stays in the record, and a correction
      is added beside it, never over it.
    </p>
    ${info.available ? '' : html`<p class="callout">This server does not publish its signed record yet.</p>`}
    <h2>How to check a case</h2>
    <ol>
      <li>Open the case and choose "Download the evidence file".</li>
      <li>
        Choose the file below and press "Check the chosen file". The key is filled in from this server; for real
        assurance, paste the key the office published.
      </li>
      <li>
        The answer says in plain words whether the file is exactly what the ledger recorded, and if not, what is wrong.
      </li>
    </ol>
    <h2 id="check-file">Check an evidence file in this browser</h2>
    <div class="verify-tool" data-verify-tool data-export-url="" data-vkey="${info.key?.vkey ?? ''}">
      <noscript><p>Checking in the browser needs JavaScript.</p></noscript>
      <div class="field">
        <label for="verify-key">The log's public key</label
        ><textarea id="verify-key" name="key" rows="2" spellcheck="false">${info.key?.vkey ?? ''}</textarea>
      </div>
      <div class="field">
        <label for="verify-earlier">An earlier checkpoint you hold (optional)</label>
        <p class="hint" id="verify-earlier-hint">
          Paste a signed note published before: the check then shows the log only grew since.
        </p>
        <textarea id="verify-earlier" rows="4" spellcheck="false" aria-describedby="verify-earlier-hint"></textarea>
      </div>
      <div class="field">
        <label for="verify-file">Evidence file</label
        ><input
          type="file"
          id="verify-file"
          accept=".jsonl,.json,.txt,application/x-ndjson,application/json,text/plain"
        />
      </div>
      <p><button type="button" class="button" data-action="verify-file">Check the chosen file</button></p>
      <div class="verify-result" role="status" aria-live="polite" data-testid="verify-result"></div>
    </div>
    <section data-technical="true" aria-labelledby="technical-heading">
      <h2 id="technical-heading">For those who want the technical detail</h2>
      <p>
        Each act is stored as the exact bytes first written and fingerprinted (SHA-256) into a Merkle tree, as
        Certificate Transparency does (RFC 9162). The ledger signs the tree's head, a "checkpoint", with an Ed25519 key.
      </p>
      <h3 class="heading-s">Latest signed checkpoint</h3>
      ${
        info.checkpoint
          ? html`<dl class="summary">
                <div>
                  <dt>Log</dt>
                  <dd><code>${info.checkpoint.origin}</code></dd>
                </div>
                <div>
                  <dt>Entries</dt>
                  <dd>${info.checkpoint.size}</dd>
                </div>
                <div>
                  <dt>Root</dt>
                  <dd><code class="hash">${info.checkpoint.root}</code></dd>
                </div>
                <div>
                  <dt>Signed</dt>
                  <dd>${timestampEl(info.checkpoint.issuedAt)}</dd>
                </div>
              </dl>
              <h4 class="heading-s">The signed note, exactly as published</h4>
              <pre class="note"><code>${info.checkpoint.note}</code></pre>`
          : html`<p class="empty">No checkpoint has been issued yet.</p>`
      }
      <h3 class="heading-s">The log's public key</h3>
      ${
        info.key
          ? html`<dl class="summary">
                <div>
                  <dt>Key</dt>
                  <dd><code class="hash" data-testid="vkey">${info.key.vkey}</code></dd>
                </div>
                <div>
                  <dt>Fingerprint (SHA-256)</dt>
                  <dd><code class="hash">${info.key.fingerprint}</code></dd>
                </div>
              </dl>
              <p>
                Compare the fingerprint with the one the office publishes in its committee papers or on its website. A
                key that arrives inside an evidence file is never trusted.
              </p>`
          : html`<p class="empty">Not available.</p>`
      }
      <p>
        On your own computer, with nothing but Node 22 or later: download the one-file checker
        <a href="/ui/static/verify-ledger.mjs" download data-testid="verifier-download">verify-ledger.mjs</a> (the same
        code as this page's check) and run
        <code>node verify-ledger.mjs the-file.jsonl --key '${info.key?.vkey ?? '<the public key>'}'</code>. With the
        ledger installed, <code>ledger verify</code> takes the same arguments.
      </p>
    </section>`;
  return layout(ctx, 'Integrity', body, {
    timeTravel: false,
    crumbs: [{ text: 'Home', href: '/' }, { text: 'Integrity' }],
  });
}

export function errorPage(ctx: PageContext, status: number, title: string, detail: string): SafeHtml {
  const body = html`<p class="lead" data-status="${status}">${detail}</p>
    <p><a href="${viewHref(ctx, '/')}">Go to the home page</a></p>`;
  return layout(ctx, title, body, { timeTravel: false });
}
