import fs from 'node:fs';
import type { BrowserContext, CDPSession, Page, Request, TestInfo } from '@playwright/test';

/**
 * What the browser did during one test: every request with its answer and time, console messages, page
 * errors, navigations and crashes. Cheap to keep; reported only when the test fails, with the requests that
 * started and never finished first, the state of every open page and what Solmu printed meanwhile.
 */
export class BrowserRecorder {
  readonly #start = Date.now();
  readonly #events: string[] = [];
  readonly #pending = new Map<Request, number>();
  readonly #errors: string[] = [];
  readonly #pages: Page[] = [];
  readonly #serverLog = process.env.SOLMU_E2E_SERVER_LOG;
  readonly #serverLogFrom: number;

  constructor(context: BrowserContext) {
    this.#serverLogFrom = this.#serverLog ? fileSize(this.#serverLog) : 0;
    for (const page of context.pages()) this.#watchPage(page);
    context.on('page', (page) => this.#watchPage(page));
    context.on('request', (request) => {
      this.#pending.set(request, Date.now());
      this.#note(`→ ${request.method()} ${request.url()} (${request.resourceType()})`);
    });
    context.on('response', (response) => {
      const request = response.request();
      this.#note(`← ${response.status()} ${request.method()} ${request.url()} (headers)`);
    });
    context.on('requestfinished', (request) => {
      const started = this.#pending.get(request);
      this.#pending.delete(request);
      this.#note(`✓ ${request.method()} ${request.url()} in ${started ? Date.now() - started : '?'} ms`);
    });
    context.on('requestfailed', (request) => {
      this.#pending.delete(request);
      this.#note(`✗ ${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    context.on('console', (message) => {
      const where = message.location();
      const at = where.url ? ` (${where.url}:${where.lineNumber})` : '';
      this.#note(`console.${message.type()}: ${message.text()}${at}`);
    });
    context.on('weberror', (error) => {
      const text = `page error: ${error.error().stack ?? error.error().message}`;
      this.#errors.push(text);
      this.#note(text);
    });
  }

  #watchPage(page: Page) {
    this.#pages.push(page);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.#note(`navigated to ${frame.url()}`);
    });
    page.on('load', () => this.#note(`load event of ${page.url()}`));
    page.on('crash', () => {
      this.#errors.push(`page crashed: ${page.url()}`);
      this.#note(`page crashed: ${page.url()}`);
    });
    page.on('close', () => this.#note(`page closed: ${page.url()}`));
  }

  #note(text: string) {
    this.#events.push(`+${String(Date.now() - this.#start).padStart(6)} ms ${text}`);
  }

  /** Attaches the whole record to a failed test and prints its essentials to the run's output. */
  async report(testInfo: TestInfo) {
    // One moment for the list of pending requests and the events: the pages' states come after.
    const now = Date.now();
    const events = [...this.#events];
    const pending = [...this.#pending].map(
      ([r, at]) =>
        `${r.method()} ${r.url()} (${r.resourceType()}, started at +${at - this.#start} ms, ${now - at} ms ago)`,
    );
    const pages = await Promise.all(this.#pages.filter((p) => !p.isClosed()).map(pageState));
    const server = this.#serverLog ? readFrom(this.#serverLog, this.#serverLogFrom) : '(no server log)';
    const sections = [
      ['requests started and never finished', pending],
      ['page errors', this.#errors],
      ['open pages', pages],
      ['browser events while the pages were asked', this.#events.slice(events.length)],
      ['Solmu’s output during the test', server.split('\n').filter(Boolean)],
      ['browser events', events],
    ] as const;
    const text = sections
      .map(([title, lines]) => `## ${title} (${lines.length})\n${lines.join('\n') || '(none)'}`)
      .join('\n\n');
    await testInfo.attach('browser-record', { body: text, contentType: 'text/plain' });
    // The run's output shows the cause without opening an attachment: all but the long event list,
    // and the last of the events.
    const short = sections
      .slice(0, 5)
      .map(([title, lines]) => `## ${title}\n${lines.join('\n') || '(none)'}`);
    const tail = events.slice(-40);
    console.error(
      `\n[browser record of “${testInfo.title}”]\n${short.join('\n')}\n## last browser events\n${tail.join('\n')}\n`,
    );
  }
}

function fileSize(file: string) {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readFrom(file: string, from: number) {
  try {
    const all = fs.readFileSync(file);
    return all.subarray(Math.min(from, all.length)).toString('utf8');
  } catch (error) {
    return `(cannot read ${file}: ${String(error)})`;
  }
}

const within = <T>(promise: Promise<T>, ms: number, late: T): Promise<T> =>
  Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(late), ms).unref())]);

/**
 * A page's address, readiness and first text. When its main thread does not answer in 5 s, where that
 * thread is: the debugger pauses running JavaScript and names its stack; a thread blocked outside
 * JavaScript does not even pause, and that is said too.
 */
async function pageState(page: Page): Promise<string> {
  const state = page
    .evaluate(() => ({
      readyState: document.readyState,
      loading: document.querySelectorAll('.loading').length,
      text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300),
    }))
    .then(
      (s) => `${page.url()}: ${s.readyState}, ${s.loading} loading indicator(s); text: ${s.text}`,
      (error: unknown) => `${page.url()}: cannot evaluate (${String(error)})`,
    );
  const answer = await within(state, 5_000, null);
  if (answer !== null) return answer;
  const stack = await mainThreadStack(page);
  const later = await within(state, 10_000, 'no answer 15 s after asking either');
  return `${page.url()}: the page’s main thread did not answer in 5 s\n${stack}\n  then: ${later}`;
}

async function mainThreadStack(page: Page): Promise<string> {
  let cdp: CDPSession | undefined;
  try {
    cdp = await page.context().newCDPSession(page);
    const session = cdp;
    const paused = new Promise<string>((resolve) =>
      session.once('Debugger.paused', (event) =>
        resolve(
          event.callFrames
            .slice(0, 25)
            .map(
              (f) =>
                `    at ${f.functionName || '(anonymous)'} ${f.url}:${f.location.lineNumber + 1}:${(f.location.columnNumber ?? 0) + 1}`,
            )
            .join('\n'),
        ),
      ),
    );
    // The page may be closing meanwhile: then there is no stack to tell, and no error to add.
    void session
      .send('Debugger.enable')
      .then(() => session.send('Debugger.pause'))
      .catch(() => undefined);
    return `  its JavaScript stack:\n${await within(paused, 5_000, '    (none: the thread did not pause in 5 s, so it is blocked outside JavaScript)')}`;
  } catch (error) {
    return `  no stack (${String(error)})`;
  } finally {
    void cdp?.send('Debugger.resume').catch(() => undefined);
    void cdp?.detach().catch(() => undefined);
  }
}
