import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUploadFile, MAX_UPLOAD_BYTES, uploadErrorMessage } from '../src/shared/documents/files.ts';

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
