/**
 * An element's size as a Svelte attachment, from a ResizeObserver: the first size arrives after
 * the browser's own layout. (`bind:clientWidth` reads the size at once when mounted, which
 * forced a layout of every panel in the middle of the first render.)
 */
import type { Attachment } from 'svelte/attachments';

/** The border-box size of an element, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Calls `onSize` with the element's border-box size now and whenever it changes.
 *
 * @example
 * <aside {@attach observeSize((size) => (leftWidth = size.width))}>
 */
export function observeSize(onSize: (size: Size) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (box) onSize({ width: box.inlineSize, height: box.blockSize });
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
