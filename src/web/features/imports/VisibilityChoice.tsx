import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { importVisibilities, type ImportKindChoice, type ImportVisibility } from './api';

/** Who sees the records an import creates; records it updates keep their own visibility. */
export function VisibilityChoice(props: {
  name: string;
  kind: ImportKindChoice;
  value: ImportVisibility;
  onChange: (visibility: ImportVisibility) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      name={props.name}
      labelText={t('imports.visibility')}
      value={props.value}
      onChange={props.onChange}
      options={importVisibilities(props.kind)}
      text={(v) => label(t, 'visibility', v)}
    />
  );
}
