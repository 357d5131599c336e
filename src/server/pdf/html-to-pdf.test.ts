/** The PDF printer: a real Chromium prints the page, and the page can neither run code nor fetch anything. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { htmlToPdf } from './html-to-pdf.js';

const requests: string[] = [];
const server = http.createServer((req, res) => {
  requests.push(req.url ?? '');
  res.end('x');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-pdf-'));
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('prints the page, fetching nothing and running no script, one document after another', async () => {
  const page = (n: number) => `<!doctype html><html lang="fi"><head><meta charset="utf-8">
<link rel="stylesheet" href="${base}/style.css"></head><body><h1>Tilannekuva ${n}: Äänekoski</h1>
<img src="${base}/image.png" alt=""><iframe src="${base}/frame"></iframe>
<script>document.body.append('skripti ajettu'); fetch('${base}/fetch');</script></body></html>`;
  const pdfs = await Promise.all([1, 2].map((n) => htmlToPdf(page(n))));
  for (const [i, pdf] of pdfs.entries()) {
    const file = path.join(dir, `${i}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = (await promisify(execFile)('pdftotext', [file, '-'])).stdout;
    expect(text).toContain(`Tilannekuva ${i + 1}: Äänekoski`);
    expect(text).not.toContain('skripti ajettu');
  }
  expect(requests).toEqual([]);
}, 60_000);
