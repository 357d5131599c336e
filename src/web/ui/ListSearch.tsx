import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from 'suomifi-ui-components';

type Props = {
  id: string;
  labelText: string;
  searchButtonLabel: string;
  placeholder?: string;
  /** The search in the address. */
  q: string;
  onSearch: (q: string) => void;
};

/**
 * A list's text search: what is typed stays until searched, and a new address (the back button) brings
 * its own search text.
 */
export function ListSearch({ id, labelText, searchButtonLabel, placeholder, q, onSearch }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }
  return (
    <SearchInput
      id={id}
      labelText={labelText}
      visualPlaceholder={placeholder}
      clearButtonLabel={t('form.clear')}
      searchButtonLabel={searchButtonLabel}
      value={text}
      onChange={(value) => setText(String(value ?? ''))}
      onSearch={(value) => onSearch(String(value ?? '').trim())}
      fullWidth
    />
  );
}
