// Writes 100,000 rows shaped like 项目信息 (15 columns: CJK text of 10–30 characters, a USCC, an amount, dates as text)
// with exceljs' streaming WorkbookWriter (the way projects exported before) and with this package, each variant in
// its own process so that peak RSS is its own. Not a test: numbers depend on the machine and its load.
//
//   node bench/xlsx.ts                      # every variant, 100,000 rows, to a file
//   BENCH_ROWS=20000 BENCH_SINK=slow node bench/xlsx.ts   # a reader that takes 8 MiB/s (a slow client)
//   node bench/xlsx.ts xlsx 6               # one variant (what the driver runs)
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { createCsvWriter, createXlsxWriter, type RowWriter } from '../src/index.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SINK = process.env.BENCH_SINK ?? 'file';
const COLUMNS = [
  ['序号', 6],
  ['项目名称', 36],
  ['项目代码', 26],
  ['行政区划', 10],
  ['项目地址', 36],
  ['建设单位', 30],
  ['施工企业', 30],
  ['统一社会信用代码', 22],
  ['项目类别', 14],
  ['工程造价(元)', 18],
  ['计划开工日期', 14],
  ['计划竣工日期', 14],
  ['项目工期(天)', 12],
  ['状态', 8],
  ['登记时间', 20],
] as const;

const HANZI =
  '哈尔滨齐齐哈尔牡丹江佳木斯大庆鸡西双鸭山伊春七台河鹤岗黑河绥化道里南岗香坊平房松北呼兰阿城学府路中山大街建设施工集团有限公司工程项目改造供热管网道路桥梁住宅小区综合楼厂房办公楼';
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
function hanzi(min: number, max: number): string {
  let s = '';
  for (let n = min + Math.floor(random() * (max - min + 1)); n > 0; n--)
    s += HANZI[Math.floor(random() * HANZI.length)];
  return s;
}

function row(i: number): Array<string | number> {
  const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return [
    i,
    hanzi(10, 30),
    `HLJ-2026-${String(i).padStart(8, '0')}`,
    '230103',
    `黑龙江省哈尔滨市南岗区${hanzi(6, 16)}${i % 300}号`,
    `${hanzi(6, 14)}有限公司`,
    `${hanzi(6, 14)}建设集团有限公司`,
    '91230103MA1B2C3D4L',
    '房屋建筑工程',
    Math.round(random() * 1e10) / 100,
    day,
    day,
    365,
    '在建',
    `${day} 10:2${i % 10}:3${i % 7}`,
  ];
}

/** A client reading 8 MiB/s in 64 KiB pieces. */
function slowReader(): Writable {
  return new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      setTimeout(done, (chunk.length / (8 * 1024 * 1024)) * 1000);
    },
  });
}

async function runOne(variant: string, level: number): Promise<void> {
  const file = `${os.tmpdir()}/bench-${variant}-${level}.${variant === 'xlsx' || variant === 'exceljs' ? 'xlsx' : variant}`;
  const out = SINK === 'slow' ? slowReader() : createWriteStream(file);
  let written = 0;
  const started = performance.now();
  if (variant === 'rows') {
    // The rows alone: what the other variants spend before writing anything.
    for (let i = 1; i <= ROWS; i++) row(i);
    out.end();
    await once(out, 'finish');
  } else if (variant === 'exceljs') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
      zip: { zlib: { level } },
    });
    const sheet = workbook.addWorksheet('项目信息');
    sheet.columns = COLUMNS.map(([header, width]) => ({ header, width }));
    for (let i = 1; i <= ROWS; i++) sheet.addRow(row(i)).commit();
    sheet.commit();
    await workbook.commit();
    if (!out.writableFinished) await once(out, 'finish');
  } else {
    const columns = COLUMNS.map(([header, width]) => ({ header, width }));
    const writer: RowWriter =
      variant === 'csv'
        ? createCsvWriter(out, { columns })
        : createXlsxWriter(out, { sheetName: '项目信息', columns, level });
    for (let i = 1; i <= ROWS; i++) await writer.addRow(row(i));
    await writer.end();
  }
  const ms = performance.now() - started;
  if (SINK !== 'slow') written = statSync(file).size;
  console.log(
    JSON.stringify({
      variant,
      level,
      sink: SINK,
      rows: ROWS,
      seconds: +(ms / 1000).toFixed(2),
      cpuSeconds: +((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(2),
      maxRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(0),
      bytes: written || undefined,
      file: SINK === 'slow' ? undefined : file,
    }),
  );
}

const [variant, level] = process.argv.slice(2);
if (variant) {
  await runOne(variant, Number(level ?? 6));
} else {
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${ROWS} rows, sink ${SINK}`,
  );
  // 'rows' is the baseline: the same process generating the rows and writing nothing.
  for (const [v, l] of [
    ['rows', 0],
    ['exceljs', 6],
    ['xlsx', 6],
    ['xlsx', 1],
    ['csv', 0],
  ] as const) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), v, String(l)], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    });
    if (r.status !== 0) process.exitCode = 1;
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
