import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerProblems, type Answers, type QuestionnaireContent } from '../../../domain/questionnaires';
import { ApiError, type FieldError } from '../../api/client';
import type { Saved } from './api';
import { answersToSend } from './answerPayload';

/** How long typing may pause before the draft is saved. */
const SAVE_AFTER_MS = 800;

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date; submitted: boolean }
  | { state: 'failed' };

type Save = (answers: Answers, submit: boolean) => Promise<Saved>;

/** The domain's and the server's problem codes ("required: …") in the page's language, by question. */
function useProblemText() {
  const { t } = useTranslation();
  return (problems: { path: string; code: string }[]) => {
    const errors: Record<string, string> = {};
    for (const p of problems) {
      const key = p.path.split('.')[0] ?? '';
      errors[key] ??= p.code === 'required' ? t('answer.required') : t('answer.invalid');
    }
    return errors;
  };
}

const codeOf = (d: FieldError) => /^(\w+):/.exec(d.message)?.[1] ?? 'invalid_answer';

/**
 * The answers being given and their saving: each change is saved as a draft a moment after the typing
 * stops (one save at a time, the latest answers last), and submitting saves at once. A refused save puts
 * its problems at their questions; a link that stopped working is handed to the page as `refusal`.
 */
export function useAnswering(
  content: QuestionnaireContent,
  initial: Answers,
  submittedBefore: boolean,
  save: Save,
  /** False while the respondent has not yet agreed to what the privacy notice asks. */
  enabled = true,
  /** What else the save sends (the interview's details): a change of it is saved like an answer. */
  extra = '',
) {
  const problemText = useProblemText();
  const [answers, setAnswers] = useState<Answers>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const [submitted, setSubmitted] = useState(submittedBefore);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const latest = useRef(answers);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const run = useCallback(
    (submit: boolean) => {
      const attempt = chain.current.then(async () => {
        setStatus({ state: 'saving' });
        try {
          const saved = await save(answersToSend(content, latest.current), submit);
          setSubmitted(saved.submitted);
          setErrors({});
          setStatus({ state: 'saved', at: new Date(), submitted: saved.submitted });
          return true;
        } catch (error) {
          setStatus({ state: 'failed' });
          if (error instanceof ApiError && error.status === 422)
            setErrors(problemText(error.details.map((d) => ({ path: d.path, code: codeOf(d) }))));
          else if (error instanceof ApiError && [404, 409, 410].includes(error.status)) setRefusal(error);
          return false;
        }
      });
      chain.current = attempt;
      return attempt;
    },
    // problemText follows the language; a save uses the text of the moment it ends
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [content, save],
  );

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancelTimer, []);

  const saveSoon = () => {
    if (!enabled) return;
    cancelTimer();
    timer.current = setTimeout(() => void run(false), SAVE_AFTER_MS);
  };
  const savedExtra = useRef(extra);
  useEffect(() => {
    if (savedExtra.current === extra) return;
    savedExtra.current = extra;
    saveSoon();
    // a change of the details alone asks for a save; saveSoon is new with every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extra]);

  const answer = (key: string, value: unknown) => {
    const next = { ...latest.current };
    if (value === undefined) delete next[key];
    else next[key] = value;
    latest.current = next;
    setAnswers(next);
    setErrors(({ [key]: _, ...rest }) => rest);
    saveSoon();
  };

  /** Saves and submits at once; the required questions left unanswered are named before asking the server. */
  const submit = async () => {
    cancelTimer();
    const given = Object.fromEntries(
      Object.entries(answersToSend(content, latest.current)).filter(([, v]) => v !== null),
    );
    const problems = answerProblems(content, given, 'submit').filter((p) => p.code === 'required');
    if (problems.length) {
      setErrors(problemText(problems));
      return false;
    }
    return run(true);
  };

  return { answers, answer, errors, status, submitted, submit, refusal };
}
