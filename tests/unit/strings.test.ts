import { describe, expect, it } from 'vitest';
import { BUILD_STATUSES, ROAD_CLASSES } from '../../src/contract/roadNetwork.ts';
import { COLOR_MODES, COMPLETION_BUCKETS, GUARD_BUCKETS } from '../../src/domain/types.ts';
import { bucketLabel } from '../../src/i18n/bucketLabel.ts';
import { pickLocale, STRINGS } from '../../src/i18n/strings.ts';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

describe('strings', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    const zh = leaves(STRINGS.zh);
    const en = leaves(STRINGS.en);
    expect(en.map(([path]) => path)).toEqual(zh.map(([path]) => path));
    for (const [path, text] of [...zh, ...en]) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it('names every class, status and bucket in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const strings = STRINGS[locale];
      for (const roadClass of ROAD_CLASSES) expect(strings.classes[roadClass]).toBeTruthy();
      for (const mode of COLOR_MODES) expect(strings.modes[mode]).toBeTruthy();
      for (const status of BUILD_STATUSES) {
        expect(bucketLabel(strings, 'status', status)).not.toBe(status);
      }
      for (const bucket of COMPLETION_BUCKETS) {
        expect(bucketLabel(strings, 'completion', bucket)).not.toBe(bucket);
      }
      for (const bucket of GUARD_BUCKETS) {
        expect(bucketLabel(strings, 'guard', bucket)).not.toBe(bucket);
      }
    }
  });

  it('uses the accessible names the automation API promises in English', () => {
    expect(STRINGS.en.colorBy).toBe('Color by');
    expect(STRINGS.en.modes).toEqual({
      status: 'Build status',
      completion: 'Completion',
      guard: 'Safety guard coverage',
    });
    expect([STRINGS.en.legend, STRINGS.en.filters, STRINGS.en.statistics]).toEqual([
      'Legend',
      'Filters',
      'Statistics',
    ]);
    expect(STRINGS.en.segmentDetails).toBe('Segment details');
  });
});

describe('pickLocale', () => {
  it('lets ?lang= force the language', () => {
    expect(pickLocale('?lang=en', ['zh-CN'])).toBe('en');
    expect(pickLocale('?lang=zh', ['en-US'])).toBe('zh');
  });
  it('follows the browser otherwise, defaulting to Chinese', () => {
    expect(pickLocale('', ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale('', ['zh-TW'])).toBe('zh');
    expect(pickLocale('?lang=de', ['fr'])).toBe('zh');
  });
});

describe('investment in the details', () => {
  it('is shown in 万元 below 1 亿 and in 亿元 from there, in both languages', async () => {
    const { propertyRows } = await import('../../src/ui/segmentDetails.ts');
    const segment = { id: 'a', class: 'county', status: 'construction', towns: [] } as const;
    const row = (investmentWan: number, locale: 'zh' | 'en') =>
      propertyRows({ ...segment, towns: [], investment_wan: investmentWan }, STRINGS[locale]).find(
        ([label]) => label === STRINGS[locale].properties.investment_wan,
      )?.[1];
    expect(row(3560, 'zh')).toBe('3560 万元');
    expect(row(250_000, 'zh')).toBe('25.00 亿元');
    expect(row(250_000, 'en')).toBe('25.00 × 100 million CNY');
  });
});

describe('work type in the details', () => {
  it('is named and worded in both languages', async () => {
    const { propertyRows } = await import('../../src/ui/segmentDetails.ts');
    const segment = { id: 'a', class: 'village', status: 'completed', towns: [] } as const;
    for (const locale of ['zh', 'en'] as const) {
      const strings = STRINGS[locale];
      const rows = propertyRows({ ...segment, towns: [], work: 'guard' }, strings);
      expect(rows).toContainEqual([strings.properties.work, strings.workTypes.guard]);
    }
    expect(STRINGS.zh.workTypes.guard).toBe('安防');
  });
});
