import { nonBlank } from '../core/text';

/*
 * What the record may hold about a complainant: personal data only as commitments, and the subject's id in a safe form.
 */
const COMMITMENT_RE = /^[0-9a-f]{64}$/;

/** An opaque id: no spaces (names) and no "@" (e-mail addresses). */
const SUBJECT_ID_RE = /^[A-Za-z0-9._:-]+$/;

/** Why a complainant reference would leak personal data, or [] if it is clean. */
export function personalDataProblems(complainant: unknown): string[] {
  if (complainant === null || typeof complainant !== 'object')
    return ['the complainant must be { subjectId, commitments }'];
  const c = complainant as Record<string, unknown>;
  const problems: string[] = [];
  const extra = Object.keys(c).filter((k) => k !== 'subjectId' && k !== 'commitments');
  if (extra.length) problems.push(`fields ${extra.join(', ')} must be committed, not stored`);
  if (typeof c.subjectId !== 'string' || !SUBJECT_ID_RE.test(c.subjectId))
    problems.push('the subject id must be an opaque identifier, not a name or address');
  problems.push(...commitmentProblems(c.commitments));
  return problems;
}

export function commitmentProblems(commitments: unknown): string[] {
  if (commitments === null || typeof commitments !== 'object' || Array.isArray(commitments))
    return ['commitments must map field paths to hex HMAC commitments'];
  return Object.entries(commitments as Record<string, unknown>)
    .filter(([path, v]) => !nonBlank(path) || typeof v !== 'string' || !COMMITMENT_RE.test(v))
    .map(([path]) => `${path || '(blank path)'} does not hold a 64-hex-digit commitment`);
}
