/** Which events belong to an export's scope: shared by the exporter and the verifier. */
import type { ExportScope } from './format';

interface ScopedEntry {
  stream?: unknown;
  metadata?: { actor?: { body?: unknown }; effectiveAt?: unknown; recordedAt?: unknown };
}

/** Inclusive range on the ISO text; a date-only bound covers that whole day. */
export function dateInRange(date: string, from: string, to: string): boolean {
  return date >= from && date.slice(0, to.length) <= to;
}

export function entryInScope(entry: ScopedEntry, scope: ExportScope): boolean {
  if (scope.kind === 'stream') return typeof entry.stream === 'string' && scope.streams.includes(entry.stream);
  if (scope.kind === 'body') return entry.metadata?.actor?.body === scope.body;
  const d = entry.metadata?.[scope.field];
  return typeof d === 'string' && dateInRange(d, scope.from, scope.to);
}

/** A plain-English reason when a header's scope is malformed, else null. */
export function scopeProblem(scope: unknown): string | null {
  const s = scope as Partial<Record<string, unknown>> | null;
  if (typeof s !== 'object' || s === null) return 'the header does not say what was exported';
  if (s.kind === 'stream')
    return Array.isArray(s.streams) && s.streams.length > 0 && s.streams.every((x) => typeof x === 'string')
      ? null
      : 'the header names no case';
  if (s.kind === 'body') return typeof s.body === 'string' && s.body !== '' ? null : 'the header names no body';
  if (s.kind === 'dateRange') {
    const ok =
      (s.field === 'effectiveAt' || s.field === 'recordedAt') && typeof s.from === 'string' && typeof s.to === 'string';
    return ok ? null : 'the header gives no valid date range';
  }
  return `the header's scope kind ${JSON.stringify(s.kind)} is unknown`;
}

/** How the OK report names what was exported. */
export function scopeText(scope: ExportScope): string {
  if (scope.kind === 'stream')
    return scope.streams.length === 1
      ? `the whole case ${scope.streams[0]}`
      : `the whole cases ${scope.streams.join(', ')}`;
  if (scope.kind === 'body') return `a selection: everything recorded as done by ${scope.body}`;
  return `a selection: events with ${scope.field === 'effectiveAt' ? 'effective date' : 'recording date'} from ${scope.from} to ${scope.to}`;
}
