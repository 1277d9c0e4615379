/**
 * Keeps each dataset's views in the browser's localStorage, as a views file's text.
 */
import { readViewsFile, viewsFileText, type SavedView } from '../domain/savedViews.ts';

const STORAGE_PREFIX = 'roadboard:views:';

/** The views stored for a dataset, or null when none are (or storage is not allowed). */
export function readStoredViews(datasetKey: string): SavedView[] | null {
  try {
    const text = localStorage.getItem(STORAGE_PREFIX + datasetKey);
    if (text === null) return null;
    const reading = readViewsFile(text);
    return reading.ok ? reading.views : null;
  } catch {
    return null;
  }
}

/** Stores a dataset's views (kept in memory only where storage is refused). */
export function storeViews(datasetKey: string, views: readonly SavedView[]): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + datasetKey, viewsFileText(views));
  } catch {
    // Storage full or refused (private windows): the views last for this page only.
  }
}
