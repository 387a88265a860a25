import { createReadStream } from 'node:fs';
import type * as Parallel from '@ledger/audit/verify/parallel';
import { secondsSince } from './format';

/**
 * Verifies a JSON Lines export with the parallel verifier, on BENCH_VERIFY_THREADS threads
 * when set, and times it, reading the file in the chunks the CLI reads it in. The verifier is
 * passed in because scale.bench.ts loads it from the tree under test.
 */
export async function timedVerify(
  parallel: Pick<typeof Parallel, 'verifyExportParallel' | 'VERIFY_READ_CHUNK'>,
  out: string,
  vkey: string,
) {
  const t = process.hrtime.bigint();
  const r = await parallel.verifyExportParallel(
    createReadStream(out, { highWaterMark: parallel.VERIFY_READ_CHUNK }),
    { trustedKeys: [vkey] },
    process.env.BENCH_VERIFY_THREADS ? Number(process.env.BENCH_VERIFY_THREADS) : undefined,
  );
  return { r, seconds: secondsSince(t) };
}
