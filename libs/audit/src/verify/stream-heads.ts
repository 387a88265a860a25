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
  const text = canonicalize({ streamId: head.streamId, lastRevision: head.lastRevision, lastLeafHash: head.lastLeafHash });
  if (text === undefined) throw new Error('stream head cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function streamHeadLeafHash(head: StreamHead): Buffer {
  return hashLeaf(streamHeadBytes(head));
}

/** Sort order of the stream-heads tree: by the UTF-8 bytes of the stream id. */
export function compareStreamIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
