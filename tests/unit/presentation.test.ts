import { describe, expect, it } from 'vitest';
import {
  defaultFigures,
  keyFigure,
  offeredFigures,
  type KeyFigureId,
} from '../../src/domain/keyFigures.ts';
import { monthSteps } from '../../src/domain/monthSteps.ts';
import { pointSummary } from '../../src/domain/pointSummary.ts';
import { moveView, readViewsFile, viewsFileText } from '../../src/domain/savedViews.ts';
import { sampleViews } from '../../src/i18n/sampleViews.ts';
import { preparedSample } from './preparedSample.ts';
import { summaryOf } from './segmentFigures.ts';

const sample = preparedSample();
const points = sample.points.features.map((point) => point.properties);

describe('key figures from the sample county statistics', () => {
  const summary = summaryOf(sample.segments);
  const pointTotals = pointSummary(points, {});
  const figure = (id: KeyFigureId) => keyFigure(id, summary, pointTotals);

  it('gives the village programme 314 km of 314 km built', () => {
    const village = figure('project:撤并建制村畅通工程');
    expect(village.value).toBeCloseTo(314, 6);
    expect(village.target).toBeCloseTo(314, 6);
    expect(village.ratio).toBeCloseTo(1, 9);
  });

  it('reads guards, construction and bridges from the statistics', () => {
    expect(figure('guard')).toMatchObject({
      value: summary.guardKm,
      target: summary.guardRequiredKm,
    });
    expect(figure('construction')).toMatchObject({
      value: summary.byStatus.construction?.lengthKm,
      target: null,
      ratio: null,
    });
    expect(figure('bridges')).toMatchObject({ value: 7, unit: 'count' });
  });

  it("reads the year's road built from the statistics of that year's projects", () => {
    const ofYear = (year: number) =>
      summaryOf(sample.segments.filter((segment) => segment.properties.year === year));
    const built2023 = keyFigure('year-built', summary, pointTotals, {
      year: 2023,
      summary: ofYear(2023),
    });
    expect(built2023.value).toBeCloseTo(ofYear(2023).byWork.road?.completedKm ?? NaN, 9);
    expect(built2023.target).toBeCloseTo(ofYear(2023).projectKm, 9);
    expect(built2023.value).toBeGreaterThan(314);
    // Without the year's statistics there is nothing to show against.
    expect(keyFigure('year-built', summary, pointTotals)).toMatchObject({ value: 0, ratio: null });
  });

  it('follows a filter: the guard programme alone is 62.92 km of 62.92 km', () => {
    const guards = summaryOf(
      sample.segments.filter((segment) => segment.properties.project === '村道生命安全防护工程'),
    );
    const guard = keyFigure('guard', guards, pointTotals);
    expect(guard.value).toBeCloseTo(62.92, 6);
    expect(guard.ratio).toBeCloseTo(1, 9);
    // A project with nothing kept has no target and no bar.
    expect(keyFigure('project:撤并建制村畅通工程', guards, pointTotals)).toMatchObject({
      value: 0,
      target: 0,
      ratio: null,
    });
  });

  it('offers road projects longest first, and shows the longest by default', () => {
    const offered = offeredFigures({ G247: 12, 撤并建制村畅通工程: 314, 自然村通硬化路: 157 });
    expect(offered.slice(0, 3)).toEqual([
      'project:撤并建制村畅通工程',
      'project:自然村通硬化路',
      'project:G247',
    ]);
    expect(defaultFigures(offered)).toEqual([
      'project:撤并建制村畅通工程',
      'year-built',
      'guard',
      'construction',
    ]);
  });
});

describe('views files', () => {
  it('reads back what it writes', () => {
    const views = sampleViews('zh');
    const reading = readViewsFile(viewsFileText(views));
    expect(reading).toEqual({ ok: true, views });
  });

  it('refuses text that is not a views file and drops views without a title', () => {
    expect(readViewsFile('{')).toEqual({ ok: false, reason: 'not-json' });
    expect(readViewsFile('{"views":[]}')).toEqual({ ok: false, reason: 'not-views' });
    const reading = readViewsFile(
      JSON.stringify({
        roadboardViews: 1,
        views: [
          { title: '' },
          {
            title: ' G247 ',
            mode: 'nonsense',
            camera: { zoom: 11, latitude: 95, longitude: 105 },
            filter: { classes: ['national', 'motorway'], years: [2023, 'x'] },
            asOf: '2023-06',
          },
        ],
      }),
    );
    expect(reading).toEqual({
      ok: true,
      views: [
        {
          title: 'G247',
          note: '',
          camera: null,
          mode: 'status',
          filter: { classes: ['national'], years: [2023] },
          hiddenBuckets: [],
          asOf: null,
        },
      ],
    });
  });

  it('moves a view within the list', () => {
    expect(moveView(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveView(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
    expect(moveView(['a', 'b', 'c'], 3, 0)).toEqual(['a', 'b', 'c']);
  });

  it("the sample's views name projects the sample has", () => {
    const projects = new Set(sample.segments.map((segment) => segment.properties.project));
    for (const view of sampleViews('en')) {
      for (const project of view.filter.projects ?? [])
        expect(projects.has(project), project).toBe(true);
    }
  });
});

describe('playback steps', () => {
  it('runs month by month from the first date to the last', () => {
    expect(monthSteps(['2023-03-31', '2023-06-15'])).toEqual([
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
    ]);
    expect(monthSteps(['2023-11-02', '2024-02-01'])).toEqual([
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
    ]);
    expect(monthSteps(['2023-03-31'])).toEqual([]);
  });
});
