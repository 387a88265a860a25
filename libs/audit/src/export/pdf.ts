/**
 * PDF export, for a complainant or a committee: for each case, what it is, where it
 * stands, its statutory deadlines (met, late, or no record), and each act in plain words
 * with its source; then, last, an appendix on checking the record against the signed log.
 * Tagged (structure, language, title), with an embedded Unicode font and "page X of Y".
 * The JSONL file is the evidence; the PDF says so. A PDF is for reading: the events of
 * the export are held in memory while it is laid out.
 */
import type { Writable } from 'node:stream';
import { longDate, plainCitation, classificationLabel } from '@ledger/domain';
import type { ExportScope } from '../verify/format';
import { parseCheckpointBody, parseNote } from '../verify/note';
import { EVIDENCE_SUBJECT_PREFIX } from '../verify/human-view';
import { CaseSummaries, type PlainAct, type PlainCase } from './case-summary';
import { describeScope, type ProgressCallback, sealedWithin } from './common';
import type { HumanExportOptions } from './csv';
import { TaggedPdf } from './pdf-writer';

export interface PdfExportOptions extends HumanExportOptions {
  scope: ExportScope;
  /** File name of the JSONL evidence this PDF accompanies. */
  evidenceFile: string;
  title?: string;
  clock?: () => Date;
}

const SYNTHETIC_NOTE =
  'This case is synthetic demonstration data, made up to show how the ledger works. It is not a real record.';

function sourceLines(a: PlainAct): Array<[string, string]> {
  const s = a.source;
  const out: Array<[string, string]> = [];
  if (s.title) out.push(['Source', `${s.title}${s.body ? `, ${s.body}` : ''}${s.date ? `, ${longDate(s.date)}` : ''}`]);
  if (s.quote) out.push(['In its words', `“${s.quote}”`]);
  if (!s.title && !s.quote)
    out.push([
      'Source',
      s.synthetic ? 'Synthetic demonstration data' : 'Recorded directly in the ledger; no source paper is on record',
    ]);
  return out;
}

function writeCase(pdf: TaggedPdf, c: PlainCase, seen: Set<string>, statusDate: string, single: boolean): void {
  if (!single) pdf.heading(2, `${c.process}: ${c.caseId}`);
  const h = single ? 2 : 3;
  if (c.synthetic) pdf.para(SYNTHETIC_NOTE, { bold: true, color: '#942514' });
  pdf.heading(h as 2 | 3, 'What this case is');
  pdf.facts([
    ['Process', c.process],
    ...(c.area ? ([['Police area', c.area]] as Array<[string, string]>) : []),
    ['Case reference', c.caseId],
    ['First act', longDate(c.openedOn)],
    ['Latest act', longDate(c.lastActOn)],
    ['Who acted', c.parties.join('; ')],
  ]);
  pdf.heading(h as 2 | 3, 'Outcome');
  pdf.para(c.outcome);
  pdf.heading(h as 2 | 3, 'Statutory deadlines');
  if (c.deadlines.length) {
    pdf.para(
      `Each duty the law sets for this case, its due date, and whether it was met, as the record stood on ${longDate(statusDate)}.`,
      { size: 9 },
    );
    pdf.table(
      [
        { title: 'Duty', width: 26 },
        { title: 'Due', width: 13 },
        { title: 'Result', width: 20 },
        { title: 'Who must act', width: 15 },
        { title: 'Law', width: 26 },
      ],
      c.deadlines.map((d) => [d.duty, d.dueOn, d.result, d.owner, plainCitation(d.citation, seen)]),
    );
  } else {
    pdf.para('The law sets no deadline for this case, or none has arisen yet.');
  }
  pdf.heading(h as 2 | 3, 'What happened, act by act');
  c.acts.forEach((a, i) => {
    pdf.heading((h + 1 > 3 ? 3 : h + 1) as 3, `${i + 1}. ${a.date}: ${a.label}`);
    pdf.para(a.summary);
    pdf.facts([
      ['Who', `${a.who} (${a.role}, ${a.body})`],
      ['Under which power', plainCitation(a.legalBasis, seen)],
      ...a.facts.map((f): [string, string] => [f.label, f.value]),
      ['Access', classificationLabel(a.classification)],
      ...sourceLines(a),
    ]);
    if (a.source.url)
      pdf.para(`Read the published paper: ${a.source.url}`, { size: 9.5, link: a.source.url, color: '#1d70b8' });
    for (const f of a.findings)
      pdf.para(`${f.kind === 'late' ? 'Late' : 'Note'}: ${f.message} (${plainCitation(f.citation, seen)})`, {
        size: 9.5,
        color: '#942514',
      });
  });
}

export async function exportPdf(o: PdfExportOptions): Promise<{ count: number; skipped: number; pages: number }> {
  const cp = o.checkpoint ?? (await o.proofs.latestCheckpoint());
  if (!cp) throw new Error('no checkpoint has been issued yet');
  const key = o.proofs.publicKey();
  const body = parseCheckpointBody(parseNote(cp.note).body);
  const now = o.clock?.() ?? new Date();
  const statusDate = now.toISOString().slice(0, 10);

  const summaries = new CaseSummaries();
  let count = 0;
  const tally = { skipped: 0 };
  for await (const { ev, leaf } of sealedWithin(o.events, o.proofs, cp.size, tally)) {
    summaries.add(ev, leaf.leafIndex);
    count++;
    if (o.onProgress && count % (o.progressEvery ?? 100) === 0)
      o.onProgress({ written: count, skipped: tally.skipped, phase: 'events' });
  }
  const cases = summaries.cases(statusDate);
  const single = cases.length === 1 ? cases[0] : null;
  const title =
    o.title ?? (single ? `${single.process}: ${single.caseId}` : `Record of statutory acts: ${describeScope(o.scope)}`);

  const pdf = new TaggedPdf({ title, lang: 'en-GB', subject: `${EVIDENCE_SUBJECT_PREFIX}${o.evidenceFile}` });
  const done = new Promise<void>((resolve, reject) => {
    (o.out as Writable).once('finish', resolve);
    (o.out as Writable).once('error', reject);
  });
  pdf.doc.pipe(o.out);
  const seen = new Set<string>();

  pdf.heading(1, title);
  pdf.para(
    `A readable copy of the record held in the Governance Ledger, produced on ${longDate(statusDate)}. It holds ${count} ${count === 1 ? 'act' : 'acts'}${cases.length > 1 ? ` in ${cases.length} cases` : ''}, each as the ledger recorded it. The last part explains how anyone can check this record has not been altered.`,
    { size: 10 },
  );
  pdf.rule();
  if (!cases.length) pdf.para('No act in this selection had been sealed into the signed log when this copy was made.');
  for (const c of cases) {
    writeCase(pdf, c, seen, statusDate, !!single);
    pdf.rule();
  }

  pdf.newPage();
  pdf.heading(2, 'Appendix: checking this record');
  pdf.para(
    `This PDF is a readable copy. The evidence is the file ${o.evidenceFile}: it holds every act above exactly as the ledger stored it, with a proof that each sits in the ledger's signed log. If anyone changed, removed or reordered an act, the check fails.`,
  );
  pdf.list([
    `Obtain the ledger's public key from the commissioner's office or the panel through a channel you trust, not from this document, and check that its fingerprint is the one below.`,
    `Check the evidence file in a web browser on the ledger's integrity page, or run: ledger verify ${o.evidenceFile} --key <the public key>.`,
    "The check confirms the signature on the log, every act's fingerprint, that each act sits in the signed log, that each case's acts form an unbroken chain, and that no act of a case was left out.",
  ]);
  pdf.heading(3, 'The signed state of the log this copy was checked against');
  pdf.facts([
    ['Log', body.origin],
    ['Entries in the log', String(body.size)],
    ['Signed', cp.issuedAt ? `${longDate(cp.issuedAt)}, ${cp.issuedAt.slice(11, 16)} UTC` : 'not recorded'],
    ['Key fingerprint (SHA-256)', key.fingerprint],
  ]);
  pdf.para(`Root of the log: ${body.root.toString('base64')}`, { mono: true, size: 8 });
  pdf.para(`Public key: ${key.vkey}`, { mono: true, size: 8 });
  const acts = cases.flatMap((c) => c.acts);
  if (acts.length) {
    pdf.heading(3, 'Where each act sits in the log');
    pdf.table(
      [
        { title: 'Act', width: 40 },
        { title: 'Date', width: 15 },
        { title: 'Position in the log', width: 13 },
        { title: 'Fingerprint of the act (SHA-256)', width: 32 },
      ],
      acts.map((a) => [a.label, a.date, String(a.leafIndex), a.leafHash]),
      7.5,
    );
  }
  const pages = pdf.finish(`${title} · evidence: ${o.evidenceFile}`);
  await done;
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'done' });
  return { count, skipped: tally.skipped, pages };
}

export type { ProgressCallback };
