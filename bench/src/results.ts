// What every benchmark script does with its measurements: percentiles of sorted latencies, and the report written
// as bench/results/<name>-<YYYY-MM-DD>[-<suffix>].md and .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** Nearest-rank percentile of an ascending list (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Writes the Markdown report and its JSON under the run's start date; returns the path prefix written. */
export function writeResults(name: string, startedAt: Date, json: unknown, md: string, suffix = ''): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = `${name}-${startedAt.toISOString().slice(0, 10)}${suffix ? `-${suffix}` : ''}`;
  writeFileSync(join(RESULTS_DIR, `${base}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, `${base}.md`), md);
  console.log(`written: bench/results/${base}.md and .json`);
  return `bench/results/${base}`;
}
