// Matching the map's features to the statistics' divisions. The vendored GeoJSON names cities as the common
// Chinese names (哈尔滨市, 大兴安岭地区) while the statistics carry GB/T 2260 names and codes: match by a normalised
// name, and by the feature id (the city's 4-digit code prefix, e.g. "2301") when the names disagree.

/** 黑龙江省 哈尔滨市 → 哈尔滨; 大兴安岭地区 → 大兴安岭. Only the last part of a full name counts. */
export function divisionKey(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return last.replace(/(特别行政区|自治州|地区|市|盟|州|县|区|旗)$/, '');
}

export type MapFeature = { id?: string | number | undefined; name: string };
export type NamedDivision = { divisionCode: string; divisionName: string };

/**
 * For each feature name, the division it shows (or none). Exact normalised names first; a feature still unmatched
 * takes the division whose code starts with its id.
 */
export function matchFeatures<D extends NamedDivision>(
  features: readonly MapFeature[],
  divisions: readonly D[],
): Map<string, D> {
  const byKey = new Map(divisions.map((d) => [divisionKey(d.divisionName), d]));
  const used = new Set<D>();
  const result = new Map<string, D>();
  for (const f of features) {
    const d = byKey.get(divisionKey(f.name));
    if (d && !used.has(d)) {
      result.set(f.name, d);
      used.add(d);
    }
  }
  for (const f of features) {
    if (result.has(f.name) || f.id === undefined) continue;
    const prefix = String(f.id);
    if (!/^\d{4}$/.test(prefix)) continue;
    const d = divisions.find((x) => !used.has(x) && x.divisionCode.startsWith(prefix));
    if (d) {
      result.set(f.name, d);
      used.add(d);
    }
  }
  return result;
}

/** The city (4-digit prefix + 00) a 6-digit division lies in; null for a province or the country. */
export function cityCodeOf(code: string): string | null {
  if (!/^\d{6}$/.test(code) || code.endsWith('0000')) return null;
  return `${code.slice(0, 4)}00`;
}
