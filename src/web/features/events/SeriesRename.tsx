import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { renameSeries, type EventSeries } from './series';

/** A new Finnish name for the series: the sessions still ahead take it too. */
export function SeriesRename({ series, onRenamed }: { series: EventSeries; onRenamed: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(series.titleFi);
  const { failed, attempt } = useAttempt();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void attempt(async () => {
      await renameSeries(series.id, title.trim());
      onRenamed();
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextInput
        id="series-rename"
        labelText={t('series.titleFi')}
        hintText={t('series.renameHint')}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        fullWidth
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary">
          {t('series.renameSave')}
        </Button>
      </div>
      <SaveFailed shown={failed} />
    </form>
  );
}
