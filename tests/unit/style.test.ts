import {
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
  type Feature,
  type FilterSpecification,
  type LayerSpecification,
  type LineLayerSpecification,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { formatHex, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { COLOR_MODES, type ColorMode, type FilterState } from '../../src/domain/types.ts';
import { baseStyle, ONLINE_BASEMAP_TILES } from '../../src/style/baseStyle.ts';
import {
  completionColor,
  filterExpression,
  guardColor,
  bucketColorExpression,
  roadWidth,
  statusColor,
} from '../../src/style/expressions.ts';
import {
  FILTERED_LAYERS,
  INTERACTIVE_LAYERS,
  ONLINE_BASEMAP_LAYER,
  HIGHLIGHT_SOURCE,
  ROAD_HALO_LAYER,
  ROAD_LINE_LAYER,
  ROADS_SOURCE,
  ROUTE_LABEL_LAYER,
} from '../../src/style/ids.ts';
import { bucketColor, legendBuckets } from '../../src/style/legendItems.ts';
import { palette } from '../../src/style/palette.ts';
import {
  completionLineColor,
  FAINT_OPACITY,
  FILTERED_STATE,
  HALO_WIDTH_PX,
  HIGHLIGHT_PROPERTY,
  HOVER_HALO_OPACITY,
  roadLineColor,
} from '../../src/style/roadLayers.ts';

/** A drawn road line's flat properties, as `prepareDataset` builds them. */
function road(overrides: Record<string, string | number> = {}): Feature {
  const properties = {
    id: 'S209-1',
    name: 'S209 塔山至永新',
    route: 'S209',
    class: 'provincial',
    status: 'construction',
    project: 'S209 塔山至永新',
    year: 2023,
    townsKey: '|塔山|石安|',
    completionBucket: 'started',
    guardBucket: 'not-required',
    completion: 0.4,
    guard: -1,
    piece: 'whole',
    ...overrides,
  };
  return { type: 2, id: 0, properties };
}

/** The style with a mode and filters applied, as the map adapter applies them. */
function styleIn(
  mode: ColorMode,
  filters: Record<string, FilterSpecification> | null,
): StyleSpecification {
  const style = baseStyle(palette, {});
  const layers = style.layers.map((layer): LayerSpecification => {
    const paint: Record<string, unknown> = { ...layer.paint };
    if (layer.id === ROAD_LINE_LAYER) paint['line-color'] = roadLineColor(mode, palette);
    const changed = { ...layer, paint };
    if (filters?.[layer.id]) Object.assign(changed, { filter: filters[layer.id] });
    return changed as LayerSpecification;
  });
  return { ...style, layers };
}

function evaluate(expression: unknown, property: object, feature: Feature, zoom = 10): unknown {
  const result = createPropertyExpression(expression, 'test', property as never);
  if (result.result === 'error') throw new Error(result.value.map((e) => e.message).join('; '));
  return result.value.evaluate({ zoom }, feature);
}

function colorOf(expression: unknown, feature: Feature): string {
  const color = evaluate(expression, latest.paint_line['line-color'], feature) as object;
  return formatHex(parse(String(color)))!;
}

function keeps(filter: FilterSpecification, feature: Feature): boolean {
  return featureFilter(filter, 'test').filter({ zoom: 10 }, feature);
}

const SAMPLE_FILTERS: FilterState[] = [
  {},
  { classes: ['village', 'county'] },
  { statuses: ['construction'], years: [2023, 2024] },
  { projects: ['撤并建制村畅通工程'], towns: ['三元镇', '忠孝乡'] },
];

describe('the style validates with the style spec', () => {
  it('default style has no errors', () => {
    expect(validateStyleMin(baseStyle(palette, {}))).toEqual([]);
  });

  it('style with the online basemap has no errors', () => {
    expect(validateStyleMin(baseStyle(palette, { onlineBasemap: true }))).toEqual([]);
  });

  for (const mode of COLOR_MODES) {
    it(`mode ${mode} with each sample filter and hidden buckets has no errors`, () => {
      for (const filter of SAMPLE_FILTERS) {
        const hidden = { mode, buckets: legendBuckets(mode).slice(0, 2) };
        const filters = { [ROAD_LINE_LAYER]: filterExpression(filter, hidden) };
        expect(validateStyleMin(styleIn(mode, filters))).toEqual([]);
      }
    });
  }
});

describe('the default style is offline', () => {
  const style = baseStyle(palette, {});

  it('has no glyphs, no sprite and no http address', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('has no transitions and labels set in the CSS font family', () => {
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
    for (const layer of style.layers) {
      if (layer.type === 'symbol')
        expect(layer.layout?.['text-font']).toEqual(['Noto Sans CJK SC']);
    }
  });

  it('has every filtered and interactive layer', () => {
    const ids = style.layers.map((layer) => layer.id);
    for (const id of [...FILTERED_LAYERS, ...INTERACTIVE_LAYERS]) expect(ids).toContain(id);
  });

  it('adds the online basemap above the background only when asked', () => {
    expect(style.layers.some((layer) => layer.id === ONLINE_BASEMAP_LAYER)).toBe(false);
    const online = baseStyle(palette, { onlineBasemap: true });
    expect(online.layers[1]?.id).toBe(ONLINE_BASEMAP_LAYER);
    expect(JSON.stringify(online)).toContain(ONLINE_BASEMAP_TILES);
  });
});

describe('colour expressions', () => {
  it('statusColor gives each status its palette colour', () => {
    for (const [status, color] of Object.entries(palette.status)) {
      expect(colorOf(statusColor(palette), road({ status }))).toBe(color);
    }
  });

  it('completionColor gives each completion bucket its palette colour', () => {
    for (const [completionBucket, color] of Object.entries(palette.completion)) {
      expect(colorOf(completionColor(palette), road({ completionBucket }))).toBe(color);
    }
  });

  it('guardColor gives each guard bucket its palette colour', () => {
    for (const [guardBucket, color] of Object.entries(palette.guard)) {
      expect(colorOf(guardColor(palette), road({ guardBucket }))).toBe(color);
    }
  });

  it('an unknown status falls back to the receding existing colour', () => {
    expect(colorOf(statusColor(palette), road({ status: 'demolished' }))).toBe(
      palette.status.existing,
    );
  });

  it('bucketColorExpression and the legend agree for every bucket of every mode', () => {
    for (const mode of COLOR_MODES) {
      const property = { status: 'status', completion: 'completionBucket', guard: 'guardBucket' };
      for (const bucket of legendBuckets(mode)) {
        const feature = road({ [property[mode]]: bucket });
        expect(colorOf(bucketColorExpression(mode, palette), feature)).toBe(
          bucketColor(mode, bucket, palette),
        );
      }
    }
  });
});

describe('roadWidth', () => {
  const width = (roadClass: string, zoom: number, extraPx = 0): number =>
    evaluate(
      roadWidth(extraPx),
      latest.paint_line['line-width'],
      road({ class: roadClass }),
      zoom,
    ) as number;

  it('draws expressways widest and village roads thinnest at every zoom', () => {
    const hierarchy = ['expressway', 'national', 'provincial', 'county', 'township', 'village'];
    for (const zoom of [6, 8, 10, 12, 14, 16, 18]) {
      const widths = hierarchy.map((roadClass) => width(roadClass, zoom));
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
      expect(new Set(widths).size).toBe(widths.length);
    }
  });

  it('grows with zoom and adds the extra pixels', () => {
    expect(width('county', 14)).toBeGreaterThan(width('county', 10));
    expect(width('county', 12, 2)).toBeCloseTo(width('county', 12) + 2);
  });
});

describe('roadLineColor', () => {
  it('recolours the one road line with the mode’s colours only: no feature-state', () => {
    for (const mode of COLOR_MODES) {
      const color = roadLineColor(mode, palette);
      expect(JSON.stringify(color), mode).not.toContain('feature-state');
    }
  });

  it('draws the unbuilt part faint in completion colours unless the segment is complete', () => {
    const spec = latest.paint_line['line-color'];
    const color = completionLineColor(palette);
    for (const piece of ['unbuilt', 'whole']) {
      const unbuilt = evaluate(color, spec, road({ completionBucket: 'started', piece })) as {
        a: number;
      };
      expect(unbuilt.a, piece).toBeCloseTo(FAINT_OPACITY, 5);
    }
    // The built piece of a partly built road: solid, in its bucket's colour.
    const built = evaluate(color, spec, road({ completionBucket: 'half', piece: 'built' }));
    expect(built).toMatchObject({ a: 1 });
    expect(colorOf(color, road({ completionBucket: 'half', piece: 'built' }))).toBe(
      palette.completion.half,
    );
    const done = evaluate(color, spec, road({ completionBucket: 'done' })) as { a: number };
    expect(done.a).toBe(1);
    const existing = evaluate(color, spec, road({ completionBucket: 'not-in-project' })) as {
      a: number;
    };
    expect(existing.a).toBe(1);
  });

  it('draws not-assessed segments in their own guard colour, apart from 0 % covered', () => {
    const color = roadLineColor('guard', palette);
    const notAssessed = colorOf(color, road({ guardBucket: 'not-assessed' }));
    expect(notAssessed).toBe(palette.guard['not-assessed']);
    expect(notAssessed).not.toBe(colorOf(color, road({ guardBucket: 'none', guard: 0 })));
  });

  it('the default style starts in status mode', () => {
    const layers = baseStyle(palette, {}).layers;
    const line = layers.find((candidate) => candidate.id === ROAD_LINE_LAYER);
    expect(line?.paint).toMatchObject({ 'line-color': roadLineColor('status', palette) });
    // One layer draws the roads, partly built ones included; the halo has a source of its own.
    expect(layers.filter((layer) => 'source' in layer && layer.source === ROADS_SOURCE)).toEqual([
      line,
    ]);
  });
});

describe('the halo of the hovered and the selected road', () => {
  const layers = baseStyle(palette, {}).layers;
  const halo = layers.find((layer) => layer.id === ROAD_HALO_LAYER) as LineLayerSpecification;
  const opacitySpec = latest.paint_line['line-opacity'];

  function opacity(highlight: string): number {
    const result = createPropertyExpression(
      halo.paint!['line-opacity'],
      'test',
      opacitySpec as never,
    );
    if (result.result === 'error') throw new Error(result.value.map((e) => e.message).join('; '));
    const line = road();
    return result.value.evaluate(
      { zoom: 12 },
      {
        ...line,
        properties: { ...line.properties, [HIGHLIGHT_PROPERTY]: highlight },
      },
    ) as number;
  }

  it('is drawn just above the road line, below the route codes, from the highlight source', () => {
    const ids = layers.map((layer) => layer.id);
    expect(ids.indexOf(ROAD_HALO_LAYER)).toBe(ids.indexOf(ROAD_LINE_LAYER) + 1);
    expect(ids.indexOf(ROAD_HALO_LAYER)).toBeLessThan(ids.indexOf(ROUTE_LABEL_LAYER));
    expect(halo.source).toBe(HIGHLIGHT_SOURCE);
    expect(FILTERED_LAYERS).toContain(ROAD_HALO_LAYER);
  });

  it('is solid for the selected road and lighter for the hovered one, with no feature-state', () => {
    expect(JSON.stringify(halo.paint)).not.toContain('feature-state');
    expect(opacity('hover')).toBe(HOVER_HALO_OPACITY);
    expect(opacity('selected')).toBe(1);
    expect(opacity('found')).toBe(1);
  });

  it('lies outside the road line (gap = the road width) in neutral palette colours', () => {
    expect(halo.paint!['line-gap-width']).toEqual(roadWidth());
    expect(halo.paint!['line-width']).toBe(HALO_WIDTH_PX);
    const colors = JSON.stringify(halo.paint!['line-color']);
    expect(colors).toContain(palette.selected);
    expect(colors).toContain(palette.hover);
    const roadColors = [
      ...Object.values(palette.status),
      ...Object.values(palette.completion),
      ...Object.values(palette.guard),
    ];
    expect(roadColors).not.toContain(palette.selected);
    expect(roadColors).not.toContain(palette.hover);
  });

  it('follows the road filter in every mode and validates', () => {
    for (const mode of COLOR_MODES) {
      const filter = filterExpression({ statuses: ['construction'] }, { mode, buckets: [] });
      const style = styleIn(mode, { [ROAD_LINE_LAYER]: filter, [ROAD_HALO_LAYER]: filter });
      expect(validateStyleMin(style), mode).toEqual([]);
    }
  });

  it('the route codes hide filtered roads by feature-state, not by a filter', () => {
    const layers = baseStyle(palette, {}).layers;
    const layer = layers.find((candidate) => candidate.id === ROUTE_LABEL_LAYER)!;
    expect(JSON.stringify(layer.paint)).toContain(`["feature-state","${FILTERED_STATE}"]`);
    expect(FILTERED_LAYERS).not.toContain(ROUTE_LABEL_LAYER);
  });
});

describe('filterExpression', () => {
  const none = { mode: 'status' as const, buckets: [] };

  it('keeps everything with no filter and nothing hidden', () => {
    expect(keeps(filterExpression({}, none), road())).toBe(true);
  });

  it('matches classes, statuses, projects and years', () => {
    const filter = filterExpression(
      {
        classes: ['provincial'],
        statuses: ['construction'],
        projects: ['S209 塔山至永新'],
        years: [2023],
      },
      none,
    );
    expect(keeps(filter, road())).toBe(true);
    expect(keeps(filter, road({ class: 'county' }))).toBe(false);
    expect(keeps(filter, road({ status: 'open' }))).toBe(false);
    expect(keeps(filter, road({ project: '其他' }))).toBe(false);
    expect(keeps(filter, road({ year: 2022 }))).toBe(false);
  });

  it('keeps a segment serving any of the towns, by whole town name', () => {
    const filter = filterExpression({ towns: ['三元镇', '石安'] }, none);
    expect(keeps(filter, road({ townsKey: '|忠孝乡|石安|' }))).toBe(true);
    expect(keeps(filter, road({ townsKey: '|忠孝乡|' }))).toBe(false);
    expect(keeps(filter, road({ townsKey: '|石安村|' }))).toBe(false);
    expect(keeps(filter, road({ townsKey: '' }))).toBe(false);
  });

  it('hides the hidden buckets of the current mode only', () => {
    const completion = { mode: 'completion' as const, buckets: ['none', 'done'] };
    expect(keeps(filterExpression({}, completion), road({ completionBucket: 'none' }))).toBe(false);
    expect(keeps(filterExpression({}, completion), road({ completionBucket: 'half' }))).toBe(true);
    const guard = { mode: 'guard' as const, buckets: ['not-assessed'] };
    expect(keeps(filterExpression({}, guard), road({ guardBucket: 'not-assessed' }))).toBe(false);
    expect(keeps(filterExpression({}, guard), road({ status: 'existing' }))).toBe(true);
    const status = { mode: 'status' as const, buckets: ['existing'] };
    expect(keeps(filterExpression({}, status), road({ status: 'existing' }))).toBe(false);
  });
});
