// CONTEXT: no cluster here. Parse every manifest, check kustomization references, the production hardening the
// Deployments promise (probes, resources, non-root, read-only root fs), that secrets are only referenced, and that
// the variables set are read by the code (as for compose). Renders with `kubectl kustomize` when kubectl exists.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../src/platform.ts';
import { SERVICES, SUBGRAPHS, subgraphUrlVar } from '../src/services.ts';
import { notWrittenYet, sourceFiles, unreadVariables } from './env-reads.ts';

const K8S = join(REPO_ROOT, 'k8s');
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function parse(text: string, where: string): Doc[] {
  const docs = parseAllDocuments(text);
  for (const d of docs)
    assert.deepEqual(d.errors, [], `${where}: ${d.errors.map((e) => e.message).join('; ')}`);
  return docs.map((d) => d.toJS() as Doc).filter(Boolean);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const files = yamlFiles(K8S).map((f) => relative(K8S, f));
const sources = files.flatMap((f) =>
  parse(readFileSync(join(K8S, f), 'utf8'), f).map((doc) => ({ file: f, doc })),
);
const kustomizations = sources.filter((x) => x.doc.kind === 'Kustomization');

// What the cluster gets: the kustomization rendered, the way `kubectl apply -k k8s/` renders it. The checks below
// read the rendered objects, since each subgraph's Deployment is the shared base with its overlay's patches.
const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
const rendered = kubectl ? execFileSync(kubectl, ['kustomize', K8S], { encoding: 'utf8' }) : '';
const all = kubectl
  ? parse(rendered, 'kubectl kustomize k8s').map((doc) => ({ file: `${doc.kind}/${doc.metadata.name}`, doc }))
  : [];
const workloads = all.filter((x) => x.doc.kind === 'Deployment' || x.doc.kind === 'Job');
const configMapData: Record<string, string> = Object.assign(
  {},
  ...all.filter((x) => x.doc.kind === 'ConfigMap').map((x) => x.doc.data ?? {}),
);

describe('k8s sources', () => {
  test('every YAML file parses and has apiVersion and kind', () => {
    assert.ok(files.length > 0);
    for (const { file, doc } of sources) {
      assert.ok(doc.apiVersion && doc.kind, `${file}: ${JSON.stringify(doc).slice(0, 80)}`);
    }
  });

  test('every kustomization refers to existing files only, and every file is used by one', () => {
    const used = new Set<string>();
    for (const { file, doc } of kustomizations) {
      const dir = dirname(file);
      const refs = [
        ...((doc.resources ?? []) as string[]),
        ...((doc.patches ?? []) as Doc[]).flatMap((p) => (p.path ? [p.path as string] : [])),
      ];
      for (const r of refs) {
        const path = join(dir, r);
        assert.ok(existsSync(join(K8S, path)), `${file}: ${r} does not exist`);
        if (/\.ya?ml$/.test(r)) used.add(path);
      }
    }
    const unused = files.filter((f) => !f.endsWith('kustomization.yaml') && !used.has(f));
    assert.deepEqual(unused, [], 'YAML files no kustomization uses');
  });

  // CONTEXT: issue 10 — the subgraphs share one base instead of a copy of the same 100 lines and a migrate Job each;
  // the registry is the list: a subgraph without its overlay (or an overlay for no subgraph) fails here.
  test('each subgraph of the registry is k8s/subgraphs/<name>, the shared base under its name, in the root kustomization', () => {
    const root = kustomizations.find((x) => x.file === 'kustomization.yaml')?.doc;
    assert.ok(root?.namespace, 'k8s/kustomization.yaml with a namespace');
    const overlays = readdirSync(join(K8S, 'subgraphs'));
    assert.deepEqual(overlays.sort(), SUBGRAPHS.map((s) => s.name).sort());
    for (const s of SUBGRAPHS) {
      assert.ok(
        (root.resources as string[]).includes(`subgraphs/${s.name}`),
        `root kustomization: subgraphs/${s.name}`,
      );
      const overlay = kustomizations.find((x) => x.file === `subgraphs/${s.name}/kustomization.yaml`)?.doc;
      assert.ok((overlay?.resources as string[]).includes('../../base/subgraph'), `${s.name} uses the base`);
    }
  });
});

describe(
  'k8s manifests as rendered',
  { skip: kubectl ? false : 'kubectl (with kustomize) not installed' },
  () => {
    test('the rendered objects are what the services need', () => {
      const kinds = all.map((x) => x.doc.kind as string);
      const count = (kind: string) => kinds.filter((k) => k === kind).length;
      assert.equal(count('Namespace'), 1);
      assert.equal(count('ConfigMap'), 1);
      assert.equal(count('Deployment'), SERVICES.length);
      assert.equal(count('Service'), SERVICES.length);
      assert.equal(count('Job'), SERVICES.filter((s) => s.migrate).length);
      assert.equal(count('PersistentVolumeClaim'), 1, 'documents-data');
      assert.deepEqual([...new Set(kinds)].sort(), [
        'ConfigMap',
        'Deployment',
        'Job',
        'Namespace',
        'PersistentVolumeClaim',
        'Service',
      ]);
      for (const { doc } of all) if (doc.kind !== 'Namespace') assert.equal(doc.metadata.namespace, 'anze');
    });

    test('each subgraph listens on the port its manifest gives, in its Deployment, PORT and Service', () => {
      for (const s of SUBGRAPHS) {
        const d = all.find((x) => x.doc.kind === 'Deployment' && x.doc.metadata.name === s.name)?.doc;
        const c = d?.spec.template.spec.containers[0];
        assert.equal(c?.name, s.name, `${s.name} container`);
        assert.equal(c?.ports?.[0]?.containerPort, s.port, `${s.name} containerPort`);
        assert.equal(c?.env?.find((e: Doc) => e.name === 'PORT')?.value, String(s.port), `${s.name} PORT`);
        const svc = all.find((x) => x.doc.kind === 'Service' && x.doc.metadata.name === s.name)?.doc;
        assert.equal(svc?.spec.ports[0].port, s.port, `${s.name} Service port`);
        assert.equal(svc?.spec.selector['app.kubernetes.io/name'], s.name, `${s.name} Service selector`);
      }
    });

    test('every service of src/services.ts has a Deployment and a Service; subgraphs a migrate Job', () => {
      for (const s of SERVICES) {
        assert.ok(
          all.some((x) => x.doc.kind === 'Deployment' && x.doc.metadata.name === s.name),
          `${s.name} Deployment`,
        );
        assert.ok(
          all.some((x) => x.doc.kind === 'Service' && x.doc.metadata.name === s.name),
          `${s.name} Service`,
        );
        if (!s.migrate) continue;
        const job = all.find((x) => x.doc.kind === 'Job' && x.doc.metadata.name === `${s.name}-migrate`)?.doc;
        assert.ok(job, `${s.name}-migrate Job`);
        assert.equal(job.metadata.labels?.['app.kubernetes.io/name'], s.name, `${s.name}-migrate label`);
        assert.match(
          job.spec.template.spec.containers[0].image,
          new RegExp(`^anze/${s.name}(:|$)`),
          `${s.name}-migrate image`,
        );
        assert.deepEqual(job.spec.template.spec.containers[0].command, ['npm', 'run', 'migrate']);
      }
    });

    test('the gateway is given every subgraph URL; subgraphs other than identity the JWKS URL', () => {
      const env = (name: string): Record<string, string | undefined> => {
        const d = all.find((x) => x.doc.kind === 'Deployment' && x.doc.metadata.name === name)?.doc;
        const vars = d?.spec.template.spec.containers.flatMap((c: Doc) => c.env ?? []) ?? [];
        return Object.fromEntries(vars.map((e: Doc) => [e.name, e.value]));
      };
      const gw = env('gateway');
      for (const s of SUBGRAPHS) {
        assert.equal(
          gw[subgraphUrlVar(s.name)],
          `http://${s.name}:${s.port}/graphql`,
          subgraphUrlVar(s.name),
        );
        if (s.env.includes('AUTH_JWKS_URL'))
          assert.equal(
            env(s.name).AUTH_JWKS_URL ?? configMapData.AUTH_JWKS_URL,
            'http://identity:4001/.well-known/jwks.json',
            s.name,
          );
      }
    });

    test('documents keeps its files on a PersistentVolumeClaim mounted at ANZE_DATA_DIR', () => {
      const d = all.find((x) => x.doc.kind === 'Deployment' && x.doc.metadata.name === 'documents')?.doc;
      assert.ok(d, 'documents Deployment');
      const pod = d.spec.template.spec;
      const c = pod.containers[0];
      const dataDir = (c.env ?? []).find((e: Doc) => e.name === 'ANZE_DATA_DIR')?.value;
      assert.ok(dataDir, 'ANZE_DATA_DIR');
      const mount = (c.volumeMounts ?? []).find((m: Doc) => m.mountPath === dataDir);
      assert.ok(mount, `a volume is mounted at ${dataDir}`);
      const claim = pod.volumes.find((v: Doc) => v.name === mount.name)?.persistentVolumeClaim?.claimName;
      assert.ok(claim, `${mount.name} is a PersistentVolumeClaim`);
      assert.ok(
        all.some((x) => x.doc.kind === 'PersistentVolumeClaim' && x.doc.metadata.name === claim),
        `PersistentVolumeClaim ${claim}`,
      );
    });

    test('workloads: non-root, read-only root fs, resources; Deployments probe /readyz and /healthz', () => {
      for (const { file, doc } of workloads) {
        const pod = doc.spec.template.spec;
        assert.equal(pod.securityContext?.runAsNonRoot, true, `${file} runAsNonRoot`);
        for (const c of pod.containers) {
          assert.equal(
            c.securityContext?.readOnlyRootFilesystem,
            true,
            `${file}/${c.name} readOnlyRootFilesystem`,
          );
          assert.equal(c.securityContext?.allowPrivilegeEscalation, false, `${file}/${c.name}`);
          assert.ok(
            c.resources?.requests?.cpu && c.resources?.requests?.memory,
            `${file}/${c.name} requests`,
          );
          if (doc.kind === 'Deployment') {
            assert.equal(c.readinessProbe?.httpGet?.path, '/readyz', `${file}/${c.name} readiness`);
            assert.equal(c.livenessProbe?.httpGet?.path, '/healthz', `${file}/${c.name} liveness`);
          }
        }
      }
    });

    test('no Secret objects with values: secrets are referenced only', () => {
      assert.ok(!all.some((x) => x.doc.kind === 'Secret'), 'a Secret manifest holds values');
      for (const [k] of Object.entries(configMapData)) assert.doesNotMatch(k, /SECRET|PASSWORD|DATABASE_URL/);
      for (const { file, doc } of workloads) {
        for (const c of doc.spec.template.spec.containers) {
          for (const e of c.env ?? []) {
            if (/SECRET|PASSWORD|DATABASE_URL|NATS_URL/.test(e.name)) {
              assert.ok(e.valueFrom?.secretKeyRef, `${file}: ${e.name} must come from a Secret`);
            }
          }
        }
      }
    });

    for (const { file, doc } of workloads) {
      const app = doc.metadata.labels?.['app.kubernetes.io/name'];
      const s = SERVICES.find((x) => x.name === app);
      test(`${file} (${doc.kind} ${doc.metadata.name}): every variable it sets is read by the code`, (t) => {
        assert.ok(s, `label app.kubernetes.io/name=${app} names no service of src/services.ts`);
        const skip = notWrittenYet(s.dir);
        if (skip) return t.skip(skip);
        const names = new Set<string>();
        for (const c of doc.spec.template.spec.containers) {
          for (const e of c.env ?? []) names.add(e.name);
        }
        const unread = unreadVariables(names, sourceFiles(s.dir));
        assert.deepEqual(unread, [], `${file}: ${unread.join(', ')}`);
      });
    }

    test('every ConfigMap key is read by some service', (t) => {
      const written = SERVICES.filter((s) => !notWrittenYet(s.dir));
      if (written.length === 0) return t.skip('no service written yet');
      const files = written.flatMap((s) => sourceFiles(s.dir));
      const unread = unreadVariables(Object.keys(configMapData), files).filter(
        // read by a service that is not written yet?
        (name) => !SERVICES.some((s) => notWrittenYet(s.dir) && s.env.includes(name)),
      );
      assert.deepEqual(unread, []);
    });
  },
);
