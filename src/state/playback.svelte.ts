/**
 * Year playback: steps the as-of date through the loaded progress history month by month,
 * the map and figures following; pause, speed and loop. Loaded with its button.
 */
import { monthSteps } from '../domain/monthSteps.ts';
import { appState } from './appState.svelte.ts';

/** The speeds offered, in steps (months) per second. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

class Playback {
  playing = $state(false);
  speed = $state<PlaybackSpeed>(1);
  loop = $state(false);
  /** The month ends of the history; the last one shows the latest. */
  steps = $derived(monthSteps(appState.asOfDates));
  /** The step the date shown is at (the latest: the last step). */
  position = $derived.by(() => {
    const asOf = appState.asOf;
    if (asOf === null) return this.steps.length - 1;
    const index = this.steps.findIndex((step) => step >= asOf);
    return index === -1 ? this.steps.length - 1 : index;
  });
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows a step: its month end, or the latest for the last step. */
  #show(position: number): void {
    const last = this.steps.length - 1;
    appState.setAsOf(position >= last ? null : (this.steps[position] ?? null));
  }

  play(): void {
    if (this.steps.length < 2) return;
    // From the start when at the end.
    if (this.position >= this.steps.length - 1) this.#show(0);
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.#timer);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: PlaybackSpeed): void {
    this.speed = speed;
    if (this.playing) this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#step(), 1000 / this.speed);
  }

  #step(): void {
    if (!this.playing) return;
    const next = this.position + 1;
    const last = this.steps.length - 1;
    if (next > last) {
      if (!this.loop) {
        this.pause();
        return;
      }
      this.#show(0);
    } else {
      this.#show(next);
    }
    if (next >= last && !this.loop) {
      this.pause();
      return;
    }
    this.#schedule();
  }
}

/** The one playback. */
export const playback = new Playback();
