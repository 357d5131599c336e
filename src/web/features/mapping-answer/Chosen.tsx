import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The choices of a picker so far, each with its remove button that names it. */
export function ChosenList<T>({
  items,
  nameOf,
  details,
  onRemove,
}: {
  items: T[];
  nameOf: (item: T) => string;
  details?: (item: T) => ReactNode;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="answer-muted">{t('answer.noneChosen')}</p>;
  return (
    <ul className="answer-chosen">
      {items.map((item, i) => (
        <li key={`${nameOf(item)}-${i}`}>
          <span className="answer-chosen-name">{nameOf(item)}</span>
          {details && <> {details(item)}</>}{' '}
          <button type="button" className="answer-link-button" onClick={() => onRemove(i)}>
            {t('answer.remove', { name: nameOf(item) })}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A group of inputs with its question as the legend, and the server's or the form's objection below. */
export function QuestionGroup({
  id,
  labelText,
  hint,
  optional,
  error,
  children,
}: {
  id: string;
  labelText: string;
  hint?: string;
  optional?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="answer-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="answer-legend">
        {labelText}
        {optional && <span className="answer-muted"> ({optional})</span>}
      </legend>
      {hint && <p className="answer-muted">{hint}</p>}
      {children}
      {error && (
        <p id={`${id}-error`} className="answer-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
