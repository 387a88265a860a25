/** Data tables: each scrolls on its own in a region named by its heading, so a narrow screen keeps the page still. */
import type { DeadlineEntry } from '@ledger/projections';
import { cite, dateEl, ownerName, statusTag } from './format';
import { html, Part, SafeHtml } from './html';
import type { PageContext } from './layout';
import { caseLink } from './links';

export interface TableSpec {
  /** The id of the heading that names the table. */
  labelledBy: string;
  columns: string[];
  rows: SafeHtml[];
  /** What to say instead of an empty table. */
  empty: string;
  /** A caption for screen readers, where the heading alone is not enough. */
  caption?: string;
  testId?: string;
}

export function dataTable(t: TableSpec): SafeHtml {
  if (!t.rows.length) return html`<p class="empty">${t.empty}</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="${t.labelledBy}" tabindex="0">
    <table class="table" ${t.testId ? html`data-testid="${t.testId}"` : ''}>
      ${
        t.caption
          ? html`<caption class="visually-hidden">
              ${t.caption}
            </caption>`
          : ''
      }
      <thead>
        <tr>
          ${t.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows}
      </tbody>
    </table>
  </div>`;
}

/** A summary list of terms and their values; a row with a third entry gives its value that test id. */
export function summaryList(cls: string, rows: Array<[string, Part] | [string, Part, string]>): SafeHtml {
  return html`<dl class="${cls}">
    ${rows.map(
      ([term, value, testId]) =>
        html`<div>
          <dt>${term}</dt>
          <dd ${testId ? html`data-testid="${testId}"` : ''}>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

/** The cells every deadline row shows, on a case page and in the registers alike: due, done, status, who, law. */
export function deadlineCells(
  ctx: PageContext,
  d: Pick<DeadlineEntry, 'dueOn' | 'completedOn' | 'status' | 'owner' | 'citation'>,
): SafeHtml {
  return html`<td>${dateEl(d.dueOn)}</td>
    <td>${d.completedOn ? dateEl(d.completedOn) : html`<span class="muted">not done</span>`}</td>
    <td>${statusTag(d.status)}</td>
    <td>${ownerName(d.owner)}</td>
    <td class="citation">${cite(ctx, d.citation)}</td>`;
}

/** The deadlines of many cases under their heading: the dashboard's lists and the deadlines register. */
export function deadlineRows(
  ctx: PageContext,
  rows: DeadlineEntry[],
  caption: string,
  empty: string,
  id: string,
): SafeHtml {
  return html`<h2 id="${id}">${caption}</h2>
    ${dataTable({
      labelledBy: id,
      caption,
      columns: ['Duty', 'Case', 'Due', 'Done', 'Status', 'Who must act', 'Citation'],
      empty,
      rows: rows.map(
        (d) =>
          html`<tr data-deadline="${d.key}" data-stream="${d.stream}">
            <th scope="row">
              ${d.label}${d.confidence && d.confidence !== 'confirmed' ? html` <span class="muted">(to be checked: the law is not explicit)</span>` : ''}
            </th>
            <td>${caseLink(ctx, d.stream, d.caseId, d.aggregateType)}</td>
            ${deadlineCells(ctx, d)}
          </tr>`,
      ),
    })}`;
}
