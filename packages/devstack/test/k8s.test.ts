// CONTEXT: no cluster here. Parse every manifest, check kustomization references, the production hardening the
// Deployments promise (probes, resources, non-root, read-only root fs), that secrets are only referenced, and that
// the variables set are read by the code (as for compose). Renders with `kubectl kustomize` when kubectl exists.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../src/platform.ts';
import { SERVICES } from '../src/services.ts';
import { notWrittenYet, sourceFiles, unreadVariables } from './env-reads.ts';

const K8S = join(REPO_ROOT, 'k8s');
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function load(file: string): Doc[] {
  const docs = parseAllDocuments(readFileSync(join(K8S, file), 'utf8'));
  for (const d of docs)
    assert.deepEqual(d.errors, [], `${file}: ${d.errors.map((e) => e.message).join('; ')}`);
  return docs.map((d) => d.toJS() as Doc).filter(Boolean);
}

const files = readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f));
const all = files.flatMap((f) => load(f).map((doc) => ({ file: f, doc })));
const kustomization = all.find((x) => x.doc.kind === 'Kustomization')?.doc;
const workloads = all.filter((x) => x.doc.kind === 'Deployment' || x.doc.kind === 'Job');
const configMapData: Record<string, string> = Object.assign(
  {},
  ...all.filter((x) => x.doc.kind === 'ConfigMap').map((x) => x.doc.data ?? {}),
);

describe('k8s manifests', () => {
  test('every YAML file parses and has apiVersion and kind', () => {
    assert.ok(files.length > 0);
    for (const { file, doc } of all) {
      assert.ok(doc.apiVersion && doc.kind, `${file}: ${JSON.stringify(doc).slice(0, 80)}`);
    }
  });

  test('the kustomization lists every manifest, and only existing ones', () => {
    assert.ok(kustomization, 'kustomization.yaml');
    assert.ok(kustomization.namespace);
    const resources = kustomization.resources as string[];
    for (const r of resources) assert.ok(existsSync(join(K8S, r)), r);
    const manifests = files.filter((f) => f !== 'kustomization.yaml');
    assert.deepEqual([...resources].sort(), manifests.sort());
  });

  test('identity and gateway have a Deployment and a Service; identity a migrate Job', () => {
    for (const name of ['identity', 'gateway']) {
      assert.ok(
        all.some((x) => x.doc.kind === 'Deployment' && x.doc.metadata.name === name),
        `${name} Deployment`,
      );
      assert.ok(
        all.some((x) => x.doc.kind === 'Service' && x.doc.metadata.name === name),
        `${name} Service`,
      );
    }
    const job = all.find((x) => x.doc.kind === 'Job')?.doc;
    assert.deepEqual(job?.spec.template.spec.containers[0].command, ['npm', 'run', 'migrate']);
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
        assert.ok(c.resources?.requests?.cpu && c.resources?.requests?.memory, `${file}/${c.name} requests`);
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

  const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
  test('kubectl kustomize renders it', { skip: kubectl ? false : 'kubectl not installed' }, () => {
    const out = execFileSync(kubectl!, ['kustomize', K8S], { encoding: 'utf8' });
    const kinds = parseAllDocuments(out).map((d) => (d.toJS() as Doc).kind);
    assert.deepEqual(kinds.sort(), [
      'ConfigMap',
      'Deployment',
      'Deployment',
      'Job',
      'Namespace',
      'Service',
      'Service',
    ]);
    assert.match(out, /namespace: anze/);
  });
});
