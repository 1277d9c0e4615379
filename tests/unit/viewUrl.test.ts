import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState, type ViewState } from '../../src/state/viewUrl.ts';

const view: ViewState = {
  mode: 'completion',
  filter: {
    classes: ['village', 'county'],
    statuses: ['completed'],
    towns: ['三元镇', '忠孝乡'],
    projects: ['撤并建制村畅通工程', 'Project, with comma'],
    years: [2023],
  },
  hiddenBuckets: ['none'],
  selectedId: 'X085-3',
  camera: { zoom: 11.5, latitude: 30.91234, longitude: 105.04321 },
  locale: 'en',
};

describe('view state in the address', () => {
  it('reads back what it writes', () => {
    const search = writeViewState('', view);
    expect(readViewState(search)).toEqual(view);
  });

  it('keeps parameters it does not own, such as data', () => {
    const search = writeViewState('?data=roads.geojson&mode=guard', view);
    const params = new URLSearchParams(search);
    expect(params.get('data')).toBe('roads.geojson');
    expect(params.get('mode')).toBe('completion');
  });

  it('leaves the default mode and empty filters out of the address', () => {
    const search = writeViewState('', {
      mode: 'status',
      filter: {},
      hiddenBuckets: [],
      selectedId: null,
      camera: null,
      locale: null,
    });
    expect(search).toBe('');
  });

  it('ignores malformed values instead of failing', () => {
    const read = readViewState('?mode=rainbow&class=motorway,village&year=x,2023&map=a/b/c');
    expect(read.mode).toBeUndefined();
    expect(read.filter).toEqual({ classes: ['village'], years: [2023] });
    expect(read.camera).toBeUndefined();
  });

  it('rejects a camera outside the globe', () => {
    expect(readViewState('?map=10/95/105').camera).toBeUndefined();
  });
});
