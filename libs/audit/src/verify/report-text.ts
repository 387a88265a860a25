/**
 * The verifier's report as terminal text, the same for `ledger verify` and the
 * single-file verifier: what was proven, in the order a reader needs it.
 */
import type { VerifyReport } from './verify-export';
import { scopeText } from './scope';

export function reportLines(report: VerifyReport): { out: string[]; err: string[] } {
  if (!report.ok) return { out: [], err: ['FAILED:', ...report.failures.map((f) => `  - ${f}`)] };
  const out = [
    `OK: ${report.events} events verified against checkpoint ${report.treeSize} of ${report.origin}, signed by ${report.verifiedBy.join(', ')}, key fingerprint ${report.keyFingerprint}.`,
  ];
  if (report.scope) {
    const whole = report.claimsComplete
      ? ': every event of it up to the checkpoint is here, proven by the signed stream heads'
      : '; completeness is not claimed: each event is proven to be in the log, but others may exist';
    out.push(`  Exported: ${scopeText(report.scope)}${whole}.`);
  }
  for (const s of report.streams)
    out.push(
      `  ${s.stream}: revisions ${s.firstRevision}-${s.lastRevision}${s.complete ? ', complete up to the checkpoint' : ''}`,
    );
  for (const c of report.consistency)
    out.push(
      `  The log at size ${c.fromSize} (root ${c.fromRoot}) is a prefix of this checkpoint's log (consistency proof checked).`,
    );
  if (report.consistentWithEarlier) out.push('  The log only grew since the earlier checkpoint you gave.');
  for (const w of report.witnessedBy ?? [])
    out.push(`  Witnessed by ${w.name} at ${new Date(w.timestamp * 1000).toISOString()}.`);
  out.push(
    `  Sealed by ${report.sealedBy.join(', ')}: the header and every line are exactly as the ledger wrote them.`,
  );
  for (const n of report.notes) out.push(`  note: ${n}`);
  return { out, err: [] };
}

/**
 * The keys given on a command line: each argument is a vkey or the text of a file of
 * them (one a line, `#` comments). `readFile` returns null when the argument is no file.
 */
export function keysFromArgs(args: readonly string[], readFile: (path: string) => string | null): string[] {
  const keys: string[] = [];
  for (const a of args) {
    const text = readFile(a) ?? a;
    for (const line of text.split(/\r?\n/)) if (line.trim() && !line.trim().startsWith('#')) keys.push(line.trim());
  }
  return keys;
}
