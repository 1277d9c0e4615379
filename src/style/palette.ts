/**
 * The colours of the map, in one typed object. Chosen for people with red–green colour
 * blindness: statuses and buckets are told apart by lightness and by the blue–orange axis
 * (which deuteranopia and protanopia keep), never by red against green.
 * `tests/unit/palette.test.ts` measures the CIEDE2000 distances under simulated deuteranopia
 * and protanopia.
 */
import type { BuildStatus } from '../contract/roadNetwork.ts';
import type { CompletionBucket, GuardBucket } from '../domain/types.ts';

/** Every colour the style uses (CSS hex strings) and the opacity of the county land fill. */
export interface Palette {
  /** Outside the county. */
  background: string;
  /** The county's land, drawn over the background (or the online basemap) at `landOpacity`. */
  land: string;
  landOpacity: number;
  countyBoundary: string;
  river: string;
  townFill: string;
  townStroke: string;
  seatFill: string;
  /** Town names, point names and route codes. */
  label: string;
  labelHalo: string;
  pointStroke: string;
  /** Halo around the segment under the pointer (the road keeps its own colour). */
  hover: string;
  /** Halo around the selected segment (the road keeps its own colour). */
  selected: string;
  /** Build status mode: `existing` recedes (light grey); the stages in progress are warm, the built ones blue. */
  status: Record<BuildStatus, string>;
  /** Completion mode: 0 % orange, then a blue ramp darkening towards 100 %. */
  completion: Record<CompletionBucket, string>;
  /**
   * Guard mode: 0 % vermilion, under 50 % orange, then a purple ramp darkening towards full
   * coverage; "not required" a neutral blue-grey, "not assessed" a pale grey.
   */
  guard: Record<GuardBucket, string>;
}

/** The palette of the light map theme. */
export const palette: Palette = {
  background: '#e2e5ea',
  land: '#f7f6f2',
  landOpacity: 0.8,
  countyBoundary: '#6b6478',
  river: '#a9cbe6',
  townFill: '#ffffff',
  townStroke: '#4b5363',
  seatFill: '#1d2433',
  label: '#1d2433',
  labelHalo: '#ffffff',
  pointStroke: '#ffffff',
  hover: '#5b6475',
  selected: '#1d2433',
  status: {
    existing: '#b3b8c2',
    planned: '#c46b90',
    preliminary: '#e69f00',
    construction: '#d55e00',
    completed: '#56b4e9',
    open: '#0c5da8',
  },
  completion: {
    none: '#f0a24e',
    started: '#7fb5e6',
    half: '#3d7cc2',
    most: '#1d4e96',
    done: '#0a2148',
    'not-in-project': '#b3b8c2',
  },
  guard: {
    none: '#c8401a',
    low: '#eb9532',
    partial: '#bba3e3',
    most: '#8060c2',
    full: '#46247f',
    'not-required': '#6c8992',
    'not-assessed': '#aab0b9',
  },
};

/**
 * A `#rrggbb` colour as `rgba(…)` with the given opacity, for faint variants of palette colours.
 *
 * @example
 * withAlpha('#0c5da8', 0.3); // 'rgba(12, 93, 168, 0.3)'
 */
export function withAlpha(hexColor: string, alpha: number): string {
  const red = parseInt(hexColor.slice(1, 3), 16);
  const green = parseInt(hexColor.slice(3, 5), 16);
  const blue = parseInt(hexColor.slice(5, 7), 16);
  return `rgba(${red}, ${green}, ${blue}, ${alpha})`;
}
