/**
 * Leaves of the stream-heads tree: one per stream, sorted by stream id (byte order of
 * its UTF-8), each the RFC 8785 canonical JSON of the head triple.
 */
import canonicalize from 'canonicalize';
import { hashLeaf } from './merkle';

export interface StreamHead {
  streamId: string;
  lastRevision: number;
  /** Lower-case hex leaf hash of the stream's last event. */
  lastLeafHash: string;
}

export function streamHeadBytes(head: StreamHead): Buffer {
  const { streamId, lastRevision, lastLeafHash } = head;
  // canonicalize writes a string and a whole number as JSON.stringify does, so the triple's
  // canonical form (keys sorted) is spelt out directly: an export proves one head per stream.
  const text =
    typeof streamId === 'string' && typeof lastLeafHash === 'string' && Number.isSafeInteger(lastRevision)
      ? `{"lastLeafHash":${JSON.stringify(lastLeafHash)},"lastRevision":${lastRevision},"streamId":${JSON.stringify(streamId)}}`
      : canonicalize({ streamId, lastRevision, lastLeafHash });
  if (text === undefined) throw new Error('stream head cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function streamHeadLeafHash(head: StreamHead): Buffer {
  return hashLeaf(streamHeadBytes(head));
}

/**
 * Sort order of the stream-heads tree: by the UTF-8 bytes of the stream id, which is
 * Unicode code point order. Compared on UTF-16 code units with surrogates moved above
 * U+E000..U+FFFF, so no bytes are allocated.
 */
export function compareStreamIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}
