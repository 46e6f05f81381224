// Which environment variables does a workspace's code read? Used by the compose and k8s tests so that a variable a
// deployment sets but no code reads (typically a misspelling) fails.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SUBGRAPHS as GATEWAY_SUBGRAPHS } from '../../../gateway/src/subgraphs.ts';
import { REPO_ROOT } from '../src/platform.ts';

/** Variables read by libraries rather than by our code: name → where the library reads it (checked too). */
export const READ_BY_LIBRARIES: Record<string, string> = {
  APOLLO_TELEMETRY_DISABLED: 'node_modules/@apollo/gateway',
};

/**
 * Variables whose name the code computes instead of spelling it out, so no text search finds them: file (relative to
 * the repository root) → the names it reads. The gateway derives `<NAME>_URL` from each subgraph's name
 * (gateway/src/subgraphs.ts, `urlEnv`); its own list is the source, so a misspelt name in a deployment still fails.
 */
export const COMPUTED_NAMES: Record<string, readonly string[]> = {
  'gateway/src/subgraphs.ts': GATEWAY_SUBGRAPHS.map((s) => s.urlEnv),
};

function walk(dir: string, exts: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules') continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, exts, out);
    else if (exts.test(e)) out.push(p);
  }
  return out;
}

/** The workspace's src/ and the src/ of every @anze/* package it depends on (transitively). */
export function sourceFiles(workspaceDir: string, root = REPO_ROOT): string[] {
  const packages = new Map<string, string>();
  for (const d of readdirSync(join(root, 'packages'))) {
    const pj = join(root, 'packages', d, 'package.json');
    if (existsSync(pj))
      packages.set(
        (JSON.parse(readFileSync(pj, 'utf8')) as { name: string }).name,
        join(root, 'packages', d),
      );
  }
  const dirs = new Set<string>();
  const visit = (dir: string) => {
    if (dirs.has(dir)) return;
    dirs.add(dir);
    const pj = join(dir, 'package.json');
    if (!existsSync(pj)) return;
    const deps =
      (JSON.parse(readFileSync(pj, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
    for (const name of Object.keys(deps)) {
      const d = packages.get(name);
      if (d) visit(d);
    }
  };
  visit(join(root, workspaceDir));
  return [...dirs]
    .flatMap((d) => walk(join(d, 'src'), /\.(ts|js|mjs)$/))
    .filter((f) => !/\.test\.ts$/.test(f));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Does this code read `name`? Accepted: process.env.NAME, env.NAME / someEnv.NAME, env['NAME'], a 'NAME' string
 * literal (config helpers such as int(env, 'PORT', 4001)), or NAME destructured from process.env.
 */
export function readsVariable(name: string, code: string): boolean {
  const n = escape(name);
  return (
    new RegExp(`\\b\\w*env\\??\\.${n}\\b`, 'i').test(code) ||
    new RegExp(`['"\`]${n}['"\`]`).test(code) ||
    new RegExp(`\\{[^}]*\\b${n}\\b[^}]*\\}\\s*=\\s*process\\.env`).test(code)
  );
}

export function readIn(name: string, files: string[]): boolean {
  return files.some((f) => readsVariable(name, readFileSync(f, 'utf8')));
}

/** Variables among `names` that neither the code nor a known library reads. */
export function unreadVariables(names: Iterable<string>, files: string[], root = REPO_ROOT): string[] {
  const unread: string[] = [];
  const computed = new Set(
    files.flatMap((f) => COMPUTED_NAMES[relative(root, f).split('\\').join('/')] ?? []),
  );
  for (const name of names) {
    if (computed.has(name) || readIn(name, files)) continue;
    const lib = READ_BY_LIBRARIES[name];
    if (lib && readIn(name, walk(join(root, lib), /\.(js|cjs|mjs)$/))) continue;
    unread.push(name);
  }
  return unread;
}

/** Skip reason when a workspace has no code yet (services are being written in parallel). */
export function notWrittenYet(workspaceDir: string, root = REPO_ROOT): string | undefined {
  return existsSync(join(root, workspaceDir, 'src', 'main.ts'))
    ? undefined
    : `${workspaceDir}/src/main.ts does not exist yet`;
}
