import { useTranslation } from 'react-i18next';
import { localeOf, useLang } from '../../i18n/lang';
import { placeName } from '../../shared/reference';
import type { Coverage } from '../../shared/network-map/data';
import { FinlandMap } from './FinlandMap';

/** The municipalities and regions the members stand for, as lists and on the map of Finland. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const regionName = new Map(coverage.regions.map((r) => [r.code, placeName({ ...r }, lang)]));
  const byName = (a: string, b: string) => a.localeCompare(b, localeOf(lang));
  const municipalities = coverage.municipalities
    .map((m) => ({ ...m, name: placeName({ ...m, nameEn: null }, lang) }))
    .sort((a, b) => byName(a.name, b.name));
  const regions = [...regionName.entries()].sort((a, b) => byName(a[1], b[1]));
  return (
    <section className="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('network.coverage')}</h2>
      <div className="coverage-layout">
        <div className="grid">
          <div>
            <h3>{t('network.municipalities')}</h3>
            <ul className="plain-list">
              {municipalities.map((m) => (
                <li key={m.code}>
                  {m.name}
                  {m.regionCode && <span className="muted"> – {regionName.get(m.regionCode)}</span>}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('network.regions')}</h3>
            <ul className="plain-list">
              {regions.map(([code, name]) => (
                <li key={code}>{name}</li>
              ))}
            </ul>
          </div>
        </div>
        <FinlandMap
          codes={coverage.municipalities.map((m) => m.code)}
          summary={t('map.finlandMap', {
            count: municipalities.length,
            names: municipalities.map((m) => m.name).join(', '),
          })}
        />
      </div>
    </section>
  );
}
