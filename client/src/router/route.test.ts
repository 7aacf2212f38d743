import { describe, expect, it } from 'vitest';
import { parseRoute, treatyPath } from './route.ts';

const id = 'abcdefghijkl';

describe('parseRoute', () => {
  it('reads the view of a treaty from the path, text by default', () => {
    expect(parseRoute(`/t/${id}`)).toEqual({ page: 'editor', treatyId: id, view: 'text' });
    expect(parseRoute(`/t/${id}/matrix`)).toEqual({ page: 'editor', treatyId: id, view: 'matrix' });
    expect(parseRoute(`/t/${id}/scenario/`)).toEqual({ page: 'editor', treatyId: id, view: 'scenario' });
    expect(parseRoute(`/t/${id}/versions`)).toEqual({ page: 'editor', treatyId: id, view: 'versions' });
  });

  it('refuses unknown views and the explicit text segment', () => {
    expect(parseRoute(`/t/${id}/history`)).toEqual({ page: 'notFound' });
    expect(parseRoute(`/t/${id}/text`)).toEqual({ page: 'notFound' });
  });

  it('round-trips with treatyPath', () => {
    for (const view of ['text', 'matrix', 'scenario', 'versions'] as const) {
      expect(parseRoute(treatyPath(id, view))).toEqual({ page: 'editor', treatyId: id, view });
    }
  });
});
