// GB/T 2260 codes nest by prefix (province 230000 / city 230100 / county 230103): the cascader's paths from codes.
// No React here, so web/test can run it under Node.

/** 230103 → [230000, 230100, 230103]; 230100 → [230000, 230100]; not a code → []. */
export function pathOf(code: string | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === city) return [province, city];
  return [province, city, code];
}

/** The code prefix shared by everything inside a division: 230000 → 23, 230100 → 2301, 230103 → 230103. */
export function prefixOf(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * The branch an empty field opens on: down to the city of `home` (its counties are then listed), or the province
 * when `home` is one. A county itself is not pre-selected: the user still picks it.
 */
export function openingPath(home: string | null | undefined): string[] {
  return pathOf(home ?? undefined).slice(0, 2);
}
