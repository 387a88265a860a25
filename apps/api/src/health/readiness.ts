/** Background parts (projections, sealer) report their health through these. */
export interface ReadinessProbe {
  name: string;
  check(): Promise<{ ok: boolean; details: Record<string, unknown> }>;
}
export const READINESS_PROBES = Symbol.for('governance-ledger.ReadinessProbes');
