import type { ExportEventLine, StreamHeadLine } from '../verify/format';
import { eventLineText, proofEncoder, streamHeadLineText } from './jsonl-events';

const hash = (i: number) => Buffer.alloc(32, i);

describe('export line texts', () => {
  it('writes a stream-head line exactly as JSON.stringify writes the object, whatever the stream id', () => {
    const encode = proofEncoder();
    const ids = ['case-1', 'a"b\\c', 'tab\there', 'é€😀', '\u0001\u001f', 'lone \ud800 surrogate', ''];
    ids.forEach((streamId, i) => {
      const proof = [hash(i), hash(i + 1)];
      const head = { streamId, lastRevision: i * 1000, lastLeafHash: hash(i + 9).toString('hex') };
      const line: StreamHeadLine = {
        type: 'streamHead',
        streamsTreeSize: 12345,
        ...head,
        index: i,
        proof: proof.map((p) => p.toString('base64')),
      };
      expect(streamHeadLineText(12345, head, i, encode.json(proof))).toBe(JSON.stringify(line));
    });
  });

  it('writes an event line exactly as JSON.stringify writes the object', () => {
    const entry = Buffer.from('{"a":"é"}');
    const line: ExportEventLine = {
      type: 'event',
      leafIndex: 7,
      leafHash: hash(3).toString('hex'),
      entry: entry.toString('base64'),
      proof: [hash(1).toString('base64')],
    };
    expect(eventLineText(7, hash(3).toString('hex'), entry, proofEncoder().json([hash(1)]))).toBe(JSON.stringify(line));
  });
});
