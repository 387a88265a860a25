import type { Command } from 'commander';
import { copyFileSync, createWriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import {
  CosignatureCollector,
  cosignatureStoreFor,
  eventsForScope,
  exportCsv,
  exportJsonl,
  exportPdf,
  readsRows,
  verifierFilePath,
  VERIFIER_FILE_NAME,
  type ExportScope,
  type ExportProgress,
  type PostgresSealerStorage,
  type SqliteSealerStorage,
} from '@ledger/audit';
import { loadConfig } from '@ledger/governance';
import { openAudit } from './audit-context';

interface ExportOpts {
  stream?: string[];
  body?: string;
  from?: string;
  to?: string;
  dateField: 'effectiveAt' | 'recordedAt';
  format: 'jsonl' | 'csv' | 'pdf';
  out?: string;
  consistencyFrom?: string[];
  disclose?: boolean;
  evidence?: string;
  progress: boolean;
}

function scopeOf(o: ExportOpts): ExportScope {
  const n = [o.stream?.length ? 1 : 0, o.body ? 1 : 0, o.from || o.to ? 1 : 0].reduce((a, b) => a + b, 0);
  if (n !== 1) throw new Error('choose exactly one of --stream <id...>, --body <body>, or --from <date> --to <date>');
  if (o.stream?.length) return { kind: 'stream', streams: o.stream };
  if (o.body) return { kind: 'body', body: o.body };
  if (!o.from || !o.to) throw new Error('a date range needs both --from and --to');
  return { kind: 'dateRange', field: o.dateField, from: o.from, to: o.to };
}

/** Every export leaves the single-file verifier beside it, so checking needs nothing but Node. */
function writeVerifierBeside(out: string, evidence: string | null, vkey: string): void {
  const built = verifierFilePath();
  if (!built) {
    console.error(
      `The single-file verifier ${VERIFIER_FILE_NAME} has not been built (npm run build), so it was not written beside the export.`,
    );
    return;
  }
  const beside = join(dirname(resolve(out)), VERIFIER_FILE_NAME);
  if (resolve(built) !== beside) copyFileSync(built, beside);
  const file = evidence ?? '<the .jsonl evidence file>';
  console.error(
    `Wrote ${VERIFIER_FILE_NAME} beside it. To verify with nothing but Node 22+: node ${VERIFIER_FILE_NAME} ${file} --key '${vkey}'`,
  );
}

/** `ledger export`: the evidence file (JSONL) or a human view (CSV, PDF) of one case, body or date range. */
export function register(program: Command): void {
  program
    .command('export')
    .description('Export a case (stream), a body or a date range with proofs against a fresh signed checkpoint')
    .option('--stream <id...>', 'one or more case streams (exported whole, completeness proven)')
    .option('--body <body>', 'every event recorded for this body, e.g. kent-pcc')
    .option('--from <date>', 'start of a date range (inclusive, ISO date)')
    .option('--to <date>', 'end of a date range (inclusive, ISO date)')
    .option('--date-field <field>', 'effectiveAt or recordedAt', 'effectiveAt')
    .option('--format <format>', 'jsonl (evidence), csv or pdf', 'jsonl')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--consistency-from <size...>', 'add consistency proofs from these earlier checkpoint sizes')
    .option('--disclose', 'include (salt, value) of personal fields still held (only for lawful recipients)')
    .option('--evidence <file>', 'name of the JSONL evidence file the PDF refers to')
    .option('--no-progress', 'no progress bar')
    .action(async (o: ExportOpts) => {
      const scope = scopeOf(o);
      if (!['jsonl', 'csv', 'pdf'].includes(o.format)) throw new Error('--format must be jsonl, csv or pdf');
      const ctx = await openAudit();
      const bar =
        o.progress && o.out
          ? new SingleBar({ format: 'exporting {bar} {value} events', stream: process.stderr }, Presets.shades_classic)
          : null;
      try {
        // The header's note carries every cosignature the ledger holds for it.
        const checkpoint = await new CosignatureCollector(
          ctx.sealer.proofs,
          cosignatureStoreFor(
            ctx.storage as SqliteSealerStorage | PostgresSealerStorage,
            loadConfig(process.env).databaseSchema,
          ),
          [],
        ).withCosignatures(await ctx.sealer.checkpointNow());
        const out = o.out ? createWriteStream(o.out) : process.stdout;
        bar?.start(checkpoint.size, 0);
        const onProgress = (p: ExportProgress) => bar?.update(p.written);
        const events = eventsForScope(ctx.store, scope);
        let count: number;
        if (o.format === 'jsonl') {
          const vault = o.disclose ? await ctx.vault() : null;
          // A date range with nothing to disclose comes from the sealed rows, entries not decoded.
          const r = await exportJsonl({
            ...(!vault && readsRows(ctx.sealer.proofs.storage, scope) ? {} : { events }),
            proofs: ctx.sealer.proofs,
            out,
            scope,
            checkpoint,
            consistencyFrom: (o.consistencyFrom ?? []).map((s) => Number(s)),
            disclose: vault ? (ev) => vault.disclose(ev.eventId) : undefined,
            onProgress,
            keepOpen: !o.out,
          });
          count = r.count;
        } else if (o.format === 'csv') {
          count = (
            await exportCsv({ events, proofs: ctx.sealer.proofs, out, checkpoint, onProgress, keepOpen: !o.out })
          ).count;
        } else {
          const evidence = o.evidence ?? (o.out ? basename(o.out).replace(/\.pdf$/i, '') + '.jsonl' : 'export.jsonl');
          count = (
            await exportPdf({
              events,
              proofs: ctx.sealer.proofs,
              out,
              checkpoint,
              scope,
              evidenceFile: evidence,
              onProgress,
            })
          ).count;
        }
        bar?.stop();
        console.error(
          `Exported ${count} events against checkpoint ${checkpoint.size} (${checkpoint.root.toString('base64')}), key fingerprint ${ctx.signer.fingerprint}.`,
        );
        if (o.out) writeVerifierBeside(o.out, o.format === 'jsonl' ? basename(o.out) : null, ctx.signer.vkey);
      } finally {
        bar?.stop();
        await ctx.close();
      }
    });
}
