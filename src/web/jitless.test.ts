import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The modules main.tsx imports, in order. */
function entryImports(): string[] {
  const source = fs.readFileSync(new URL('./main.tsx', import.meta.url), 'utf8');
  return [...source.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?'([^']+)';/gm)].map((m) => m[1]!);
}

describe('zod under the Content-Security-Policy', () => {
  it('the web entry turns off zod’s compiler before it imports anything else', () => {
    const imports = entryImports();
    expect(imports.length).toBeGreaterThan(5);
    expect(imports[0]).toBe('./jitless');
  });

  it('the build keeps the order of the sources across chunks', async () => {
    // Without it a chunk shared with lazily loaded pages (zod and the domain's schemas) runs first.
    const { default: config } = await import('../../vite.config');
    expect(config.build?.rolldownOptions?.output).toMatchObject({ strictExecutionOrder: true });
  });

  it('schemas are made and checked without eval, which the policy refuses', async () => {
    const evals: unknown[][] = [];
    const original = globalThis.Function;
    // What a browser does under script-src without 'unsafe-eval': every Function() is refused.
    globalThis.Function = new Proxy(original, {
      construct(_target, args: unknown[]) {
        evals.push(args);
        throw new EvalError('Refused by the Content-Security-Policy');
      },
      apply(_target, _this, args: unknown[]) {
        evals.push(args);
        throw new EvalError('Refused by the Content-Security-Policy');
      },
    });
    try {
      await import('./jitless');
      const { organisation } = await import('../domain/actors');
      const { fundingCall } = await import('../domain/projects');
      expect(organisation.create.safeParse({ kind: 'company', nameFi: 'Puu Oy' }).success).toBe(true);
      expect(organisation.create.safeParse({ kind: 'company', nameFi: 'Puu\u0000 Oy' }).success).toBe(false);
      const rules = [{ kind: 'note', textFi: 'Huom' }];
      expect(
        fundingCall.create.safeParse({ titleFi: 'Haku', deadlineAt: '2099-01-01T00:00:00Z', rules }).success,
      ).toBe(true);
      expect(evals).toEqual([]);
    } finally {
      globalThis.Function = original;
    }
  });
});
