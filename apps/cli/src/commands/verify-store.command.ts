import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { followRotations, parseVkey, verifyStore } from '@ledger/audit';
import { openAudit } from './audit-context';

/** `ledger verify-store`: audits the whole store against every checkpoint. */
export function register(program: Command): void {
  program
    .command('verify-store')
    .description(
      'Recompute every leaf hash and every checkpoint root from the stored entries (STORE, DATA_DIR, DATABASE_URL)',
    )
    .option('--key <vkey-or-file>', 'public key to check checkpoint signatures with (default: the local signing key)')
    .option('--max-failures <n>', 'stop after this many problems', '100')
    .action(async (o: { key?: string; maxFailures: string }) => {
      const ctx = await openAudit();
      try {
        const pinned = o.key
          ? parseVkey(existsSync(o.key) ? readFileSync(o.key, 'utf8') : o.key)
          : ctx.signer.verifier();
        // Recorded rotations are followed from the pinned key on, each only if the key before signed it.
        const records = await ctx.storage.logKeys();
        const from = records.findIndex(
          (r) => parseVkey(r.vkey).keyId.equals(pinned.keyId) && r.vkey.startsWith(`${pinned.name}+`),
        );
        const trusted = from < 0 ? [pinned] : followRotations(pinned, records.slice(from));
        if (!o.key)
          console.error(
            'note: checking signatures with the local signing key; pass --key with the published key to check against it',
          );
        const r = await verifyStore({
          source: ctx.store,
          storage: ctx.storage,
          trustedKeys: trusted,
          maxFailures: Number(o.maxFailures),
          onProgress: (p) => process.stderr.write(`\r${p.events} events`),
        });
        process.stderr.write('\n');
        if (r.ok)
          console.log(
            `OK: ${r.events} events, ${r.sealed} sealed, ${r.checkpoints} checkpoints verified (latest size ${r.latestCheckpointSize}).`,
          );
        else {
          console.error(`FAILED (${r.failures.length} problems):`);
          for (const f of r.failures) console.error(`  - ${f}`);
          process.exitCode = 1;
        }
      } finally {
        await ctx.close();
      }
    });
}
