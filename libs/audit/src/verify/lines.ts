/**
 * Line splitting for the streaming verifier: an export may be larger than memory.
 */

/** The longest line read unless the caller says otherwise. */
export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

/**
 * Splits a byte stream into lines without holding more than one line. A line inside one
 * chunk is decoded from the chunk where it lies (no copy); only a line that spans chunks
 * is gathered first. A newline byte is never part of a multi-byte UTF-8 character, so both
 * decode the same.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let len = 0;
  const tooLong = () => new Error(`a line is longer than ${maxLineBytes} bytes`);
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, start)) >= 0) {
      let line: string;
      if (len === 0) {
        if (nl - start > maxLineBytes) throw tooLong();
        line = buf.toString('utf8', start, nl);
      } else {
        parts.push(buf.subarray(start, nl));
        len += nl - start;
        if (len > maxLineBytes) throw tooLong();
        line = Buffer.concat(parts, len).toString('utf8');
        parts = [];
        len = 0;
      }
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      start = nl + 1;
    }
    if (start < buf.length) {
      parts.push(buf.subarray(start));
      len += buf.length - start;
      if (len > maxLineBytes) throw tooLong();
    }
  }
  if (len > 0) yield Buffer.concat(parts, len).toString('utf8');
}

/** Whole lines, each ending in a newline, as read: checked elsewhere, then applied in order. */
export interface LineRegion {
  bytes: Uint8Array;
}

const NL = 0x0a;

/**
 * Lines as readLines gives them until `regions()` says otherwise; from then on, each chunk's
 * whole lines (with the start of its first line carried over from the chunk before) go out
 * together as one LineRegion, a copy, so the chunk may be reused. The line limit is checked
 * where a region's lines are split (see EventBatches).
 */
export async function* readLinesOrRegions(
  input: AsyncIterable<Buffer | string>,
  regions: () => boolean,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  /** Where a region's bytes are copied to: `length` bytes starting at an offset that is `align` modulo 8. */
  room: (length: number, align: number) => Uint8Array = (length) => new Uint8Array(length),
): AsyncGenerator<string | LineRegion> {
  let carry: Buffer[] = [];
  let carryLen = 0;
  const tooLong = () => new Error(`a line is longer than ${maxLineBytes} bytes`);
  /** carry + buf[start, end), as one new buffer. */
  const joined = (buf: Buffer, start: number, end: number, into = room): Uint8Array => {
    // The chunk's bytes land at the same offset modulo 8 as they lie in the chunk: shared memory is
    // copied a word at a time only then (byte by byte otherwise, several times slower).
    const out = into(carryLen + end - start, (buf.byteOffset + start - carryLen) & 7);
    let at = 0;
    for (const c of carry) {
      out.set(c, at);
      at += c.length;
    }
    out.set(buf.subarray(start, end), at);
    carry = [];
    carryLen = 0;
    return out;
  };
  const textOf = (bytes: Uint8Array): string => {
    if (bytes.length > maxLineBytes) throw tooLong();
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      if (regions()) {
        const last = buf.lastIndexOf(NL);
        if (last >= start) {
          yield { bytes: joined(buf, start, last + 1) };
          start = last + 1;
        }
        break;
      }
      const nl = buf.indexOf(NL, start);
      if (nl < 0) break;
      yield textOf(carryLen ? joined(buf, start, nl, (length) => new Uint8Array(length)) : buf.subarray(start, nl));
      start = nl + 1;
    }
    if (start < buf.length) {
      carry.push(buf.subarray(start));
      carryLen += buf.length - start;
      if (carryLen > maxLineBytes) throw tooLong();
    }
  }
  if (carryLen > 0) yield textOf(Buffer.concat(carry, carryLen));
}
