// CONTEXT: the enterprise's 企业资料 and the regulator's 企业详情 showed the same file in different sizes (12 KB and
// 11.9 KB); one formatSize now serves both, and the 导出 progress.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSize } from '../src/shared/format.ts';

test('file sizes: whole bytes below 1 KB, one decimal above, in the 1024-based units of the upload limit', () => {
  assert.equal(formatSize(0), '0 B');
  assert.equal(formatSize(193), '193 B');
  assert.equal(formatSize(1023), '1023 B');
  assert.equal(formatSize(1024), '1.0 KB');
  assert.equal(formatSize(12_187), '11.9 KB');
  assert.equal(formatSize(1536 * 1024), '1.5 MB');
  assert.equal(formatSize(20 * 1024 * 1024), '20.0 MB');
  assert.equal(formatSize(3 * 1024 ** 3), '3.0 GB');
});

test('a size that rounds up to 1024 is shown in the next unit', () => {
  assert.equal(formatSize(1024 * 1024 - 1), '1.0 MB');
  assert.equal(formatSize(1024 * 1024 - 60), '1023.9 KB');
  assert.equal(formatSize(1024 ** 3 - 1), '1.0 GB');
});
