/**
 * Views carried in a link: the views file, deflated and written in base64url, in the `views`
 * parameter of the address.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { readViewsFile, viewsFileText, type SavedView } from '../domain/savedViews.ts';

/** The address parameter that carries views. */
export const VIEWS_PARAMETER = 'views';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The address `href` with `views` in its `views` parameter. */
export function linkWithViews(href: string, views: readonly SavedView[]): string {
  const url = new URL(href);
  url.searchParams.set(VIEWS_PARAMETER, toBase64Url(deflateSync(strToU8(viewsFileText(views)))));
  return url.href;
}

/** The views a query string carries, or null when it carries none (or they do not read). */
export function viewsFromLink(search: string): SavedView[] | null {
  const value = new URLSearchParams(search).get(VIEWS_PARAMETER);
  if (!value) return null;
  try {
    const reading = readViewsFile(strFromU8(inflateSync(fromBase64Url(value))));
    return reading.ok ? reading.views : null;
  } catch {
    return null;
  }
}
