import type { ApiRole } from '@ledger/governance';
import { areaName, dateEl, longDate, roleName, timestampEl } from './format';
import { href, html, SafeHtml } from './html';

export interface TimeView {
  asAt?: string;
  recordedOn?: string;
}

export interface ViewerActor {
  name: string;
  role: ApiRole;
  forceArea: string;
}

export interface CheckpointBadge {
  size: number;
  root: string;
  issuedAt: string;
  origin: string;
  /** The newest cosignature of each panel's witness. */
  witnessed?: Array<{ forceArea: string | null; witness: string; size: number; at: string }>;
}

export interface PageContext {
  /** Path of this page, without the query string. */
  path: string;
  /** The query as given (normalised), kept by the time-travel form and links. */
  query: Record<string, string>;
  view: TimeView;
  actor: ViewerActor | null;
  /** The force area the page is about, if any (drives the navigation). */
  area: string | null;
  checkpoint: CheckpointBadge | null | 'unavailable';
  /** Acts and Orders already cited on this page: each is named in full only the first time. */
  cited?: Set<string>;
}

export interface Crumb {
  text: string;
  href?: string;
}

/** Keeps the time view in every link: a committee paper can cite a view by URL. */
export function viewHref(
  ctx: Pick<PageContext, 'view'>,
  path: string,
  params: Record<string, string | number | boolean | null | undefined> = {},
): string {
  return href(path, { ...params, asAt: ctx.view.asAt, recordedOn: ctx.view.recordedOn });
}

function navLinks(ctx: PageContext): SafeHtml {
  const area = ctx.area;
  const items: Array<[string, string]> = [['Home', viewHref(ctx, '/')]];
  if (area) {
    const base = `/ui/areas/${area}`;
    items.push(
      [`${areaName(area)} dashboard`, viewHref(ctx, base)],
      ['Cases', viewHref(ctx, `${base}/cases`)],
      ['Decision register', viewHref(ctx, `${base}/decisions`)],
      ['Deadlines register', viewHref(ctx, `${base}/deadlines`)],
      ['Accountability trail', viewHref(ctx, `${base}/trail`)],
    );
  }
  items.push(['Integrity', viewHref(ctx, '/ui/integrity')]);
  return html`<nav class="nav" aria-label="Main">
    <ul>
      ${items.map(([text, link]) => {
        const current = link.split('?')[0] === ctx.path;
        return html`<li><a href="${link}" ${current ? html`aria-current="page"` : ''}>${text}</a></li>`;
      })}
    </ul>
  </nav>`;
}

function timeTravelForm(ctx: PageContext): SafeHtml {
  const date = ctx.view.recordedOn ?? ctx.view.asAt ?? '';
  const recorded = !!ctx.view.recordedOn && !ctx.view.asAt;
  const keep = Object.entries(ctx.query).filter(
    ([k]) => !['asAt', 'recordedOn', 'cursor', 'date', 'basis'].includes(k),
  );
  return html`<form class="time-travel" method="get" action="${ctx.path}" aria-labelledby="time-travel-heading">
    <h2 id="time-travel-heading" class="visually-hidden">View the record in time</h2>
    ${keep.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}
    <div class="field">
      <label for="tt-date">Show the record as at</label>
      <input
        type="date"
        id="tt-date"
        name="date"
        value="${date}"
        min="1990-01-01"
        max="2099-12-31"
        aria-describedby="tt-hint"
      />
    </div>
    <div class="field checkbox">
      <input type="checkbox" id="tt-basis" name="basis" value="recorded" ${recorded ? html`checked` : ''} />
      <label for="tt-basis">As recorded on this date</label>
    </div>
    <p id="tt-hint" class="hint">
      "As at" shows what was legally so on the date. "As recorded on" shows only what the ledger had been told by that
      date, before any later correction.
    </p>
    <div class="actions">
      <button type="submit" class="button">Show</button>
      ${date ? html`<a class="link-button" href="${href(ctx.path, Object.fromEntries(keep))}">Show today's record</a>` : ''}
    </div>
  </form>`;
}

function viewBanner(ctx: PageContext): SafeHtml {
  const { asAt, recordedOn } = ctx.view;
  if (!asAt && !recordedOn)
    return html`<p class="view-banner" data-view="today">You are looking at the record as it stands today.</p>`;
  const parts: SafeHtml[] = [];
  if (asAt) parts.push(html`as at ${dateEl(asAt)} (what was legally so on that date)`);
  if (recordedOn) parts.push(html`as recorded on ${dateEl(recordedOn)} (what the ledger had been told by then)`);
  return html`<p class="view-banner view-banner--past" data-view="${asAt ? 'asAt' : 'recordedOn'}">
    You are looking at the record ${parts.length === 2 ? html`${parts[0]}, and ${parts[1]}` : parts[0]}.
  </p>`;
}

function accessNote(ctx: PageContext): SafeHtml {
  if (!ctx.actor) {
    return html`<p class="access-note" data-access="open">
      You are seeing <strong>open records only</strong>. Staff can <a href="/ui/sign-in">sign in with an API key</a> to
      see exempt records of their own force area.
    </p>`;
  }
  const scope = ctx.actor.forceArea === '*' ? 'every force area' : areaName(ctx.actor.forceArea);
  return html`<p class="access-note access-note--staff" data-access="staff">
    Signed in as <strong>${ctx.actor.name}</strong> (${roleName(ctx.actor.role)}). You see all records of ${scope}, and
    open records elsewhere.
  </p>`;
}

function integrityBadge(cp: PageContext['checkpoint']): SafeHtml {
  if (cp === 'unavailable' || cp === null) {
    return html`<aside class="integrity-badge" aria-labelledby="integrity-badge-title" data-checkpoint="none">
      <h2 id="integrity-badge-title" class="integrity-badge__title">Integrity</h2>
      <p>
        ${cp === null ? 'No signed checkpoint has been issued yet.' : 'Signed checkpoints are not published by this server.'}
        <a href="/ui/integrity">About integrity</a>
      </p>
    </aside>`;
  }
  return html`<aside class="integrity-badge" aria-labelledby="integrity-badge-title" data-checkpoint="${cp.size}">
    <h2 id="integrity-badge-title" class="integrity-badge__title">Integrity</h2>
    <p>
      The whole record, <span data-testid="checkpoint-size">${cp.size.toLocaleString('en-GB')}</span> entries, was last
      signed on ${timestampEl(cp.issuedAt)}. Any later change to it would show.
    </p>
    ${(cp.witnessed ?? []).map((w) => html`<p data-testid="witnessed">Witnessed by ${w.forceArea ? `${areaName(w.forceArea)} Police and Crime Panel` : w.witness} at ${timestampEl(w.at)} (${w.size.toLocaleString('en-GB')} entries).</p>`)}
    <p><a href="/ui/integrity">How to check the ledger yourself</a></p>
  </aside>`;
}

function breadcrumbs(crumbs: Crumb[]): SafeHtml {
  if (!crumbs.length) return html``;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      ${crumbs.map((c) => (c.href ? html`<li><a href="${c.href}">${c.text}</a></li>` : html`<li aria-current="page">${c.text}</li>`))}
    </ol>
  </nav>`;
}

/** The whole page. `title` is the h1 text as well as the document title. */
/** A feed a reader can subscribe to, announced in the page head. */
export interface FeedLink {
  title: string;
  type: 'application/atom+xml' | 'application/feed+json';
  href: string;
}

export function layout(
  ctx: PageContext,
  title: string,
  body: SafeHtml,
  options: { crumbs?: Crumb[]; timeTravel?: boolean; feeds?: FeedLink[] } = {},
): SafeHtml {
  const when =
    ctx.view.asAt || ctx.view.recordedOn
      ? ` (${ctx.view.asAt ? 'as at ' + longDate(ctx.view.asAt) : 'as recorded on ' + longDate(ctx.view.recordedOn)})`
      : '';
  return html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}${when} – Governance Ledger</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/ui/static/viewer.css" />
        ${(options.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}" />`)}
        <script src="/ui/static/viewer-check.js" defer></script>
        <script src="/ui/static/viewer.js" defer></script>
      </head>
      <body>
        <a href="#main" class="skip-link">Skip to main content</a>
        <header class="header">
          <div class="width-container header__inner">
            <a class="header__service" href="${viewHref(ctx, '/')}">Governance Ledger</a>
            <p class="header__tagline">
              The statutory record of Police and Crime Commissioners, Panels and Community Safety Partnerships
            </p>
            <div class="header__session" id="session" data-signed-in="${ctx.actor ? 'true' : 'false'}">
              ${ctx.actor ? html`<span>Signed in</span> <button type="button" class="link-button" data-action="sign-out">Sign out</button>` : html`<a href="/ui/sign-in">Staff sign in</a>`}
            </div>
          </div>
          <div class="width-container">${navLinks(ctx)}</div>
        </header>
        <div class="width-container">
          ${breadcrumbs(options.crumbs ?? [])}
          <section class="context" aria-label="What you are seeing">${viewBanner(ctx)} ${accessNote(ctx)}</section>
          ${options.timeTravel === false ? '' : timeTravelForm(ctx)}
          <main id="main" tabindex="-1">
            <h1>${title}</h1>
            ${body}
          </main>
          ${integrityBadge(ctx.checkpoint)}
        </div>
        <footer class="footer">
          <div class="width-container">
            <p>
              Governance Ledger: an append-only, verifiable record. Every act is kept; corrections are new records that
              point at what they correct.
            </p>
            <p>Times are in UTC. Dates are the legal (effective) dates of acts unless marked as recorded dates.</p>
          </div>
        </footer>
      </body>
    </html>`;
}
