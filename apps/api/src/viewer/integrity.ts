import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type CosignatureCollector, ProofService } from '@ledger/audit';
import type { CheckpointBadge } from './layout';

/** The token the ledger module registers its Sealer under (Symbol.for: no import cycle). */
const SEALER_TOKEN = Symbol.for('governance-ledger.Sealer');
const COSIGNATURES_TOKEN = Symbol.for('governance-ledger.CosignatureCollector');

/**
 * The viewer's window on the sealer: the ProofService provider that the ledger module
 * registers. Looked up lazily, so the viewer works (and says so) on a server that does
 * not publish checkpoints.
 */
@Injectable()
export class ViewerIntegrity {
  private proofs: ProofService | null = null;

  constructor(private readonly moduleRef: ModuleRef) {}

  service(): ProofService | null {
    if (this.proofs) return this.proofs;
    try {
      // The ledger module's sealer (apps/api/src/ledger/audit.module.ts: SEALER), else a bare ProofService.
      const sealer = this.moduleRef.get<unknown, { proofs?: ProofService }>(SEALER_TOKEN, { strict: false });
      this.proofs = sealer?.proofs ?? null;
    } catch {
      this.proofs = null;
    }
    if (!this.proofs) {
      try {
        this.proofs = this.moduleRef.get(ProofService, { strict: false });
      } catch {
        this.proofs = null;
      }
    }
    return this.proofs;
  }

  /** The newest cosignature of each panel's witness; none on a server that collects none. */
  private async witnessed(): Promise<NonNullable<CheckpointBadge['witnessed']>> {
    let collector: CosignatureCollector | null = null;
    try {
      collector = this.moduleRef.get<unknown, CosignatureCollector>(COSIGNATURES_TOKEN, { strict: false });
    } catch {
      return [];
    }
    return (await collector.latestPerWitness()).map((c) => ({
      forceArea: c.forceArea,
      witness: c.witness,
      size: c.size,
      at: new Date(c.timestamp * 1000).toISOString(),
    }));
  }

  /** The badge: null when none issued yet, 'unavailable' when the server has no sealer. */
  async badge(): Promise<CheckpointBadge | null | 'unavailable'> {
    const p = this.service();
    if (!p) return 'unavailable';
    try {
      const cp = await p.latestCheckpoint();
      if (!cp) return null;
      return {
        size: cp.size,
        root: cp.root.toString('base64'),
        issuedAt: cp.issuedAt,
        origin: p.origin,
        witnessed: await this.witnessed(),
      };
    } catch {
      return 'unavailable';
    }
  }
}
