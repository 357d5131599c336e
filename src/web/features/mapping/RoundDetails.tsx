import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { LocalText } from '../../ui/LocalText';
import type { Round } from './api-types';
import { loadQuestionnaire } from './api';
import { ScopeText } from './ScopeText';
import { periodText } from './words';

/** The round's facts: questionnaire and version, what it maps, its period, whether it is closed. */
export function RoundDetails({ round }: { round: Round }) {
  const { t } = useTranslation();
  const lang = useLang();
  const questionnaire = useApi(`questionnaire:${round.questionnaireId}`, (signal) =>
    loadQuestionnaire(round.questionnaireId, signal),
  );
  return (
    <section className="panel" aria-labelledby="round-details">
      <h2 id="round-details">{t('mapping.details')}</h2>
      <dl className="details">
        <div className="details-row">
          <dt>{t('mapping.questionnaire')}</dt>
          <dd>
            {questionnaire.data ? (
              <Link to={`/${lang}/questionnaires/${round.questionnaireId}`}>
                <LocalText text={localized(questionnaire.data, 'name', lang)} />
              </Link>
            ) : (
              '…'
            )}{' '}
            {t('mapping.versionN', { version: round.version })}
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('mapping.scope')}</dt>
          <dd>
            <ScopeText round={round} />
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('mapping.period')}</dt>
          <dd>{periodText(t, round, lang)}</dd>
        </div>
        <div className="details-row">
          <dt>{t('mapping.answersKeptUntil')}</dt>
          <dd>
            {round.answersKeptUntil
              ? formatDate(round.answersKeptUntil, lang)
              : t('mapping.answersKeptUntilNone')}
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('mapping.roundState')}</dt>
          <dd>
            {round.closedAt
              ? t('mapping.closedOn', { date: formatDate(round.closedAt, lang) })
              : t('mapping.open')}
          </dd>
        </div>
      </dl>
      <p className="row-actions">
        <Link to={`/${lang}/mapping-rounds/${round.id}/review`}>{t('mapping.toReview')}</Link>
        <Link to={`/${lang}/mapping-rounds/${round.id}/analysis`}>{t('mapping.toAnalysis')}</Link>
      </p>
    </section>
  );
}
