import {
  areaWords,
  bodyName,
  caseName,
  classificationLabel as plainClassification,
  type DeadlineStatus,
  eventLabel,
  OWNER_LABELS,
  plainCitation,
  plainValue,
  policeArea,
  processName,
  ROLE_LABELS,
  wordsFor,
  longDate,
  wordsOf,
} from '@ledger/domain';
import { html, SafeHtml } from './html';

/** "2013-03-31" → "31 March 2013": the same long date as the PDF, the CSV and the CLI. */
export { longDate };

/** A <time> element with the long date as text. */
export function dateEl(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span class="muted">none</span>`;
  return html`<time datetime="${iso.slice(0, 10)}">${longDate(iso)}</time>`;
}

/** A timestamp: the long date and the UTC time. */
export function timestampEl(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span class="muted">none</span>`;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return dateEl(iso);
  return html`<time datetime="${iso}">${longDate(m[1])}, ${m[2]} UTC</time>`;
}

/** A stored code in words, for anything without a written label: "awaiting_report" → "Awaiting report". */
export function humanise(name: string | null | undefined): string {
  return name ? wordsOf(name) : '';
}

/** A police area by name; an area that is not one of England and Wales's is demonstration data, and says so. */
export function areaName(slug: string | null | undefined): string {
  if (!slug) return 'National';
  return policeArea(slug) ? areaWords(slug) : `${areaWords(slug)} (synthetic demonstration area)`;
}

export function isSyntheticArea(slug: string | null | undefined): boolean {
  return !!slug && !policeArea(slug);
}

export function roleName(role: string): string {
  return ROLE_LABELS[role] ?? wordsOf(role);
}

/** Who must act on a deadline: "pcc" → "Police and Crime Commissioner". */
export function ownerName(owner: string | null | undefined): string {
  if (!owner) return '';
  return OWNER_LABELS[owner] ?? wordsOf(owner);
}

/** A citation in words; each Act or Order in full the first time the page cites it. */
export function cite(ctx: { cited?: Set<string> }, citation: string | null | undefined): string {
  ctx.cited ??= new Set();
  return plainCitation(citation, ctx.cited);
}

export { bodyName, caseName, eventLabel, processName };

export type Status = DeadlineStatus;

/** "Missed" only where the body's record is declared complete; elsewhere the ledger says it holds no record. */
const STATUS: Record<Status, { label: string; cls: string }> = {
  met: { label: 'Met', cls: 'tag--green' },
  late: { label: 'Late', cls: 'tag--orange' },
  missed: { label: 'Missed', cls: 'tag--red' },
  no_record: { label: 'No record', cls: 'tag--grey' },
  outstanding: { label: 'Outstanding', cls: 'tag--yellow' },
  not_yet_due: { label: 'Not yet due', cls: 'tag--grey' },
};

/** A deadline status badge; the text carries the meaning, colour only repeats it. */
export function statusTag(status: string | null | undefined): SafeHtml {
  if (!status) return html``;
  const s = STATUS[status as Status] ?? { label: humanise(status), cls: 'tag--grey' };
  return html`<strong class="tag ${s.cls}" data-status="${status}">${s.label}</strong>`;
}

function classificationLabel(c: string | null | undefined): string {
  return plainClassification(c);
}

export function classificationTag(c: string | null | undefined): SafeHtml {
  const open = !c || c === 'open';
  return html`<span class="tag ${open ? 'tag--blue' : 'tag--purple'}" data-classification="${c ?? 'open'}"
    >${classificationLabel(c)}</span
  >`;
}

/** A value from event data in words (never JSON, never personal data). */
export function valueText(v: unknown, type?: string | null, key = ''): string {
  return plainValue(key, v, wordsFor(type ?? null));
}
