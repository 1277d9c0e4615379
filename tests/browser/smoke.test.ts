import { describe, expect, test } from 'vitest';
import { openApp, screenshot, useBrowser } from './harness.ts';

useBrowser();

describe('smoke', () => {
  test('the built app loads offline, without errors, and draws a map canvas', async () => {
    const app = await openApp();
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    const canvas = app.page.locator('canvas');
    await expect.poll(() => canvas.count()).toBeGreaterThan(0);
    const size = await canvas.first().boundingBox();
    expect(size?.width ?? 0).toBeGreaterThan(0);
    expect(size?.height ?? 0).toBeGreaterThan(0);
    await screenshot(app.page, 'smoke-desktop');
    await app.close();
  });
});
