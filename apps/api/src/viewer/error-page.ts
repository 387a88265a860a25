import { html, SafeHtml } from './html';
import { layout, PageContext, viewHref } from './layout';

/** Every refusal of the viewer is a page in plain words, never JSON. */
export function errorPage(ctx: PageContext, status: number, title: string, detail: string): SafeHtml {
  const body = html`<p class="lead" data-status="${status}">${detail}</p>
    <p><a href="${viewHref(ctx, '/')}">Go to the home page</a></p>`;
  return layout(ctx, title, body, { timeTravel: false });
}
