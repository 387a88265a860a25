import type { DeadlineStatus } from '@ledger/domain';
import { html, SafeHtml } from './html';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013-03-31" → "31 March 2013" (GOV.UK style). Anything else is shown as given. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

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

const ACRONYMS = new Set(['pcc', 'dpcc', 'pcp', 'csp', 'ipcc', 'iopc', 'asb', 'cc']);

/** "PoliceAndCrimePlan" → "Police and crime plan"; "DraftPlanPrepared" → "Draft plan prepared". */
export function humanise(name: string | null | undefined): string {
  if (!name) return '';
  const words = name
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/);
  return words
    .map((w, i) => {
      if (/^[A-Z]{2,}$/.test(w) || ACRONYMS.has(w.toLowerCase())) return w.toUpperCase();
      return i === 0 ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
    })
    .join(' ');
}

/** Force-area slug → title: "kent" → "Kent", "avon-and-somerset" → "Avon and Somerset". */
export function areaName(slug: string | null | undefined): string {
  if (!slug) return 'National';
  return slug
    .split('-')
    .map((w) => (['and', 'of', 'the'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export const ROLE_NAMES: Record<string, string> = {
  'pcc-office': 'Office of the Police and Crime Commissioner',
  'panel-secretariat': 'Police and Crime Panel secretariat',
  'csp-officer': 'Community Safety Partnership officer',
  'scrutiny-officer': 'Scrutiny officer',
  auditor: 'Auditor',
  admin: 'Administrator',
};

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? humanise(role);
}

const OWNERS: Record<string, string> = { pcc: 'PCC', csp: 'CSP', panel: 'Panel', councils: 'Councils', 'chief-constable': 'Chief constable', 'secretary-of-state': 'Secretary of State', dpcc: 'Deputy PCC' };

/** Who must act on a deadline: "pcc" → "PCC". */
export function ownerName(owner: string | null | undefined): string {
  if (!owner) return '';
  return OWNERS[owner] ?? humanise(owner);
}

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

/** "open" → Open; "exempt:1,2" → Exempt (Local Government Act 1972 Sch 12A paras 1, 2); "personal". */
export function classificationLabel(c: string | null | undefined): string {
  if (!c || c === 'open') return 'Open';
  if (c.startsWith('exempt')) {
    const paras = c.slice(7).split(',').filter(Boolean);
    return paras.length ? `Exempt (Local Government Act 1972 Sch 12A, ${paras.length > 1 ? 'paras' : 'para'} ${paras.join(', ')})` : 'Exempt (Local Government Act 1972 Sch 12A)';
  }
  if (c === 'personal') return 'Personal data';
  return humanise(c);
}

export function classificationTag(c: string | null | undefined): SafeHtml {
  const open = !c || c === 'open';
  return html`<span class="tag ${open ? 'tag--blue' : 'tag--purple'}" data-classification="${c ?? 'open'}">${classificationLabel(c)}</span>`;
}

/** A value from event data, short and readable. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && v !== null && '$personal' in (v as Record<string, unknown>)) return '[personal data: held apart from the log]';
  const s = JSON.stringify(v);
  return s.length > 300 ? s.slice(0, 297) + '...' : s;
}
