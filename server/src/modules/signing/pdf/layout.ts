import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import subsetFont from 'subset-font';
import { fontFiles } from './fonts.js';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/** A4 with the margins of Decree 30/2020/NĐ-CP Annex I (top/bottom 20 mm, left 30, right 15). */
export const PAGE = { width: mm(210), height: mm(297), top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface TextOptions {
  style?: FontStyle;
  size?: number;
  align?: 'left' | 'center' | 'right';
  /** Left edge and width of the box to write in (default: between the margins). */
  x?: number;
  width?: number;
  /** Extra indent of the first line. */
  indent?: number;
  underline?: boolean;
  lineGap?: number;
}

/**
 * Writes flowing text on A4 pages top to bottom: wraps words to the box, starts a new page
 * when the current one is full. Just what administrative forms need — no more.
 */
export class PdfWriter {
  private page!: PDFPage;
  /** Distance of the next line's top from the page bottom. */
  y = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: Record<FontStyle, PDFFont>,
  ) {
    this.newPage();
  }

  /**
   * A writer whose fonts hold the glyphs of `characters` (every character the document will
   * draw). The fonts are cut down with HarfBuzz before embedding: a slip stays at tens of
   * kilobytes instead of two megabytes of type. (pdf-lib's own subsetting drops glyphs of
   * this font, hence the cut beforehand.)
   */
  static async create(title: string, characters: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setLanguage('vi-VN');
    doc.setCreator('motcua');
    doc.setProducer('motcua');
    const files = fontFiles();
    const text = [...new Set(`${characters.normalize('NFC')} .,:;-–—…()/0123456789`)].join('');
    const embed = async (bytes: Uint8Array) => doc.embedFont(await subsetFont(Buffer.from(bytes), text, { targetFormat: 'truetype' }), { subset: false });
    const fonts = { regular: await embed(files.regular), bold: await embed(files.bold), italic: await embed(files.italic), boldItalic: await embed(files.boldItalic) };
    return new PdfWriter(doc, fonts);
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.y - height < PAGE.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Lines of `text` wrapped to `width` in a font (explicit line breaks kept). */
  wrap(text: string, font: PDFFont, size: number, width: number, indent = 0): string[] {
    const lines: string[] = [];
    for (const paragraph of text.normalize('NFC').split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        const limit = lines.length === 0 || line === '' ? width - indent : width;
        if (font.widthOfTextAtSize(candidate, size) <= limit || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Writes text and moves down; returns the height used. */
  text(value: string, options: TextOptions = {}): number {
    const font = this.fonts[options.style ?? 'regular'];
    const size = options.size ?? 13;
    const x = options.x ?? PAGE.left;
    const width = options.width ?? PAGE.width - PAGE.left - PAGE.right;
    const leading = size * (options.lineGap ?? 1.3);
    const lines = this.wrap(value, font, size, width, options.indent ?? 0);
    const start = this.y;
    lines.forEach((line, i) => {
      this.ensureSpace(leading);
      const w = font.widthOfTextAtSize(line, size);
      const offset = options.align === 'center' ? (width - w) / 2 : options.align === 'right' ? width - w : i === 0 ? (options.indent ?? 0) : 0;
      const baseline = this.y - size;
      this.page.drawText(line, { x: x + offset, y: baseline, size, font, color: rgb(0, 0, 0) });
      if (options.underline) this.page.drawLine({ start: { x: x + offset, y: baseline - 2 }, end: { x: x + offset + w, y: baseline - 2 }, thickness: 0.6 });
      this.y -= leading;
    });
    return start - this.y;
  }

  /** A horizontal rule centred in a box, just below the last line written. */
  rule(width: number, x = PAGE.left, boxWidth = PAGE.width - PAGE.left - PAGE.right): void {
    const start = x + (boxWidth - width) / 2;
    this.page.drawLine({ start: { x: start, y: this.y + 1 }, end: { x: start + width, y: this.y + 1 }, thickness: 0.6 });
    this.y -= 3;
  }

  /** A simple table with borders; cells wrap. */
  table(columns: Array<{ title: string; width: number; align?: 'left' | 'center' }>, rows: string[][], size = 12): void {
    const font = this.fonts.regular;
    const bold = this.fonts.bold;
    const pad = 4;
    const draw = (cells: string[], header: boolean): void => {
      const f = header ? bold : font;
      const wrapped = cells.map((cell, i) => this.wrap(cell, f, size, columns[i]!.width - 2 * pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.25 + 2 * pad;
      this.ensureSpace(height);
      let x = PAGE.left;
      wrapped.forEach((lines, i) => {
        const column = columns[i]!;
        this.page.drawRectangle({ x, y: this.y - height, width: column.width, height, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
        lines.forEach((line, j) => {
          const w = f.widthOfTextAtSize(line, size);
          const offset = header || column.align === 'center' ? (column.width - w) / 2 : pad;
          this.page.drawText(line, { x: x + offset, y: this.y - pad - size * (j + 1) * 1.25 + size * 0.25, size, font: f });
        });
        x += column.width;
      });
      this.y -= height;
    };
    draw(columns.map((c) => c.title), true);
    for (const row of rows) draw(row, false);
  }

  /** Draws a PNG (a QR code) with its top-left corner at (x, current y). */
  async image(png: Uint8Array, x: number, size: number): Promise<void> {
    const image = await this.doc.embedPng(png);
    this.page.drawImage(image, { x, y: this.y - size, width: size, height: size });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }
}
