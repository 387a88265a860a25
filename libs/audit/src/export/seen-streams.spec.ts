import { StreamHeadsTree } from '../merkle/stream-heads-tree';
import { SeenStreams } from './seen-streams';

function heads(ids: string[]) {
  const t = new StreamHeadsTree();
  ids.forEach((id, i) => t.set(id, 0, i.toString(16).padStart(64, '0'), i));
  t.commit();
  return t.snapshot();
}

describe('the streams an export has seen', () => {
  const snap = heads(['d', 'a', 'c', 'b', 'e']);

  it('lists few streams in the order first seen, each once, with those the tree lacks', () => {
    const seen = new SeenStreams(snap, 3);
    for (const s of ['c', 'a', 'c', 'x', 'a']) seen.add(s);
    expect(seen.size).toBe(3);
    expect(seen.list()).toEqual(['c', 'a', 'x']);
    expect(['a', 'b', 'c', 'x', 'y'].map((s) => seen.has(s))).toEqual([true, false, true, true, false]);
    expect([0, 1, 2, 3, 4].map((p) => seen.seenAt(p))).toEqual([true, false, true, false, false]);
    expect(seen.lacking()).toEqual(['x']);
  });

  it('lists many streams in stream-id order', () => {
    const seen = new SeenStreams(snap, 3);
    for (const s of ['e', 'c', 'y', 'a', 'e', 'b']) seen.add(s);
    expect(seen.size).toBe(5);
    expect(seen.list()).toEqual(['a', 'b', 'c', 'e', 'y']);
    expect(seen.lacking()).toEqual(['y']);
  });
});
