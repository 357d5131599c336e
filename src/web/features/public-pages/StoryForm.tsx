import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { useAttempt } from '../../shared/forms/useAttempt';
import type { Story, StoryInput } from './api';
import { refusal } from './pageName';

const TEXTS = ['titleFi', 'titleSv', 'titleEn', 'bodyFi', 'bodySv', 'bodyEn'] as const;
type Texts = Record<(typeof TEXTS)[number] | 'publishedOn', string>;

const textsOf = (story?: Story): Texts => ({
  titleFi: story?.title.fi ?? '',
  titleSv: story?.title.sv ?? '',
  titleEn: story?.title.en ?? '',
  bodyFi: story?.body.fi ?? '',
  bodySv: story?.body.sv ?? '',
  bodyEn: story?.body.en ?? '',
  publishedOn: story?.publishedOn ?? '',
});

/** The body a story is saved with: empty Swedish and English texts and date cleared. */
const bodyOf = (texts: Texts): StoryInput => ({
  titleFi: texts.titleFi.trim(),
  titleSv: texts.titleSv.trim() || null,
  titleEn: texts.titleEn.trim() || null,
  bodyFi: texts.bodyFi.trim(),
  bodySv: texts.bodySv.trim() || null,
  bodyEn: texts.bodyEn.trim() || null,
  publishedOn: texts.publishedOn.trim() || null,
});

/** A story's title and text in three languages and its date; Finnish is required. */
export function StoryForm({
  story,
  submitText,
  onSubmit,
}: {
  story?: Story;
  submitText: string;
  onSubmit: (body: StoryInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() => textsOf(story));
  const [missing, setMissing] = useState(false);
  const { error, busy, attempt } = useAttempt();
  const submit = () => {
    const body = bodyOf(texts);
    setMissing(!body.titleFi || !body.bodyFi);
    if (!body.titleFi || !body.bodyFi) return;
    void attempt(async () => {
      await onSubmit(body);
      if (!story) setTexts(textsOf());
    });
  };
  return (
    <div className="story-form">
      {TEXTS.map((field) =>
        field.startsWith('title') ? (
          <TextInput
            key={field}
            labelText={label(t, 'publicPageField', field)}
            optionalText={field === 'titleFi' ? undefined : t('form.optional')}
            value={texts[field]}
            onChange={(v) => setTexts({ ...texts, [field]: String(v ?? '') })}
            fullWidth
          />
        ) : (
          <Textarea
            key={field}
            labelText={label(t, 'publicPageField', field)}
            optionalText={field === 'bodyFi' ? undefined : t('form.optional')}
            value={texts[field]}
            onChange={(e) => setTexts({ ...texts, [field]: e.target.value })}
            fullWidth
          />
        ),
      )}
      <TextInput
        labelText={t('publicPages.storyDate')}
        hintText={t('publicPages.storyDateHint')}
        optionalText={t('form.optional')}
        value={texts.publishedOn}
        onChange={(v) => setTexts({ ...texts, publishedOn: String(v ?? '') })}
      />
      {(missing || error !== null) && (
        <InlineAlert status="error" role="alert">
          {missing ? t('publicPages.requiredFi') : refusal(error)}
        </InlineAlert>
      )}
      <Button disabled={busy} onClick={submit}>
        {submitText}
      </Button>
    </div>
  );
}
