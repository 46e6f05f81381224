import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port that was free a moment ago (bind to port 0 and release it). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export async function assertPortFree(port: number, host: string, what: string): Promise<void> {
  if (!(await isPortFree(port, host))) {
    throw new Error(`Port ${host}:${port} for ${what} is already in use (an earlier run still alive?).`);
  }
}

/** Connect once; resolves with the first chunk the server sends (or '' if it sends nothing within 1 s). */
export function probeTcp(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = createConnection({ port, host });
    let data = '';
    const done = (err?: Error) => {
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err);
      else resolve(data);
    };
    const timer = setTimeout(() => done(), timeoutMs);
    sock.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (data.includes('\n')) done();
    });
    sock.on('error', (e) => done(e));
  });
}

export async function waitForTcp(port: number, host = '127.0.0.1', timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await probeTcp(port, host);
    } catch (e) {
      last = e;
      await sleep(50);
    }
  }
  throw new Error(`nothing listens on ${host}:${port}: ${(last as Error)?.message}`);
}
