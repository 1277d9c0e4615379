/**
 * Colour-blind safety of the palette, measured with CIEDE2000 (ΔE2000).
 *
 * Thresholds: a ΔE2000 of about 2.3 is just noticeable between large patches; roads are thin
 * lines and legend swatches small, where differences must be several times larger to be told
 * apart at a glance. We ask for ≥ 15 with normal vision and ≥ 10 under simulated deuteranopia
 * and protanopia at full severity (Viénot/Brettel simulation as in culori), for every pair of
 * status colours and every pair of neighbouring legend buckets. Roads must stand ≥ 20 away from
 * the county land they are drawn on and ≥ 15 from the background outside the county (where only
 * the ends of through roads run); the two colours meant to recede (existing roads, not-assessed
 * guard) ≥ 10 from both.
 */
import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  formatHex,
  parse,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/style/palette.ts';
import { legendBuckets } from '../../src/style/legendItems.ts';

const NORMAL_MIN = 15;
const DEFICIENT_MIN = 10;
const ROAD_ON_LAND_MIN = 20;
const ROAD_ON_BACKGROUND_MIN = 15;
const RECEDING_ON_GROUND_MIN = 10;

const difference = differenceCiede2000();
const toRgb = converter('rgb');
const visions: Record<string, (color: Color) => Color> = {
  normal: (color) => color,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
};

function color(hex: string): Color {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
}

/** ΔE2000 between two colours as seen with each vision. */
function distances(a: string, b: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(visions).map(([name, see]) => [name, difference(see(color(a)), see(color(b)))]),
  );
}

function expectApart(a: string, b: string, normalMin: number, deficientMin: number): void {
  const measured = distances(a, b);
  expect(measured.normal, `${a} vs ${b} normal`).toBeGreaterThanOrEqual(normalMin);
  expect(measured.deuteranopia, `${a} vs ${b} deuteranopia`).toBeGreaterThanOrEqual(deficientMin);
  expect(measured.protanopia, `${a} vs ${b} protanopia`).toBeGreaterThanOrEqual(deficientMin);
}

/** The county land as drawn: `land` at `landOpacity` over the background (sRGB blending). */
function landAsDrawn(): string {
  const land = toRgb(color(palette.land));
  const background = toRgb(color(palette.background));
  const alpha = palette.landOpacity;
  const mix = (channel: 'r' | 'g' | 'b'): number =>
    alpha * land[channel] + (1 - alpha) * background[channel];
  return formatHex({ mode: 'rgb', r: mix('r'), g: mix('g'), b: mix('b') });
}

describe('build status colours', () => {
  const statuses = legendBuckets('status');

  it('every pair differs for normal, deuteranope and protanope vision', () => {
    for (const [i, a] of statuses.entries()) {
      for (const b of statuses.slice(i + 1)) {
        expectApart(
          palette.status[a as 'open'],
          palette.status[b as 'open'],
          NORMAL_MIN,
          DEFICIENT_MIN,
        );
      }
    }
  });
});

describe('ramps', () => {
  for (const mode of ['completion', 'guard'] as const) {
    it(`neighbouring ${mode} buckets differ`, () => {
      const buckets = legendBuckets(mode);
      const colors = palette[mode] as Record<string, string>;
      for (const [i, bucket] of buckets.slice(1).entries()) {
        expectApart(colors[buckets[i]!]!, colors[bucket]!, NORMAL_MIN, DEFICIENT_MIN);
      }
    });
  }

  it('guard: not required and not assessed differ from every coverage bucket and each other', () => {
    const { 'not-required': notRequired, 'not-assessed': notAssessed, ...coverage } = palette.guard;
    for (const special of [notRequired, notAssessed]) {
      for (const bucket of Object.values(coverage)) {
        expectApart(special, bucket, NORMAL_MIN, DEFICIENT_MIN);
      }
    }
    expectApart(notRequired, notAssessed, NORMAL_MIN, DEFICIENT_MIN);
  });
});

describe('roads against the ground', () => {
  const receding = new Set([palette.status.existing, palette.guard['not-assessed']]);
  const roadColors = [
    ...Object.values(palette.status),
    ...Object.values(palette.completion),
    ...Object.values(palette.guard),
    palette.selected,
  ];

  for (const [name, ground, roadMin] of [
    ['land', landAsDrawn(), ROAD_ON_LAND_MIN],
    ['background', palette.background, ROAD_ON_BACKGROUND_MIN],
  ] as const) {
    it(`every road colour stands out from the ${name}`, () => {
      for (const road of roadColors) {
        const min = receding.has(road) ? RECEDING_ON_GROUND_MIN : roadMin;
        expectApart(road, ground, min, min);
      }
    });
  }

  it('the land is told apart from the area outside the county', () => {
    expect(distances(landAsDrawn(), palette.background).normal).toBeGreaterThanOrEqual(5);
  });
});
