/**
 * The witness: run by a Police and Crime Panel on its own machine, with its own key.
 * Each round it fetches the ledger's latest checkpoint, checks the ledger's signature,
 * checks a consistency proof from the last checkpoint it cosigned, and only then signs
 * a tlog-cosignature/v1, saves the new size and root durably, and hands the
 * cosignature to the ledger. A smaller tree, another root at the same size, a proof
 * that fails or a bad signature is refused and recorded as an alarm.
 */
import { verifyConsistency } from '../verify/merkle';
import {
  NoteError,
  parseCheckpointBody,
  parseNote,
  parseVkey,
  verifyCheckpoint,
  type NoteVerifierKey,
} from '../verify/note';
import { verifyCosignatures } from '../verify/cosignature';
import type { WitnessSigner } from './witness-key';
import type { AlarmKind, AlarmRecord, WitnessState, WitnessStateDir } from './state';

/** What the witness needs from the ledger (over HTTP in production). */
export interface LogClient {
  /** The latest checkpoint as a signed note (it may already carry cosignatures). */
  latestCheckpoint(): Promise<string>;
  /** RFC 9162 consistency proof from `from` to `to`; throws LogRefusedProof when the ledger says it cannot. */
  consistencyProof(from: number, to: number): Promise<Buffer[]>;
  /** Hands the cosigned note to the ledger. */
  submit(cosignedNote: string): Promise<void>;
}

/** The ledger answered that it cannot prove consistency from a size this witness cosigned. */
export class LogRefusedProof extends Error {}

export interface WitnessOptions {
  signer: WitnessSigner;
  /** The ledger's public key (C2SP vkey), pinned. */
  logKey: string;
  state: WitnessStateDir;
  client: LogClient;
  clock?: () => Date;
  log?: (line: string) => void;
  /** Test hooks around the durable save: after signing, and after saving. */
  afterSign?: () => Promise<void>;
  afterSave?: () => Promise<void>;
}

export type WitnessOutcome =
  | { status: 'cosigned'; size: number; root: string; cosignature: string; firstUse: boolean }
  | { status: 'unchanged'; size: number; resubmitted: boolean }
  | { status: 'alarm'; alarm: AlarmRecord; file: string };

const EMPTY_ROOT = Buffer.from('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', 'base64');

export class Witness {
  private readonly logKey: NoteVerifierKey;
  private readonly clock: () => Date;
  private readonly log: (line: string) => void;

  constructor(private readonly o: WitnessOptions) {
    this.logKey = parseVkey(o.logKey);
    this.clock = o.clock ?? (() => new Date());
    this.log = o.log ?? (() => undefined);
  }

  async runOnce(): Promise<WitnessOutcome> {
    const state = this.o.state.load();
    const note = await this.o.client.latestCheckpoint();
    parseNote(note); // not a note at all (an error page, say) is a plain error, not an alarm
    let cp;
    try {
      cp = verifyCheckpoint(note, [this.logKey], state?.origin);
    } catch (e) {
      return this.alarm(
        'bad-signature',
        `The ledger's latest checkpoint does not carry a valid signature by the ledger key this witness pins (${(e as NoteError).message}). Nothing was cosigned.`,
        state,
        note,
      );
    }
    const body = parseNote(note).body;
    const root = cp.root.toString('base64');
    const size = Number(cp.size);
    if (!Number.isSafeInteger(size)) throw new NoteError('the checkpoint size is too large');

    if (state) {
      if (size < state.size) {
        return this.alarm(
          'rollback',
          `The ledger now shows ${size} entries, but this witness already cosigned ${state.size}. The log has been rolled back or restored from an old copy: entries recorded earlier are missing from what it shows. Nothing was cosigned.`,
          state,
          note,
        );
      }
      if (size === state.size) return this.sameSize(size, root, body, note, state);
      let proof: Buffer[] = [];
      try {
        // From the empty tree the proof is empty (RFC 9162 §2.1.4); the ledger is not asked.
        if (state.size > 0) proof = await this.o.client.consistencyProof(state.size, size);
      } catch (e) {
        if (!(e instanceof LogRefusedProof)) throw e;
        return this.alarm(
          'inconsistent',
          `The ledger cannot prove that its log of ${size} entries extends the ${state.size} entries this witness cosigned (it says: ${e.message}). Nothing was cosigned.`,
          state,
          note,
        );
      }
      try {
        verifyConsistency(
          BigInt(state.size),
          cp.size,
          proof,
          state.size === 0 ? EMPTY_ROOT : Buffer.from(state.root, 'base64'),
          cp.root,
        );
      } catch (e) {
        return this.alarm(
          'inconsistent',
          `The ledger's log of ${size} entries does not extend the ${state.size} entries this witness cosigned: its consistency proof fails (${(e as Error).message}). The log has been forked or rewritten. Nothing was cosigned.`,
          state,
          note,
          proof,
        );
      }
    }

    const timestamp = Math.max(Math.floor(this.clock().getTime() / 1000), state?.timestamp ?? 0);
    const line = this.o.signer.cosign(body, timestamp);
    await this.o.afterSign?.();
    // Saved before the cosignature leaves this process: whatever anyone holds, the state covers.
    this.o.state.save({
      version: 1,
      origin: cp.origin,
      logKey: this.o.logKey.trim(),
      size,
      root,
      checkpoint: body,
      cosignature: line,
      timestamp,
      savedAt: this.clock().toISOString(),
    });
    await this.o.afterSave?.();
    await this.o.client.submit(note + line);
    this.log(
      `cosigned ${cp.origin} at ${size} entries (root ${root})${state ? ` after checking consistency from ${state.size}` : ', trusting it on first use'}`,
    );
    return { status: 'cosigned', size, root, cosignature: line, firstUse: !state };
  }

  /** The ledger shows the size last cosigned: the same checkpoint is handed over again, any other is a fork. */
  private async sameSize(
    size: number,
    root: string,
    body: string,
    note: string,
    state: WitnessState,
  ): Promise<WitnessOutcome> {
    if (root !== state.root) {
      return this.alarm(
        'fork',
        `The ledger shows a different history at ${size} entries from the one this witness cosigned (root ${root} instead of ${state.root}). The log has been forked or rewritten. Nothing was cosigned.`,
        state,
        note,
      );
    }
    if (body !== state.checkpoint) {
      return this.alarm(
        'fork',
        `The ledger shows the same log root at ${size} entries but a different checkpoint (its extension lines changed). Nothing was cosigned.`,
        state,
        note,
      );
    }
    return this.resubmitIfMissing(note, state);
  }

  /** Same checkpoint as last time: hand the saved cosignature over again if the ledger lacks it (never re-sign). */
  private async resubmitIfMissing(note: string, state: WitnessState): Promise<WitnessOutcome> {
    let has = false;
    try {
      has = verifyCosignatures(note, [this.o.signer.verifier()]).length > 0;
    } catch {
      has = false;
    }
    if (!has) {
      const withoutOurs = note
        .split('\n')
        .filter((l) => !l.startsWith(`\u2014 ${this.o.signer.name} `))
        .join('\n');
      await this.o.client.submit(withoutOurs + state.cosignature);
      this.log(`handed the saved cosignature of ${state.size} entries to the ledger again`);
    }
    return { status: 'unchanged', size: state.size, resubmitted: !has };
  }

  private alarm(
    kind: AlarmKind,
    summary: string,
    state: WitnessState | null,
    note: string,
    proof?: Buffer[],
  ): WitnessOutcome {
    let origin: string | null = state?.origin ?? null;
    try {
      origin ??= parseCheckpointBody(parseNote(note).body).origin;
    } catch {
      /* the origin is only informative here */
    }
    const alarm: AlarmRecord = {
      kind,
      at: this.clock().toISOString(),
      summary,
      origin,
      received: { checkpoint: note, ...(proof ? { consistencyProof: proof.map((p) => p.toString('base64')) } : {}) },
      cosigned: state && {
        size: state.size,
        root: state.root,
        checkpoint: state.checkpoint,
        cosignature: state.cosignature,
        timestamp: state.timestamp,
      },
    };
    const file = this.o.state.raise(alarm);
    this.log(`ALARM ${kind}: ${summary} Evidence: ${file}`);
    return { status: 'alarm', alarm, file };
  }
}
