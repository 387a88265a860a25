/**
 * CSV and PDF exports are human views of the record, not evidence: they carry no
 * proofs. When one is given to the verifier, say so and name the JSON Lines file that
 * carries the evidence, instead of calling the file damaged.
 */
export type HumanViewKind = 'PDF' | 'CSV';

/** The PDF's document information names its evidence file with this prefix. */
export const EVIDENCE_SUBJECT_PREFIX = 'Evidence file: ';

export function humanViewOf(firstLine: string): HumanViewKind | null {
  if (firstLine.startsWith('%PDF-')) return 'PDF';
  const line = firstLine.replace(/^\uFEFF/, '');
  if (!line.startsWith('{') && line.includes(',')) return 'CSV';
  return null;
}

/** The evidence file named in a PDF's document information (its Subject, an ASCII literal string). */
export function evidenceNameIn(text: string): string | null {
  const m = /\(Evidence file: ([^()\\\r\n]{1,255})\)/.exec(text);
  return m ? m[1] : null;
}

/** `case.pdf` → `case.jsonl`: the name the exporter gives the evidence by default. */
export function siblingEvidenceName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(pdf|csv)$/i, '') + '.jsonl';
}

export function humanViewReason(kind: HumanViewKind, fileName: string | undefined, evidence: string | null): string {
  const what = fileName ? `${fileName.split(/[\\/]/).pop()} is a ${kind} file` : `This is a ${kind} file`;
  const named = evidence ?? (fileName ? siblingEvidenceName(fileName) : null);
  const where = named
    ? `The evidence is the JSON Lines export made with it: ${named}. Verify that file instead.`
    : 'The evidence is the JSON Lines export (--format jsonl) of the same case or selection. Verify that file instead.';
  return `${what}: a human view of the record for reading and printing. It carries no proofs, so it cannot be verified. ${where}`;
}
