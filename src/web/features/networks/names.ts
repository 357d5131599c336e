import { localized } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { GraphData } from '../../shared/network-map/data';

/** Node i's name in the reader's language (Finnish when it has none), with the language it is in. */
export function nodeName(graph: GraphData, i: number, lang: Lang) {
  const n = graph.nodes;
  return localized({ nameFi: n.nameFi[i], nameSv: n.nameSv[i], nameEn: n.nameEn[i] }, 'name', lang);
}
