/**
 * Line splitting for the streaming verifier: an export may be larger than memory.
 */

/**
 * Splits a byte stream into lines without holding more than one line. A line inside one
 * chunk is decoded from the chunk where it lies (no copy); only a line that spans chunks
 * is gathered first. A newline byte is never part of a multi-byte UTF-8 character, so both
 * decode the same.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes = 32 * 1024 * 1024,
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
