import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useAttempt } from '../../shared/forms/useAttempt';
import { removeImage, uploadImage, type Story } from './api';
import { refusal } from './pageName';

/**
 * A story's image with its alt text (Finnish required): the server decides by the file's bytes whether it
 * is a JPEG, PNG or WebP image of at most 2 MB, and says why when it is not.
 */
export function ImageForm({ story, onSaved }: { story: Story; onSaved: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState({
    altFi: story.image?.alt.fi ?? '',
    altSv: story.image?.alt.sv ?? '',
    altEn: story.image?.alt.en ?? '',
  });
  const [missing, setMissing] = useState<string | null>(null);
  const { error, busy, attempt } = useAttempt();
  const inputId = `story-image-${story.id}`;
  const upload = () => {
    const problem = !file
      ? t('publicPages.fileRequired')
      : !alt.altFi.trim()
        ? t('publicPages.altRequired')
        : null;
    setMissing(problem);
    if (problem || !file) return;
    void attempt(async () => {
      await uploadImage(story.publicPageId, story.id, { file, ...alt });
      onSaved();
    });
  };
  return (
    <fieldset className="story-image">
      <legend>{t('publicPages.imageHeading')}</legend>
      {story.image && (
        <img src={story.image.url} alt={story.image.alt.fi ?? ''} className="story-image-preview" />
      )}
      <label htmlFor={inputId}>{t('publicPages.imageFile')}</label>
      <p className="hint">{t('publicPages.imageHint')}</p>
      <input
        id={inputId}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      {(['altFi', 'altSv', 'altEn'] as const).map((field) => (
        <TextInput
          key={field}
          labelText={label(t, 'publicPageField', field)}
          optionalText={field === 'altFi' ? undefined : t('form.optional')}
          hintText={field === 'altFi' ? t('publicPages.altHint') : undefined}
          value={alt[field]}
          onChange={(v) => setAlt({ ...alt, [field]: String(v ?? '') })}
          fullWidth
        />
      ))}
      {(missing || error !== null) && (
        <InlineAlert status="error" role="alert">
          {missing ?? t('publicPages.imageRefused', { message: refusal(error) })}
        </InlineAlert>
      )}
      <p className="actions">
        <Button disabled={busy} onClick={upload}>
          {t('publicPages.uploadImage')}
        </Button>{' '}
        {story.image && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void attempt(() => removeImage(story.publicPageId, story.id).then(onSaved))}
          >
            {t('publicPages.removeImage')}
          </Button>
        )}
      </p>
    </fieldset>
  );
}
