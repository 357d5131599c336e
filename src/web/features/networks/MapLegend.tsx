import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { KIND_COLORS, relationStyle } from '../../shared/network-map/graph';

type Props = { kinds: string[]; relationKinds: string[]; measureName: string; simpleLines: boolean };

/** What the colours, line shapes and sizes mean; only the kinds that occur on this map. */
export function MapLegend({ kinds, relationKinds, measureName, simpleLines }: Props) {
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
      {relationKinds.length === 0 && <p className="muted">{t('map.legendNoRelations')}</p>}
      <ul className="legend" aria-labelledby="legend-relations" hidden={relationKinds.length === 0}>
        {relationKinds.map((k) => {
          const style = relationStyle(k);
          const arrow = style.directed && !simpleLines;
          return (
            <li key={k}>
              <span className="swatch line" style={{ background: style.color }} />
              {arrow && (
                <span className="legend-arrow" style={{ color: style.color }} aria-hidden="true">
                  ▶
                </span>
              )}
              {label(t, 'relationKind', k)}
              {arrow && <span className="visually-hidden"> ({t('map.legendArrow')})</span>}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        {simpleLines ? t('map.legendThin') : t('map.legendShapes')}{' '}
        {t('map.sizeNote', { measure: measureName })}
      </p>
    </div>
  );
}
