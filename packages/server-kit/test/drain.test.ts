// CONTEXT: issue 11 — on SIGTERM the gateway logged "stopping" and went on answering over keep-alive connections
// until it was killed 10 s later. A draining server finishes what is in flight, tells keep-alive clients to go
// elsewhere, closes idle connections at once and gives up on stuck ones after its bound.
import assert from 'node:assert/strict';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createDrainableServer } from '../src/drain.ts';

async function serve(drainTimeoutMs: number) {
  const http = createDrainableServer(
    (req, res) => {
      const delay = req.url === '/slow' ? 300 : 0;
      setTimeout(() => res.end(http.draining ? 'draining' : 'ok'), delay);
    },
    { drainTimeoutMs },
  );
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  return { http, port: (http.server.address() as AddressInfo).port };
}

function get(port: number, path: string, agent: Agent) {
  return new Promise<{ status: number; body: string; headers: IncomingHttpHeaders }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });
}

test('an idle keep-alive connection does not hold the server open', async () => {
  const { http, port } = await serve(5_000);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal((await get(port, '/', agent)).body, 'ok');
    const started = Date.now();
    await http.drain();
    assert.ok(Date.now() - started < 500, `closed after ${Date.now() - started} ms`);
  } finally {
    agent.destroy();
  }
});

test('a request in flight finishes; answers during the drain close their connection', async () => {
  const { http, port } = await serve(5_000);
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  try {
    await get(port, '/', agent);
    const inFlight = get(port, '/slow', agent);
    await new Promise((r) => setTimeout(r, 50));
    const drained = http.drain();
    // A keep-alive client with a connection at hand sends one more request while the drain runs.
    const during = await get(port, '/', agent).catch((e: Error) => e);
    if (!(during instanceof Error)) {
      assert.equal(during.body, 'draining');
      assert.equal(during.headers.connection, 'close');
    }
    assert.equal((await inFlight).status, 200);
    await drained;
  } finally {
    agent.destroy();
  }
});

test('a client that never finishes its request is cut off after the bound', async () => {
  const { http, port } = await serve(300);
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write('POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\nnot all of it');
  socket.on('error', () => {});
  await new Promise((r) => setTimeout(r, 50));
  const started = Date.now();
  await http.drain();
  const took = Date.now() - started;
  assert.ok(took >= 250 && took < 1_500, `stopped after ${took} ms`);
  socket.destroy();
});
