/**
 * The first load as one chunk: every module the page's entry imports statically (what any visit
 * downloads before the first idle) goes into the entry chunk. Without this, Rolldown splits
 * modules that lazy chunks share with the entry into many small common chunks, which the page
 * then fetches all at once, each compressed apart and with its own import and export lists.
 */
import type { Plugin } from 'vite';

/** The plugin that finds the modules, and the chunk group that gathers them. */
export interface FirstLoadChunk {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean; priority: number };
}

/**
 * Makes the plugin and its chunk group; the group's `priority` must be below that of groups
 * that take modules out of the first load on purpose (MapLibre's chunk).
 *
 * @example
 * const firstLoad = firstLoadChunk();
 * defineConfig({ plugins: [firstLoad.plugin], build: { rolldownOptions: { output: {
 *   codeSplitting: { groups: [firstLoad.group] } } } } });
 */
export function firstLoadChunk(name = 'index', priority = 1): FirstLoadChunk {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'roadboard-first-load-chunk',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (modules.has(id)) continue;
        modules.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name, test: (id) => modules.has(id), priority } };
}
