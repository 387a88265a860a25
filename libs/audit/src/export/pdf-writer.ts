/**
 * A small writer for tagged, accessible PDFs (the aim is PDF/UA): every piece of text is
 * a structure element in reading order under one Document element; running headers and
 * page numbers are artifacts. The font is DejaVu, embedded and subset, so Welsh and
 * every Latin script render (the standard PDF fonts have no ŵ or ŷ).
 */
import PDFDocument from 'pdfkit';
import { dirname, join } from 'node:path';

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  body: join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  mono: join(FONT_DIR, 'DejaVuSansMono.ttf'),
};

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

export interface TableColumn {
  title: string;
  width: number;
}

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;

  constructor(o: { title: string; lang: string; subject?: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 64, left: 56, right: 56 },
      pdfVersion: '1.7',
      tagged: true,
      lang: o.lang,
      displayTitle: true,
      bufferPages: true,
      font: FONTS.body,
      info: {
        Title: o.title,
        Subject: o.subject ?? o.title,
        Creator: 'Governance Ledger',
        Author: 'Governance Ledger',
      },
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private add(tag: string, draw: () => void): void {
    this.root.add(this.doc.struct(tag, {}, draw));
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11.5;
    const left = this.doc.page.margins.left;
    // Keep a heading with what follows it.
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - 90) this.doc.addPage();
    this.doc.moveDown(level === 1 ? 0 : 0.6);
    this.add(`H${level}`, () =>
      this.doc.font(FONTS.bold).fontSize(size).fillColor('#0b0c0c').text(text, left, this.doc.y, { width: this.width }),
    );
    this.doc.moveDown(0.3);
  }

  para(text: string, o: { size?: number; bold?: boolean; mono?: boolean; color?: string; link?: string } = {}): void {
    const left = this.doc.page.margins.left;
    this.add('P', () =>
      this.doc
        .font(o.mono ? FONTS.mono : o.bold ? FONTS.bold : FONTS.body)
        .fontSize(o.size ?? 10)
        .fillColor(o.color ?? '#0b0c0c')
        .text(text, left, this.doc.y, { width: this.width, link: o.link, underline: !!o.link }),
    );
    this.doc.fillColor('#0b0c0c');
    this.doc.moveDown(0.25);
  }

  /** "Label: value" lines, the label in bold. */
  facts(rows: Array<[string, string]>, size = 9.5): void {
    const left = this.doc.page.margins.left;
    for (const [label, value] of rows) {
      this.add('P', () =>
        this.doc
          .font(FONTS.bold)
          .fontSize(size)
          .text(`${label}: `, left, this.doc.y, { width: this.width, continued: true })
          .font(FONTS.body)
          .text(value),
      );
    }
    this.doc.moveDown(0.25);
  }

  list(items: string[], size = 10): void {
    const left = this.doc.page.margins.left;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const y = this.doc.y;
      list.add(
        this.doc.struct('LI', {}, [
          this.doc.struct('Lbl', {}, () =>
            this.doc.font(FONTS.body).fontSize(size).text('•', left, y, { lineBreak: false }),
          ),
          this.doc.struct('LBody', {}, () =>
            this.doc
              .font(FONTS.body)
              .fontSize(size)
              .text(item, left + 12, y, { width: this.width - 12 }),
          ),
        ]),
      );
      this.doc.moveDown(0.15);
    }
    list.end();
    this.doc.x = left;
    this.doc.moveDown(0.25);
  }

  /** A table with a header row (TH cells), tagged as Table/TR/TH/TD. */
  table(columns: TableColumn[], rows: string[][], size = 8.5): void {
    const doc = this.doc;
    doc.x = doc.page.margins.left;
    const total = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    doc.font(FONTS.body).fontSize(size);
    const options = {
      structParent: this.root,
      columnStyles: widths,
      rowStyles: (i: number) => (i === 0 ? { backgroundColor: '#f3f2f1' } : {}),
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#b1b4b6' },
      data: [
        columns.map((c) => ({ text: c.title, type: 'TH' as const, font: { src: FONTS.bold, size } })),
        ...rows.map((r) => r.map((text) => ({ text, font: { src: FONTS.body, size } }))),
      ],
    };
    doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
    doc.x = doc.page.margins.left;
    doc.moveDown(0.5);
  }

  /** A thin rule between sections: decoration, so an artifact. */
  rule(): void {
    const doc = this.doc;
    const y = doc.y + 2;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.margins.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#b1b4b6')
      .stroke();
    doc.endMarkedContent();
    doc.y = y + 6;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** "Page X of Y" and a running line on every page, as pagination artifacts; then the file is closed. */
  finish(running: string): number {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font(FONTS.body).fontSize(8).fillColor('#505a5f');
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - 40, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      doc.text(running, doc.page.margins.left, doc.page.height - 40, {
        width: this.width - 90,
        align: 'left',
        lineBreak: false,
        ellipsis: true,
      });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    this.root.end();
    doc.end();
    return range.count;
  }
}
