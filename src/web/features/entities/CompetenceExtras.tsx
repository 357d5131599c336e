import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { ApiError, api, type Schema } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { forgetRecords } from '../../shared/records';
import type { FormValues } from './form';
import type { Rec } from './naming';
import { ReferencePicker } from './ReferencePicker';

type Similar = Schema<'SimilarCompetence'>;
/** Typing settles this long before the vocabulary is asked for near matches. */
const SETTLE_MS = 300;

const nameIn = (c: Similar, lang: string) =>
  (lang === 'sv' ? c.nameSv : lang === 'en' ? c.nameEn : null) ?? c.nameFi;

/** Near matches of the typed names from the vocabulary, so a duplicate is noticed before it is added. */
function useSimilar(names: string[]): Similar[] {
  const [found, setFound] = useState<Similar[]>([]);
  const key = names.join('\n');
  useEffect(() => {
    const typed = key.split('\n').filter((n) => n.trim().length >= 3);
    if (typed.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void Promise.all(
        typed.map((name) =>
          api
            .get('/competences/similar', { query: { name }, signal: controller.signal })
            .then((r) => r.items),
        ),
      )
        .then((lists) => {
          const byId = new Map(lists.flat().map((c) => [c.id, c]));
          setFound([...byId.values()].sort((a, b) => b.similarity - a.similarity));
        })
        .catch(() => {});
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  // Names erased: what was found for them no longer applies.
  return names.some((n) => n.trim().length >= 3) ? found : [];
}

/** Under the new competence's Finnish name: terms already in the vocabulary that are near it. */
export function SimilarCompetences({ values, mode }: { values: FormValues; mode: 'create' | 'update' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names =
    mode === 'create' ? [values.nameFi, values.nameSv, values.nameEn].map((v) => String(v ?? '')) : [];
  const similar = useSimilar(names);
  return (
    <div aria-live="polite" className="similar-competences">
      {similar.length > 0 && (
        <InlineAlert status="neutral" labelText={t('competences.similarTitle')}>
          <p>{t('competences.similarIntro')}</p>
          <ul>
            {similar.map((c) => (
              <li key={c.id}>
                <Link to={`/${lang}/competences/${c.id}`} target="_blank" rel="noopener">
                  {nameIn(c, lang)}
                </Link>{' '}
                <span className="muted">({c.slug})</span>
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
    </div>
  );
}

/** Beside a competence picker: when the vocabulary lacks the term, add it and come back with it chosen. */
export function NewCompetenceLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const here = useLocation();
  const back = encodeURIComponent(`${here.pathname}${here.search}`);
  return (
    <p className="field-extra">
      <Link to={`/${lang}/competences/new?returnTo=${back}&returnField=competenceId`}>
        {t('competences.addNew')}
      </Link>
    </p>
  );
}

/** An admin merges this competence, a duplicate, into another; its offers and needs move over. */
export function CompetenceMerge({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [into, setInto] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  if (!me.user?.isAdmin) return null;
  const merge = async () => {
    setFailure(null);
    try {
      await api.send('POST', '/competences/{id}/merge', { path: { id: record.id }, body: { intoId: into } });
      forgetRecords();
      navigate(`/${lang}/competences/${into}`, { state: { saved: true } });
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 422
          ? t('competences.mergeRefused')
          : t('competences.mergeFailed'),
      );
    }
  };
  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('competences.mergeTitle')}</h2>
      <p>{t('competences.mergeIntro')}</p>
      <ReferencePicker
        id="merge-into"
        path="competences"
        labelText={t('competences.mergeInto')}
        value={into}
        onChange={setInto}
        status={failure ? 'error' : 'default'}
        statusText={failure ?? undefined}
      />
      <div className="form-actions">
        <Button disabled={!/^[0-9a-f-]{36}$/i.test(into) || into === record.id} onClick={() => void merge()}>
          {t('competences.merge')}
        </Button>
      </div>
    </section>
  );
}
