/**
 * The county overview of a tile set at province zoom: each county filled by its share of road
 * kilometres completed (by its guard coverage in guard mode), outlined and named with its
 * percentage; the fill fades out as the roads come in. Counties carry the figures `npm run
 * tiles` gives them (`completionRatio`, `guardCoverageRatio`: 0…1, or -1 for none).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ColorMode } from '../domain/types.ts';
import {
  COUNTY_OVERVIEW_FILL_LAYER,
  COUNTY_OVERVIEW_LABEL_LAYER,
  COUNTY_OVERVIEW_LINE_LAYER,
  COUNTY_OVERVIEW_SOURCE,
  LABEL_FONT,
} from './ids.ts';
import type { Palette } from './palette.ts';

/** The zoom from which the overview is gone: the roads alone show the network. */
export const COUNTY_OVERVIEW_MAX_ZOOM = 9;

/** The county property the overview shows in a colour mode. */
export function overviewRatioProperty(mode: ColorMode): 'completionRatio' | 'guardCoverageRatio' {
  return mode === 'guard' ? 'guardCoverageRatio' : 'completionRatio';
}

/** The fill colour of a county: the mode's ramp from 0 % to 100 %, grey where there is none. */
export function overviewFillColor(mode: ColorMode, palette: Palette): ExpressionSpecification {
  const ratio: ExpressionSpecification = ['to-number', ['get', overviewRatioProperty(mode)], -1];
  const ramp: ExpressionSpecification =
    mode === 'guard'
      ? [
          'interpolate',
          ['linear'],
          ratio,
          0,
          palette.guard.none,
          0.5,
          palette.guard.partial,
          1,
          palette.guard.full,
        ]
      : [
          'interpolate',
          ['linear'],
          ratio,
          0,
          palette.completion.none,
          0.5,
          palette.completion.half,
          1,
          palette.completion.done,
        ];
  return ['case', ['<', ratio, 0], ['to-color', palette.status.existing], ramp];
}

/** The label of a county: its name and whole percentage (none where the figure is -1). */
export function overviewLabel(mode: ColorMode): ExpressionSpecification {
  const ratio: ExpressionSpecification = ['to-number', ['get', overviewRatioProperty(mode)], -1];
  return [
    'case',
    ['<', ratio, 0],
    ['get', 'name'],
    ['concat', ['get', 'name'], '\n', ['to-string', ['round', ['*', ratio, 100]]], '%'],
  ];
}

/** The overview's layers in a mode: fill and outline under the roads, names over them. */
export function countyOverviewLayers(
  palette: Palette,
  mode: ColorMode,
): { under: LayerSpecification[]; over: LayerSpecification[] } {
  const source = COUNTY_OVERVIEW_SOURCE;
  return {
    under: [
      {
        id: COUNTY_OVERVIEW_FILL_LAYER,
        type: 'fill',
        source,
        maxzoom: COUNTY_OVERVIEW_MAX_ZOOM,
        paint: {
          'fill-color': overviewFillColor(mode, palette),
          'fill-opacity': [
            'interpolate',
            ['linear'],
            ['zoom'],
            6,
            0.55,
            COUNTY_OVERVIEW_MAX_ZOOM,
            0,
          ],
        },
      },
      {
        id: COUNTY_OVERVIEW_LINE_LAYER,
        type: 'line',
        source,
        paint: {
          'line-color': palette.countyBoundary,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.5],
          'line-dasharray': [4, 2],
        },
      },
    ],
    over: [
      {
        id: COUNTY_OVERVIEW_LABEL_LAYER,
        type: 'symbol',
        source,
        maxzoom: COUNTY_OVERVIEW_MAX_ZOOM,
        layout: {
          'text-field': overviewLabel(mode),
          'text-font': LABEL_FONT,
          // Smaller at province zoom, so that neighbouring counties' names fit side by side.
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 6, 12],
        },
        paint: {
          'text-color': palette.label,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
