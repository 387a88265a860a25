/**
 * The ledger's side of witnessing: it accepts cosigned checkpoints from the witness
 * keys it is configured with (one or more per force area, each run by that area's
 * Police and Crime Panel), and serves each checkpoint with every cosignature it holds,
 * as one signed note with several signature lines.
 */
import { NoteError, parseCheckpointBody, parseNote } from '../verify/note';
import { parseWitnessVkey, verifyCosignatures, type WitnessKey } from '../verify/cosignature';
import { NotFound, type ProofService } from '../sealer/proof-service';
import type { StoredCheckpoint } from '../storage/types';
import type { CosignatureStore, StoredCosignature } from './cosignature-store';

export interface ConfiguredWitness {
  forceArea: string;
  key: WitnessKey;
  vkey: string;
}

/**
 * Parses WITNESS_KEYS: entries `<force-area>=<witness vkey>`, separated by spaces,
 * commas or new lines. A force area may list several keys (a new key beside the old
 * one while a panel changes keys).
 */
export function parseWitnessConfig(text: string | null | undefined): ConfiguredWitness[] {
  const out: ConfiguredWitness[] = [];
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new Error(`WITNESS_KEYS entry "${entry}" must be <force-area>=<witness vkey>`);
    const forceArea = entry.slice(0, eq);
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(forceArea))
      throw new Error(`WITNESS_KEYS: "${forceArea}" is not a force area id (lower case, e.g. kent)`);
    const vkey = entry.slice(eq + 1);
    let key: WitnessKey;
    try {
      key = { ...parseWitnessVkey(vkey), label: forceArea };
    } catch (e) {
      throw new Error(`WITNESS_KEYS entry for ${forceArea}: ${(e as Error).message}`);
    }
    if (out.some((w) => w.key.name === key.name && w.key.keyId.equals(key.keyId)))
      throw new Error(`WITNESS_KEYS lists the witness key ${key.name} twice`);
    out.push({ forceArea, key, vkey });
  }
  return out;
}

/** Why a cosigned checkpoint was refused; `status` is the HTTP status to answer with. */
export class CosignatureRejected extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
    this.name = 'CosignatureRejected';
  }
}

export class CosignatureCollector {
  constructor(
    private readonly proofs: Pick<ProofService, 'checkpointAt'>,
    private readonly store: CosignatureStore,
    readonly witnesses: readonly ConfiguredWitness[],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Checks a cosigned checkpoint and keeps every valid cosignature from a configured witness. */
  async accept(noteText: string): Promise<{
    size: number;
    accepted: Array<{ witness: string; forceArea: string | null; timestamp: number; new: boolean }>;
  }> {
    let body: string;
    let size: number;
    try {
      body = parseNote(noteText).body;
      size = Number(parseCheckpointBody(body).size);
    } catch (e) {
      throw new CosignatureRejected(400, `not a signed checkpoint: ${(e as Error).message}`);
    }
    if (!Number.isSafeInteger(size))
      throw new CosignatureRejected(404, `this ledger issued no checkpoint at tree size ${size}`);
    if (this.witnesses.length === 0)
      throw new CosignatureRejected(403, 'this ledger is configured with no witness keys (WITNESS_KEYS)');
    let issued: StoredCheckpoint;
    try {
      issued = await this.proofs.checkpointAt(size);
    } catch (e) {
      if (e instanceof NotFound)
        throw new CosignatureRejected(404, `this ledger issued no checkpoint at tree size ${size}`);
      throw e;
    }
    if (parseNote(issued.note).body !== body)
      throw new CosignatureRejected(
        409,
        `the cosigned checkpoint is not the one this ledger issued at tree size ${size}`,
      );
    let found;
    try {
      found = verifyCosignatures(
        noteText,
        this.witnesses.map((w) => w.key),
        this.clock(),
      );
    } catch (e) {
      throw new CosignatureRejected(422, (e as NoteError).message);
    }
    if (found.length === 0)
      throw new CosignatureRejected(
        403,
        'the checkpoint carries no cosignature from a witness key configured for this ledger',
      );
    const receivedAt = this.clock().toISOString();
    const accepted = [];
    for (const c of found) {
      const forceArea = c.label ?? null;
      const added = await this.store.add({
        size,
        witness: c.name,
        keyId: c.keyId,
        forceArea,
        timestamp: c.timestamp,
        line: c.line,
        receivedAt,
      });
      accepted.push({ witness: c.name, forceArea, timestamp: c.timestamp, new: added });
    }
    return { size, accepted };
  }

  cosignatures(size: number): Promise<StoredCosignature[]> {
    return this.store.forSize(size);
  }

  /** The checkpoint's note with every cosignature held for it appended. */
  async withCosignatures(cp: StoredCheckpoint): Promise<StoredCheckpoint> {
    const cos = await this.store.forSize(cp.size);
    return cos.length ? { ...cp, note: cp.note + cos.map((c) => c.line).join('') } : cp;
  }

  /** The newest checkpoint cosigned by at least `min` witnesses, with its cosignatures. */
  async latestWitnessed(min = 1): Promise<StoredCheckpoint | null> {
    const size = await this.store.largestCosignedSize(min);
    if (size === null) return null;
    return this.withCosignatures(await this.proofs.checkpointAt(size));
  }

  latestPerWitness(): Promise<StoredCosignature[]> {
    return this.store.latestPerWitness();
  }
}
