/**
 * The coordinate systems this module converts, by EPSG code: WGS 84 and CGCS2000 lon/lat,
 * Web Mercator, the CGCS2000 Gauss–Krüger systems and WGS 84 / UTM north, with their names and
 * the transverse Mercator parameters the proj4 definitions are built from.
 */

/** Web Mercator and the codes other software writes for it (900913, ESRI 102100/102113). */
const WEB_MERCATOR_CODES: ReadonlySet<number> = new Set([3857, 900913, 3785, 102100, 102113]);

/** A supported system. Transverse Mercator ones carry their parameters. */
export interface SystemInfo {
  kind: 'lonlat' | 'web-mercator' | 'gauss-kruger' | 'utm';
  /** Absent for a transverse Mercator on a local central meridian. */
  epsg?: number;
  /** The EPSG name, e.g. `CGCS2000 / 3-degree Gauss-Kruger zone 35`. */
  name: string;
  centralMeridianDeg?: number;
  falseEastingM?: number;
  /** Scale factor on the central meridian: 1 for Gauss–Krüger, 0.9996 for UTM. */
  scale?: number;
  zone?: number;
  zoneWidthDeg?: 3 | 6;
}

function gaussKruger(
  epsg: number,
  zoneWidthDeg: 3 | 6,
  centralMeridianDeg: number,
  zone?: number,
): SystemInfo {
  const width = zoneWidthDeg === 3 ? '3-degree ' : '';
  const where = zone === undefined ? `CM ${centralMeridianDeg}E` : `zone ${zone}`;
  const info: SystemInfo = {
    kind: 'gauss-kruger',
    epsg,
    name: `CGCS2000 / ${width}Gauss-Kruger ${where}`,
    centralMeridianDeg,
    falseEastingM: (zone ?? 0) * 1_000_000 + 500_000,
    scale: 1,
    zoneWidthDeg,
  };
  if (zone !== undefined) info.zone = zone;
  return info;
}

/**
 * The system of an EPSG code, or undefined when this module cannot convert it.
 *
 * @example
 * systemForEpsg(4523)?.centralMeridianDeg; // 105 (3° zone 35, false easting 35 500 000 m)
 */
export function systemForEpsg(epsg: number): SystemInfo | undefined {
  if (epsg === 4326) return { kind: 'lonlat', epsg, name: 'WGS 84' };
  if (epsg === 4490) return { kind: 'lonlat', epsg, name: 'CGCS2000' };
  if (WEB_MERCATOR_CODES.has(epsg)) {
    return { kind: 'web-mercator', epsg: 3857, name: 'WGS 84 / Pseudo-Mercator' };
  }
  if (epsg >= 4491 && epsg <= 4501) return gaussKruger(epsg, 6, 6 * (epsg - 4478) - 3, epsg - 4478);
  if (epsg >= 4502 && epsg <= 4512) return gaussKruger(epsg, 6, 75 + 6 * (epsg - 4502));
  if (epsg >= 4513 && epsg <= 4533) return gaussKruger(epsg, 3, 3 * (epsg - 4488), epsg - 4488);
  if (epsg >= 4534 && epsg <= 4554) return gaussKruger(epsg, 3, 75 + 3 * (epsg - 4534));
  if (epsg >= 32601 && epsg <= 32660) {
    const zone = epsg - 32600;
    return {
      kind: 'utm',
      epsg,
      name: `WGS 84 / UTM zone ${zone}N`,
      centralMeridianDeg: 6 * zone - 183,
      falseEastingM: 500_000,
      scale: 0.9996,
      zone,
    };
  }
  return undefined;
}

/** The Gauss–Krüger system of a zone number in the false easting (13–23: 6°, 25–45: 3°). */
export function systemForZone(zone: number): SystemInfo | undefined {
  if (zone >= 13 && zone <= 23) return systemForEpsg(4478 + zone);
  if (zone >= 25 && zone <= 45) return systemForEpsg(4488 + zone);
  return undefined;
}

/**
 * The Gauss–Krüger system of a central meridian without a zone number: the 3° "CM" system
 * where the meridian is one of them (75°E … 135°E, every 3°; the 6° CM systems are the same
 * projection), else a CGCS2000 transverse Mercator with no EPSG code (a local meridian).
 */
export function systemForCentralMeridian(centralMeridianDeg: number): SystemInfo {
  const step = (centralMeridianDeg - 75) / 3;
  if (Number.isInteger(step) && step >= 0 && step <= 20) {
    return systemForEpsg(4534 + step) as SystemInfo;
  }
  return {
    kind: 'gauss-kruger',
    name: `CGCS2000 / Gauss-Kruger CM ${centralMeridianDeg}E (no EPSG code)`,
    centralMeridianDeg,
    falseEastingM: 500_000,
    scale: 1,
  };
}

/**
 * The proj4 definition of a projected system (GRS80 for CGCS2000, WGS84 for UTM; no datum
 * shift, CGCS2000 and WGS 84 agree to centimetres).
 */
export function proj4Definition(system: SystemInfo): string {
  if (system.kind === 'web-mercator') {
    return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs';
  }
  const ellps = system.kind === 'utm' ? 'WGS84' : 'GRS80';
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${system.centralMeridianDeg ?? 0} +k=${system.scale ?? 1} ` +
    `+x_0=${system.falseEastingM ?? 500_000} +y_0=0 +ellps=${ellps} +units=m +no_defs`
  );
}

/**
 * The system in words for people: `EPSG:4523 CGCS2000 / 3-degree Gauss-Kruger zone 35 (CM 105°E)`.
 */
export function describeSystem(system: SystemInfo): string {
  const code = system.epsg === undefined ? '' : `EPSG:${system.epsg} `;
  if (system.kind === 'lonlat') return `${code}${system.name} longitude/latitude`;
  if (system.kind === 'web-mercator') return `${code}${system.name} (Web Mercator)`;
  return system.zone === undefined
    ? `${code}${system.name}`
    : `${code}${system.name} (CM ${system.centralMeridianDeg}°E)`;
}
