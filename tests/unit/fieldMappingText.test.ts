import { describe, expect, it } from 'vitest';
import { FIELD_MEANINGS } from '../../src/data/mapping/fieldMeanings.ts';
import { MAPPING_NOTE_CODES } from '../../src/data/mapping/notes.ts';
import { SCHEMA_NAMES } from '../../src/data/mapping/schemas.ts';
import { MAPPING_RULES } from '../../src/data/mapping/summary.ts';
import { SURFACE_TYPES, TECHNICAL_GRADES } from '../../src/data/mapping/valueWords.ts';
import {
  DECODED_VALUE_KEYS,
  FIELD_MEANING_KEYS,
  MAPPING_NOTE_KEYS,
  MAPPING_RULE_KEYS,
  MAPPING_SCHEMA_KEYS,
} from '../../src/i18n/mappingText.ts';
import { FIELDS_STEP_TEXTS } from '../../src/i18n/fieldsStepText.ts';
import { mappingNoteSentence } from '../../src/i18n/mappingNotes.ts';

describe('mapping texts', () => {
  it('list the same keys as src/data/mapping/', () => {
    expect([...MAPPING_SCHEMA_KEYS]).toEqual([...SCHEMA_NAMES]);
    expect([...MAPPING_RULE_KEYS]).toEqual([...MAPPING_RULES]);
    expect([...MAPPING_NOTE_KEYS]).toEqual([...MAPPING_NOTE_CODES]);
    expect([...FIELD_MEANING_KEYS]).toEqual([...FIELD_MEANINGS]);
    expect([...DECODED_VALUE_KEYS]).toEqual([...TECHNICAL_GRADES, ...SURFACE_TYPES]);
  });

  it.each(['zh', 'en'] as const)(
    '%s: every note sentence names the count, field and examples',
    (locale) => {
      for (const code of MAPPING_NOTE_KEYS) {
        const sentence = mappingNoteSentence(
          {
            code,
            field: 'FIELDX',
            count: 903,
            examples: [
              { featureIndex: 0, found: 'FOUNDX', readAs: 'READX' },
              { featureIndex: 41, found: 'b', readAs: 'c' },
            ],
          },
          locale,
        );
        expect(sentence, code).toContain('903');
        expect(sentence, code).toContain('1, 42');
        if (code !== 'class-missing') expect(sentence, code).toMatch(/FIELDX|READX/);
      }
    },
  );

  it('words one road in the singular in English', () => {
    const sentence = mappingNoteSentence(
      {
        code: 'class-missing',
        field: '',
        count: 1,
        examples: [{ featureIndex: 4, found: '', readAs: 'other' }],
      },
      'en',
    );
    expect(sentence).toBe('1 road: no field gives the class; read as other (features 5).');
    expect(FIELDS_STEP_TEXTS.zh.schemas.rural).toBe('农村公路数据库导出');
  });
});
