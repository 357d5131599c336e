import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn as SVG in the browser (the secret it carries never leaves the page). */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrSvg(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return src ? <img className="qr-code" src={src} alt={alt} width={200} height={200} /> : null;
}
