import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';

type Props<T> = {
  id: string;
  labelText: string;
  hintText: string;
  text: string;
  onText: (text: string) => void;
  /** What the search found for the text (useSearch). */
  found: { failed: boolean; searched: boolean };
  /** The matches to offer: each a button big enough for a finger on a phone. */
  hits: T[];
  keyOf: (hit: T) => string;
  render: (hit: T) => ReactNode;
  onPick: (hit: T) => void;
  /** True when something else is offered for the text (a new term), so "no matches" is not said. */
  otherOffer?: boolean;
  children?: ReactNode;
};

/** A search field, what came of the search said to screen readers, and the matches below it as buttons. */
export function SearchField<T>({
  found,
  hits,
  keyOf,
  render,
  onPick,
  otherOffer,
  children,
  ...input
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <div className="answer-finder">
      <TextInput
        id={input.id}
        labelText={input.labelText}
        hintText={input.hintText}
        autoComplete="off"
        value={input.text}
        maxLength={100}
        onChange={(v) => input.onText(String(v ?? ''))}
        fullWidth
      />
      <div aria-live="polite">
        {found.failed && <p className="answer-error">{t('answer.searchFailed')}</p>}
        {found.searched && !found.failed && hits.length === 0 && !otherOffer && (
          <p className="answer-muted">{t('answer.noMatches')}</p>
        )}
      </div>
      {hits.length > 0 && (
        <ul className="answer-hits" aria-label={t('answer.matches')}>
          {hits.map((hit) => (
            <li key={keyOf(hit)}>
              <button type="button" className="answer-hit" onClick={() => onPick(hit)}>
                {render(hit)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
