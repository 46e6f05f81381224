// CSV for Excel: BOM, RFC 4180 quoting, formula injection neutralised, rows in order across flushes, backpressure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCsvWriter, csvCell, OutputClosedError } from '../src/index.ts';
import { collector, slowReader, textSource } from './helpers.ts';

test('csvCell: a string that a spreadsheet would run as a formula gets a leading apostrophe', () => {
  for (const s of ['=1+1', '+86', '-x', '@SUM(A1)', '\tx', '\rx']) {
    assert.equal(csvCell(s).replace(/^"|"$/g, '')[0], "'", JSON.stringify(s));
  }
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  // Numbers are data, not formulas: a negative amount stays a number.
  assert.equal(csvCell(-12.5), '-12.5');
  assert.equal(csvCell('a=b'), 'a=b');
});

test('csvCell: quotes exactly the cells that need it, empty for null', () => {
  assert.equal(csvCell('哈尔滨项目'), '哈尔滨项目');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line1\nline2'), '"line1\nline2"');
  assert.equal(csvCell('a\rb'), '"a\rb"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(0), '0');
});

test('BOM, header, CRLF rows in order across many 64 KiB writes', async () => {
  const { out, bytes } = collector();
  const writer = createCsvWriter(out, {
    columns: [{ header: '序号' }, { header: '项目名称' }, { header: '金额' }],
  });
  const text = textSource();
  const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, text(15), (i * 7) / 4]);
  for (const r of rows) await writer.addRow(r);
  await writer.addRow([null, '', '=cmd']);
  await writer.end();
  const all = bytes();
  assert.deepEqual([...all.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = all.subarray(3).toString('utf8').split('\r\n');
  assert.equal(lines[0], '序号,项目名称,金额');
  assert.deepEqual(
    lines.slice(1, -2),
    rows.map((r) => r.join(',')),
  );
  assert.equal(lines.at(-2), ",,'=cmd");
  assert.equal(lines.at(-1), '');
});

test('a slow client: the writer waits, buffers stay bounded; a vanished client rejects', async () => {
  const { out, bytes } = slowReader();
  const writer = createCsvWriter(out, { columns: [{ header: 'a' }, { header: 'b' }] });
  const text = textSource();
  let maxHeld = 0;
  for (let i = 0; i < 20_000; i++) {
    const wait = writer.addRow([i, text(60)]);
    maxHeld = Math.max(maxHeld, out.writableLength + writer.buffered);
    await wait;
  }
  await writer.end();
  assert.ok(bytes().length > 2 * 1024 * 1024);
  assert.ok(maxHeld < 300 * 1024, `held at most ${maxHeld} bytes`);

  const gone = slowReader();
  const second = createCsvWriter(gone.out, { columns: [{ header: 'a' }] });
  setTimeout(() => gone.out.destroy(), 20);
  await assert.rejects(async () => {
    for (let i = 0; i < 10_000_000; i++) await second.addRow([text(60)]);
  }, OutputClosedError);
});
