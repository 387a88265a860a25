import type { IsoDate } from './calendar';

/** DOMAIN.md §4.17: access and purpose are separate fields. */
export type Access = 'open' | 'exempt';
export type Purpose = 'for_decision' | 'for_information' | 'for_noting';
export type DatePrecision = 'day' | 'month' | 'before_date' | 'unknown';

/** Schedule 12A Part 1 paragraphs (LGA 1972), as applied to panels by SI 2012/2734. */
export const SCHEDULE_12A_PARAS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface SourceDocument {
  ref: string;
  title: string;
  /** The body that produced the paper (DOMAIN.md §5.1 author_body). */
  body: string;
  date: IsoDate | null;
  access: Access;
  exemptParas: number[];
  purpose: Purpose | null;
  /** Where the published paper can be read (a committee paper, a decision notice), when known. */
  url?: string | null;
}

/**
 * Where a recorded fact comes from. `synthetic` marks demonstration data that is not
 * in the seeds (DOMAIN.md §6: it must be visibly labelled).
 */
export interface Provenance {
  sourceDocument?: SourceDocument;
  /** The source's own words, kept verbatim even when wrong (e.g. S3's "2013"). */
  sourceQuote?: string;
  datePrecision: DatePrecision;
  provenance?: 'seed' | 'synthetic' | 'live';
}

export function validateSourceDocument(doc: SourceDocument): string[] {
  const problems: string[] = [];
  if (doc.access === 'exempt' && doc.exemptParas.length === 0)
    problems.push('an exempt document must cite at least one Schedule 12A paragraph');
  if (doc.access === 'open' && doc.exemptParas.length > 0)
    problems.push('an open document cannot cite Schedule 12A paragraphs');
  for (const p of doc.exemptParas)
    if (!(SCHEDULE_12A_PARAS as readonly number[]).includes(p))
      problems.push(`Schedule 12A Part 1 has no paragraph ${p}`);
  return problems;
}
