// An open-loop load: requests start at a fixed rate, evenly spaced, whether or not earlier ones have been answered —
// how users arrive, unlike a closed loop where each connection waits for its answer. (autocannon's `overallRate`
// lets each second's quota out as one burst at the start of the second, so its latencies measure the burst.)
// Each latency runs from the request's scheduled start, so a generator that falls behind does not hide the wait
// (no coordinated omission).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Each request's own body and extra headers (writes: a new project, a fresh Idempotency-Key), instead of `body`. */
  next?: () => { body: string; headers?: Record<string, string> };
}

export interface PacedResult {
  /** Requests started. */
  requests: number;
  /** Non-200 answers, 200 answers with GraphQL `errors`, socket errors. */
  failures: number;
}

/**
 * POSTs `t.body` to `t.url` `rate` times a second for `durationS` over at most `connections` keep-alive
 * connections (a request finding all of them busy waits for one, and that wait counts), pushing each latency (ms)
 * into `latencies`. Resolves when every request started has been answered.
 */
export async function paced(
  t: PacedTarget,
  rate: number,
  durationS: number,
  connections: number,
  latencies: number[] = [],
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(t.url);
  const fixed = Buffer.from(t.body);
  const interval = 1000 / rate;
  const total = Math.round(rate * durationS);
  const start = performance.now();
  let failures = 0;
  const inFlight: Array<Promise<void>> = [];
  const one = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const own = t.next?.();
      const body = own ? Buffer.from(own.body) : fixed;
      const headers = {
        ...t.headers,
        ...own?.headers,
        'content-type': 'application/json',
        'content-length': String(body.length),
      };
      const req = request(url, { method: 'POST', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(performance.now() - scheduled);
          if (res.statusCode !== 200 || Buffer.concat(chunks).includes('"errors"')) failures++;
          resolve();
        });
      });
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(body);
    });
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(one(scheduled));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { requests: total, failures };
}
