/** The case page: what the case is, its deadlines, each act in plain words with its source, and how to verify it. */
import { mayExport } from '@ledger/governance';
import type { CaseView, TimelineEntry, TrailDeadline } from '@ledger/projections';
import { caseStatusLabel, plainFacts, summariseEvent } from '@ledger/domain';
import {
  areaName,
  bodyName,
  caseName,
  cite,
  classificationTag,
  dateEl,
  eventLabel,
  humanise,
  isSyntheticArea,
  processName,
  roleName,
  statusTag,
  timestampEl,
  valueText,
} from './format';
import { layout, PageContext, viewHref } from './layout';
import { pagination, trailHref } from './links';
import { dataTable, deadlineCells, summaryList } from './table';
import { html, Part, SafeHtml } from './html';

const RELATIONS: Record<string, string> = {
  triggered: 'started',
  discharged: 'done',
  changed: 'changed',
  withdrawn: 'withdrawn',
};
const relationWords = (r: string) => RELATIONS[r] ?? humanise(r).toLowerCase();

function deadlineBadges(ctx: PageContext, ds: TrailDeadline[]): SafeHtml {
  if (!ds.length) return html``;
  return html`<ul class="plain-list tight deadline-badges">
    ${ds.map((d) => html`<li>${statusTag(d.status)} ${d.label}: due ${dateEl(d.dueOn)} <span class="muted">(${relationWords(d.relation)} by this act; ${cite(ctx, d.citation)})</span></li>`)}
  </ul>`;
}

/** Where an act's record comes from: the paper (title, date, link) and its own words. */
export interface ActSourceView {
  title: string | null;
  body: string | null;
  date: string | null;
  quote: string | null;
  url: string | null;
  synthetic: boolean;
}

function sourceBlock(src: ActSourceView | undefined): SafeHtml {
  if (!src) return html``;
  const safeUrl = src.url && /^https?:\/\//i.test(src.url) ? src.url : null;
  return html`<div class="source" data-testid="act-source">
    ${src.synthetic ? html`<p><strong class="tag tag--orange">Synthetic demonstration data</strong> Made up to show how the ledger works; not a real record.</p>` : ''}
    ${src.title ? html`<p><strong>Source:</strong> ${safeUrl ? html`<a href="${safeUrl}" rel="noopener">${src.title}</a>` : src.title}${src.body ? `, ${src.body}` : ''}${src.date ? html`, ${dateEl(src.date)}` : ''}</p>` : ''}
    ${!src.title && safeUrl ? html`<p><strong>Source:</strong> <a href="${safeUrl}" rel="noopener">the published paper</a></p>` : ''}
    ${src.quote && !src.synthetic ? html`<blockquote class="source__quote"><p>${src.quote}</p></blockquote>` : ''}
  </div>`;
}

/** Who acted, in what role, under which power, when, and the deadlines the act touched. */
function actFacts(ctx: PageContext, e: TimelineEntry, area: string | null): SafeHtml {
  const link = (params: Record<string, string>, text: string) =>
    area ? html`<a href="${trailHref(ctx, area, params)}">${text}</a>` : text;
  return summaryList('summary', [
    ['Who', link({ actorId: e.actor.id }, e.actor.name)],
    ['Role', html`${roleName(e.actor.role)}, for ${link({ body: e.actor.body }, bodyName(e.actor.body))}`],
    ['Under which power', html`<span class="citation">${cite(ctx, e.legalBasis)}</span>`],
    ['Date of the act', dateEl(e.effectiveAt)],
    ['Recorded', timestampEl(e.recordedAt)],
    ['Access', classificationTag(e.classification)],
    ...(e.deadlines.length ? [['Deadlines', deadlineBadges(ctx, e.deadlines)] as [string, Part]] : []),
  ]);
}

/** What a correction changed, on the correction and on the record it corrects (which is kept as made). */
function correctionNotes(e: TimelineEntry): SafeHtml {
  const fieldWords = (f: string) => plainFacts(e.type, { [f.replace(/^data\./, '')]: null })[0]?.label ?? humanise(f);
  return html`${
    e.correctionOf
      ? html`<div class="callout callout--correction" data-correction-of="${e.correctionOf.eventId}">
          <p>
            <strong>This record corrects <a href="#event-${e.correctionOf.eventId}">an earlier record</a>.</strong>
            The earlier record is kept as it was made.
          </p>
          <p>
            ${fieldWords(e.correctionOf.field)}: recorded as <del>${valueText(e.correctionOf.oldValue)}</del>, corrected
            to <ins>${valueText(e.correctionOf.newValue)}</ins>.
          </p>
          <p>Reason: ${e.correctionOf.reason}</p>
        </div>`
      : ''
  }
  ${e.corrections.map(
    (c) =>
      html`<div class="callout callout--corrected" data-corrected-by="${c.eventId}">
        <p>
          <strong>Corrected later.</strong> On ${timestampEl(c.recordedAt)}
          <a href="#event-${c.eventId}">a correction</a> by ${c.actor.name} changed ${fieldWords(c.field).toLowerCase()}
          from <del>${valueText(c.oldValue)}</del> to <ins>${valueText(c.newValue)}</ins>.
        </p>
        <p>Reason: ${c.reason}</p>
      </div>`,
  )}`;
}

/** The act's data in plain words, folded away (opened for print). */
function recordedFacts(e: TimelineEntry): SafeHtml {
  if (e.correctionOf) return html``;
  const facts = Object.entries(e.data ?? {}).flatMap(([k, v]) =>
    plainFacts(e.type, { [k]: v }).map((f) => ({ ...f, key: k })),
  );
  const correctedFields = new Set(e.corrections.map((c) => c.field.replace(/^data\./, '')));
  if (!facts.length) return html``;
  return html`<details class="details">
    <summary>What was recorded</summary>
    <dl class="summary summary--data">
      ${facts.map(
        (f) =>
          html`<div>
            <dt>${f.label}</dt>
            <dd>
              ${f.value}${correctedFields.has(f.key) ? html` <span class="tag tag--orange">as corrected</span>` : ''}
            </dd>
          </div>`,
      )}
    </dl>
  </details>`;
}

function timelineEntry(
  ctx: PageContext,
  e: TimelineEntry,
  area: string | null,
  src: ActSourceView | undefined,
): SafeHtml {
  const isCorrection = !!e.correctionOf;
  return html`<li
    class="timeline__item${isCorrection ? ' timeline__item--correction' : ''}"
    id="event-${e.eventId}"
    data-event-type="${e.type}"
    data-classification="${e.classification}"
  >
    <article aria-labelledby="h-${e.eventId}">
      <h3 id="h-${e.eventId}" class="timeline__title">
        ${isCorrection ? html`<span class="tag tag--orange">Correction</span> ` : ''}${eventLabel(e.type)}
      </h3>
      ${isCorrection ? '' : html`<p class="timeline__summary" data-testid="act-summary">${summariseEvent(e.type, e.data)}</p>`}
      ${actFacts(ctx, e, area)} ${sourceBlock(src)} ${correctionNotes(e)}
      ${
        e.findings.length
          ? html`<ul class="findings">
              ${e.findings.map((f) => html`<li class="finding finding--${f.kind}"><strong>${f.kind === 'late' ? 'Late' : 'Note'}:</strong> ${f.message} <span class="citation">(${cite(ctx, f.citation)})</span></li>`)}
            </ul>`
          : ''
      }
      ${recordedFacts(e)}
    </article>
  </li>`;
}

export interface VerifyInfo {
  /** Download link of the JSONL export, or null when the public cannot have one. */
  exportUrl: string | null;
  /** The staff export endpoint (needs an auditor key), for cases with records that are not open. */
  staffExportUrl: string;
  vkey: string | null;
  fingerprint: string | null;
  reason: string | null;
}

function verifySection(ctx: PageContext, stream: string, v: VerifyInfo): SafeHtml {
  const file = `${stream.replace(/[^a-z0-9-]+/g, '_')}.jsonl`;
  const cmd = v.vkey ? `ledger verify ${file} --key '${v.vkey}'` : `ledger verify ${file} --key <the log's public key>`;
  return html`<section
    class="verify"
    aria-labelledby="verify-heading"
    id="verify"
    data-stream="${stream}"
    data-technical="true"
  >
    <h2 id="verify-heading">Verify this case</h2>
    <p>
      The evidence file holds every record of this case exactly as the ledger stored it, with a proof that each sits in
      the signed log and that none was left out.
    </p>
    ${v.exportUrl ? html`<p><a class="button button--secondary" href="${v.exportUrl}" download="${file}" data-export-url="${v.exportUrl}">Download the evidence file</a></p>` : html`<p class="callout">${v.reason ?? 'The evidence file of this case is not public.'} Staff of this police area who are signed in can export it, with a readable PDF copy, from this page.</p>`}
    ${mayExport(ctx.actor, ctx.area) ? html`<p class="staff-exports" data-staff-exports="${v.staffExportUrl}">Staff copies: <a href="${v.staffExportUrl.replace('format=jsonl', 'format=pdf')}" data-action="staff-download" data-staff-download="pdf">readable PDF</a>, <a href="${v.staffExportUrl.replace('format=jsonl', 'format=csv')}" data-action="staff-download" data-staff-download="csv">spreadsheet (CSV)</a>, <a href="${v.staffExportUrl}" data-action="staff-download" data-staff-download="jsonl">evidence file</a>.</p>` : ''}
    <h3 class="heading-s">Check it on your own computer</h3>
    <p>With Node.js and the ledger's command-line tool, run:</p>
    <pre class="command"><code data-testid="verify-command">${cmd}</code></pre>
    ${v.fingerprint ? html`<p>Compare the key's fingerprint with the one the office publishes: <code class="hash" data-testid="key-fingerprint">${v.fingerprint}</code></p>` : ''}
    <h3 class="heading-s">Check it in this browser</h3>
    <div
      class="verify-tool"
      data-verify-tool
      data-export-url="${v.exportUrl ?? ''}"
      data-staff-export-url="${v.staffExportUrl}"
      data-vkey="${v.vkey ?? ''}"
    >
      <noscript><p>Checking in the browser needs JavaScript. Use the command above instead.</p></noscript>
      <div class="field">
        <label for="verify-key">The log's public key</label>
        <p class="hint" id="verify-key-hint">
          Filled in from this server. For real assurance, paste the key the office published elsewhere: the file's own
          key is never trusted.
        </p>
        <textarea id="verify-key" name="key" rows="2" spellcheck="false" aria-describedby="verify-key-hint">
${v.vkey ?? ''}</textarea>
      </div>
      <p><button type="button" class="button" data-action="verify-export">Verify this case in the browser</button></p>
      <div class="field">
        <label for="verify-file">Or check an evidence file you already have</label
        ><input
          type="file"
          id="verify-file"
          accept=".jsonl,.json,.txt,application/x-ndjson,application/json,text/plain"
        />
      </div>
      <p>
        <button type="button" class="button button--secondary" data-action="verify-file">Check the chosen file</button>
      </p>
      <div class="verify-result" role="status" aria-live="polite" data-testid="verify-result"></div>
    </div>
  </section>`;
}

export function casePage(
  ctx: PageContext,
  c: CaseView,
  verify: VerifyInfo,
  sources: Map<string, ActSourceView> = new Map(),
): SafeHtml {
  const area = c.forceArea;
  const entries = c.timeline.items;
  const crumbs = [
    { text: 'Home', href: viewHref(ctx, '/') },
    ...(area
      ? [
          { text: areaName(area), href: viewHref(ctx, `/ui/areas/${area}`) },
          { text: 'Cases', href: viewHref(ctx, `/ui/areas/${area}/cases`) },
        ]
      : []),
    { text: caseName(c.caseId) },
  ];
  const body = html`<p class="caption">${processName(c.aggregateType)}${area ? html`, ${areaName(area)}` : ''}</p>
    ${isSyntheticArea(area) ? html`<p class="callout" data-synthetic="true"><strong>Synthetic demonstration data.</strong> This case is made up to show how the ledger works. It is not a real record.</p>` : ''}
    ${summaryList('summary summary--case', [
      ['Status', caseStatusLabel(c.aggregateType, c.status), 'case-status'],
      ['Case reference', caseName(c.caseId)],
      ['Opened', dateEl(c.openedOn)],
      ['Last act', dateEl(c.lastActOn)],
      ['Access', classificationTag(c.classification)],
      ['Acts in this view', c.eventCount],
      [
        'Who acted',
        html`<ul class="plain-list tight">
          ${c.parties.map((p) => html`<li>${area ? html`<a href="${trailHref(ctx, area, { actorId: p.actorId })}">${p.name}</a>` : p.name} (${roleName(p.role)}, ${bodyName(p.body)})</li>`)}
        </ul>`,
      ],
    ])}
    <h2 id="deadlines">Statutory deadlines</h2>
    <p class="hint">Status on ${dateEl(c.view.statusDate)}.</p>
    ${dataTable({
      labelledBy: 'deadlines',
      testId: 'case-deadlines',
      columns: ['Duty', 'Due', 'Done', 'Status', 'Who must act', 'Law'],
      empty: 'This process sets no deadline in this view.',
      rows: c.deadlines.map(
        (d) =>
          html`<tr data-deadline="${d.key}">
            <th scope="row">${d.label}</th>
            ${deadlineCells(ctx, d)}
          </tr>`,
      ),
    })}
    ${c.corrections.length ? html`<p class="callout callout--correction">This case has ${c.corrections.length} ${c.corrections.length === 1 ? 'correction' : 'corrections'} in this view. Corrections never change the original record: each is a record of its own, shown below where it was made, and the record it corrects says so.</p>` : ''}
    <h2 id="timeline-heading">Timeline</h2>
    <p class="hint">In the order the acts were recorded in the ledger.</p>
    ${
      entries.length
        ? html`<ol class="timeline" aria-labelledby="timeline-heading">
            ${entries.map((e) => timelineEntry(ctx, e, area, sources.get(e.eventId)))}
          </ol>`
        : html`<p class="empty">No record of this case is in this view.</p>`
    }
    ${pagination(ctx, c.timeline.nextCursor, 'Timeline pages')} ${verifySection(ctx, c.stream, verify)}`;
  return layout(ctx, `${processName(c.aggregateType)}: ${caseName(c.caseId)}`, body, { crumbs });
}
