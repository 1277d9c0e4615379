import { describe, expect, it } from 'vitest';
import { sampleViews } from '../../src/i18n/sampleViews.ts';
import { linkWithViews, viewsFromLink } from '../../src/state/viewsLink.ts';

describe('views carried in a link', () => {
  it('come back as they went, with the other parameters kept', () => {
    const views = sampleViews('zh');
    const link = new URL(linkWithViews('http://127.0.0.1:5173/?lang=zh&mode=guard', views));
    expect(link.searchParams.get('lang')).toBe('zh');
    expect(link.searchParams.get('mode')).toBe('guard');
    // Short enough for a link (deflated, base64url).
    expect(link.href.length).toBeLessThan(4000);
    expect(viewsFromLink(link.search)).toEqual(views);
  });

  it('are null when absent or unreadable', () => {
    expect(viewsFromLink('?lang=zh')).toBeNull();
    expect(viewsFromLink('?views=not-deflate')).toBeNull();
  });
});
