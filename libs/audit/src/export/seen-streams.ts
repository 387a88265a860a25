/**
 * The streams an export's events belong to, without a set of their ids: a log may have
 * hundreds of thousands, and each event's row brings its own copy of the id. Streams of the
 * checkpoint's stream-heads tree are marked by position; their ids are kept only while they
 * are few (the trailer then lists their heads in the order first seen).
 */
import type { StreamHeadsSnapshot } from '../merkle/stream-heads-tree';
import { compareStreamIds } from '../verify/stream-heads';

export class SeenStreams {
  private readonly marks: Uint8Array;
  /** The first `few` + 1 streams, in the order first seen. */
  private readonly first = new Set<string>();
  /** Streams the tree lacks (none, unless the audit tables were damaged). */
  private readonly absent = new Set<string>();
  size = 0;

  constructor(
    private readonly heads: Pick<StreamHeadsSnapshot, 'size' | 'positionOf' | 'idAt'>,
    private readonly few: number,
  ) {
    this.marks = new Uint8Array(heads.size);
  }

  add(stream: string): void {
    const p = this.heads.positionOf(stream);
    if (p >= 0) {
      if (this.marks[p]) return;
      this.marks[p] = 1;
    } else {
      if (this.absent.has(stream)) return;
      this.absent.add(stream);
    }
    this.size++;
    if (this.first.size <= this.few) this.first.add(stream);
  }

  has(stream: string): boolean {
    const p = this.heads.positionOf(stream);
    return p >= 0 ? this.marks[p] === 1 : this.absent.has(stream);
  }

  /** Whether the stream at a position of the tree was seen. */
  seenAt(position: number): boolean {
    return this.marks[position] === 1;
  }

  /** Seen streams the tree lacks, in stream-id order. */
  lacking(): string[] {
    return [...this.absent].sort(compareStreamIds);
  }

  /** Every stream seen: in the order first seen while they are few, else in stream-id order. */
  list(): string[] {
    if (this.size <= this.few) return [...this.first];
    const out = new Array<string>(this.size - this.absent.size);
    let k = 0;
    for (let p = 0; p < this.marks.length; p++) if (this.marks[p]) out[k++] = this.heads.idAt(p);
    return this.absent.size ? [...out, ...this.absent].sort(compareStreamIds) : out;
  }
}
