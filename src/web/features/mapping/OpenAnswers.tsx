import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, TextInput } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ActionError, attempt } from './ActionError';
import type { OpenAnswer } from './api-types';
import { loadTexts, loadThemeSuggestions, saveQuote, saveThemes } from './api';
import { answersToCode, suggestionTheme, withTheme } from './analysis';

type Props = { roundId: string; questionKey: string };

/** One open answer: its text, its themes (add, remove) and whether it may be quoted in the report. */
function AnswerCoding({
  answer,
  index,
  onThemes,
  onUsable,
  busy,
}: {
  answer: OpenAnswer;
  index: number;
  onThemes: (themes: string[]) => void;
  onUsable: (usable: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [theme, setTheme] = useState('');
  const id = `answer-${answer.questionKey}-${index}`;
  return (
    <li className="panel">
      <blockquote>{answer.text}</blockquote>
      {answer.themes.length > 0 && (
        <ul className="themes-list" aria-label={t('mapping.analysis.themesOf', { n: index + 1 })}>
          {answer.themes.map((th) => (
            <li key={th}>
              {th}{' '}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => onThemes(answer.themes.filter((x) => x !== th))}
              >
                {t('mapping.analysis.removeTheme', { theme: th })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row-actions"
        onSubmit={(e) => {
          e.preventDefault();
          const next = withTheme(answer.themes, theme);
          if (next.length > answer.themes.length) onThemes(next);
          setTheme('');
        }}
      >
        <TextInput
          id={`${id}-theme`}
          labelText={t('mapping.analysis.addThemeTo', { n: index + 1 })}
          value={theme}
          onChange={(v) => setTheme(String(v ?? ''))}
        />
        <Button type="submit" variant="secondary" disabled={busy || !theme.trim()}>
          {t('mapping.analysis.addTheme')}
        </Button>
      </form>
      <Checkbox
        id={`${id}-usable`}
        checked={answer.usable}
        disabled={busy}
        onClick={({ checkboxState }) => onUsable(checkboxState)}
      >
        {t('mapping.analysis.usable')}
      </Checkbox>
    </li>
  );
}

/** The open answers of a question with their theme coding, and the stemmed suggestions to apply. */
export function OpenAnswers({ roundId, questionKey }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const texts = useApi(`texts:${roundId}:${questionKey}`, (signal) =>
    loadTexts(roundId, questionKey, signal),
  );
  const suggestions = useApi(`suggestions:${roundId}:${questionKey}`, (signal) =>
    loadThemeSuggestions(roundId, questionKey, signal),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const answers = texts.data ?? [];

  const run = async (work: () => Promise<unknown>) => {
    if (await attempt(work, setBusy, setError)) texts.reload();
  };
  const setThemes = (a: OpenAnswer, themes: string[]) =>
    run(() => saveThemes(roundId, a.respondentId, questionKey, themes).then(() => true));

  return (
    <div>
      <h4>{t('mapping.analysis.openAnswers')}</h4>
      <ActionError error={error} />
      {suggestions.data && suggestions.data.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>{t('mapping.analysis.suggestions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mapping.analysis.theme')}</th>
                <th scope="col">{t('mapping.analysis.terms')}</th>
                <th scope="col">{t('mapping.analysis.count')}</th>
                <th scope="col">{t('mapping.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {suggestions.data.map((s) => {
                const theme = suggestionTheme(s);
                const targets = answersToCode(answers, s);
                return (
                  <tr key={`${s.language}:${s.stem}`}>
                    <th scope="row" lang={s.language}>
                      {theme}
                    </th>
                    <td lang={s.language}>{s.terms.join(', ')}</td>
                    <td>{formatNumber(s.n, lang)}</td>
                    <td>
                      <Button
                        variant="secondaryNoBorder"
                        disabled={busy || targets.length === 0}
                        onClick={() =>
                          void run(async () => {
                            for (const a of targets)
                              await saveThemes(
                                roundId,
                                a.respondentId,
                                questionKey,
                                withTheme(a.themes, theme),
                              );
                            return true;
                          })
                        }
                      >
                        {t('mapping.analysis.applySuggestion', { theme, count: targets.length })}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {texts.state === 'ready' && answers.length === 0 && <p>{t('mapping.analysis.noTexts')}</p>}
      <ol className="plain-list">
        {answers.map((a, i) => (
          <AnswerCoding
            key={a.respondentId}
            answer={a}
            index={i}
            busy={busy}
            onThemes={(themes) => void setThemes(a, themes)}
            onUsable={(usable) =>
              void run(() => saveQuote(roundId, a.respondentId, questionKey, usable).then(() => true))
            }
          />
        ))}
      </ol>
    </div>
  );
}
