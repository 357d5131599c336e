import { useTranslation } from 'react-i18next';
import type { MapMeasure } from '../../../domain/network-style';

/** The measures a map sizes its circles by, named in the page's language (the map's and the export's choice). */
export function useMeasureNames(): Record<MapMeasure, string> {
  const { t } = useTranslation();
  return {
    degree: t('map.measureDegree'),
    weightedDegree: t('map.measureWeightedDegree'),
    pagerank: t('map.measurePagerank'),
    betweenness: t('map.measureBetweenness'),
  };
}
