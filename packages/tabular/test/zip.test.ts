// The ZIP layer on its own: ZIP64 records once offsets pass the 32-bit limit, and a clear refusal for a streamed entry
// that would not fit. The limit is lowered so that this needs kilobytes, not 4 GiB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createZipWriter } from '../src/zip.ts';
import { collector, hasCommand } from './helpers.ts';

const PYTHON_CHECK = `
import sys, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for info in z.infolist():
    print(info.filename, info.file_size, hashlib.sha256(z.read(info)).hexdigest(), info.header_offset)
`;

test('offsets past the limit: ZIP64 extra fields and end records that Python and unzip read', async (t) => {
  const { out, bytes } = collector();
  const zip = createZipWriter(out, { zip64Limit: 1000 });
  // Random bytes do not compress: each entry takes ~700 bytes, so the later ones start past the limit.
  const files = [0, 1, 2, 3].map((i) => ({ name: `part-${i}/数据.bin`, data: randomBytes(700) }));
  for (const f of files.slice(0, 2)) await zip.addFile(f.name, f.data);
  for (const f of files.slice(2)) {
    const entry = await zip.openEntry(f.name);
    await entry.write(f.data.subarray(0, 300));
    await entry.write(f.data.subarray(300));
    await entry.end();
  }
  await zip.finish();
  const archive = bytes();
  // The ZIP64 end of central directory record and its locator precede the classic end record.
  assert.equal(archive.readUInt32LE(archive.length - 22 - 20), 0x07064b50);
  assert.equal(archive.readUInt32LE(archive.length - 22), 0x06054b50);
  assert.equal(archive.readUInt32LE(archive.length - 22 + 16), 0xffffffff);
  const file = join(mkdtempSync(join(tmpdir(), 'tabular-zip-')), 'zip64.zip');
  writeFileSync(file, archive);

  await t.test(
    'python zipfile',
    { skip: !hasCommand('python3', ['-V']) && 'python3 is not installed' },
    () => {
      const r = spawnSync('python3', ['-c', PYTHON_CHECK, file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' '));
      assert.deepEqual(
        lines.map(([name, size, sha]) => [name, Number(size), sha]),
        files.map((f) => [f.name, 700, createHash('sha256').update(f.data).digest('hex')]),
      );
      // CONTEXT: the last entries' offsets only fit in the ZIP64 extra field.
      assert.ok(Number(lines[3]![3]) > 1000);
    },
  );
  await t.test('unzip -t', { skip: !hasCommand('unzip', ['-v']) && 'unzip is not installed' }, () => {
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No errors detected/);
  });
});

test('a streamed entry larger than a 32-bit size is refused, not written corrupt', async () => {
  const { out } = collector();
  const zip = createZipWriter(out, { zip64Limit: 1000 });
  const entry = await zip.openEntry('xl/worksheets/sheet1.xml');
  await entry.write(Buffer.alloc(900));
  assert.throws(() => entry.write(Buffer.alloc(200)), /exceeds 4 GiB/);
});

test('entries carry the UTF-8 flag, and streamed ones a data descriptor with the right CRC and sizes', async () => {
  const { out, bytes } = collector();
  const zip = createZipWriter(out);
  const entry = await zip.openEntry('项目信息.txt');
  const text = Buffer.from('安责险'.repeat(1000));
  await entry.write(text);
  await entry.end();
  await zip.finish();
  const archive = bytes();
  assert.equal(archive.readUInt32LE(0), 0x04034b50);
  assert.equal(archive.readUInt16LE(6), 0x0808);
  const descriptor = archive.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]));
  assert.equal(archive.readUInt32LE(descriptor + 4), crc32(text));
  assert.equal(archive.readUInt32LE(descriptor + 12), text.length);
  // The compressed size is what lies between the local header and the descriptor.
  assert.equal(archive.readUInt32LE(descriptor + 8), descriptor - 30 - Buffer.byteLength('项目信息.txt'));
});
