import type { ApiActor, ApiRole } from './api-keys';

/**
 * Who may read what. One policy for every read route, the viewer and exports, so that
 * no route decides force-area scope on its own: a scattered check is how an exempt
 * stream once leaked through a paging parameter.
 *
 * Three questions, answered the same way everywhere:
 * - may this caller use the route at all (its rule: anyone, or named roles);
 * - how much of a force area's record it sees (everything of its own area, or what
 *   the public sees);
 * - whether a whole stream or export of an area is its to take.
 */

/** Who a read route admits: anyone (anonymous callers see open records), or keys of these roles. */
export type ReadRule = 'anyone' | readonly ApiRole[];

/** The caller as the policy sees it: anonymous, or a key's role and force area ("*" is national). */
export type Reader = Pick<ApiActor, 'role' | 'forceArea'> | null | undefined;

/** How much of the record a reader sees: open records only, or exempt ones too. */
export type ReadVisibility = 'open' | 'all';

/** Who exports a case or a selection of the record, always within their own force area. */
export const EXPORT_READERS: readonly ApiRole[] = ['auditor', 'admin', 'panel-secretariat'];

/** Who reads a stream's raw envelopes, within their own force area. */
export const STREAM_READERS: readonly ApiRole[] = ['auditor', 'scrutiny-officer', 'admin'];

/** Whether the reader may export this area's record: an export role, and its own area. */
export function mayExport(reader: Reader, forceArea: string | null | undefined): boolean {
  return !!reader && EXPORT_READERS.includes(reader.role) && mayTakeWhole(reader, forceArea);
}

export type RouteAdmission = 'admitted' | 'needs-key' | 'role-refused';

/** Whether the route's rule admits the reader. */
export function admission(rule: ReadRule, reader: Reader): RouteAdmission {
  if (rule === 'anyone') return 'admitted';
  if (!reader) return 'needs-key';
  return rule.includes(reader.role) ? 'admitted' : 'role-refused';
}

/** Whether the reader speaks for this force area: a national key for every area, any other key for its own. */
export function isOwnArea(reader: Reader, forceArea: string | null | undefined): boolean {
  if (!reader) return false;
  return reader.forceArea === '*' || (!!forceArea && forceArea === reader.forceArea);
}

/**
 * What the reader sees of a force area's record. Anonymous callers see open records; a
 * key sees everything of its own area (national keys: of every area) and, of another
 * area, what the public sees. With no area named (a listing across areas), a local key
 * sees what the public sees, since the rows may be of any area.
 */
export function visibilityIn(reader: Reader, forceArea: string | null | undefined): ReadVisibility {
  return isOwnArea(reader, forceArea) ? 'all' : 'open';
}

/**
 * Whether the reader may take a whole stream or an export of an area. Another area's
 * stream is answered as unknown, not refused, so that its existence is not disclosed.
 */
export function mayTakeWhole(reader: Reader, forceArea: string | null | undefined): boolean {
  return isOwnArea(reader, forceArea);
}
