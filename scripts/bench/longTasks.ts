/**
 * Long tasks of a page load, sorted by what they held. A task that ran an animation frame is
 * MapLibre drawing (the frame's GPU work, read back at the commit, is in the same task); a task
 * that handled a message from a MapLibre worker is MapLibre taking in tiles; a task that held
 * `new maplibregl.Map(…)` (the `maplibre:construct` measure, set by both pages) is MapLibre's
 * start-up. Any other long task is the page's own work: script start-up, taking in the data
 * worker's answer, reactive updates, `setData` calls.
 */
import type { BenchRecorder, TimeSpan } from './pageApi.ts';

export interface LongTaskFigures {
  count: number;
  totalMs: number;
  longestMs: number;
  /** The longest task that ran no animation frame and took in no MapLibre worker message. */
  longestOwnMs: number;
  /** The longest task that ran an animation frame. */
  longestFrameMs: number;
  /** The longest task that took in a MapLibre worker message (and ran no frame). */
  longestMaplibreMessageMs: number;
  /** The longest task that held `new maplibregl.Map(…)` (and ran no frame). */
  longestMaplibreStartupMs: number;
}

function holds(times: readonly number[], start: number, end: number): boolean {
  return times.some((time) => time >= start && time <= end);
}

function overlaps(spans: readonly TimeSpan[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && span.start + span.duration > start);
}

/**
 * Figures of the long tasks that started before `untilMs` (ms from navigation start).
 *
 * @example
 * const recorder = { longTasks: [{ start: 10, duration: 120 }], frames: [20], maplibreMessages: [] };
 * longTaskFigures(recorder, 500).longestFrameMs; // 120
 */
export function longTaskFigures(
  recorder: BenchRecorder,
  untilMs: number,
  maplibreStartup: readonly TimeSpan[] = [],
): LongTaskFigures {
  const figures: LongTaskFigures = {
    count: 0,
    totalMs: 0,
    longestMs: 0,
    longestOwnMs: 0,
    longestFrameMs: 0,
    longestMaplibreMessageMs: 0,
    longestMaplibreStartupMs: 0,
  };
  for (const task of recorder.longTasks) {
    if (task.start >= untilMs) continue;
    const end = task.start + task.duration;
    figures.count++;
    figures.totalMs += task.duration;
    figures.longestMs = Math.max(figures.longestMs, task.duration);
    if (holds(recorder.frames, task.start, end)) {
      figures.longestFrameMs = Math.max(figures.longestFrameMs, task.duration);
    } else if (overlaps(maplibreStartup, task.start, end)) {
      figures.longestMaplibreStartupMs = Math.max(figures.longestMaplibreStartupMs, task.duration);
    } else if (holds(recorder.maplibreMessages, task.start, end)) {
      figures.longestMaplibreMessageMs = Math.max(figures.longestMaplibreMessageMs, task.duration);
    } else {
      figures.longestOwnMs = Math.max(figures.longestOwnMs, task.duration);
    }
  }
  return figures;
}
