/**
 * The PNG Word requires next to every SVG chart (Word 2016 and later, LibreOffice and the web show the
 * SVG; older Word and some converters show the PNG): the chart itself, rasterised with resvg. Should the
 * rasteriser's prebuilt binary be missing on a platform, a plain grey box of the same size stands in, so
 * a report is never lost for want of a picture.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { crc32 } from '../formats/zip-write.js';

/** Twice the chart's size: sharp when Word scales the image to the page width or it is printed. */
const SCALE = 2;

type ResvgModule = { Resvg: typeof ResvgClass };
let resvg: ResvgModule | null | undefined;

// Loaded on first use, not at import: a missing native binary must not break the rest of the report.
function loadResvg(): ResvgModule | null {
  if (resvg === undefined) {
    try {
      resvg = createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
    } catch {
      resvg = null;
    }
  }
  return resvg;
}

/** The chart's SVG as a PNG on white; the placeholder when no rasteriser is available. */
export function chartPng(svg: string, width: number, height: number): Buffer {
  const module = loadResvg();
  if (!module) return placeholderPng(width, height);
  const image = new module.Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width * SCALE },
    // The charts ask for Arial; any sans-serif of the system will do (DejaVu on most Linux machines).
    font: { loadSystemFonts: true, defaultFontFamily: 'Arial', sansSerifFamily: 'DejaVu Sans' },
  });
  return image.render().asPng();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function placeholderPng(width: number, height: number, grey = 0xf2): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  // each scanline: filter byte 0, then one byte per pixel
  const rows = Buffer.alloc((width + 1) * height, grey);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
