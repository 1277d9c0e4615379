/**
 * The streaming GeoJSON reader gives what JSON.parse of the whole text gives, whatever the size
 * of the chunks the bytes arrive in, and fails with a typed error that says where and why.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGeojsonStream } from '../../src/data/read/geojsonStream.ts';
import { GeojsonReadError } from '../../src/data/read/geojsonReadError.ts';
import { scanStateAfter, scanValueEnd } from '../../src/data/read/jsonValueEnd.ts';

const encoder = new TextEncoder();

/** A stream giving the bytes in chunks of `chunkBytes` (all at once when omitted). */
function streamOf(bytes: Uint8Array, chunkBytes = bytes.length): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      // A copy, as a real stream gives, so a reader that writes into a chunk harms nobody.
      controller.enqueue(bytes.slice(offset, offset + Math.max(1, chunkBytes)));
      offset += chunkBytes;
    },
  });
}

function read(text: string | Uint8Array, chunkBytes?: number): Promise<unknown> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return readGeojsonStream(streamOf(bytes, chunkBytes));
}

/** The error a read rejects with, failing the test when it resolves. */
async function readError(text: string | Uint8Array, chunkBytes?: number): Promise<unknown> {
  try {
    await read(text, chunkBytes);
  } catch (error) {
    return error;
  }
  throw new Error('the read resolved');
}

/** Byte offset in the UTF-8 text of the first occurrence of `marker`. */
function byteOffsetOf(text: string, marker: string): number {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`no ${marker} in the fixture`);
  return encoder.encode(text.slice(0, index)).length;
}

/** Same value and same member order as JSON.parse. */
function expectSameAsParse(actual: unknown, text: string): void {
  const expected: unknown = JSON.parse(text);
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const CHUNK_SIZES = [1, 7, 64, undefined];

const line = (coordinates: number[][], properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});

const FIXTURES: Record<string, string> = {
  'Chinese text and nested coordinates': JSON.stringify({
    type: 'FeatureCollection',
    name: '县道路网',
    features: [
      line(
        [
          [116.1, 39.9],
          [116.2, 39.95, 12.5],
        ],
        { 路线编码: 'X396360726', 名称: '城关—白马乡道', 等级: '四级' },
      ),
      {
        type: 'Feature',
        properties: { name: '多线' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 2],
              [3, 4],
            ],
            [[-5.5e-3, 6e10]],
          ],
        },
      },
    ],
  }),
  'quotes, backslashes, brackets and braces inside strings': JSON.stringify({
    type: 'FeatureCollection',
    features: [
      line([[0, 0]], { name: 'say "hi" \\ there', tricky: '}]}]"{[', path: 'C:\\roads\\' }),
      line([[1, 1]], { name: '\\"', unicode: '\u0000\u001f \u2028 😀 ©', end: '\\' }),
      line([[2, 2]], { '}': ']', '"': '\\\\"' }),
    ],
  }),
  'features after the other members, with whitespace everywhere': `\r\n {
      "type" : "FeatureCollection" ,
      "crs" : { "type" : "name", "properties" : { "name" : "EPSG:4490" } } ,
      "bbox" : [ 1 , 2 , 3 , 4 ] ,
      "count" : -12.5e+2 , "flag" : true , "nothing" : null ,
      "features" : [
        { "type" : "Feature" , "properties" : { } , "geometry" : null } ,
        { "type" : "Feature" , "id" : 7 , "properties" : { "a" : [ ] } , "geometry" : null }
      ]
    }\n\t `,
  'features before the other members': JSON.stringify({
    features: [line([[1, 2]], { a: 1 })],
    type: 'FeatureCollection',
    properties: { 更新: '2024-05-01' },
    name: 'roads',
  }),
  'an empty features array': '{"type":"FeatureCollection","features":[],"name":"空"}',
  'an empty features array with spaces': '{"features":[ \n ],"type":"FeatureCollection"}',
  'features that are not objects': '{"features":[1, "two", null, [3], true, -0.5],"x":false}',
  'a member after features that is a number at the end': '{"features":[{}],"n":42}',
  'nested features members are not streamed': JSON.stringify({
    type: 'FeatureCollection',
    properties: { features: [{ a: 1 }] },
    features: [{ type: 'Feature', properties: { features: [1, 2] }, geometry: null }],
  }),
  'features not an array': '{"type":"FeatureCollection","features":{"a":[1]}}',
  'a features name written with an escape': '{"feat\\u0075res":[{"a":"b"}],"type":"x"}',
  'a __proto__ member': '{"__proto__":{"polluted":1},"features":[{"__proto__":2}]}',
  'duplicate members keep the last value in the first place':
    '{"name":"a","features":[{"x":1}],"name":"b"}',
  'a second features array replaces the first': '{"features":[1],"type":"x","features":[2,3]}',
  'an empty object': '{}',
  'a bare LineString': '{"type":"LineString","coordinates":[[116.1,39.9],[116.2,39.8]]}',
  'a bare Feature': JSON.stringify(line([[1, 2]], { 名称: '国道' })),
  'a bare GeometryCollection':
    '{"type":"GeometryCollection","geometries":[{"type":"LineString","coordinates":[[0,0],[1,1]]}]}',
  'a top-level array': JSON.stringify([line([[1, 2]], { a: '}' })]),
  'a top-level string': '"路网 }"',
  'a top-level number with whitespace': '  3.25 ',
};

describe('readGeojsonStream gives what JSON.parse gives', () => {
  for (const [name, text] of Object.entries(FIXTURES)) {
    for (const chunkBytes of CHUNK_SIZES) {
      it(`${name}, in chunks of ${chunkBytes ?? 'the whole file'}`, async () => {
        expectSameAsParse(await read(text, chunkBytes), text);
      });
    }
  }

  it('skips a byte order mark, even when it arrives one byte at a time', async () => {
    const text = FIXTURES['Chinese text and nested coordinates']!;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    for (const chunkBytes of [1, 2, undefined]) {
      expectSameAsParse(await read(bytes, chunkBytes), text);
    }
    const bareBytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('[1]')]);
    expect(await read(bareBytes, 1)).toEqual([1]);
  });

  it('keeps a feature larger than the reader window and batch in one piece', async () => {
    const coordinates = Array.from({ length: 400_000 }, (_, index) => [index / 7, -index / 3]);
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [line([[0, 0]], { a: 1 }), line(coordinates, { 名称: '长'.repeat(1000) })],
    });
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    expectSameAsParse(await read(text, 65_536), text);
  });

  it('parses many features across many batches', async () => {
    const features = Array.from({ length: 20_000 }, (_, index) =>
      line(
        [
          [index, index + 0.5],
          [index + 1, index],
        ],
        { code: `X${index}`, 名称: `乡道${index}号 "引号" \\` },
      ),
    );
    const text = JSON.stringify({ type: 'FeatureCollection', features, name: 'many' });
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    for (const chunkBytes of [4096, 100_003, undefined]) {
      expectSameAsParse(await read(text, chunkBytes), text);
    }
  });

  it('reports bytes read and features parsed', async () => {
    const features = Array.from({ length: 5000 }, (_, index) => line([[index, 0]], { index }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const bytes = encoder.encode(text);
    const bytesSeen: number[] = [];
    const featureCounts: number[] = [];
    await readGeojsonStream(streamOf(bytes, 1000), {
      onBytes: (bytesRead) => bytesSeen.push(bytesRead),
      onFeature: (featureCount) => featureCounts.push(featureCount),
    });
    expect(bytesSeen.at(-1)).toBe(bytes.length);
    expect(featureCounts.at(-1)).toBe(5000);
    expect(featureCounts).toEqual([...featureCounts].sort((a, b) => a - b));
  });
});

describe('readGeojsonStream property tests', () => {
  it('equals JSON.parse for any JSON value in any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 50 }),
        async (value, chunkBytes) => {
          const text = JSON.stringify(value, null, chunkBytes % 3);
          expectSameAsParse(await read(text, chunkBytes), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals JSON.parse for feature collections with any text, members in any order', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const feature = fc.record({
      type: fc.constant('Feature'),
      properties: fc.dictionary(text, fc.oneof(text, fc.double({ noNaN: true }), fc.boolean())),
      geometry: fc.record({
        type: fc.constant('LineString'),
        coordinates: fc.array(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }))),
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(feature, { maxLength: 8 }),
        fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (features, members, featuresFirst, chunkBytes) => {
          const collection = featuresFirst
            ? { features, type: 'FeatureCollection', ...members }
            : { type: 'FeatureCollection', ...members, features };
          const source = JSON.stringify(collection);
          expectSameAsParse(await read(source, chunkBytes), source);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says a file cut anywhere inside its features is truncated, with the complete count', async () => {
    const features = Array.from({ length: 6 }, (_, index) =>
      line([[index, index]], { 名称: `路${index}`, text: '}"]' }),
    );
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const bytes = encoder.encode(text);
    const featuresStart = byteOffsetOf(text, '[') + 1;
    // Index of each feature's closing brace: before the next feature, or before the final `]}`.
    const featureEnds = features.map((_, index) =>
      index === 5
        ? bytes.length - 3
        : byteOffsetOf(text, `},{"type":"Feature","properties":{"名称":"路${index + 1}`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: featuresStart, max: bytes.length - 2 }),
        fc.integer({ min: 1, max: 32 }),
        async (cutAt, chunkBytes) => {
          const error = await readError(bytes.slice(0, cutAt), chunkBytes);
          const complete = featureEnds.filter((end) => end + 1 <= cutAt).length;
          expect(error).toBeInstanceOf(GeojsonReadError);
          expect(error).toMatchObject({ code: 'json-truncated', featuresRead: complete });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scanValueEnd', () => {
  it('finds the end of any object or array at any alignment, whole or in pieces', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()),
          fc.array(fc.jsonValue()),
        ),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (value, padding, pieceBytes) => {
          const text = `${JSON.stringify(value)} ,]}`;
          const valueBytes = encoder.encode(JSON.stringify(value)).length;
          const padded = new Uint8Array(padding + encoder.encode(text).length);
          padded.set(encoder.encode(text), padding);
          const bytes = padded.subarray(padding);
          const whole = scanValueEnd(bytes, 1, bytes.length, scanStateAfter(bytes[0]!));
          expect(whole).toBe(valueBytes);
          const state = scanStateAfter(bytes[0]!);
          let end = -1;
          for (let start = 1; start < bytes.length && end < 0; start += pieceBytes) {
            end = scanValueEnd(bytes, start, Math.min(bytes.length, start + pieceBytes), state);
          }
          expect(end).toBe(valueBytes);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readGeojsonStream errors', () => {
  it('says a file cut inside a feature is truncated after the features before it', async () => {
    const text = FIXTURES['quotes, backslashes, brackets and braces inside strings']!;
    const cut = text.slice(0, text.indexOf('{"type":"Feature","properties":{"}"') + 40);
    for (const chunkBytes of CHUNK_SIZES) {
      const error = await readError(cut, chunkBytes);
      expect(error).toBeInstanceOf(GeojsonReadError);
      expect(error).toMatchObject({ code: 'json-truncated', featuresRead: 2 });
      expect((error as Error).message).toContain('after 2 complete features');
    }
  });

  it('says a file that ends inside an invalid feature is invalid where the error is', async () => {
    const text = '{"features":[{"a":1},{"b":{"c":1]';
    for (const chunkBytes of CHUNK_SIZES) {
      expect(await readError(text, chunkBytes)).toMatchObject({
        code: 'json-invalid',
        byteOffset: text.length - 1,
        featureIndex: 1,
      });
    }
    const mismatched = '{"features":[{"a":1},{"b":[1}]}';
    expect(await readError(mismatched)).toMatchObject({
      code: 'json-invalid',
      byteOffset: mismatched.indexOf('}]}'),
      featureIndex: 1,
    });
  });

  it('says a bare geometry cut short is truncated', async () => {
    const error = await readError('{"type":"LineString","coordinates":[[1,2],');
    expect(error).toMatchObject({ code: 'json-truncated', featuresRead: 0 });
    expect(await readError('[[1,2],[3')).toMatchObject({ code: 'json-truncated' });
  });

  it('says an empty file is empty', async () => {
    expect(await readError('')).toMatchObject({ code: 'file-empty' });
    expect(await readError(' \n\t')).toMatchObject({ code: 'file-empty' });
  });

  it('gives the byte offset and the feature index of invalid JSON inside a feature', async () => {
    const text =
      '{"type":"FeatureCollection","name":"县道","features":[{"properties":{"名称":"甲"}},' +
      '{"properties":{"名称":"乙","n":01}},{"x":1}]}';
    const offset = byteOffsetOf(text, '1}},{"x"');
    for (const chunkBytes of CHUNK_SIZES) {
      const error = await readError(text, chunkBytes);
      expect(error).toBeInstanceOf(GeojsonReadError);
      expect(error).toMatchObject({ code: 'json-invalid', byteOffset: offset, featureIndex: 1 });
      expect((error as Error).message).toBe(
        `not valid JSON at byte ${offset}, in feature 2: expected ',' or '}'`,
      );
    }
  });

  it('finds an invalid feature inside a large batch', async () => {
    const features = Array.from({ length: 3000 }, (_, index) =>
      JSON.stringify(line([[index, 0]], { 名称: `第${index}条` })),
    );
    features[2345] = features[2345]!.replace('"properties"', '"properties" "oops"');
    const text = `{"features":[${features.join(',')}]}`;
    const error = await readError(text, 8192);
    expect(error).toMatchObject({
      code: 'json-invalid',
      featureIndex: 2345,
      byteOffset: byteOffsetOf(text, ' "oops"') + 1,
    });
  });

  it('gives the byte offset of a missing comma between features', async () => {
    const text = '{"features":[{"a":"中"} {"b":2}]}';
    const error = await readError(text, 3);
    expect(error).toMatchObject({
      code: 'json-invalid',
      byteOffset: byteOffsetOf(text, '{"b"'),
      featureIndex: 1,
      expected: "',' or ']'",
    });
  });

  it('gives the byte offset of invalid JSON outside the features', async () => {
    const member = '{"name":"路网","bbox":[1,2,],"features":[]}';
    expect(await readError(member, 5)).toMatchObject({
      code: 'json-invalid',
      byteOffset: byteOffsetOf(member, '],"features"'),
      featureIndex: null,
    });
    const name = '{"type":"FeatureCollection","features":[],name:1}';
    expect(await readError(name)).toMatchObject({
      code: 'json-invalid',
      byteOffset: byteOffsetOf(name, 'name:'),
      expected: 'a property name in double quotes',
    });
    const after = '{"features":[]} x';
    expect(await readError(after)).toMatchObject({ byteOffset: 16, code: 'json-invalid' });
    const bare = '[1, 2, tru]';
    expect(await readError(bare)).toMatchObject({ byteOffset: 10, code: 'json-invalid' });
  });

  it('reports an earlier invalid feature before a later structural error', async () => {
    const text = '{"features":[{"a":tru},{"b":1}}';
    const error = await readError(text);
    expect(error).toMatchObject({ featureIndex: 0, byteOffset: byteOffsetOf(text, '},{"b"') });
  });

  describe('when memory runs out', () => {
    afterEach(() => vi.restoreAllMocks());

    it('says the file is too large for a browser, with its size in megabytes', async () => {
      vi.spyOn(JSON, 'parse').mockImplementation(() => {
        throw new RangeError('Invalid string length');
      });
      const bytes = encoder.encode('{"features":[{"a":1}]}');
      const error = await readGeojsonStream(streamOf(bytes), {
        totalBytes: 654 * 1024 * 1024,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GeojsonReadError);
      expect(error).toMatchObject({ code: 'file-too-large', fileBytes: 654 * 1024 * 1024 });
      expect((error as Error).message).toContain('too large for a browser to open (654 MB)');
    });

    it('does not take a stack overflow for memory', async () => {
      vi.spyOn(JSON, 'parse').mockImplementation(() => {
        throw new RangeError('Maximum call stack size exceeded');
      });
      const error = await readError('{"features":[{"a":1}]}');
      expect(error).not.toBeInstanceOf(GeojsonReadError);
    });
  });
});

describe('readGeojsonStream aborts', () => {
  it('rejects with the reason when aborted while waiting for bytes, and cancels the stream', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"features":[{"a":1},'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const reading = readGeojsonStream(stream, { signal: controller.signal });
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 10);
    await expect(reading).rejects.toBe(reason);
    expect(cancelled).toBe(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const reading = readGeojsonStream(streamOf(encoder.encode('{}')), {
      signal: controller.signal,
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
