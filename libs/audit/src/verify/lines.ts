/**
 * Line splitting for the streaming verifier: an export may be larger than memory.
 */

/** Splits a byte stream into lines without holding more than one line. */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes = 32 * 1024 * 1024,
): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let len = 0;
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      parts.push(buf.subarray(0, nl));
      len += nl;
      if (len > maxLineBytes) throw new Error(`a line is longer than ${maxLineBytes} bytes`);
      const line = Buffer.concat(parts, len).toString('utf8');
      parts = [];
      len = 0;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      buf = buf.subarray(nl + 1);
    }
    if (buf.length) {
      parts.push(buf);
      len += buf.length;
      if (len > maxLineBytes) throw new Error(`a line is longer than ${maxLineBytes} bytes`);
    }
  }
  if (len > 0) yield Buffer.concat(parts, len).toString('utf8');
}
