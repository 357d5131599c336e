import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Running = { base: string; links: Record<string, string>; stop: () => Promise<void> };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts Solmu as `npm start` would, on a free loopback port with a new data folder, and reads the
 * one-time sign-in links it prints. The folder is world-readable: the embedded PostgreSQL runs as its own
 * user when the tests run as root. Everything Solmu prints goes to `logFile` as well, for the whole run: a
 * failed test reports the part written while it ran.
 */
export async function startSolmu(logFile?: string): Promise<Running> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(process.execPath, ['bin/solmu.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SOLMU_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every test shares the coordinator's session: together they ask far more than one person would.
      SOLMU_API_REQUESTS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let log: fs.WriteStream | undefined;
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    log = fs.createWriteStream(logFile, { flags: 'a' });
    const write = (text: string) => log && !log.writableEnded && log.write(text);
    const stamp = (stream: string) => (chunk: Buffer) =>
      write(
        chunk
          .toString()
          .split(/(?<=\n)/)
          .map((line) => `${new Date().toISOString()} ${stream} ${line}`)
          .join(''),
      );
    child.stdout!.on('data', stamp('out'));
    child.stderr!.on('data', stamp('err'));
    child.once('exit', (code, signal) =>
      write(`${new Date().toISOString()} Solmu exited (code ${code}, signal ${signal})\n`),
    );
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    await new Promise((resolve) => (log ? log.end(resolve) : resolve(undefined)));
  };
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Solmu did not start:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        // The links come after the start; the last demo account ends the block.
        const url = /(http:\/\/localhost:\d+)\/auth\/link\?token=\S+\s*$/m.exec(output);
        if (url && /Innokaupunkien koordinaattori: \S+/.test(output)) {
          clearTimeout(timer);
          resolve(url[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => reject(new Error(`Solmu exited with ${code}:\n${output}`)));
    });
    const links: Record<string, string> = {};
    for (const m of output.matchAll(/^\s*(.+?): (http:\/\/\S+\/auth\/link\?token=\S+)$/gm))
      links[m[1]!] = m[2]!;
    const admin = /Sign in as the admin[^\n]*\n\s*(\S+)/.exec(output);
    if (admin) links.admin = admin[1]!;
    return { base, links, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
