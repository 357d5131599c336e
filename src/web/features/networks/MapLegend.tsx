import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { KIND_COLORS, RELATION_COLORS } from './graph';

/** What the colours mean; only the kinds that occur on this map. */
export function MapLegend({ kinds, relationKinds }: { kinds: string[]; relationKinds: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <h3 id="legend-kinds">{t('map.legendKinds')}</h3>
      <ul className="legend" aria-labelledby="legend-kinds">
        {kinds.map((k) => (
          <li key={k}>
            <span className="swatch" style={{ background: KIND_COLORS[k as keyof typeof KIND_COLORS] }} />
            {label(t, 'organisationKind', k)}
          </li>
        ))}
      </ul>
      <h3 id="legend-relations">{t('map.legendRelations')}</h3>
      <ul className="legend" aria-labelledby="legend-relations">
        {relationKinds.map((k) => (
          <li key={k}>
            <span
              className="swatch line"
              style={{ background: RELATION_COLORS[k as keyof typeof RELATION_COLORS] }}
            />
            {label(t, 'relationKind', k)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('map.sizeNote')}</p>
    </div>
  );
}
