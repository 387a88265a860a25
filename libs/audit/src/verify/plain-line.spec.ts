import canonicalize from 'canonicalize';
import { hashLeaf, inclusionProofOf, rootOf } from './merkle';
import { checkEventLine, type EventContext } from './verify-events';
import { regionColumns, takePlainLine } from './plain-line';
import { PLAIN_FIRST, PLAIN_LINKED } from './event-batches';
import { hexOf } from './stream-table';
import type { ExportScope } from './format';

const scope: ExportScope = { kind: 'dateRange', field: 'recordedAt', from: '2020-01-01', to: '2020-12-31' };
const entryOf = (rev: number, prev: string | null, recordedAt = '2020-05-01T10:00:00.000Z'): Buffer =>
  Buffer.from(
    canonicalize({
      data: { n: rev },
      metadata: { recordedAt },
      prevStreamLeafHash: prev,
      stream: 'case-1',
      streamRevision: rev,
      type: 'Noted',
    }) as string,
  );
const e0 = entryOf(0, null);
const e1 = entryOf(1, hashLeaf(e0).toString('hex'));
// Leaf 2 points back in upper case, which no leaf hash is spelt in; leaf 3 is outside the scope.
const upper = entryOf(1, hashLeaf(e0).toString('hex').toUpperCase());
const outside = entryOf(1, hashLeaf(e0).toString('hex'), '2021-01-01T00:00:00.000Z');
const entries = [e0, e1, upper, outside];
const leaves = entries.map((e) => hashLeaf(e));
const ctx = (): EventContext => ({
  cp: { size: BigInt(leaves.length), root: rootOf(leaves), streamsRoot: null },
  scope,
});

/** The event line for leaf i, with `edit` applied to its object. */
function line(i: number, edit: (o: Record<string, unknown>) => void = () => undefined, entry = entries[i]): string {
  const o: Record<string, unknown> = {
    type: 'event',
    leafIndex: i,
    leafHash: hashLeaf(entry).toString('hex'),
    entry: entry.toString('base64'),
    proof: inclusionProofOf(leaves, i).map((p) => p.toString('base64')),
  };
  edit(o);
  return JSON.stringify(o);
}

/** Whether the worker takes the line as plain; a line it takes must pass every check of checkEventLine. */
function taken(text: string): boolean {
  const out = regionColumns(1);
  const plain = takePlainLine(text, ctx(), out, 0);
  if (plain) {
    const c = checkEventLine(JSON.parse(text), 1, ctx());
    expect(c.failures).toEqual([]);
    expect(c.disclosed).toBe(0);
  }
  return plain;
}

describe('takePlainLine', () => {
  it('writes a plain event line to its row: leaf index, stream, revision and both hashes as bytes', () => {
    const out = regionColumns(3);
    expect(takePlainLine(line(0), ctx(), out, 1)).toBe(true);
    expect(takePlainLine(line(1), ctx(), out, 2)).toBe(true);
    expect([...out.plain]).toEqual([0, PLAIN_FIRST, PLAIN_LINKED]);
    expect([...out.leafIndex]).toEqual([0, 0, 1]);
    expect([...out.rev]).toEqual([0, 0, 1]);
    expect(out.stream.slice(1)).toEqual(['case-1', 'case-1']);
    expect(hexOf(out.hashes, 64)).toBe(leaves[0].toString('hex'));
    expect(hexOf(out.hashes, 128)).toBe(leaves[1].toString('hex'));
    expect(hexOf(out.hashes, 160)).toBe(leaves[0].toString('hex'));
  });

  it('leaves every line with a failure, a disclosed field or a chain field it cannot carry to be read again', () => {
    const spaced = Buffer.from(e1.toString().replace('{', '{ '));
    const lines = [
      line(1, (o) => (o.disclosed = [{ path: 'data.n', value: 1, salt: 'AAAA' }])),
      line(1, (o) => (o.leafHash = String(o.leafHash).toUpperCase())),
      line(1, (o) => (o.leafHash = leaves[0].toString('hex'))),
      line(1, (o) => (o.entry = String(o.entry).slice(1))),
      line(1, (o) => (o.proof = (o.proof as string[]).slice(1))),
      line(1, (o) => (o.leafIndex = 0)),
      line(1, (o) => (o.leafIndex = 9)),
      line(1, (o) => (o.leafIndex = 1.5)),
      line(1, (o) => (o.type = 'streamHead')),
      line(2),
      line(1, undefined, spaced),
      line(3),
      '{"type":"event",',
      'null',
    ];
    for (const l of lines) expect(taken(l)).toBe(false);
    // Its own checks pass: the chain, checked where lines are applied in order, is what fails.
    expect(checkEventLine(JSON.parse(line(2)), 1, ctx()).failures).toEqual([]);
    expect(taken(line(1, (o) => (o.disclosed = [])))).toBe(true);
    expect(taken(line(1, (o) => delete o.leafHash))).toBe(true);
  });
});
