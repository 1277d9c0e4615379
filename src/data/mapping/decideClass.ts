/**
 * The road class of one feature from everything its fields say, in order of authority: a class
 * word in the class field; the route code's letter (made `expressway` by a 高速 technical grade
 * for G and S roads and roads without a code); the GB/T 13923 feature code; OpenStreetMap's
 * `highway` tag where there is no route code; else `other`.
 */
import { ROAD_CLASSES, type RoadClass } from '../../contract/roadNetwork.ts';
import { classFromFeatureCode, classFromHighwayTag } from './featureClass.ts';
import { recordNote, type MappingNote } from './notes.ts';
import type { RouteReading } from './routeCode.ts';
import { foldedText, isEmptyValue } from './text.ts';
import { classFromWord, technicalGradeFrom } from './valueWords.ts';

/** One field's name and its value in this feature. */
export interface FieldValue {
  field: string;
  value: unknown;
}

/** What a feature's fields say about its class. */
export interface ClassEvidence {
  classWord?: FieldValue;
  route?: FieldValue & { reading: RouteReading | undefined };
  technicalGrade?: FieldValue;
  featureCode?: FieldValue;
  highway?: FieldValue;
}

/** Classes a 高速 technical grade may raise to `expressway`. */
const RAISED_BY_GRADE: ReadonlySet<RoadClass | undefined> = new Set([
  undefined,
  'national',
  'provincial',
]);

function text(value: unknown): string {
  return foldedText(value) ?? '';
}

/**
 * The class of one feature, recording a grouped note for each rule used.
 *
 * @example
 * const notes: MappingNote[] = [];
 * decideClass({ route: { field: 'RN', value: 'G108', reading: readRouteCode('G108') },
 *   technicalGrade: { field: 'RTEG', value: '高速' } }, 0, notes); // 'expressway'
 */
export function decideClass(
  evidence: ClassEvidence,
  featureIndex: number,
  notes: MappingNote[],
): RoadClass {
  const word = evidence.classWord;
  if (word !== undefined && !isEmptyValue(word.value)) {
    const roadClass = classFromWord(word.value);
    if (roadClass !== undefined) {
      if (!(ROAD_CLASSES as readonly unknown[]).includes(word.value)) {
        recordNote(notes, 'class-from-words', word.field, {
          featureIndex,
          found: text(word.value),
          readAs: roadClass,
        });
      }
      return roadClass;
    }
    recordNote(notes, 'class-unknown-word', word.field, {
      featureIndex,
      found: text(word.value),
      readAs: '',
    });
  }
  const route = evidence.route;
  const routeClass = route?.reading?.routeClass;
  const grade = evidence.technicalGrade;
  if (grade !== undefined && technicalGradeFrom(grade.value) === 'expressway') {
    if (routeClass !== 'expressway' && RAISED_BY_GRADE.has(routeClass)) {
      recordNote(notes, 'class-from-technical-grade', grade.field, {
        featureIndex,
        found: text(grade.value),
        readAs: 'expressway',
      });
      return 'expressway';
    }
  }
  if (route !== undefined && routeClass !== undefined) {
    recordNote(notes, 'class-from-route-code', route.field, {
      featureIndex,
      found: text(route.value),
      readAs: routeClass,
    });
    return routeClass;
  }
  const featureCode = evidence.featureCode;
  const codeClass = featureCode === undefined ? undefined : classFromFeatureCode(featureCode.value);
  if (featureCode !== undefined && codeClass !== undefined) {
    recordNote(notes, 'class-from-feature-code', featureCode.field, {
      featureIndex,
      found: text(featureCode.value),
      readAs: codeClass,
    });
    return codeClass;
  }
  const highway = evidence.highway;
  const hasRoute = route !== undefined && !isEmptyValue(route.value);
  const hint = highway === undefined || hasRoute ? undefined : classFromHighwayTag(highway.value);
  if (highway !== undefined && hint !== undefined) {
    recordNote(notes, 'class-from-highway-tag', highway.field, {
      featureIndex,
      found: text(highway.value),
      readAs: hint.roadClass,
    });
    return hint.roadClass;
  }
  // An unknown class word has been noted already, with the same outcome.
  if (word === undefined || isEmptyValue(word.value)) {
    recordNote(notes, 'class-missing', word?.field ?? route?.field ?? '', {
      featureIndex,
      found: '',
      readAs: 'other',
    });
  }
  return 'other';
}
