import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useReference } from '../../shared/reference';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ExportPanel } from './ExportPanel';
import { useMeasureNames } from '../../shared/network-map/measure-names';
import { DEFAULT_MAP_MEASURE, MAP_MEASURES, type MapMeasure } from '../../../domain/network-style';
import {
  loadTargets,
  NETWORK_FORMATS,
  NETWORK_SCOPES,
  networkUrl,
  type NetworkScope,
} from '../../shared/export-options';

/** The network of a scope (its organisations with measures, and their relations) for Gephi. */
export function NetworkExport() {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const [scope, setScope] = useState<NetworkScope>('network');
  const [chosen, setChosen] = useState<string | null>(null);
  const [format, setFormat] = useState<(typeof NETWORK_FORMATS)[number]>('gexf');
  const [sizeBy, setSizeBy] = useState<MapMeasure>(DEFAULT_MAP_MEASURE);
  const measureNames = useMeasureNames();
  const targets = useApi(`${scope}:${lang}:${reference ? 1 : 0}`, () => loadTargets(scope, reference, lang));
  const list = targets.state === 'ready' ? targets.data : [];
  const target = list.find((x) => x.id === chosen) ?? list[0];
  return (
    <ExportPanel
      id="network-export-heading"
      title={t('exports.networkTitle')}
      intro={t('exports.networkIntro')}
    >
      <Dropdown
        id="export-scope"
        labelText={t('exports.scope')}
        value={scope}
        onChange={(v: string) => {
          setScope(v as NetworkScope);
          setChosen(null);
        }}
        mb="m"
      >
        {NETWORK_SCOPES.map((s) => (
          <DropdownItem key={s} value={s}>
            {label(t, 'exportScope', s)}
          </DropdownItem>
        ))}
      </Dropdown>
      {targets.state === 'error' && <ErrorNotice error={targets.error} />}
      {list.length > 0 && target && (
        <Dropdown
          id="export-target"
          labelText={t('exports.target')}
          value={target.id}
          onChange={setChosen}
          mb="m"
        >
          {list.map((x) => (
            <DropdownItem key={x.id} value={x.id}>
              {x.name}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      {targets.state === 'ready' && list.length === 0 && <p>{t('exports.noTargets')}</p>}
      <Dropdown
        id="export-size-by"
        labelText={t('exports.sizeBy')}
        value={sizeBy}
        onChange={(v: string) => setSizeBy(v as MapMeasure)}
        mb="m"
      >
        {MAP_MEASURES.map((m) => (
          <DropdownItem key={m} value={m}>
            {measureNames[m]}
          </DropdownItem>
        ))}
      </Dropdown>
      <ChoiceGroup
        name="network-format"
        labelText={t('exports.format')}
        value={format}
        onChange={setFormat}
        options={NETWORK_FORMATS}
        text={(f) => label(t, 'networkFormat', f)}
      />
      {target && (
        <a className="button-link" href={networkUrl(format, scope, target.id, sizeBy)} download>
          {t('exports.downloadNetwork')}
        </a>
      )}
    </ExportPanel>
  );
}
