/** Links between the viewer's pages, each keeping the time view, and the pager of long lists. */
import { caseName, processName } from './format';
import { href, html, SafeHtml } from './html';
import { PageContext, viewHref } from './layout';

export const caseHref = (ctx: PageContext, stream: string, extra: Record<string, string> = {}) =>
  viewHref(ctx, `/ui/cases/${encodeURIComponent(stream).replace(/%3A/g, ':')}`, extra);
export const trailHref = (ctx: PageContext, area: string | null, params: Record<string, string>) =>
  viewHref(ctx, area ? `/ui/areas/${area}/trail` : '/', params);

export function caseLink(ctx: PageContext, stream: string, caseId: string, aggregateType?: string): SafeHtml {
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
