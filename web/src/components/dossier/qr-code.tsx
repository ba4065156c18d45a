import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code of a text (an address), drawn by the `qrcode` library as an SVG data URL, so it
 * prints sharp at any size. Medium error correction survives a crumpled receipt.
 */
export function QrCode({ text, size = 132, alt }: { text: string; size?: number; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
      .then((svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (current) setSrc(undefined);
      });
    return () => {
      current = false;
    };
  }, [text]);
  if (!src) return <div style={{ width: size, height: size }} aria-hidden />;
  return <img src={src} width={size} height={size} alt={alt} data-qr-text={text} />;
}
