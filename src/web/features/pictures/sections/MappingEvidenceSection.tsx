import { useTranslation } from 'react-i18next';
import { decimal } from '../numbers';
import { useLang, type Lang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import { LocalText } from '../../../ui/LocalText';
import type { Picture } from '../api';
import { Section } from './Section';

type Evidence = NonNullable<Picture['mappingEvidence']>;
type Label = Evidence['quotes'][number]['questionLabel'];

/** A questionnaire's text in the reader's language, or in Finnish when it has none. */
const inLanguage = (label: Label, lang: Lang) => {
  const own = label[lang];
  return own ? { text: own, lang } : { text: label.fi, lang: 'fi' as const };
};

function Themes({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (evidence.themes.length === 0) return <p>{t('picture.noThemes')}</p>;
  return (
    <DataTable
      caption={t('picture.themesTable')}
      columns={[
        { key: 'theme', label: t('picture.theme'), render: (row) => row.theme },
        { key: 'n', label: t('picture.themeRespondents'), render: (row) => decimal(row.n, lang, 0) },
      ]}
      rows={evidence.themes}
      rowKey={(row) => row.theme}
    />
  );
}

function Quotes({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (evidence.quotes.length === 0) return <p>{t('picture.noQuotes')}</p>;
  return (
    <ul className="picture-quotes">
      {evidence.quotes.map((q) => (
        <li key={`${q.questionKey}|${q.text}`}>
          <blockquote>{q.text}</blockquote>
          <p className="muted">
            {t('picture.quoteQuestion')} <LocalText text={inLanguage(q.questionLabel, lang)} />
            {q.theme && <> · {t('picture.quoteTheme', { theme: q.theme })}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The themes editors coded the open answers of the scope's mapping rounds into, and the quotes they marked
 * usable: evidence for the strengths, challenges and growth areas. A quote never names who said it.
 */
export function MappingEvidenceSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation();
  const lang = useLang();
  const evidence = picture.mappingEvidence;
  if (!evidence || evidence.rounds.length === 0)
    return (
      <Section id="mapping" title={t('picture.mappingEvidence')}>
        <p>{t('picture.noMappingEvidence')}</p>
      </Section>
    );
  return (
    <Section id="mapping" title={t('picture.mappingEvidence')}>
      <p>{t('picture.mappingEvidenceIntro')}</p>
      <ul>
        {evidence.rounds.map((r) => (
          <li key={r.id}>
            <LocalText text={inLanguage(r.name, lang)} />
            {' · '}
            {t('picture.roundRespondents', { count: r.respondents })}
          </li>
        ))}
      </ul>
      <h3>{t('picture.themes')}</h3>
      <Themes evidence={evidence} />
      <h3>{t('picture.quotes')}</h3>
      <Quotes evidence={evidence} />
    </Section>
  );
}
