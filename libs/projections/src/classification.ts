/**
 * Classification of records (DOMAIN.md §4.17, DESIGN.md "Security"): `open`,
 * `exempt:<Sch 12A paras>` or `personal`. A case is as restricted as its most restricted
 * event; anonymous callers see only open records.
 */
export function classificationRank(c: string | null | undefined): number {
  if (!c || c === 'open') return 0;
  if (c.startsWith('exempt')) return 1;
  return 2; // personal, or anything unknown: treat as the most restricted
}

export function mergeClassification(a: string | null | undefined, b: string | null | undefined): string {
  const ra = classificationRank(a);
  const rb = classificationRank(b);
  if (ra === 2 || rb === 2)
    return a === 'personal' || b === 'personal' ? 'personal' : ra === 2 ? (a as string) : (b as string);
  if (ra === 1 || rb === 1) {
    const paras = new Set<number>();
    for (const c of [a, b]) {
      if (c && c.startsWith('exempt:')) for (const p of c.slice(7).split(',')) if (p) paras.add(Number(p));
    }
    return paras.size ? `exempt:${[...paras].sort((x, y) => x - y).join(',')}` : 'exempt';
  }
  return 'open';
}

export type Visibility = 'open' | 'all';

export function isVisible(classification: string | null | undefined, visibility: Visibility): boolean {
  return visibility === 'all' || classificationRank(classification) === 0;
}
