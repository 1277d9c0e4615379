/**
 * The layer rules of `src/`, checked by `npm run lint`: data flows one way (load → validate →
 * measure → style → draw → show), so each folder may import only the folders below it. The
 * README's table "Layout of the code" states the same rules for people.
 */

/** Each folder of `src/` and the folders of `src/` it must not import. */
export const FORBIDDEN_IMPORTS = {
  contract: ['domain', 'data', 'style', 'map', 'state', 'ui', 'i18n', 'api', 'security', 'page'],
  domain: ['data', 'style', 'map', 'state', 'ui', 'i18n', 'api', 'security', 'page'],
  data: ['style', 'map', 'state', 'ui', 'i18n', 'api', 'security', 'page'],
  style: ['data', 'map', 'state', 'ui', 'i18n', 'api', 'security', 'page'],
  map: ['data', 'state', 'ui', 'i18n', 'api', 'security', 'page'],
  i18n: ['data', 'style', 'map', 'state', 'ui', 'api', 'security', 'page'],
  page: ['data', 'style', 'map', 'state', 'ui', 'i18n', 'api', 'security'],
  security: ['contract', 'domain', 'data', 'style', 'map', 'state', 'ui', 'i18n', 'api', 'page'],
  state: ['ui', 'api'],
  ui: ['data', 'map', 'api', 'page'],
  api: ['ui'],
};

/**
 * Files a forbidden folder still offers: the map adapter takes the types of a dataset as the
 * data worker posts it (`import type` only; the adapter draws that shape).
 */
const EXCEPTIONS = { map: { data: ['./worker/workerProtocol.ts'] } };

/** Folders that may import MapLibre's code; `style/` and `api/` take its types only. */
const MAPLIBRE_CODE = ['map'];
const MAPLIBRE_TYPES = ['style', 'api'];

/** The `import-x/no-restricted-paths` zones for the rules above. */
export function layerZones(sourceRoot = './src') {
  return Object.entries(FORBIDDEN_IMPORTS).flatMap(([folder, forbidden]) =>
    forbidden.map((from) => ({
      target: `${sourceRoot}/${folder}`,
      from: `${sourceRoot}/${from}`,
      except: EXCEPTIONS[folder]?.[from],
      message: `src/${folder}/ must not import src/${from}/ (see "Layout of the code" in README.md).`,
    })),
  );
}

/** ESLint configuration objects: the layer zones and where MapLibre may be imported. */
export function layerRules(sourceRoot = 'src') {
  const maplibre = {
    name: 'maplibre-gl',
    message: 'Only src/map/ talks to MapLibre (style/ and api/ may take its types).',
  };
  const folders = Object.keys(FORBIDDEN_IMPORTS);
  return [
    {
      files: [`${sourceRoot}/**/*.{ts,svelte}`],
      rules: {
        'import-x/no-restricted-paths': ['error', { zones: layerZones(`./${sourceRoot}`) }],
      },
    },
    ...folders
      .filter((folder) => !MAPLIBRE_CODE.includes(folder))
      .map((folder) => ({
        files: [`${sourceRoot}/${folder}/**/*.{ts,svelte}`],
        rules: {
          '@typescript-eslint/no-restricted-imports': [
            'error',
            {
              paths: [
                { ...maplibre, allowTypeImports: MAPLIBRE_TYPES.includes(folder) },
                { name: 'maplibre-gl/dist/maplibre-gl-worker.mjs?url', message: maplibre.message },
              ],
            },
          ],
        },
      })),
  ];
}
