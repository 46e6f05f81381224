// Sequential colour scale of the 数据大屏 map: a value's position in [min, max] picks a colour along a few stops
// (more than two, so the middle does not turn into the muddy mix of the two ends).
// Divisions without a value (no projects, so no 注册比率) get a neutral colour rather than the lowest one, so "no
// data" is never read as "0 %".

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

export function interpolate(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  const k = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  return toHex([a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k]);
}

export type ColorScale = {
  color: (value: number | null | undefined) => string;
  domain: [number, number];
};

/** Piecewise-linear colour at t ∈ [0, 1] along evenly spaced stops. */
export function along(stops: readonly string[], t: number): string {
  if (stops.length < 2) throw new Error('along: at least two colour stops');
  const k = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(Math.floor(k), stops.length - 2);
  return interpolate(stops[i]!, stops[i + 1]!, k - i);
}

export function colorScale(domain: [number, number], range: readonly string[], noData: string): ColorScale {
  const [min, max] = domain;
  return {
    domain,
    color: (value) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return noData;
      if (max <= min) return along(range, 1);
      return along(range, (value - min) / (max - min));
    },
  };
}

/** A domain that starts at 0 (counts and percentages are read against zero) and is never empty. */
export function zeroBasedDomain(values: readonly (number | null | undefined)[], floor = 1): [number, number] {
  const max = Math.max(
    floor,
    ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
  );
  return [0, max];
}

/** Evenly spaced legend entries from min to max (inclusive), `steps` ≥ 2. */
export function legendStops(scale: ColorScale, steps: number): { value: number; color: string }[] {
  const [min, max] = scale.domain;
  const n = Math.max(2, Math.floor(steps));
  return Array.from({ length: n }, (_, i) => {
    const value = min + ((max - min) * i) / (n - 1);
    return { value, color: scale.color(value) };
  });
}
