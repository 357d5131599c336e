import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { createStory, deleteStory, loadStories, updateStory, type PublicPage, type Story } from './api';
import { ImageForm } from './ImageForm';
import { StoryForm } from './StoryForm';

/** One story: its title, date and image; its editors change the text and image or delete it. */
function StoryItem({ page, story, onChange }: { page: PublicPage; story: Story; onChange: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = story.title[lang] ?? story.title.fi ?? '';
  return (
    <li className="story">
      <h3>
        {title}
        {story.example && <span className="example-tag"> · {t('publicPages.example')}</span>}
      </h3>
      {story.publishedOn && <p>{formatDate(story.publishedOn, lang)}</p>}
      {story.image && !page.canEdit && <img src={story.image.url} alt={story.image.alt.fi ?? ''} />}
      {page.canEdit && (
        <details>
          <summary>{t('publicPages.editStory')}</summary>
          <StoryForm
            story={story}
            submitText={t('publicPages.save')}
            onSubmit={(body) => updateStory(page.id, story.id, body).then(onChange)}
          />
          <ImageForm story={story} onSaved={onChange} />
          <DeleteRecord
            remove={() => deleteStory(page.id, story.id)}
            onDeleted={onChange}
            texts={{
              button: t('publicPages.deleteStory'),
              title: t('publicPages.deleteStoryTitle'),
              confirm: t('publicPages.deleteStoryConfirm', { title }),
              conflict: t('publicPages.deleteStoryConflict'),
            }}
          />
        </details>
      )}
    </li>
  );
}

/** The page's stories, newest first, and a new one for its editors. */
export function Stories({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const stories = useApi(`public-page-stories/${page.id}`, (signal) => loadStories(page.id, signal));
  return (
    <section className="panel" aria-labelledby="public-page-stories">
      <h2 id="public-page-stories">{t('publicPages.storiesHeading')}</h2>
      {stories.state === 'error' && <ErrorNotice error={stories.error} />}
      {stories.state === 'ready' && stories.data.length === 0 && <p>{t('publicPages.storiesNone')}</p>}
      <ul className="stories">
        {(stories.data ?? []).map((s) => (
          <StoryItem key={s.id} page={page} story={s} onChange={stories.reload} />
        ))}
      </ul>
      {page.canEdit && (
        <details>
          <summary>{t('publicPages.newStory')}</summary>
          <StoryForm
            submitText={t('publicPages.addStory')}
            onSubmit={(body) => createStory(page.id, body).then(stories.reload)}
          />
        </details>
      )}
    </section>
  );
}
