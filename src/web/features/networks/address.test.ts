import { describe, expect, it } from 'vitest';
import { viewFromParams } from '../../shared/network-map/view';
import { networkParams, tabFromParams } from './address';

describe('the network page address', () => {
  it('opens the map unless the address names another tab it has', () => {
    expect(tabFromParams(new URLSearchParams(''))).toBe('map');
    expect(tabFromParams(new URLSearchParams('tab=actors'))).toBe('actors');
    expect(tabFromParams(new URLSearchParams('tab=about&measure=pagerank'))).toBe('about');
    expect(tabFromParams(new URLSearchParams('tab=nothing'))).toBe('map');
  });

  it('keeps the map’s view when the tab changes, and leaves the map’s tab out', () => {
    const view = viewFromParams(new URLSearchParams('measure=pagerank&kind=municipality'));
    expect(networkParams(view, 'municipalities')).toEqual({
      measure: 'pagerank',
      kind: 'municipality',
      tab: 'municipalities',
    });
    expect(networkParams(view, 'map')).toEqual({ measure: 'pagerank', kind: 'municipality' });
    expect(networkParams(viewFromParams(new URLSearchParams('')), 'map')).toEqual({});
  });
});
