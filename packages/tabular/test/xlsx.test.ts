// The XLSX writer: a workbook that another reader (exceljs) understands cell for cell, a ZIP that unzip and Python
// accept, and memory that stays bounded when the client reads slowly or goes away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createXlsxWriter, OutputClosedError, type Cell } from '../src/index.ts';
import { collector, hasCommand, sheetXml, slowReader, textSource } from './helpers.ts';

const COLUMNS = [
  { header: '序号', width: 6 },
  { header: '项目名称 & <备注>', width: 36 },
  { header: '工程造价(元)', width: 18 },
  { header: '状态' },
];

async function load(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('项目信息')!;
}

async function writeWorkbook(rows: Cell[][]): Promise<Buffer> {
  const { out, bytes } = collector();
  const writer = createXlsxWriter(out, { sheetName: '项目信息', columns: COLUMNS });
  for (const r of rows) await writer.addRow(r);
  await writer.end();
  return bytes();
}

test('cells read back as written: header, XML-special and CJK text, numbers, empty cells', async () => {
  const bytes = await writeWorkbook([
    [1, '哈尔滨 "南岗" <A&B> 项目', 12000000.5, '在建'],
    // CONTEXT: empty cells leave gaps, and the cells after a gap must still land in their own column.
    [2, null, 0, ''],
    [null, '', -3.25, '停工'],
    [4, '\u0001控制\u0008字符\u000B\u001F已删除\uFFFE', 123456789012.34, undefined],
    [5, '  首尾空格  ', Number.NaN, '换行\n第二行'],
    [6, '=HYPERLINK("x")', Infinity, '\t制表'],
  ]);
  const sheet = await load(bytes);
  const values = (n: number) => COLUMNS.map((_, c) => sheet.getRow(n).getCell(c + 1).value);
  assert.deepEqual(
    values(1),
    COLUMNS.map((c) => c.header),
  );
  assert.deepEqual(values(2), [1, '哈尔滨 "南岗" <A&B> 项目', 12000000.5, '在建']);
  assert.deepEqual(values(3), [2, null, 0, null]);
  assert.deepEqual(values(4), [null, null, -3.25, '停工']);
  assert.deepEqual(values(5), [4, '控制字符已删除', 123456789012.34, null]);
  // Non-finite numbers have no cell form: they are left empty rather than breaking the file.
  assert.deepEqual(values(6), [5, '  首尾空格  ', null, '换行\n第二行']);
  // An inline string is text, never a formula: no formula-injection guard is needed as in CSV.
  assert.deepEqual(values(7), [6, '=HYPERLINK("x")', null, '\t制表']);
  assert.equal(sheet.rowCount, 7);
  assert.equal(sheet.getColumn(2).width, 36);
  assert.equal(sheet.getColumn(3).width, 18);
  assert.equal(sheet.getCell('A1').font?.bold, true);
  assert.deepEqual(
    sheet.views.map((v) => v.state === 'frozen' && [v.ySplit, v.topLeftCell]),
    [[1, 'A2']],
  );
  // CONTEXT: other readers (Excel among them) may trim what exceljs keeps, so the XML itself is checked too.
  const xml = sheetXml(bytes);
  // A cell after a gap names its column; one right after its neighbour needs no reference.
  assert.ok(
    xml.includes(
      '<row r="6"><c r="A6"><v>5</v></c><c t="inlineStr"><is><t xml:space="preserve">  首尾空格  </t></is></c>' +
        '<c r="D6" t="inlineStr"><is><t xml:space="preserve">换行\n第二行</t></is></c></row>',
    ),
    xml,
  );
  assert.ok(xml.includes('<t>哈尔滨 &quot;南岗&quot; &lt;A&amp;B&gt; 项目</t>'));
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/.test(xml));
});

test('the package is a valid ZIP for unzip and for Python, with the parts Excel expects', async (t) => {
  const text = textSource();
  const rows = Array.from({ length: 3000 }, (_, i): Cell[] => [i + 1, text(20), i * 1.5, '在建']);
  const bytes = await writeWorkbook(rows);
  const file = join(mkdtempSync(join(tmpdir(), 'tabular-')), '项目信息.xlsx');
  writeFileSync(file, bytes);
  const expected = [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
  ];
  await t.test('unzip -t', { skip: !hasCommand('unzip', ['-v']) && 'unzip is not installed' }, () => {
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No errors detected/);
    for (const name of expected) assert.ok(r.stdout.includes(`testing: ${name}`), name);
  });
  await t.test(
    'python zipfile',
    { skip: !hasCommand('python3', ['-V']) && 'python3 is not installed' },
    () => {
      const r = spawnSync(
        'python3',
        [
          '-c',
          'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(*z.namelist())',
          file,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `None\n${expected.join(' ')}\n`);
    },
  );
  const sheet = await load(bytes);
  assert.equal(sheet.rowCount, 3001);
  assert.deepEqual((sheet.getRow(3001).values as unknown[]).slice(1), rows[2999]);
});

test('a slow client: the writer waits for it, so what it buffers stays bounded', async () => {
  // CONTEXT: exceljs committed rows synchronously and its zip buffered whatever the socket had not taken, ~140 MiB
  // for a 100,000-row export. Here every stage waits for the next, whatever the client's speed.
  const { out, bytes } = slowReader();
  const writer = createXlsxWriter(out, { sheetName: '项目信息', columns: COLUMNS, level: 1 });
  const text = textSource();
  let maxHeld = 0;
  let waits = 0;
  const rows = 50_000;
  for (let i = 1; i <= rows; i++) {
    const wait = writer.addRow([i, text(40), i / 4, text(4)]);
    maxHeld = Math.max(maxHeld, out.writableLength + writer.buffered);
    if (wait) {
      waits++;
      await wait;
    }
  }
  await writer.end();
  const total = bytes().length;
  assert.ok(
    total > 3 * 1024 * 1024,
    `the file (${total} bytes) must dwarf the bound for the test to mean anything`,
  );
  // Chunk (64 KiB) + deflater input (256 KiB) and output (64 KiB) + the client's buffer, each overshooting by at
  // most one piece: well under 1 MiB.
  assert.ok(maxHeld < 1024 * 1024, `held at most ${maxHeld} bytes of a ${total}-byte file`);
  assert.ok(waits > 10, `the producer waited ${waits} times`);
  const sheet = await load(bytes());
  assert.equal(sheet.rowCount, rows + 1);
  assert.equal(sheet.getRow(rows + 1).getCell(3).value, rows / 4);
});

test('the client goes away: the writer rejects instead of waiting forever', async () => {
  const { out } = slowReader();
  const writer = createXlsxWriter(out, { sheetName: '项目信息', columns: COLUMNS });
  const text = textSource();
  let written = 0;
  const failure = await (async () => {
    try {
      for (let i = 1; i <= 1_000_000; i++) {
        if (i === 2000) setTimeout(() => out.destroy(), 5);
        await writer.addRow([i, text(40), i, '在建']);
        written = i;
      }
      await writer.end();
    } catch (error) {
      return error;
    }
  })();
  assert.ok(failure instanceof OutputClosedError, String(failure));
  assert.ok(written < 100_000, `stopped after ${written} rows`);
  await assert.rejects(writer.end(), OutputClosedError);
});

test('sheet names Excel would refuse are refused up front', () => {
  const { out } = collector();
  for (const name of ['', 'a'.repeat(32), '项目/信息', 'x[1]', "'quoted'"]) {
    assert.throws(() => createXlsxWriter(out, { sheetName: name, columns: COLUMNS }), RangeError, name);
  }
});
