// Stopping an HTTP server as a rolling update needs it. `server.close()` alone stops accepting connections but keeps
// serving requests that clients send over connections they already hold open (keep-alive): a gateway behind a pool
// of keep-alive clients answered for as long as it was let live after SIGTERM. Draining instead lets the requests in
// flight finish, closes each connection after its answer and every idle one at once, and ends whatever is left after
// a bound, so a service stops within `drainTimeoutMs` whatever its clients do.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface DrainableServer {
  server: Server;
  /** True from the moment drain() was called: readiness answers 503 and every answer closes its connection. */
  readonly draining: boolean;
  /** Resolves when the server is closed: at once when idle, at the latest after `drainTimeoutMs`. */
  drain(): Promise<void>;
}

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

export function createDrainableServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  options: { drainTimeoutMs?: number } = {},
): DrainableServer {
  let draining = false;
  let drained: Promise<void> | null = null;
  const server = createServer((req, res) => {
    // Said on the answer itself, so a keep-alive client opens a new connection (to another replica) for the next one.
    if (draining) res.setHeader('connection', 'close');
    handler(req, res);
  });
  return {
    server,
    get draining() {
      return draining;
    },
    drain() {
      return (drained ??= new Promise<void>((resolve) => {
        draining = true;
        const timeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
        // A request that began before the drain answers without `connection: close`; its connection turns idle
        // when the answer is sent and is closed on the next sweep.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      }));
    },
  };
}
