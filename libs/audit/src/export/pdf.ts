/**
 * PDF export: a title page (the case, the checkpoint's root and size, the key
 * fingerprint, how to verify), then the timeline as a table, with page numbers.
 * The JSONL file is the evidence; the PDF says so.
 */
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { ExportScope } from '../verify/format';
import { parseCheckpointBody, parseNote } from '../verify/note';
import { EVIDENCE_SUBJECT_PREFIX } from '../verify/human-view';
import { describeScope, type ProgressCallback, sealedWithin } from './common';
import type { HumanExportOptions } from './csv';

export interface PdfExportOptions extends HumanExportOptions {
  scope: ExportScope;
  /** File name of the JSONL evidence this PDF accompanies. */
  evidenceFile: string;
  title?: string;
  clock?: () => Date;
}

const COLS: Array<{ title: string; width: number }> = [
  { title: 'Effective', width: 62 },
  { title: 'Recorded', width: 62 },
  { title: 'Action', width: 110 },
  { title: 'Actor (role, body)', width: 150 },
  { title: 'Legal basis', width: 110 },
  { title: 'Class.', width: 45 },
  { title: 'Stream / rev', width: 95 },
  { title: 'Leaf', width: 40 },
  { title: 'Leaf hash', width: 80 },
];

export async function exportPdf(o: PdfExportOptions): Promise<{ count: number; skipped: number; pages: number }> {
  const cp = o.checkpoint ?? (await o.proofs.latestCheckpoint());
  if (!cp) throw new Error('no checkpoint has been issued yet');
  const key = o.proofs.publicKey();
  const body = parseCheckpointBody(parseNote(cp.note).body);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: o.title ?? 'Governance Ledger export', Creator: 'Governance Ledger', Subject: `${EVIDENCE_SUBJECT_PREFIX}${o.evidenceFile}` } });
  const done = new Promise<void>((resolve, reject) => {
    (o.out as Writable).once('finish', resolve);
    (o.out as Writable).once('error', reject);
  });
  doc.pipe(o.out);
  // Page numbers as pages are made (no page buffering, so memory stays flat).
  let pages = 0;
  const footer = () => {
    pages++;
    const { x, y } = doc;
    const b = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).text(`Page ${pages}  ·  ${body.origin} checkpoint ${body.size}  ·  evidence: ${o.evidenceFile}`, doc.page.margins.left, doc.page.height - 24, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center', lineBreak: false });
    doc.page.margins.bottom = b;
    doc.x = x;
    doc.y = y;
  };
  footer();
  doc.on('pageAdded', footer);

  doc.fontSize(20).text(o.title ?? 'Governance Ledger: record of statutory actions', { underline: false });
  doc.moveDown(0.5).fontSize(12).text(`Scope: ${describeScope(o.scope)}`);
  doc.text(`Log: ${body.origin}`);
  doc.text(`Produced: ${(o.clock?.() ?? new Date()).toISOString()}`);
  doc.moveDown();
  doc.fontSize(11).text('Signed checkpoint this record is proven against', { underline: true });
  doc.font('Courier').fontSize(9);
  doc.text(`Tree size: ${body.size}`);
  doc.text(`Root:      ${body.root.toString('base64')} (hex ${body.root.toString('hex')})`);
  doc.text(`Streams:   ${body.streamsRoot?.toString('base64') ?? '-'}`);
  doc.text(`Key:       ${key.vkey}`);
  doc.text(`Key fingerprint (SHA-256): ${key.fingerprint}`);
  doc.font('Helvetica').fontSize(11).moveDown();
  doc.text('How to check this record', { underline: true });
  doc.fontSize(10).list(
    [
      `This PDF is a readable copy. The evidence is the file ${o.evidenceFile}, which holds every event exactly as the ledger recorded it, with cryptographic proofs.`,
      'Obtain the ledger\'s public key from the PCC office or panel through a channel you trust (not from this document), and compare its fingerprint with the one above.',
      `Run: ledger verify ${o.evidenceFile} --key <public key or key file>  (add --checkpoint <earlier checkpoint file> to check the log was only extended since).`,
      'The verifier needs only Node.js. It checks the signature, every entry\'s hash, every inclusion proof, each case\'s hash chain and that no event of the case was left out, and says in plain words what failed, if anything.',
    ],
    { bulletRadius: 2 },
  );

  doc.addPage();
  const top = doc.page.margins.top;
  const left = doc.page.margins.left;
  const bottom = doc.page.height - doc.page.margins.bottom - 20;
  let y = top;
  const header = () => {
    doc.font('Helvetica-Bold').fontSize(8);
    let x = left;
    for (const c of COLS) {
      doc.text(c.title, x, y, { width: c.width - 4 });
      x += c.width;
    }
    y += 14;
    doc.moveTo(left, y - 3).lineTo(left + COLS.reduce((a, c) => a + c.width, 0), y - 3).stroke();
    doc.font('Helvetica').fontSize(7.5);
  };
  header();
  let count = 0;
  const tally = { skipped: 0 };
  for await (const { ev, leaf } of sealedWithin(o.events, o.proofs, cp.size, tally)) {
    const m = ev.metadata;
    const cells = [m.effectiveAt, m.recordedAt.slice(0, 19).replace('T', ' '), ev.type, `${m.actor.name} (${m.actor.role}, ${m.actor.body})`, m.legalBasis ?? '', m.classification, `${ev.stream} #${ev.streamRevision}`, String(leaf.leafIndex), ev.leafHash.slice(0, 16) + '…'];
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: COLS[i].width - 4 }))) + 4;
    if (y + h > bottom) {
      doc.addPage();
      y = top;
      header();
    }
    let x = left;
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: COLS[i].width - 4 });
      x += COLS[i].width;
    });
    y += h;
    count++;
    if (o.onProgress && count % (o.progressEvery ?? 100) === 0) o.onProgress({ written: count, skipped: tally.skipped, phase: 'events' });
  }
  if (count === 0) doc.text('No events in this scope up to the checkpoint.', left, y);

  doc.end();
  await done;
  o.onProgress?.({ written: count, skipped: tally.skipped, phase: 'done' });
  return { count, skipped: tally.skipped, pages };
}

export type { ProgressCallback };
