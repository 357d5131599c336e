/**
 * The Dockerfile through the Dockerfile linter of the VS Code Docker extension (`dockerfile-utils`), so
 * that a mistake is found without a Docker daemon. A broken file proves the linter reports errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';

const dockerfile = fs.readFileSync(path.resolve(import.meta.dirname, '../../Dockerfile'), 'utf8');
const problems = (text: string) =>
  validate(text).map((d) => `${d.range.start.line + 1}: ${d.message} (${ValidationSeverity[d.severity!]})`);

describe('Dockerfile lint', () => {
  it('finds nothing to warn about in the Dockerfile', () => {
    expect(problems(dockerfile)).toEqual([]);
  });

  it('finds the mistakes of a broken Dockerfile', () => {
    expect(problems('FROM node:20\nUSER\nEXPOSE port\n').length).toBeGreaterThanOrEqual(2);
  });
});
