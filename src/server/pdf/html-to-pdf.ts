/**
 * A print view as a PDF, printed by Chromium. The page gets no scripts and no network: the print view is
 * one self-contained document (inline SVG charts, no fonts or images from elsewhere), so nothing it holds,
 * an organisation's name included, can make the browser run code or fetch anything.
 */
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.js';

let queue: Promise<unknown> = Promise.resolve();
// Finding the browser runs it once to see that it starts: once per process is enough.
let options: ReturnType<typeof launchOptions> | null = null;

/**
 * One PDF at a time: each is printed by a browser of its own (a report is asked for now and then, and a
 * browser left running costs memory), and two browsers at once would only share the same cores.
 */
export function htmlToPdf(html: string): Promise<Buffer> {
  const printed = queue.then(() => print(html));
  queue = printed.catch(() => undefined);
  return printed;
}

async function print(html: string): Promise<Buffer> {
  options ??= launchOptions();
  const browser = await chromium.launch(await options);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
  } finally {
    await browser.close();
  }
}
