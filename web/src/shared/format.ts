// Display of exact decimal strings (工程造价 元, 投资规模 万元) without going through floating point: the API sends
// money as decimal strings precisely so that 12345678901.23 is never rounded.

/** 12345678.5 → 12,345,678.5 (the digits themselves are kept as sent). */
export function groupDigits(decimal: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(decimal.trim());
  if (!m) return decimal;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/**
 * 计划开工/竣工日期 as one cell. The GraphQL `Date` scalar (YYYY-MM-DD) has no mapping in the web codegen, so its
 * values are typed unknown: they are strings on the wire.
 */
export function dateRange(start: unknown, end: unknown): string {
  return `${String(start)} 至 ${String(end)}`;
}
