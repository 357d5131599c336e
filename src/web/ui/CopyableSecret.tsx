import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';

/** A secret shown once, read-only, with a button that copies it. */
export function CopyableSecret({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copyable">
      <TextInput id={id} labelText={label} value={value} readOnly fullWidth />
      <Button
        variant="secondary"
        onClick={() => {
          void navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {t('account.copy')}
      </Button>
      <span role="status">{copied ? t('account.copied') : ''}</span>
    </div>
  );
}
