// A small map projection for the 数据大屏: equirectangular with longitudes shrunk by cos(mid latitude), fitted into
// an SVG box. Over one province (about 10° of latitude) the distortion is invisible on a dashboard, and it needs no
// map library or tiles (the platform must work on a closed network).

export type Position = readonly [number, number]; // [longitude, latitude]
export type Geometry =
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] };

export type Bounds = { minLon: number; minLat: number; maxLon: number; maxLat: number };
export type Point = [number, number];

function polygonsOf(geometry: Geometry): readonly (readonly (readonly Position[])[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The bounding box of all rings of all geometries. */
export function boundsOf(geometries: readonly Geometry[]): Bounds {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const geometry of geometries)
    for (const polygon of polygonsOf(geometry))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          if (lon < b.minLon) b.minLon = lon;
          if (lon > b.maxLon) b.maxLon = lon;
          if (lat < b.minLat) b.minLat = lat;
          if (lat > b.maxLat) b.maxLat = lat;
        }
  if (!Number.isFinite(b.minLon)) throw new Error('boundsOf: no coordinates');
  return b;
}

export type Projection = {
  project: (position: Position) => Point;
  /** The size actually used (the box keeps the map's aspect ratio). */
  width: number;
  height: number;
};

/** Fits the bounds into width × height (minus padding on each side), centred, north up. */
export function fitProjection(bounds: Bounds, width: number, height: number, padding = 0): Projection {
  const midLat = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const kx = Math.cos(midLat);
  const spanX = Math.max((bounds.maxLon - bounds.minLon) * kx, 1e-9);
  const spanY = Math.max(bounds.maxLat - bounds.minLat, 1e-9);
  const innerW = Math.max(width - 2 * padding, 1);
  const innerH = Math.max(height - 2 * padding, 1);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const offsetX = padding + (innerW - spanX * scale) / 2;
  const offsetY = padding + (innerH - spanY * scale) / 2;
  return {
    width,
    height,
    project: ([lon, lat]) => [
      offsetX + (lon - bounds.minLon) * kx * scale,
      // SVG's y grows downwards, latitude upwards.
      offsetY + (bounds.maxLat - lat) * scale,
    ],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path data for a geometry: one closed subpath per ring (holes render with fill-rule evenodd). */
export function geometryPath(geometry: Geometry, project: Projection['project']): string {
  const parts: string[] = [];
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon) {
      if (ring.length < 3) continue;
      const points = ring.map((p) => project(p)).map(([x, y]) => `${round(x)},${round(y)}`);
      parts.push(`M${points.join('L')}Z`);
    }
  return parts.join('');
}
