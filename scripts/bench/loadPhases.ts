/**
 * How a page's load went, from the init script's records: how many frames were drawn, when the
 * app's data worker answered, how long the task taking in that answer ran, and how much
 * main-thread time went into copying data to MapLibre's workers (`postMessage`).
 */
import type { BenchRecorder } from './pageApi.ts';

export interface LoadPhases {
  /** Animation frames run before the first idle (each one a full redraw). */
  frames: number;
  /**
   * Navigation start → arrival of the last message from a non-MapLibre worker before the first
   * idle: the app's data worker's answer (null: no such message).
   */
  dataAnswerMs: number | null;
  /** The long task in which that message arrived (0 when it was not a long task). */
  dataAnswerTaskMs: number;
  /** Main-thread time in `postMessage` to MapLibre workers before the first idle. */
  postToMaplibreMs: number;
  /** The longest single such `postMessage`. */
  longestPostToMaplibreMs: number;
  /** When each stage of the data worker was first reported, ms from navigation start. */
  dataWorkerStages: Record<string, number>;
}

/** Reads the load phases of the records up to `untilMs` (ms from navigation start). */
export function loadPhases(recorder: BenchRecorder, untilMs: number): LoadPhases {
  const answers = recorder.pageWorkerMessages.filter((time) => time < untilMs);
  const dataAnswerMs = answers[answers.length - 1] ?? null;
  const answerTask =
    dataAnswerMs === null
      ? undefined
      : recorder.longTasks.find(
          (task) => task.start <= dataAnswerMs && dataAnswerMs <= task.start + task.duration,
        );
  const posts = recorder.maplibrePosts.filter((post) => post.start < untilMs);
  return {
    frames: recorder.frames.filter((time) => time < untilMs).length,
    dataAnswerMs,
    dataAnswerTaskMs: answerTask?.duration ?? 0,
    postToMaplibreMs: posts.reduce((sum, post) => sum + post.duration, 0),
    longestPostToMaplibreMs: posts.reduce((longest, post) => Math.max(longest, post.duration), 0),
    dataWorkerStages: Object.fromEntries(
      recorder.pageWorkerStages.map((stage) => [stage.label, Math.round(stage.time)]),
    ),
  };
}
