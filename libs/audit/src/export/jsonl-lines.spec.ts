import type { ExportEventLine, StreamHeadLine } from '../verify/format';
import { eventLinePieces, proofEncoder, ProofPieces, streamHeadLineText } from './jsonl-events';

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

  it('writes event lines in pieces that join to what JSON.stringify writes, through proofs of every length', () => {
    const proofPieces = new ProofPieces();
    const into: string[] = [];
    const nodes = Array.from({ length: 12 }, (_, i) => hash(i));
    // Proofs as a walk in leaf order gives them: the same node objects again, some replaced, lengths changing.
    const proofs = [
      [],
      [0],
      [0, 1],
      [2, 1],
      [2, 1, 3, 4],
      [5, 1, 3, 4],
      [5, 6, 3, 4],
      [5, 6, 7, 4],
      [5, 6],
      [8, 9, 10, 11],
    ];
    proofs.forEach((ids, k) => {
      const proof = ids.map((i) => nodes[i]);
      const entry = Buffer.from(`{"n":${k},"t":"é"}`);
      const line: ExportEventLine = {
        type: 'event',
        leafIndex: k * 1000,
        leafHash: hash(k).toString('hex'),
        entry: entry.toString('base64'),
        proof: proof.map((p) => p.toString('base64')),
      };
      const n = eventLinePieces(into, k * 1000, hash(k).toString('hex'), entry, proof, proofPieces);
      expect(into.slice(0, n).join('')).toBe(JSON.stringify(line));
      expect(proofEncoder().json(proof)).toBe(JSON.stringify(line.proof));
    });
  });
});
