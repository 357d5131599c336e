// The layers of Solmu, checked on every import (docs/ARCHITECTURE.md says the same in prose).
// import-x/no-restricted-paths resolves each import to its file (through the TypeScript resolver, so
// `./x.js` finds `./x.ts` and the web's extensionless imports find theirs) and refuses the ones whose
// file lies in a folder the importing file's zone may not use.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

const root = import.meta.dirname;

/** A pure layer may use the packages, the test helpers (in its tests) and the listed folders only. */
const only = (target, allowed, message) => ({
  target,
  from: './',
  except: ['./node_modules', './test/support', ...allowed],
  message,
});

/** The web's feature folders: each may use itself, not another (what two features share lives in src/web/shared). */
const features = readdirSync(path.join(root, 'src/web/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export const layerZones = [
  only('./src/domain', ['./src/domain'], 'src/domain imports nothing of the project.'),
  only(
    './src/analysis',
    ['./src/analysis', './src/domain'],
    'src/analysis imports only src/domain (and itself).',
  ),
  only(
    './src/formats',
    ['./src/formats', './src/domain'],
    'src/formats imports only src/domain (and itself).',
  ),
  only(
    './src/reports',
    ['./src/reports', './src/domain', './src/analysis', './src/formats'],
    'src/reports imports only src/domain, src/analysis and src/formats (and itself).',
  ),
  {
    target: './src/server',
    from: ['./src/web', './src/cli'],
    message: 'The server does not import the web app or the command line.',
  },
  {
    target: './src/web',
    from: ['./src/server', './src/cli', './src/reports'],
    message: 'The web app uses src/domain (and the pure src/analysis and src/formats), never the server.',
  },
  {
    target: './src/web/ui',
    from: ['./src/web/shared', './src/web/features', './src/web/pages', './src/web/app'],
    message: 'src/web/ui (design-system wrappers) imports no feature, page, app or shared module.',
  },
  {
    target: './src/web/shared',
    from: ['./src/web/features', './src/web/pages', './src/web/app'],
    message: 'src/web/shared imports no feature, page or app module.',
  },
  ...features.map((feature) => ({
    target: `./src/web/features/${feature}`,
    from: './src/web/features',
    except: [`./${feature}`],
    message: 'A web feature imports another only through src/web/shared.',
  })),
  {
    target: './src/**/!(*.test|*.test-support).{ts,tsx}',
    from: './test',
    message: 'Test helpers are for tests: production code does not import test/.',
  },
  // Inside the server, arrows run one way: app → modules → resources → auth → audit, db, config.
  {
    target: [
      './src/server/config.ts',
      './src/server/env.ts',
      './src/server/errors.ts',
      './src/server/db',
      './src/server/auth',
      './src/server/audit',
      './src/server/resources',
      './src/server/jobs',
    ],
    from: './src/server/modules',
    message: 'Only the app (and main) use src/server/modules.',
  },
  {
    target: ['./src/server/config.ts', './src/server/db', './src/server/auth', './src/server/audit'],
    from: './src/server/resources',
    message: 'src/server/resources builds on auth, audit and db, not the other way.',
  },
  {
    target: ['./src/server/config.ts', './src/server/db', './src/server/audit'],
    from: './src/server/auth',
    message: 'src/server/auth builds on audit and db, not the other way.',
  },
];

export const layers = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: [path.join(root, 'tsconfig.json'), path.join(root, 'src/web/tsconfig.json')],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
    },
  },
];
