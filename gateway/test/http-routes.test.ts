// Uploads, downloads and exports pass through the gateway as plain HTTP. Against a stand-in subgraph that records
// what it receives: the body arrives intact, the gateway credential is added (and a forged one replaced), cookies
// stay behind, the answer comes back with its status and download headers, and a dead or stuck subgraph is a 502.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import { createLogger } from '@anze/server-kit';
import { startGateway, type RunningGateway } from '../src/server.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  sha256: string;
  bytes: number;
}

let seen: Seen[] = [];
let delayMs = 0;
let stub: Server;
let gateway: RunningGateway;
let base: string;

before(async () => {
  stub = createServer((req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        sha256: hash.digest('hex'),
        bytes,
      });
      setTimeout(() => {
        if (res.destroyed) return;
        if (req.url!.startsWith('/files/refused')) {
          res
            .writeHead(415, { 'content-type': 'application/json' })
            .end('{"errors":[{"message":"仅支持PDF"}]}');
          return;
        }
        res
          .writeHead(200, {
            'content-type': 'application/pdf',
            'content-disposition': "attachment; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf",
            'set-cookie': 'tracking=1',
          })
          .end('%PDF-1.7 body');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    subgraphUrls: { documents: stubUrl, projects: stubUrl },
    upstreamTimeoutMs: 300,
    logger: createLogger({ service: 'gateway' }, 'silent'),
  });
  base = gateway.url.replace(/\/graphql$/, '');
});
after(async () => {
  await gateway?.stop();
  stub.closeAllConnections();
  await new Promise((resolve) => stub.close(resolve));
});
beforeEach(() => {
  seen = [];
  delayMs = 0;
});

test('an upload reaches the owning subgraph byte for byte, with the gateway credential and without cookies', async () => {
  const body = randomBytes(3 * 1024 * 1024);
  const res = await fetch(`${base}/files`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer caller-token',
      'content-type': 'multipart/form-data; boundary=x',
      cookie: 'session=secret',
      'x-anze-gateway-secret': 'forged',
    },
    body,
  });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), '%PDF-1.7 body');
  assert.equal(
    res.headers.get('content-disposition'),
    "attachment; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf",
  );
  assert.equal(res.headers.get('set-cookie'), null, 'subgraph cookies are not passed on');
  const [s] = seen;
  assert.ok(s);
  assert.equal(s.method, 'POST');
  assert.equal(s.bytes, body.length);
  assert.equal(s.sha256, createHash('sha256').update(body).digest('hex'));
  assert.equal(s.headers['x-anze-gateway-secret'], TEST_GATEWAY_SECRET);
  assert.equal(s.headers.authorization, 'Bearer caller-token');
  assert.equal(s.headers.cookie, undefined);
  assert.ok(s.headers['x-request-id']);
});

test('path and query reach the subgraph unchanged; its refusal comes back with its status', async () => {
  const res = await fetch(`${base}/files/refused?exp=1&sig=abc`);
  assert.equal(res.status, 415);
  assert.match(await res.text(), /仅支持PDF/);
  assert.equal(seen[0]?.url, '/files/refused?exp=1&sig=abc');
  const exported = await fetch(`${base}/exports/projects?format=csv&name=%E5%93%88`);
  assert.equal(exported.status, 200);
  await exported.arrayBuffer();
  assert.equal(seen[1]?.url, '/exports/projects?format=csv&name=%E5%93%88');
});

test('only the declared prefixes are forwarded', async () => {
  for (const path of ['/filesystem', '/export', '/internal']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
    await res.arrayBuffer();
  }
  assert.equal(seen.length, 0);
});

test('a subgraph that does not answer in time is a 502 with a message for the user', async () => {
  delayMs = 1500;
  const res = await fetch(`${base}/files/slow`);
  assert.equal(res.status, 502);
  const body = (await res.json()) as { errors: Array<{ message: string }> };
  assert.match(body.errors[0]!.message, /服务暂时不可用/);
});
