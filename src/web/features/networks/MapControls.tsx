import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { MEASURES } from '../../shared/network-map/data';
import { useMeasureNames } from '../../shared/network-map/measure-names';
import type { MapView } from '../../shared/network-map/view';

type Option = { value: string; text: string };
type Props = {
  view: MapView;
  kinds: string[];
  relationKinds: string[];
  municipalities: Option[];
  onChange: (patch: Partial<MapView>) => void;
};

const ALL = 'all';

/** The measure that sizes the circles, the filters and the ego network; every choice goes to the address. */
export function MapControls({ view, kinds, relationKinds, municipalities, onChange }: Props) {
  const { t } = useTranslation();
  const measureText = useMeasureNames();
  const choice = (id: string, labelText: string, value: string | null, options: Option[], all: boolean) => (
    <Dropdown
      id={id}
      labelText={labelText}
      value={value ?? ALL}
      onChange={(v: string) => onChange({ [id.replace('map-', '')]: v === ALL ? null : v })}
      fullWidth
    >
      {[...(all ? [{ value: ALL, text: t('map.all') }] : []), ...options].map((o) => (
        <DropdownItem key={o.value} value={o.value}>
          {o.text}
        </DropdownItem>
      ))}
    </Dropdown>
  );
  return (
    <div className="map-controls" role="group" aria-label={t('map.controls')}>
      {choice(
        'map-measure',
        t('map.measure'),
        view.measure,
        MEASURES.map((m) => ({ value: m, text: measureText[m] })),
        false,
      )}
      {choice(
        'map-kind',
        t('map.filterKind'),
        view.kind,
        kinds.map((k) => ({ value: k, text: label(t, 'organisationKind', k) })),
        true,
      )}
      {choice(
        'map-relation',
        t('map.filterRelation'),
        view.relation,
        relationKinds.map((k) => ({ value: k, text: label(t, 'relationKind', k) })),
        true,
      )}
      {choice('map-municipality', t('map.filterMunicipality'), view.municipality, municipalities, true)}
      <Dropdown
        id="map-ego"
        labelText={t('map.ego')}
        hintText={view.focus ? undefined : t('map.egoHint')}
        value={String(view.depth)}
        onChange={(v: string) => onChange({ depth: Number(v) as MapView['depth'] })}
        fullWidth
      >
        <DropdownItem value="0">{t('map.egoWhole')}</DropdownItem>
        <DropdownItem value="1">{t('map.egoDepth1')}</DropdownItem>
        <DropdownItem value="2">{t('map.egoDepth2')}</DropdownItem>
      </Dropdown>
    </div>
  );
}
