// CONTEXT: issue 11 — on SIGTERM the gateway logged "stopping" but went on answering over open keep-alive connections
// (measured before the fix with this test: 1,475 answers in 20 s, until it was killed). Now it drains: the requests in
// flight finish, every later answer closes its connection, and the process exits well inside the bound.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Agent, createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import { SUBGRAPHS } from '../src/subgraphs.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const CLIENTS = 8;

function viewer(port: number, agent: Agent) {
  return new Promise<{ connection?: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ connection: res.headers.connection }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ viewer { roles } }' }));
  });
}

test('SIGTERM under keep-alive traffic: the gateway stops answering and exits within seconds', async () => {
  // Every subgraph is a stub that answers after 100 ms: at the signal, most requests are in flight.
  const stub = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () =>
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { viewer: { roles: ['PLATFORM_ADMIN'] } } }));
      }, 100),
    );
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
  const port = await new Promise<number>((resolve) => {
    const probe = createHttpServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      ANZE_LOG_LEVEL: 'warn',
      ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, stubUrl])),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    for (let up = false; !up;)
      up = await viewer(port, agent).then(
        () => true,
        () => new Promise<boolean>((r) => setTimeout(() => r(false), 100)),
      );
    let signalledAt = 0;
    let keptOpen = 0;
    const client = async () => {
      for (;;) {
        const answer = await viewer(port, agent).catch(() => null);
        if (!answer) return; // refused or closed: the gateway is gone
        if (signalledAt && answer.connection !== 'close') keptOpen++;
      }
    };
    const clients = Promise.all(Array.from({ length: CLIENTS }, client));
    await new Promise((r) => setTimeout(r, 500));
    signalledAt = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const took = Date.now() - signalledAt;
    await clients;
    assert.equal(code, 0);
    assert.ok(took < 3_000, `exited ${took} ms after SIGTERM`);
    // Only the answers already in flight at the signal may still keep their connection.
    assert.ok(keptOpen <= CLIENTS, `${keptOpen} answers after SIGTERM kept their connection open`);
  } finally {
    agent.destroy();
    stub.close();
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
