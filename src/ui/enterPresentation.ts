/**
 * Enters presentation mode: the page goes full screen where the browser allows (it may refuse
 * outside a click or key press, or in a frame), else the app fills the window as it is.
 */
import { presenting } from '../state/presenting.svelte.ts';

export function enterPresentation(): void {
  presenting.active = true;
  const root = document.documentElement;
  if (document.fullscreenElement === null && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => {
      // Refused: presentation mode fills the window instead.
    });
  }
}

/** Leaves presentation mode and full screen. */
export function leavePresentation(): void {
  presenting.active = false;
  if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => {});
}
