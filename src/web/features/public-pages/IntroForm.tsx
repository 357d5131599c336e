import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { updatePage, type PublicPage } from './api';

const FIELDS = ['introFi', 'introSv', 'introEn'] as const;
const LANGS = { introFi: 'fi', introSv: 'sv', introEn: 'en' } as const;

/** The page's introduction in Finnish, Swedish and English; an empty one is cleared. */
export function IntroForm({ page, onSaved }: { page: PublicPage; onSaved: () => void }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(FIELDS.map((f) => [f, page.intro[LANGS[f]] ?? ''])),
  );
  const [saved, setSaved] = useState(false);
  const { failed, busy, attempt } = useAttempt();
  const save = () =>
    attempt(async () => {
      setSaved(false);
      const body = Object.fromEntries(FIELDS.map((f) => [f, texts[f]!.trim() || null]));
      await updatePage(page.id, body);
      setSaved(true);
      onSaved();
    });
  return (
    <section className="panel" aria-labelledby="public-page-intro">
      <h2 id="public-page-intro">{t('publicPages.introHeading')}</h2>
      {FIELDS.map((field) => (
        <Textarea
          key={field}
          labelText={label(t, 'publicPageField', field)}
          value={texts[field]}
          disabled={!page.canEdit}
          onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
          fullWidth
        />
      ))}
      <SaveFailed shown={failed} />
      {saved && (
        <InlineAlert status="neutral" role="status">
          {t('publicPages.saved')}
        </InlineAlert>
      )}
      {page.canEdit && (
        <Button disabled={busy} onClick={() => void save()}>
          {t('publicPages.save')}
        </Button>
      )}
    </section>
  );
}
