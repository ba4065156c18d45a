import { mm, PAGE, PdfWriter, type FontStyle } from './layout.js';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; style?: FontStyle; indent?: boolean; align?: 'center' }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: Array<{ title: string; share: number; align?: 'left' | 'center' }>; rows: string[][] }
  | { kind: 'gap'; points?: number };

export interface SignatureBlock {
  /** e.g. "NGƯỜI TIẾP NHẬN HỒ SƠ", or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH". */
  title: string;
  name?: string;
  note?: string;
}

export interface OfficialDocumentSpec {
  /** The issuing body: its superior (regular) and itself (bold), in capitals. */
  issuer: { parent?: string; name: string };
  number?: string;
  /** Where it is issued, as dated: "Phường Bến Thành". */
  place: string;
  date: Date;
  title: string;
  /** The subject under the title ("Về việc …" of a decision), bold, with a short rule below. */
  subject?: string;
  subtitle?: string;
  body: Block[];
  /** Left and right signature columns (one block: right). */
  signatures: SignatureBlock[];
  /** "Nơi nhận": beside a single signature block, on the left (Decree 30/2020/NĐ-CP, Annex I). */
  recipients?: string[];
  /** QR codes with captions, at the end. */
  qr?: Array<{ png: Uint8Array; caption: string }>;
  /** Small print at the bottom ("Nơi nhận", notes). */
  footer?: string[];
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const two = (n: number): string => String(n).padStart(2, '0');

/**
 * "Phường Bến Thành, ngày 05 tháng 02 năm 2026": days below 10 and the months January and
 * February take a leading zero (Decree 30/2020/NĐ-CP, Annex I).
 */
export function placeAndDate(place: string, date: Date): string {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const month = local.getUTCMonth() + 1;
  return `${place}, ngày ${two(local.getUTCDate())} tháng ${month < 3 ? two(month) : month} năm ${local.getUTCFullYear()}`;
}

const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP: the issuer and number
 * on the left, the national motto (Quốc hiệu, Tiêu ngữ) with place and date on the right,
 * the title centred, the body, and the signature blocks; A4, Times-metric type.
 */
export async function renderOfficialDocument(spec: OfficialDocumentSpec): Promise<Uint8Array> {
  const fixed = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ngày tháng năm Nơi nhận:';
  const w = await PdfWriter.create(spec.title, `${JSON.stringify(spec, (key, value: unknown) => (key === 'png' ? undefined : value))} ${spec.title.toUpperCase()} ${spec.issuer.name.toUpperCase()} ${spec.issuer.parent?.toUpperCase() ?? ''} ${fixed}`);
  const leftWidth = mm(66);
  const rightX = PAGE.left + mm(68);
  const rightWidth = PAGE.width - PAGE.right - rightX;
  const top = w.y;

  if (spec.issuer.parent) w.text(spec.issuer.parent.toUpperCase(), { size: 12, align: 'center', width: leftWidth });
  w.text(spec.issuer.name.toUpperCase(), { size: 12, style: 'bold', align: 'center', width: leftWidth });
  w.rule(mm(25), PAGE.left, leftWidth);
  w.gap(4);
  if (spec.number) w.text(spec.number, { size: 13, align: 'center', width: leftWidth });
  const leftBottom = w.y;

  w.y = top;
  w.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, style: 'bold', align: 'center', x: rightX, width: rightWidth });
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  w.text(motto, { size: 13, style: 'bold', align: 'center', x: rightX, width: rightWidth });
  w.rule(w.fonts.bold.widthOfTextAtSize(motto, 13), rightX, rightWidth);
  w.gap(6);
  w.text(placeAndDate(spec.place, spec.date), { size: 13, style: 'italic', align: 'center', x: rightX, width: rightWidth });
  w.y = Math.min(w.y, leftBottom) - 14;

  w.text(spec.title.toUpperCase(), { size: 14, style: 'bold', align: 'center' });
  if (spec.subject) {
    w.text(spec.subject, { size: 14, style: 'bold', align: 'center' });
    w.gap(2);
    w.rule(mm(40));
    w.gap(4);
  }
  if (spec.subtitle) w.text(spec.subtitle, { size: 13, style: 'bold', align: 'center' });
  w.gap(10);

  for (const block of spec.body) writeBlock(w, block);

  w.gap(12);
  writeSignatures(w, spec.signatures, spec.recipients);
  if (spec.qr?.length) await writeQr(w, spec.qr);
  if (spec.footer?.length) {
    w.gap(8);
    for (const line of spec.footer) w.text(line, { size: 10, style: 'italic' });
  }
  return w.save();
}

function writeBlock(w: PdfWriter, block: Block): void {
  switch (block.kind) {
    case 'heading':
      w.text(block.text, { style: 'bold' });
      break;
    case 'paragraph':
      w.text(block.text, { ...(block.style ? { style: block.style } : {}), ...(block.align ? { align: block.align } : {}), indent: block.indent ? mm(10) : 0 });
      break;
    case 'field': {
      const label = `${block.label}: `;
      w.text(`${label}${block.value || '…………………………'}`, { indent: 0 });
      break;
    }
    case 'list':
      for (const item of block.items) w.text(`- ${item}`, { indent: mm(5) });
      break;
    case 'table':
      w.table(
        block.columns.map((c) => ({ title: c.title, width: CONTENT_WIDTH * c.share, ...(c.align ? { align: c.align } : {}) })),
        block.rows,
        11.5,
      );
      w.gap(4);
      break;
    case 'gap':
      w.gap(block.points ?? 8);
      break;
  }
}

function writeSignatures(w: PdfWriter, blocks: SignatureBlock[], recipients: string[] = []): void {
  const columnWidth = CONTENT_WIDTH / 2;
  w.ensureSpace(110);
  const top = w.y;
  let bottom = top;
  if (recipients.length > 0 && blocks.length === 1) {
    w.text('Nơi nhận:', { style: 'boldItalic', size: 12, width: columnWidth - mm(5) });
    for (const recipient of recipients) w.text(`- ${recipient}`, { size: 11, width: columnWidth - mm(5), lineGap: 1.2 });
    bottom = w.y;
  }
  const columns = blocks.length === 1 ? [{ block: blocks[0]!, x: PAGE.left + columnWidth }] : blocks.slice(0, 2).map((block, i) => ({ block, x: PAGE.left + i * columnWidth }));
  for (const { block, x } of columns) {
    w.y = top;
    w.text(block.title, { style: 'bold', align: 'center', x, width: columnWidth });
    if (block.note) w.text(block.note, { style: 'italic', size: 12, align: 'center', x, width: columnWidth });
    w.gap(block.name ? 40 : 56);
    if (block.name) w.text(block.name, { style: 'bold', align: 'center', x, width: columnWidth });
    bottom = Math.min(bottom, w.y);
  }
  w.y = bottom;
}

async function writeQr(w: PdfWriter, codes: Array<{ png: Uint8Array; caption: string }>): Promise<void> {
  const size = mm(28);
  w.gap(8);
  w.ensureSpace(size + 40);
  const top = w.y;
  let bottom = top;
  for (const [i, code] of codes.entries()) {
    const x = PAGE.left + i * (CONTENT_WIDTH / codes.length);
    w.y = top;
    await w.image(code.png, x, size);
    w.y -= size + 2;
    w.text(code.caption, { size: 9, x, width: CONTENT_WIDTH / codes.length - mm(5) });
    bottom = Math.min(bottom, w.y);
  }
  w.y = bottom;
}
