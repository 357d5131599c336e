/**
 * The layers are enforced by lint (eslint.layers.js): for each rule, a wrong-way import written into a
 * file of the zone is refused and a right-way one passes. The imports name real files, as a new one
 * would. An import the resolver could not follow would pass the layer rule silently, so every import
 * here must also resolve (import-x/no-unresolved).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const RULE = 'import-x/no-restricted-paths';

type Case = { rule: string; file: string; wrong: string; right: string };

const cases: Case[] = [
  {
    rule: 'src/domain imports nothing of the project',
    file: 'src/domain/layer-probe.ts',
    wrong: "export { parseCsv } from '../formats/csv.js';",
    right: "export { ORGANISATION_KINDS } from './enums.js';",
  },
  {
    rule: 'src/analysis imports only src/domain',
    file: 'src/analysis/layer-probe.ts',
    wrong: "export { parseCsv } from '../formats/csv.js';",
    right:
      "export { ORGANISATION_KINDS } from '../domain/enums.js';\nexport { buildGraph } from './graph.js';",
  },
  {
    rule: 'src/formats imports only src/domain',
    file: 'src/formats/layer-probe.ts',
    wrong: "export { buildGraph } from '../analysis/graph.js';",
    right: "export { ORGANISATION_KINDS } from '../domain/enums.js';\nexport { parseCsv } from './csv.js';",
  },
  {
    rule: 'src/reports imports only src/domain, src/analysis and src/formats',
    file: 'src/reports/layer-probe.ts',
    wrong: "export { audit } from '../server/audit/audit.js';",
    right:
      "export { buildGraph } from '../analysis/graph.js';\nexport { parseCsv } from '../formats/csv.js';",
  },
  {
    rule: 'src/server never imports src/web',
    file: 'src/server/layer-probe.ts',
    wrong: "export { canEdit } from '../web/shared/auth';",
    right: "export { audit } from './audit/audit.js';",
  },
  {
    rule: 'src/web never imports src/server (it may import src/domain)',
    file: 'src/web/layer-probe.ts',
    wrong: "export { audit } from '../server/audit/audit';",
    right: "export { ORGANISATION_KINDS } from '../domain/enums';",
  },
  {
    rule: 'src/web/ui imports no feature',
    file: 'src/web/ui/LayerProbe.tsx',
    wrong: "export { SignInForm } from '../features/auth/SignInForm';",
    right: "export { useLang } from '../i18n/lang';",
  },
  {
    rule: 'src/web/shared imports no feature',
    file: 'src/web/shared/layer-probe.ts',
    wrong: "export { SignInForm } from '../features/auth/SignInForm';",
    right: "export { ApiError } from '../api/client';",
  },
  {
    rule: 'web features import each other only through src/web/shared',
    file: 'src/web/features/networks/layer-probe.ts',
    wrong: "export { SignInForm } from '../auth/SignInForm';",
    right: "export { canEdit } from '../../shared/auth';\nexport { nodeName } from './names';",
  },
  {
    rule: 'production code does not import test helpers (tests may)',
    file: 'src/server/modules/layer-probe.ts',
    wrong: "export { startYtjStub } from '../../../test/support/ytj-stub.js';",
    right: "export { audit } from '../audit/audit.js';",
  },
  {
    rule: 'src/server/config, db, auth, audit and resources do not use src/server/modules',
    file: 'src/server/db/layer-probe.ts',
    wrong: "export { registerOidcRoutes } from '../modules/auth/oidc.routes.js';",
    right: "export type { Config } from '../config.js';",
  },
  {
    rule: 'src/server/jobs runs what modules hand it and does not import them',
    file: 'src/server/jobs/layer-probe.ts',
    wrong: "export { runRetention } from '../modules/retention/retention.job.js';",
    right: "export type { Config } from '../config.js';",
  },
  {
    rule: 'src/server/auth does not import src/server/resources',
    file: 'src/server/auth/layer-probe.ts',
    wrong: "export type { ResourceDefinition } from '../resources/types.js';",
    right: "export { audit } from '../audit/audit.js';",
  },
  {
    rule: 'src/server/audit does not import src/server/auth',
    file: 'src/server/audit/layer-probe.ts',
    wrong: "export type { Caller } from '../auth/caller.js';",
    right: "export type { Database } from '../db/database.js';",
  },
];

let eslint: ESLint;

/** The layer rule's messages; every import must resolve, or a passing case would prove nothing. */
async function layerErrors(code: string, file: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result!.messages.filter((m) => m.fatal || m.ruleId === 'import-x/no-unresolved')).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layers enforced by lint', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-unresolved': 'error' } } });
  });

  it.each(cases)(
    '$rule: refuses the wrong way',
    async ({ file, wrong }) => {
      expect(await layerErrors(wrong, file)).toHaveLength(1);
    },
    60_000,
  );

  it.each(cases)(
    '$rule: lets the right way pass',
    async ({ file, right }) => {
      expect(await layerErrors(right, file)).toEqual([]);
    },
    60_000,
  );

  it('a test beside the code may use the test helpers', async () => {
    const code = "export { startYtjStub } from '../../../test/support/ytj-stub.js';";
    expect(await layerErrors(code, 'src/server/modules/layer-probe.test.ts')).toEqual([]);
    expect(await layerErrors(code.replace('../../../', '../../'), 'src/domain/layer-probe.test.ts')).toEqual(
      [],
    );
  }, 60_000);
});
