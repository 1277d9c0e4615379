// Loaded into MapLibre's workers by src/map/RoadMap.ts (importScriptInWorkers). It registers
// the `rbblob:` protocol: `rbblob://blob:…` is the page's object URL of a GeoJSON text, which
// the worker fetches and parses itself, so that the page never parses or copies the geometry.
const PREFIX = 'rbblob://';

self.addProtocol('rbblob', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), {
    signal: abortController.signal,
  });
  if (!response.ok) throw new Error(`cannot read ${request.url}: ${response.status}`);
  return { data: await response.json() };
});
