import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkUploadFile,
  MAX_UPLOAD_BYTES,
  uploadErrorMessage,
  uploadFile,
} from '../src/shared/documents/files.ts';

test('uploads are pre-checked by extension and the 20 MB limit', () => {
  assert.equal(checkUploadFile({ name: '营业执照.PDF', size: 1000 }), null);
  assert.equal(checkUploadFile({ name: 'id.webp', size: MAX_UPLOAD_BYTES }), null);
  assert.equal(checkUploadFile({ name: 'scan.tiff', size: 1000 }), '仅支持 PDF、JPG、PNG、WebP 格式的文件');
  assert.equal(checkUploadFile({ name: 'big.jpg', size: MAX_UPLOAD_BYTES + 1 }), '文件大小不能超过20MB');
});

test("a refused upload shows the server's Chinese message, or one by status", () => {
  assert.equal(
    uploadErrorMessage(415, { errors: [{ message: '仅支持 PDF、JPG、PNG、WebP 格式的文件' }] }),
    '仅支持 PDF、JPG、PNG、WebP 格式的文件',
  );
  assert.match(uploadErrorMessage(413, null), /20MB/);
  assert.equal(uploadErrorMessage(502, 'Bad Gateway'), '上传失败（502）');
});

// CONTEXT: issue 11 — an upload whose answer was lost and that was sent again became a second document. Each upload
// gets its own Idempotency-Key and is repeated with it (network failure, 5xx, REQUEST_IN_PROGRESS) until definite.
test('an upload carries a fresh key and is sent again with the same key while its outcome is open', async () => {
  const uploaded = {
    id: 'd1',
    kind: 'PHOTO',
    fileName: 'a.png',
    size: 3,
    contentType: 'image/png',
    sha256: 'x',
  };
  const json = (body: unknown, status: number) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const inProgress = {
    errors: [{ message: '同一提交正在处理中', extensions: { code: 'REQUEST_IN_PROGRESS' } }],
  };
  const network = (...answers: Array<Response | Error>) => {
    const sent: Array<{ key: string | null; body: BodyInit | null | undefined }> = [];
    const send = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ key: new Headers(init?.headers).get('idempotency-key'), body: init?.body });
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    }) as typeof fetch;
    return { send, sent };
  };
  const retry = { sleep: async () => {} };
  const net = network(
    new TypeError('fetch failed'),
    json({ errors: [{ message: '服务暂时不可用', extensions: { code: 'BAD_GATEWAY' } }] }, 502),
    json(inProgress, 409),
    json(uploaded, 201),
  );
  const file = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
  assert.deepEqual(await uploadFile('PHOTO', file, 'a.png', net.send, retry), uploaded);
  assert.equal(net.sent.length, 4);
  assert.ok(net.sent[0]!.key);
  assert.equal(new Set(net.sent.map((s) => s.key)).size, 1, 'one key for every attempt');
  assert.ok(
    net.sent.every((s) => s.body === net.sent[0]!.body),
    'the same form each time',
  );

  const next = network(json(uploaded, 201));
  await uploadFile('PHOTO', file, 'a.png', next.send, retry);
  assert.notEqual(next.sent[0]!.key, net.sent[0]!.key, 'each upload its own key');

  const conflict = network(
    json(
      {
        errors: [
          { message: '该幂等键（Idempotency-Key）已用于另一项不同的提交', extensions: { code: 'CONFLICT' } },
        ],
      },
      409,
    ),
  );
  await assert.rejects(uploadFile('PHOTO', file, 'a.png', conflict.send, retry), /已用于另一项不同的提交/);
  assert.equal(conflict.sent.length, 1, 'a definite refusal is not repeated');

  const lost = network(new TypeError('x'), new TypeError('x'), new TypeError('x'), new TypeError('x'));
  await assert.rejects(uploadFile('PHOTO', file, 'a.png', lost.send, retry), /^Error: 提交结果未知/);
});
