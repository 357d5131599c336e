import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { Question } from '../../../domain/questionnaires';
import { label } from '../../i18n/dynamic';
import type { OrganisationHit } from './api';
import { ChosenList, QuestionGroup } from './Chosen';
import { useAnswerTools, useKnownNames } from './names';
import {
  actorErrors,
  EMPTY_ACTOR,
  NewActorForm,
  newActorOf,
  type ActorErrors,
  type NewActorDraft,
} from './NewActorForm';
import { OrganisationFinder, OrganisationFacts } from './OrganisationFinder';
import type { InputProps } from './QuestionField';

type NewActor = ReturnType<typeof newActorOf>;
export type Partner = { organisationId?: string; newActor?: NewActor; kind: string; strength: number };

const STRENGTHS = [1, 2, 3, 4, 5];

/**
 * The name generator: "who do you work with on this?" Each tie names an organisation of the roster, or a
 * new one, with the kind of the tie and how strong it is (1–5).
 */
export function PartnersInput({
  question,
  value,
  onChange,
  ...field
}: InputProps<Extract<Question, { type: 'partners' }>>) {
  const { t } = useTranslation();
  const { organisations } = useAnswerTools();
  const partners = Array.isArray(value) ? (value as Partner[]) : [];
  useKnownNames(
    partners.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    [],
  );
  const set = (next: Partner[]) => onChange(next.length ? next : undefined);
  const nameOf = (p: Partner) =>
    p.newActor
      ? t('answer.newOrganisationName', { name: p.newActor.name })
      : (organisations.get(p.organisationId ?? '')?.name ?? t('answer.chosenOrganisation'));
  return (
    <QuestionGroup {...field}>
      <ChosenList
        items={partners}
        nameOf={nameOf}
        details={(p) => (
          <span className="answer-muted">
            {label(t, 'relationKind', p.kind)} · {t('answer.strengthOf', { n: p.strength })}
          </span>
        )}
        onRemove={(i) => set(partners.filter((_, j) => j !== i))}
      />
      {partners.length < question.maxItems && (
        <PartnerForm
          id={`${field.id}-new`}
          kinds={question.relationKinds}
          taken={partners.flatMap((p) => (p.organisationId ? [p.organisationId] : []))}
          onAdd={(p) => set([...partners, p])}
        />
      )}
    </QuestionGroup>
  );
}

type Draft = {
  source: 'roster' | 'new';
  picked: OrganisationHit | null;
  actor: NewActorDraft;
  kind: string;
  strength: string;
};

/** One tie being written: who, what kind of tie, how strong; added to the answer when all three are given. */
function PartnerForm({
  id,
  kinds,
  taken,
  onAdd,
}: {
  id: string;
  kinds: readonly string[];
  taken: string[];
  onAdd: (partner: Partner) => void;
}) {
  const { t } = useTranslation();
  const empty: Draft = {
    source: 'roster',
    picked: null,
    actor: EMPTY_ACTOR,
    kind: kinds.length === 1 ? kinds[0]! : '',
    strength: '',
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<ActorErrors & { who?: string; kind?: string; strength?: string }>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const add = () => {
    const problems = {
      ...(draft.source === 'new' ? actorErrors(draft.actor, t) : {}),
      ...(draft.source === 'roster' && !draft.picked ? { who: t('answer.pickOrganisation') } : {}),
      ...(draft.kind ? {} : { kind: t('answer.kindNeeded') }),
      ...(draft.strength ? {} : { strength: t('answer.strengthNeeded') }),
    };
    setErrors(problems);
    if (Object.keys(problems).length) return;
    const who =
      draft.source === 'roster'
        ? { organisationId: draft.picked!.id }
        : { newActor: newActorOf(draft.actor) };
    onAdd({ ...who, kind: draft.kind, strength: Number(draft.strength) });
    setDraft(empty);
  };
  return (
    <div className="answer-partner-form" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="answer-subtitle">
        {t('answer.addPartnerTitle')}
      </h3>
      <RadioButtonGroup
        name={`${id}-source`}
        labelText={t('answer.partnerSource')}
        value={draft.source}
        onChange={(source) => set({ source: source as Draft['source'] })}
      >
        <RadioButton value="roster">{t('answer.fromRoster')}</RadioButton>
        <RadioButton value="new">{t('answer.newOrganisation')}</RadioButton>
      </RadioButtonGroup>
      {draft.source === 'roster' ? (
        draft.picked ? (
          <p className="answer-picked">
            <span className="answer-chosen-name">{draft.picked.name}</span>{' '}
            <OrganisationFacts hit={draft.picked} />{' '}
            <button type="button" className="answer-link-button" onClick={() => set({ picked: null })}>
              {t('answer.pickAnother')}
            </button>
          </p>
        ) : (
          <>
            <OrganisationFinder
              id={`${id}-search`}
              labelText={t('answer.findOrganisation')}
              exclude={taken}
              onPick={(picked) => set({ picked })}
            />
            {errors.who && <p className="answer-error">{errors.who}</p>}
          </>
        )
      ) : (
        <NewActorForm
          id={`${id}-actor`}
          draft={draft.actor}
          errors={errors}
          onChange={(actor) => set({ actor })}
        />
      )}
      {kinds.length > 1 ? (
        <RadioButtonGroup
          name={`${id}-kind`}
          labelText={t('answer.tieKind')}
          value={draft.kind}
          groupStatus={errors.kind ? 'error' : 'default'}
          groupStatusText={errors.kind}
          onChange={(kind) => set({ kind })}
        >
          {kinds.map((k) => (
            <RadioButton key={k} value={k}>
              {label(t, 'relationKind', k)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ) : (
        <p>
          {t('answer.tieKind')}: {label(t, 'relationKind', draft.kind)}
        </p>
      )}
      <RadioButtonGroup
        name={`${id}-strength`}
        labelText={t('answer.strength')}
        groupHintText={t('answer.strengthHint')}
        value={draft.strength}
        groupStatus={errors.strength ? 'error' : 'default'}
        groupStatusText={errors.strength}
        onChange={(strength) => set({ strength })}
      >
        {STRENGTHS.map((n) => (
          <RadioButton key={n} value={String(n)}>
            {String(n)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Button variant="secondary" onClick={add}>
        {t('answer.addPartner')}
      </Button>
    </div>
  );
}
