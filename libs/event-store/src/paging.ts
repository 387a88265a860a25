import type { RecordedEvent } from './envelope';
import { validateStream } from './entry';
import { InvalidAppend } from './errors';
import type { ReadStreamOptions } from './port';

/** A read's `limit`, checked: no limit reads to the end. */
export function readLimit(limit: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidAppend('limit', 'must be a positive integer');
  return limit;
}

function readDirection(d: ReadStreamOptions['direction']): 'forwards' | 'backwards' {
  if (d === undefined || d === 'forwards' || d === 'backwards') return d ?? 'forwards';
  throw new InvalidAppend('direction', "must be 'forwards' or 'backwards'");
}

/** One page of a stream read: `from` is a revision, or null for the start (forwards) or the end (backwards). */
export interface StreamPageRequest {
  from: bigint | null;
  backwards: boolean;
  count: number;
  /** True for the read's first page. */
  first: boolean;
}

/**
 * A stream read page by page, for stores whose server returns a bounded page: the options
 * are checked before the first page is asked for, and each next page starts after the last
 * revision read, so the read stops at the stream's start or end, or at `limit`.
 */
export async function* pagedStream(
  stream: string,
  options: ReadStreamOptions,
  pageSize: number,
  page: (request: StreamPageRequest) => Promise<RecordedEvent[]>,
): AsyncGenerator<RecordedEvent> {
  validateStream(stream);
  const backwards = readDirection(options.direction) === 'backwards';
  let limit = readLimit(options.limit);
  if (options.from !== undefined && (typeof options.from !== 'bigint' || options.from < 0n))
    throw new InvalidAppend('from', 'must be a non-negative bigint revision');
  let from: bigint | null = options.from ?? null;
  let first = true;
  while (limit > 0) {
    const count = Math.min(pageSize, limit);
    const events = await page({ from, backwards, count, first });
    first = false;
    for (const e of events) yield e;
    if (events.length < count) return;
    limit -= events.length;
    const last = events[events.length - 1].revision;
    if (backwards && last === 0n) return;
    from = backwards ? last - 1n : last + 1n;
  }
}
