import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FullConfig } from '@playwright/test';
import { launchOptions } from './support/browser.js';
import { SIGN_IN_TESTER, WEBHOOK_ADMIN } from './support/accounts.js';
import { startSolmu } from './support/solmu.js';
import { startYtjStub } from '../test/support/ytj-stub.js';

/**
 * One Solmu for the whole run. The Iisalmi coordinator signs in through a one-time link (as a newcomer
 * would) and the tests reuse that session; the other demo links are handed to the tests that need them.
 * Solmu's output is kept in `solmu-server.log` in the run's output folder (test-results/).
 */
export default async function globalSetup(config: FullConfig) {
  const dist =
    process.env.SOLMU_WEB_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index))
    throw new Error('No built web app: run `npm run build:web` first (npm test does).');
  // The business register's API, stubbed on loopback (no internet in tests): Solmu reads SOLMU_YTJ_URL.
  const ytj = await startYtjStub();
  process.env.SOLMU_YTJ_URL = ytj.baseUrl;
  const serverLog = path.join(config.projects[0]?.outputDir ?? 'test-results', 'solmu-server.log');
  process.env.SOLMU_E2E_SERVER_LOG = serverLog;
  const solmu = await startSolmu(serverLog);
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-e2e-state-'));
  const storage = path.join(stateDir, 'coordinator.json');
  const savonlinna = path.join(stateDir, 'savonlinna.json');
  const innokaupungit = path.join(stateDir, 'innokaupungit.json');
  const browser = await chromium.launch(await launchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(solmu.links['Verkostokoordinaattori (Iisalmi)']!);
    await page.waitForURL(/\/fi\/$/);
    await page.context().storageState({ path: storage });
    await signInSavonlinna(browser, solmu.base, solmu.links, { savonlinna, innokaupungit });
  } finally {
    await browser.close();
  }
  process.env.SOLMU_E2E_BASE = solmu.base;
  process.env.SOLMU_E2E_STORAGE = storage;
  process.env.SOLMU_E2E_SAVONLINNA_STORAGE = savonlinna;
  process.env.SOLMU_E2E_INNOKAUPUNGIT_STORAGE = innokaupungit;
  process.env.SOLMU_E2E_LINKS = JSON.stringify(solmu.links);
  return async () => {
    await solmu.stop();
    await ytj.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
  };
}

/**
 * The Savonlinna editor's own session for the mapping journey, besides the one-time link the sign-in test
 * takes: the admin (through the printed link) asks for a second link for that editor, and a new link of
 * their own for the administration tests, which then sign in as if first. The Innokaupungit coordinator
 * gets a session of their own the same way, for the consortium journey.
 */
async function signInSavonlinna(
  browser: Browser,
  base: string,
  links: Record<string, string>,
  files: { savonlinna: string; innokaupungit: string },
) {
  const admin = await browser.newPage({ baseURL: base });
  await admin.goto(links.admin!);
  await admin.waitForURL(/\/fi\/$/);
  const fresh = await admin.evaluate(async (tester) => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const { items } = (await (await fetch('/api/v1/admin/users')).json()) as {
      items: { id: string; email: string; isAdmin: boolean }[];
    };
    const linkFor = async (id: string) => {
      const res = await fetch(`/api/v1/admin/users/${id}/login-link`, {
        method: 'POST',
        headers: { 'x-csrf-token': me.csrfToken },
      });
      return ((await res.json()) as { loginLink: string }).loginLink;
    };
    const editor = items.find((u) => u.email.startsWith('elinkeinopalvelut@savonlinna'))!;
    const coordinator = items.find((u) => u.email.startsWith('koordinaattori@innokaupungit'))!;
    const self = items.find((u) => u.isAdmin)!;
    // The password and TOTP test changes its user's credentials, which ends that user's other sessions:
    // it gets an account of its own, so no stored session of a journey is signed out under it.
    const made = await fetch('/api/v1/admin/users', {
      method: 'POST',
      headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ email: tester.email, displayName: tester.name }),
    });
    return {
      editor: await linkFor(editor.id),
      coordinator: await linkFor(coordinator.id),
      admin: await linkFor(self.id),
      webhookAdmin: await linkFor(self.id),
      signInTester: ((await made.json()) as { loginLink: string }).loginLink,
    };
  }, SIGN_IN_TESTER);
  await admin.context().close();
  links.admin = `${base}${fresh.admin}`;
  // The webhook journey's private-network permission is the admin's: a link of its own, as each is once.
  links[WEBHOOK_ADMIN] = `${base}${fresh.webhookAdmin}`;
  links[SIGN_IN_TESTER.name] = `${base}${fresh.signInTester}`;
  for (const [link, file] of [
    [fresh.editor, files.savonlinna],
    [fresh.coordinator, files.innokaupungit],
  ] as const) {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(/\/fi\/$/);
    await context.storageState({ path: file });
    await context.close();
  }
}
