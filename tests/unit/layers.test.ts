/**
 * The layer rules hold: ESLint (eslint.layers.js) refuses an import against the flow, and no
 * module of the app, the scripts or the tests is part of an import circle — type imports
 * included, which ESLint's cycle rule does not follow.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_IMPORTS } from '../../eslint.layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer rules in lint', () => {
  it('refuses src/domain/ importing src/map/', async () => {
    const messages = await lintAs(
      'src/domain/layerProbe.ts',
      "import { RoadMap } from '../map/RoadMap.ts';\nexport const probe = RoadMap;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/no-restricted-paths.*src\/domain\/.*src\/map\//),
    ]);
  });

  it('refuses a panel importing the map adapter or the data worker', async () => {
    const code =
      "import { RoadMap } from '../map/RoadMap.ts';\nimport { openDataset } from '../data/worker/openInWorker.ts';\nexport const probe = [RoadMap, openDataset];\n";
    const messages = await lintAs('src/ui/layerProbe.ts', code);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/no-restricted-paths/);
  });

  it('refuses MapLibre outside src/map/, but lets style/ take its types', async () => {
    const value = "import { Map } from 'maplibre-gl';\nexport const probe = Map;\n";
    expect(await lintAs('src/state/layerProbe.ts', value)).toEqual([
      expect.stringMatching(/no-restricted-imports/),
    ]);
    const types =
      "import type { LayerSpecification } from 'maplibre-gl';\nexport type Probe = LayerSpecification;\n";
    expect(await lintAs('src/style/layerProbe.ts', types)).toEqual([]);
  });

  it('lets every folder import the shared contract', async () => {
    for (const folder of Object.keys(FORBIDDEN_IMPORTS).filter((name) => name !== 'security')) {
      if (folder === 'contract') continue;
      const code =
        "import { ROAD_CLASSES } from '../contract/roadNetwork.ts';\nexport const probe = ROAD_CLASSES;\n";
      expect(await lintAs(`src/${folder}/layerProbe.ts`, code)).toEqual([]);
    }
  });
});

/** Every .ts, .mjs and .svelte file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|svelte)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"](\.{1,2}\/[^'"?]+)['"]/g;

/** Module → the project modules it imports (static imports and re-exports, types included). */
function importGraph(): Map<string, string[]> {
  const files = ['src', 'scripts', 'tests'].flatMap(sourceFiles);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) =>
      relative(root, resolve(dirname(join(root, file)), match[1]!)),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** The first import circle found, as a list of modules, or null. */
function findCircle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return null;
}

describe('import circles', () => {
  it('finds a circle where there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCircle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });

  it('has none in the app, the scripts and the tests', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(findCircle(graph)).toBeNull();
  });
});
