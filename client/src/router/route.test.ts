import { describe, expect, it } from 'vitest';
import { parseRoute, TREATY_VIEWS, treatyPath } from './route.ts';

const id = 'abcdefghijkl';
const token = 'Xy3_-abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('parseRoute', () => {
  it('reads the view of a treaty from the path, text by default', () => {
    expect(parseRoute(`/t/${id}`)).toEqual({ page: 'editor', treatyId: id, view: 'text' });
    expect(parseRoute(`/t/${id}/matrix`)).toEqual({ page: 'editor', treatyId: id, view: 'matrix' });
    expect(parseRoute(`/t/${id}/scenario/`)).toEqual({ page: 'editor', treatyId: id, view: 'scenario' });
    expect(parseRoute(`/t/${id}/versions`)).toEqual({ page: 'editor', treatyId: id, view: 'versions' });
    expect(parseRoute(`/t/${id}/agreement`)).toEqual({ page: 'editor', treatyId: id, view: 'agreement' });
    expect(parseRoute(`/t/${id}/members`)).toEqual({ page: 'editor', treatyId: id, view: 'members' });
    expect(parseRoute(`/t/${id}/export`)).toEqual({ page: 'editor', treatyId: id, view: 'export' });
  });

  it('refuses unknown views and the explicit text segment', () => {
    expect(parseRoute(`/t/${id}/history`)).toEqual({ page: 'notFound' });
    expect(parseRoute(`/t/${id}/text`)).toEqual({ page: 'notFound' });
  });

  it('round-trips with treatyPath', () => {
    for (const view of TREATY_VIEWS) {
      expect(parseRoute(treatyPath(id, view))).toEqual({ page: 'editor', treatyId: id, view });
    }
  });

  it('reads an invite link’s token, and only a well-formed one', () => {
    expect(parseRoute(`/invite/${token}`)).toEqual({ page: 'invite', token });
    expect(parseRoute(`/invite/${token}/`)).toEqual({ page: 'invite', token });
    expect(parseRoute('/invite/short')).toEqual({ page: 'notFound' });
    expect(parseRoute('/invite/has%20space-and-more-chars')).toEqual({ page: 'notFound' });
    expect(parseRoute('/invite/')).toEqual({ page: 'notFound' });
  });
});
