import QRCode from 'qrcode';

/** A QR code as PNG, for printing on slips (medium error correction survives a smudge). */
export async function qrPng(content: string): Promise<Uint8Array> {
  return QRCode.toBuffer(content, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
}
