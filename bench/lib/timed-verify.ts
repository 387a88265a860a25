import { createReadStream } from 'node:fs';
import type { verifyExportParallel } from '@ledger/audit/verify/parallel';
import { secondsSince } from './format';

/**
 * Verifies a JSON Lines export with the parallel verifier, on BENCH_VERIFY_THREADS threads
 * when set, and times it. The verifier is passed in because scale.bench.ts loads it from
 * the tree under test.
 */
export async function timedVerify(verify: typeof verifyExportParallel, out: string, vkey: string) {
  const t = process.hrtime.bigint();
  const r = await verify(
    createReadStream(out, { highWaterMark: 1 << 20 }),
    { trustedKeys: [vkey] },
    process.env.BENCH_VERIFY_THREADS ? Number(process.env.BENCH_VERIFY_THREADS) : undefined,
  );
  return { r, seconds: secondsSince(t) };
}
