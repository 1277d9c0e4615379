import { describe, expect, it } from 'vitest';
import { longTaskFigures } from '../../scripts/bench/longTasks.ts';
import type { BenchRecorder } from '../../scripts/bench/pageApi.ts';

function recorder(overrides: Partial<BenchRecorder>): BenchRecorder {
  return {
    longTasks: [],
    frames: [],
    maplibreMessages: [],
    maplibrePosts: [],
    pageWorkerMessages: [],
    pageWorkerStages: [],
    ...overrides,
  };
}

describe('the benchmark sorts long tasks by what they held', () => {
  const tasks = recorder({
    longTasks: [
      { start: 100, duration: 400 }, // holds new Map()
      { start: 600, duration: 300 }, // draws a frame
      { start: 1000, duration: 250 }, // takes in a MapLibre worker message
      { start: 1400, duration: 120 }, // the page's own work
      { start: 9000, duration: 900 }, // after the first idle: not counted
    ],
    frames: [700],
    maplibreMessages: [1100],
  });

  it('tells MapLibre start-up, frames, tiles and the page’s own work apart', () => {
    const figures = longTaskFigures(tasks, 5000, [{ start: 150, duration: 200 }]);
    expect(figures).toEqual({
      count: 4,
      totalMs: 1070,
      longestMs: 400,
      longestOwnMs: 120,
      longestFrameMs: 300,
      longestMaplibreMessageMs: 250,
      longestMaplibreStartupMs: 400,
    });
  });

  it('counts the start-up task as the page’s own when no construct measure is known', () => {
    expect(longTaskFigures(tasks, 5000).longestOwnMs).toBe(400);
  });
});
