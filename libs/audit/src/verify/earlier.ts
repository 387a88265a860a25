/**
 * The export's checkpoint against an earlier one the reader holds: consistent (the log only
 * grew) when the trailer carries a proof from that size.
 */
import { verifyConsistency, ProofError } from './merkle';
import { NoteError, verifyCheckpoint, type Checkpoint, type NoteVerifierKey } from './note';
import type { ExportTrailer } from './format';
import { proofOf } from './decode';
import type { VerifyReport } from './report';

export function checkEarlier(
  cp: Checkpoint,
  t: ExportTrailer | null,
  earlierNote: string | undefined,
  trusted: NoteVerifierKey[],
  report: VerifyReport,
  fail: (r: string) => void,
): void {
  if (earlierNote === undefined) return;
  let earlier: Checkpoint;
  try {
    earlier = verifyCheckpoint(earlierNote, trusted);
  } catch (e) {
    fail(`The earlier checkpoint you gave fails its own check: ${(e as Error).message}.`);
    return;
  }
  if (earlier.origin !== cp.origin) {
    fail(`The earlier checkpoint is for log "${earlier.origin}", the export for "${cp.origin}".`);
    return;
  }
  if (earlier.size > cp.size) {
    report.consistentWithEarlier = false;
    fail(
      `The export's checkpoint (size ${cp.size}) is older than the earlier checkpoint you hold (size ${earlier.size}): the log was rolled back.`,
    );
    return;
  }
  const entry =
    earlier.size === cp.size || earlier.size === 0n
      ? { proof: [] as string[], fromRoot: earlier.root.toString('base64') }
      : (t?.consistency ?? []).find((c) => BigInt(c.fromSize) === earlier.size);
  if (!entry) {
    report.consistentWithEarlier = false;
    fail(
      `The export carries no consistency proof from size ${earlier.size}; export again asking for one from that checkpoint.`,
    );
    return;
  }
  try {
    verifyConsistency(earlier.size, cp.size, proofOf(entry.proof, 'the consistency proof'), earlier.root, cp.root);
    report.consistentWithEarlier = true;
  } catch (e) {
    report.consistentWithEarlier = false;
    if (e instanceof ProofError || e instanceof NoteError)
      fail(`The log is not consistent with the earlier checkpoint: ${e.message}.`);
    else throw e;
  }
}
