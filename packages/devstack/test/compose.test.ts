// CONTEXT: there is no Docker engine on the development machines, so docker-compose.yml and the Dockerfiles cannot be
// run here. This test checks what can be checked without one: references to files, the service list
// (src/services.ts), variables that no code reads (misspellings), healthchecks, and that secrets are not hard-coded.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../src/platform.ts';
import { SERVICES, SUBGRAPHS, serviceEnv, subgraphUrlVar, type ServiceDef } from '../src/services.ts';
import { notWrittenYet, readsVariable, sourceFiles, unreadVariables } from './env-reads.ts';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
  restart?: string;
  volumes?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const composeText = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as Compose;
const entries = Object.entries(compose.services);

/** The ServiceDef a compose service runs (identity, identity-migrate, identity-seed → identity). */
function serviceOf(composeName: string): ServiceDef | undefined {
  return SERVICES.find((s) => composeName === s.name || composeName.startsWith(`${s.name}-`));
}

function healthText(h: ComposeService['healthcheck']): string {
  return Array.isArray(h?.test) ? h.test.join(' ') : (h?.test ?? '');
}

describe('docker-compose.yml', () => {
  test('every build context and Dockerfile exists; server builds name an existing workspace', () => {
    for (const [name, svc] of entries) {
      if (!svc.build) continue;
      const ctx = join(REPO_ROOT, svc.build.context);
      assert.ok(existsSync(ctx), `${name}: build context ${svc.build.context} missing`);
      const dockerfile = join(ctx, svc.build.dockerfile ?? 'Dockerfile');
      assert.ok(existsSync(dockerfile), `${name}: ${dockerfile} missing`);
      const ws = svc.build.args?.WORKSPACE;
      if (ws) {
        assert.ok(existsSync(join(ctx, ws, 'package.json')), `${name}: WORKSPACE ${ws} is not a workspace`);
        assert.equal(ws, serviceOf(name)?.dir, `${name}: builds ${ws}`);
      }
    }
  });

  test('every service of src/services.ts is there, subgraphs with a migrate one-shot they wait for', () => {
    for (const s of SERVICES) {
      const svc = compose.services[s.name];
      assert.ok(svc, `compose service ${s.name} missing`);
      assert.equal(svc.build?.args?.WORKSPACE, s.dir, `${s.name} builds its workspace`);
      if (s.migrate) {
        const m = compose.services[`${s.name}-migrate`];
        assert.ok(m, `${s.name}-migrate missing`);
        assert.deepEqual(m.command, ['npm', 'run', 'migrate']);
        assert.equal(m.image, svc.image, `${s.name}-migrate runs the ${s.name} image`);
        assert.equal(svc.depends_on?.[`${s.name}-migrate`]?.condition, 'service_completed_successfully');
      }
      if (s.seed) {
        const seed = compose.services[`${s.name}-seed`];
        assert.ok(seed, `${s.name}-seed missing`);
        assert.deepEqual(seed.command, ['npm', 'run', 'seed']);
      }
    }
    assert.ok(compose.services.web, 'web');
    assert.ok(compose.services.postgres && compose.services.nats, 'postgres and nats');
    assert.match(compose.services.postgres.image ?? '', /^postgres:1[67]/);
    assert.match(compose.services.nats.image ?? '', /^nats:2\.10/);
  });

  test('each service sets the variables src/services.ts says it needs', () => {
    for (const s of SERVICES) {
      const env = compose.services[s.name]?.environment ?? {};
      for (const name of s.env) {
        assert.ok(name in env, `${s.name} does not set ${name}`);
      }
      assert.equal(env.PORT, String(s.port), `${s.name} PORT`);
    }
    const gw = compose.services.gateway?.environment ?? {};
    for (const sg of SUBGRAPHS) {
      assert.match(gw[subgraphUrlVar(sg.name)] ?? '', new RegExp(`^http://${sg.name}:${sg.port}/graphql$`));
      if (sg.env.includes('AUTH_JWKS_URL'))
        assert.equal(
          compose.services[sg.name]?.environment?.AUTH_JWKS_URL,
          'http://identity:4001/.well-known/jwks.json',
          `${sg.name} AUTH_JWKS_URL`,
        );
    }
  });

  test('subgraphs that keep files have a named volume at their ANZE_DATA_DIR', () => {
    for (const sg of SUBGRAPHS.filter((s) => s.env.includes('ANZE_DATA_DIR'))) {
      const svc = compose.services[sg.name];
      const dir = svc?.environment?.ANZE_DATA_DIR;
      assert.ok(dir, `${sg.name} sets ANZE_DATA_DIR`);
      const mount = (svc?.volumes ?? []).find((v) => v.endsWith(`:${dir}`));
      assert.ok(mount, `${sg.name}: no volume at ${dir}`);
      const [volume = ''] = mount.split(':');
      assert.ok(volume in (compose.volumes ?? {}), `${sg.name}: ${volume} is not a named volume`);
    }
  });

  for (const [name, svc] of entries) {
    const s = serviceOf(name);
    if (!s || !svc.environment) continue;
    test(`${name}: every variable it sets is read by ${s.dir} or the packages it uses`, (t) => {
      const skip = notWrittenYet(s.dir);
      if (skip) return t.skip(skip);
      const unread = unreadVariables(Object.keys(svc.environment ?? {}), sourceFiles(s.dir));
      assert.deepEqual(unread, [], `${name} sets variables no code reads: ${unread.join(', ')}`);
    });
  }

  for (const s of SERVICES) {
    test(`src/services.ts: every variable listed for ${s.name} is read by its code`, (t) => {
      const skip = notWrittenYet(s.dir);
      if (skip) return t.skip(skip);
      const unread = unreadVariables(s.env, sourceFiles(s.dir));
      assert.deepEqual(unread, [], `${s.name}: ${unread.join(', ')}`);
    });
  }

  test('the variable check catches a misspelling', () => {
    const code =
      "const port = int(env, 'PORT', 4001);\nconst secret = process.env.GATEWAY_SECRET;\nconst u = env.NATS_URL;";
    assert.ok(readsVariable('PORT', code));
    assert.ok(readsVariable('GATEWAY_SECRET', code));
    assert.ok(readsVariable('NATS_URL', code));
    assert.ok(!readsVariable('GATEWAY_SECRETS', code));
    assert.ok(!readsVariable('NATS_URI', code));
    assert.ok(readsVariable('DATABASE_URL', 'const { DATABASE_URL, X } = process.env;'));
    // names the gateway computes (<NAME>_URL) come from its own subgraph list, so misspellings still fail
    const gateway = sourceFiles('gateway');
    assert.deepEqual(unreadVariables(['IDENTITY_URL', 'PROJECT_URL'], gateway), ['PROJECT_URL']);
  });

  test('web: the variables it sets are used by its nginx template', () => {
    const conf = readFileSync(join(REPO_ROOT, 'web', 'nginx.conf'), 'utf8');
    for (const name of Object.keys(compose.services.web?.environment ?? {})) {
      assert.ok(conf.includes(`\${${name}}`), `web sets ${name} but nginx.conf does not use \${${name}}`);
    }
  });

  test('long-running services have healthchecks; ours probe /readyz', () => {
    for (const [name, svc] of entries) {
      const oneShot = svc.restart === 'no';
      if (oneShot) continue;
      assert.ok(svc.healthcheck?.test, `${name} has no healthcheck`);
      if (SERVICES.some((s) => s.name === name)) assert.match(healthText(svc.healthcheck), /\/readyz/, name);
    }
  });

  test('depends_on only names existing services', () => {
    for (const [name, svc] of entries) {
      for (const dep of Object.keys(svc.depends_on ?? {}))
        assert.ok(compose.services[dep], `${name} → ${dep}`);
    }
  });

  test('secrets come from required variables, never literal values', () => {
    for (const [name, svc] of entries) {
      for (const [k, v] of Object.entries(svc.environment ?? {})) {
        if (/SECRET|PASSWORD/.test(k)) assert.match(String(v), /^\$\{[A-Z_]+:\?[^}]+\}$/, `${name}.${k}`);
        if (k === 'DATABASE_URL') assert.match(String(v), /\$\{POSTGRES_PASSWORD:\?[^}]+\}/, `${name}.${k}`);
      }
    }
  });

  test('devstack gives a service exactly the variables it lists (plus ANZE_DATA_DIR)', () => {
    const ctx = { databaseUrl: 'postgres://x', natsUrl: 'nats://x', gatewaySecret: 's', dataDir: '/d' };
    for (const s of SERVICES) {
      assert.deepEqual(
        Object.keys(serviceEnv(s, ctx)).sort(),
        [...new Set([...s.env, 'ANZE_DATA_DIR'])].sort(),
        s.name,
      );
    }
  });
});

describe('Dockerfiles', () => {
  const server = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  const web = readFileSync(join(REPO_ROOT, 'web', 'Dockerfile'), 'utf8');

  test('server image: node 24 bookworm slim, npm ci, workspace build arg, non-root, no secrets', () => {
    assert.match(server, /^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    assert.match(server, /npm ci --omit=dev --workspace "\$WORKSPACE"/);
    assert.match(server, /^ARG WORKSPACE$/m);
    assert.match(server, /^USER node$/m);
    assert.doesNotMatch(server, /^(ENV|ARG)\s+\S*(SECRET|PASSWORD|DATABASE_URL)/m);
  });

  // CONTEXT: projects and analytics import identity's (and projects') event catalogue: an image holding only its own
  // workspace would fail at start with a missing module, which no test here could run to see.
  test('server image: every workspace a server imports is in it', () => {
    for (const s of SERVICES) {
      const pj = JSON.parse(readFileSync(join(REPO_ROOT, s.dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      for (const dep of Object.keys(pj.dependencies ?? {}).filter((d) => d.startsWith('@anze/'))) {
        const dir = SERVICES.find((x) => x.package === dep)?.dir ?? `packages/${dep.slice('@anze/'.length)}`;
        const top = dir.split('/')[0]!;
        assert.match(
          server,
          new RegExp(`^COPY ${top}/ \\./${top}/$`, 'm'),
          `${s.name} imports ${dep} (${dir})`,
        );
      }
    }
  });

  test('web image: vite build, nginx template with GATEWAY_URL, no secrets', () => {
    assert.match(web, /npm run build --workspace @anze\/web/);
    assert.match(web, /nginx\.conf \/etc\/nginx\/templates\/default\.conf\.template/);
    assert.doesNotMatch(web, /SECRET|PASSWORD/);
    const conf = readFileSync(join(REPO_ROOT, 'web', 'nginx.conf'), 'utf8');
    assert.match(conf, /location \/graphql \{[^}]*proxy_pass \$\{GATEWAY_URL\};/);
    assert.match(conf, /try_files \$uri \$uri\/ \/index\.html;/);
  });

  test('web nginx: /files streams uploads of up to 20 MiB, /exports streams responses', () => {
    const conf = readFileSync(join(REPO_ROOT, 'web', 'nginx.conf'), 'utf8');
    const location = (path: string) =>
      conf.match(new RegExp(`location ${path} \\{([\\s\\S]*?)\\n    \\}`))?.[1] ?? '';
    const files = location('/files');
    assert.match(files, /proxy_pass \$\{GATEWAY_URL\};/);
    assert.match(files, /client_max_body_size (2[0-9])m;/);
    assert.match(files, /proxy_request_buffering off;/);
    assert.match(files, /proxy_read_timeout \d+s;/);
    const exports = location('/exports');
    assert.match(exports, /proxy_pass \$\{GATEWAY_URL\};/);
    assert.match(exports, /proxy_buffering off;/);
  });

  test('.dockerignore keeps local state and node_modules out of the context', () => {
    const ignore = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['**/node_modules', '.anze', '.git', '.env']) assert.ok(ignore.includes(p), p);
  });
});
