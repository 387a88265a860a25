/** A police area's registers: its cases, its accountability trail, its decisions and its deadlines, each filtered and paged. */
import type { CaseSummary, DeadlineEntry, DecisionEntry, Page, TrailEntry } from '@ledger/projections';
import { caseStatusLabel } from '@ledger/domain';
import {
  areaName,
  bodyName,
  caseName,
  cite,
  classificationTag,
  dateEl,
  eventLabel,
  humanise,
  ownerName,
  processName,
  roleName,
  statusTag,
  timestampEl,
  valueText,
} from './format';
import { html, SafeHtml } from './html';
import { layout, PageContext, viewHref } from './layout';
import { caseHref, caseLink, pagination, trailHref } from './links';
import { dateInput, filterForm, processOptions, select, textInput } from './filters';
import { dataTable, deadlineRows } from './table';

/** Home, the area's dashboard, then the register itself. */
const areaCrumbs = (ctx: PageContext, area: string, text: string) => [
  { text: 'Home', href: viewHref(ctx, '/') },
  { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
  { text },
];

export function casesPage(ctx: PageContext, area: string, page: Page<CaseSummary>): SafeHtml {
  const q = ctx.query;
  const rows = page.items;
  const body = html`${filterForm(ctx, [select('f-process', 'Process', processOptions(), q.process), textInput('f-status', 'Status', q.status, 'For example: vetoed')])}
    <h2 id="cases-heading">Cases</h2>
    ${dataTable({
      labelledBy: 'cases-heading',
      columns: ['Case', 'Process', 'Status', 'Opened', 'Last act', 'Deadlines', 'Access'],
      empty: 'No case matches.',
      rows: rows.map((c) => caseRow(ctx, c)),
    })}
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, `${areaName(area)}: cases`, body, { crumbs: areaCrumbs(ctx, area, 'Cases') });
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
    ${dataTable({
      labelledBy: 'trail-heading',
      columns: ['Date', 'Act', 'Who and role', 'Under which power', 'Case', 'Deadline', 'Recorded', 'Access'],
      empty: 'No act matches.',
      rows: page.items.map((t) => trailRow(ctx, area, t)),
    })}
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, title, body, { crumbs: areaCrumbs(ctx, area, 'Accountability trail') });
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
    ${dataTable({
      labelledBy: 'decisions-heading',
      columns: [
        'Reference',
        'Decision',
        'Decided',
        'Decision maker',
        'Under which power',
        'Published',
        'Days to publish',
        'Access',
      ],
      empty: 'No decision matches.',
      rows: page.items.map((x) => decisionRow(ctx, area, x)),
    })}
    ${pagination(ctx, page.nextCursor)}`;
  return layout(ctx, `${areaName(area)}: decision register`, body, {
    crumbs: areaCrumbs(ctx, area, 'Decision register'),
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
    crumbs: areaCrumbs(ctx, area, 'Deadlines register'),
  });
}

function caseRow(ctx: PageContext, c: CaseSummary): SafeHtml {
  return html`<tr data-stream="${c.stream}">
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
  </tr>`;
}

function trailRow(ctx: PageContext, area: string, t: TrailEntry): SafeHtml {
  return html`<tr data-event="${t.eventId}">
    <td>${dateEl(t.effectiveOn)}</td>
    <th scope="row">
      ${t.correction ? html`<span class="tag tag--orange">Correction</span> ` : ''}${eventLabel(t.type)}${t.correction ? html`<br /><span class="muted">corrects ${humanise(t.correction.field.replace(/^data\./, '')).toLowerCase()}: ${valueText(t.correction.oldValue)} → ${valueText(t.correction.newValue)}</span>` : ''}
    </th>
    <td>
      <a href="${trailHref(ctx, area, { actorId: t.actor.id })}">${t.actor.name}</a><br /><span class="muted"
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
  </tr>`;
}

function decisionRow(ctx: PageContext, area: string, x: DecisionEntry): SafeHtml {
  return html`<tr data-decision="${x.decisionEventId}">
    <td>${x.decisionRef ?? html`<span class="muted">none</span>`}</td>
    <th scope="row">
      <a href="${caseHref(ctx, x.stream)}#event-${x.decisionEventId}">${x.title ?? 'Untitled decision'}</a
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
  </tr>`;
}
