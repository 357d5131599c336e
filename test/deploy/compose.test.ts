/**
 * The deployment example's wiring, read from the files themselves: compose.yaml (PostgreSQL, two Solmu
 * instances on one DATABASE_URL, Caddy in front), deploy/Caddyfile and the Dockerfile. The files'
 * syntax is checked by their own tools in CI (deploy/check.sh); this says they fit together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

type Service = {
  image?: string;
  build?: unknown;
  env_file?: string[];
  environment?: unknown;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
  read_only?: boolean;
};
const compose = parse(read('compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const solmus = Object.entries(services).filter(([, s]) => s.image?.startsWith('solmu'));

/** KEY=value lines of an env file, comments and blank lines left out. */
const envFile = (file: string) =>
  Object.fromEntries(
    read(file)
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/** The Dockerfile's instructions with continuation lines joined, comments left out. */
const instructions = read('Dockerfile')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const stages = instructions.flatMap((l, i) => (l.startsWith('FROM ') ? [i] : []));
const finalStage = instructions.slice(stages.at(-1));

describe('compose.yaml', () => {
  it('runs the official PostgreSQL image on a named volume, checked by pg_isready', () => {
    const pg = services.postgres!;
    expect(pg.image).toMatch(/^postgres:\d+$/);
    const volume = pg.volumes!.find((v) => v.endsWith(':/var/lib/postgresql/data'))!;
    expect(Object.keys(compose.volumes)).toContain(volume.split(':')[0]);
    expect(pg.healthcheck!.test.join(' ')).toContain('pg_isready');
  });

  it('runs two Solmu instances of the one image with the same settings, after PostgreSQL is healthy', () => {
    expect(solmus.map(([name]) => name)).toEqual(['solmu-1', 'solmu-2']);
    for (const [, s] of solmus) {
      expect(s.build).toBe('.');
      expect(s.env_file).toEqual(['deploy/solmu.env']);
      expect(s.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(s.healthcheck!.test).toEqual(['CMD', 'node', 'deploy/healthcheck.mjs']);
      expect(s.read_only).toBe(true);
    }
  });

  it('keeps secrets out of itself: settings come from env files that git ignores', () => {
    for (const s of Object.values(services)) expect(s.environment).toBeUndefined();
    expect(read('compose.yaml')).not.toMatch(/PASSWORD|SECRET|TOKEN/);
    expect(read('.gitignore').split('\n')).toContain('deploy/*.env');
  });

  it("points every instance's DATABASE_URL at the compose PostgreSQL with its user, password and database", () => {
    const pg = envFile('deploy/postgres.env.example');
    const url = new URL(envFile('deploy/solmu.env.example').DATABASE_URL!);
    expect(url.hostname).toBe('postgres');
    expect(url.username).toBe(pg.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
  });

  it('puts Caddy in front on 443 with the Caddyfile, after both instances are healthy', () => {
    const caddy = services.caddy!;
    expect(caddy.image).toMatch(/^caddy:/);
    expect(caddy.ports).toContain('443:443');
    expect(caddy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    for (const [name] of solmus) expect(caddy.depends_on?.[name]?.condition).toBe('service_healthy');
  });
});

describe('deploy/Caddyfile', () => {
  const caddyfile = read('deploy/Caddyfile');

  it('serves localhost with its own certificate', () => {
    expect(caddyfile).toMatch(/^localhost \{/m);
    expect(caddyfile).toMatch(/^\s*tls internal$/m);
  });

  it('shares requests in turn between exactly the Solmu services, on the port the image listens on', () => {
    const port = /^ENV [\s\S]*?PORT=(\d+)/m.exec(finalStage.join('\n'))![1];
    const upstreams = /reverse_proxy ([^{]+)\{/.exec(caddyfile)![1]!.trim().split(/\s+/);
    expect(upstreams).toEqual(solmus.map(([name]) => `${name}:${port}`));
    expect(caddyfile).toMatch(/lb_policy round_robin/);
    expect(caddyfile).toMatch(/health_uri \/api\/health\/live/);
  });
});

describe('Dockerfile', () => {
  it('builds in stages: the web app in one, production dependencies in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(instructions.some((l) => l.includes('npm run build:web'))).toBe(true);
    expect(instructions.some((l) => /npm ci --omit=dev/.test(l))).toBe(true);
    expect(finalStage).toContain('COPY --from=build /app/dist/web ./dist/web');
    expect(finalStage.some((l) => l.startsWith('RUN npm'))).toBe(false);
  });

  it('runs as an unprivileged user, listening on all addresses, with a health check', () => {
    const users = finalStage.filter((l) => l.startsWith('USER '));
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^USER (root|0)(:|$)/);
    expect(finalStage.indexOf(users[0]!)).toBeLessThan(finalStage.findIndex((l) => l.startsWith('CMD ')));
    expect(finalStage.join('\n')).toMatch(/HOST=0\.0\.0\.0/);
    expect(finalStage.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/deploy\/healthcheck\.mjs/);
    expect(finalStage.find((l) => l.startsWith('CMD '))).toBe('CMD ["node", "bin/solmu.js", "serve"]');
  });

  it('gets into its build context every file it copies (.dockerignore)', () => {
    const allowed = read('.dockerignore')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1).replace(/\/$/, ''));
    const copied = instructions
      .filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    for (const file of copied) expect(allowed, file).toContain(file);
  });
});
