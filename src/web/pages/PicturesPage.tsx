import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { RadioButton, RadioButtonGroup, SearchInput } from 'suomifi-ui-components';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { useAuth } from '../shared/auth';
import { isPictureScope, PICTURE_SCOPES, type PictureScope } from '../features/pictures/api';
import { scopeKindName } from '../features/pictures/names';
import { placeName, useReference, type Reference } from '../shared/reference';
import { localized } from '../i18n/format';
import { useLang, type Lang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import '../features/pictures/picture.css';

const SHOWN = 40;

type Choice = { key: string; name: string; lang: Lang };

/** Ecosystems and networks as the caller may see them, named in the page's language. */
async function communities(scope: 'ecosystem' | 'network', lang: Lang): Promise<Choice[]> {
  const rows = await api.getAll(scope === 'ecosystem' ? '/ecosystems' : '/networks');
  return rows.map((r) => ({ key: r.slug ?? r.id, ...toChoice(localized(r, 'name', lang)) }));
}
const toChoice = (named: { text: string; lang: Lang }) => ({ name: named.text, lang: named.lang });

function places(scope: 'municipality' | 'region', reference: Reference, lang: Lang): Choice[] {
  const list = scope === 'region' ? reference.regions : reference.municipalities.filter((m) => m.isActive);
  return list.map((p) => ({ key: p.code, name: placeName(p, lang), lang }));
}

/** Choose what to picture: an ecosystem, a municipality, a region or a network, found by name. */
export function PicturesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const scope: PictureScope = isPictureScope(params.get('scope') ?? '')
    ? (params.get('scope') as PictureScope)
    : 'municipality';
  const q = params.get('q') ?? '';
  const set = (next: Record<string, string>) => setParams({ scope, q, ...next }, { replace: true });
  const isPlace = scope === 'municipality' || scope === 'region';
  const listed = useApi(ready && !isPlace ? `${scope}/${lang}/${me.user?.id ?? ''}` : null, () =>
    communities(scope as 'ecosystem' | 'network', lang),
  );
  const all = isPlace ? (reference ? places(scope, reference, lang) : null) : (listed.data ?? null);
  const needle = q.trim().toLocaleLowerCase(lang);
  const matches = (all ?? [])
    .filter((c) => c.name.toLocaleLowerCase(lang).includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name, lang));

  return (
    <>
      <PageTitle>{t('picture.title')}</PageTitle>
      <p>{t('picture.chooserIntro')}</p>
      <div className="picture-chooser">
        <RadioButtonGroup
          labelText={t('picture.chooseScope')}
          name="picture-scope"
          value={scope}
          onChange={(value) => set({ scope: value })}
        >
          {PICTURE_SCOPES.map((s) => (
            <RadioButton key={s} value={s}>
              {scopeKindName(t, s)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <SearchInput
          labelText={t('picture.search')}
          clearButtonLabel={t('picture.clearSearch')}
          searchButtonLabel={t('picture.search')}
          value={q}
          onChange={(value) => set({ q: String(value ?? '') })}
          fullWidth
        />
      </div>
      {listed.state === 'error' && <ErrorNotice error={listed.error} />}
      {all === null ? (
        listed.state !== 'error' && <Loading />
      ) : (
        <>
          <p role="status">
            {matches.length > SHOWN
              ? t('picture.matchesMany', { n: matches.length, shown: SHOWN })
              : t('picture.matches', { n: matches.length })}
          </p>
          <ul className="picture-choices">
            {matches.slice(0, SHOWN).map((c) => (
              <li key={c.key}>
                <Link
                  to={`/${lang}/pictures/${scope}/${encodeURIComponent(c.key)}`}
                  lang={c.lang === lang ? undefined : c.lang}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
