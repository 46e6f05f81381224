// The demo world's randomness: a seeded PRNG and what is drawn from it everywhere (ids, people, mobiles), so that
// every module of the world draws the same way and the world is identical on every machine.

/** mulberry32: small, fast, good enough for demo data, identical on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const HEX = '0123456789abcdef';

/** A UUID (version 4 layout) drawn from the PRNG (32 draws), so ids are stable across runs. */
export function uuid(r: Random): string {
  let s = '';
  for (let i = 0; i < 32; i++) {
    const d = Math.floor(r() * 16);
    s += HEX[i === 12 ? 4 : i === 16 ? (d & 0x3) | 0x8 : d];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

// Common surnames (most frequent first) and given-name characters: plausible, deterministic, nobody in particular.
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎姜崔谭',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志海波鹏宇浩婷雪晶红玉凤春东立新亮成文斌辉峰鑫岩博琳',
];
// Mobile number segments (号段) of the three carriers.
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
];

export function personName(r: Random): string {
  const given = r() < 0.7 ? pick(r, GIVEN) + pick(r, GIVEN) : pick(r, GIVEN);
  return pick(r, SURNAMES) + given;
}

export function mobile(r: Random): string {
  return pick(r, MOBILE_PREFIXES) + String(int(r, 0, 99_999_999)).padStart(8, '0');
}

/** One of `items`, each as likely as its weight (weights need not sum to 1). */
export function weighted<T>(r: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((s, i) => s + weight(i), 0);
  let x = r() * total;
  for (const item of items) {
    x -= weight(item);
    if (x < 0) return item;
  }
  return items[items.length - 1]!;
}
