/**
 * The code blocks of a Markdown guide that CI runs: a fence's info string names the language and
 * either `example=<name>` (a script to run) or `file=<name>` (a module the scripts import, written
 * beside them). Everything else in the guide is prose to this reader.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export type Language = 'sh' | 'python' | 'ts';
export type Block = { language: string; kind: 'example' | 'file'; name: string; code: string; line: number };
export type Run = { stdout: string; stderr: string };

const FENCE = /^```(\w+) (example|file)=([\w.-]+)\n([\s\S]*?)^```$/gm;

export function blocksOf(markdown: string): Block[] {
  return [...markdown.matchAll(FENCE)].map((m) => ({
    language: m[1]!,
    kind: m[2] as Block['kind'],
    name: m[3]!,
    code: m[4]!,
    line: markdown.slice(0, m.index).split('\n').length,
  }));
}

/** The body of every fenced block with this info string (e.g. `powerquery`). */
export function fencedCode(markdown: string, info: string): string[] {
  const fence = new RegExp(`^\`\`\`${info}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(fence)].map((m) => m[1]!);
}

const EXTENSIONS: Record<Language, string> = { sh: 'sh', python: 'py', ts: 'mts' };

/** The command that runs a script of `language`; bash stops at the first failing command of a pipe. */
function commandOf(language: Language, file: string, root: string): [string, string[]] {
  if (language === 'sh') return ['bash', ['-e', '-u', '-o', 'pipefail', file]];
  if (language === 'python') return ['python3', [file]];
  return [path.join(root, 'node_modules/.bin/tsx'), [file]];
}

export function isLanguage(language: string): language is Language {
  return language in EXTENSIONS;
}

/** Writes an example into `dir` as `<name>.<ext>`; returns its path. */
export function writeExample(dir: string, block: Block & { language: Language }): string {
  const file = path.join(dir, `${block.name}.${EXTENSIONS[block.language]}`);
  fs.writeFileSync(file, block.code);
  return file;
}

/** Runs a written example in `dir` with `env`; a non-zero exit rejects with its output. */
export async function runExample(
  language: Language,
  file: string,
  options: { dir: string; root: string; env: Record<string, string> },
): Promise<Run> {
  const [command, args] = commandOf(language, file, options.root);
  const { stdout, stderr } = await promisify(execFile)(command, args, {
    cwd: options.dir,
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { stdout, stderr };
}
