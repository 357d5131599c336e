import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { paramsFromView, viewFromParams, type MapView } from '../../shared/network-map/view';

/** The network page's tabs, the map first: it is what the page opens with. */
export const NETWORK_TABS = ['map', 'actors', 'municipalities', 'about'] as const;
export type NetworkTab = (typeof NETWORK_TABS)[number];

export function tabFromParams(params: URLSearchParams): NetworkTab {
  const tab = params.get('tab');
  return NETWORK_TABS.includes(tab as NetworkTab) ? (tab as NetworkTab) : 'map';
}

/** The address of a view and a tab; the map's tab, the default, is left out so plain links stay plain. */
export function networkParams(view: MapView, tab: NetworkTab): Record<string, string> {
  return { ...paramsFromView(view), ...(tab === 'map' ? {} : { tab }) };
}

/**
 * The map's view and the open tab, both kept in the address. A change of view replaces the address (a
 * filter is not a place to go back to); opening a tab adds one, so the back button returns to the tab
 * before and a link can open a tab.
 */
export function useNetworkAddress() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFromParams(params), [params]);
  const tab = tabFromParams(params);
  const setView = useCallback(
    (patch: Partial<MapView>) => setParams(networkParams({ ...view, ...patch }, tab), { replace: true }),
    [view, tab, setParams],
  );
  const setTab = useCallback(
    (next: string) => setParams(networkParams(view, next as NetworkTab)),
    [view, setParams],
  );
  return { view, setView, tab, setTab };
}
