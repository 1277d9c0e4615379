/**
 * `npm run sample:province [-- --segments N --counties N --out folder]`: generates the synthetic
 * sample province (by default at least 1,000,000 segments over at least 64 counties) into a
 * git-ignored folder, `sample-province/` unless told otherwise. Deterministic: the same options
 * give the same files.
 */
import { parseArgs } from 'node:util';
import { readSampleSource } from './sample/source.ts';
import { writeProvince } from './sample/province/writeProvince.ts';

const { values } = parseArgs({
  options: {
    segments: { type: 'string', default: '1000000' },
    counties: { type: 'string', default: '64' },
    out: { type: 'string', default: 'sample-province' },
  },
});
const segmentCount = Number(values.segments);
const countyCount = Number(values.counties);
if (!(segmentCount > 0) || !(countyCount > 0))
  throw new Error('--segments and --counties take a number');

const startedMs = performance.now();
const summary = writeProvince(
  readSampleSource(),
  values.out,
  { segmentCount, countyCount },
  (done) => {
    const seconds = ((performance.now() - startedMs) / 1000).toFixed(0);
    console.log(
      `county ${done.counties}: ${done.segments.toLocaleString('en')} segments (${seconds} s)`,
    );
  },
);
console.log(
  `${summary.roadsPath}: ${summary.segments.toLocaleString('en')} segments and ${summary.points} points over ${summary.counties} counties; ${summary.countiesPath}: their boundaries. Synthetic data.`,
);
