import './pipeline.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ExampleTag } from '../../ui/ExampleBadge';
import { Facts } from '../../ui/Facts';
import { isOverdue, type Card } from './pipeline';

/** The card's organisation, linked to the card's page, in the page's language. */
export function CardTitle({ card, id }: { card: Card; id?: string }) {
  const lang = useLang();
  const name = localized(card.organisation, 'name', lang);
  return (
    <Link id={id} to={`/${lang}/pipeline/${card.id}`} lang={name.lang === lang ? undefined : name.lang}>
      {name.text}
    </Link>
  );
}

/** A need or a town by its name in the page's language. */
export function LocalName({
  record,
}: {
  record: { nameFi: string; nameSv: string | null; nameEn: string | null };
}) {
  const lang = useLang();
  const name = localized(record, 'name', lang);
  return <span lang={name.lang === lang ? undefined : name.lang}>{name.text}</span>;
}

/** The next action and when it falls due, the late ones marked in words, not colour alone. */
export function NextAction({ card, today }: { card: Card; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!card.nextStep && !card.nextStepOn) return <span className="muted">{t('pipeline.noNextAction')}</span>;
  const late = isOverdue(card, today);
  return (
    <span>
      {card.nextStep ?? t('pipeline.nextAction')}
      {card.nextStepOn && (
        <>
          {' '}
          <time dateTime={card.nextStepOn} className={late ? 'pipeline-late' : undefined}>
            {late
              ? t('pipeline.overdueSince', { date: formatDate(card.nextStepOn, lang) })
              : t('pipeline.dueOn', { date: formatDate(card.nextStepOn, lang) })}
          </time>
        </>
      )}
    </span>
  );
}

/**
 * The person the contact is with, in their role at the organisation ("Name, role at Organisation"), by
 * name only: the API leaves out a person the user may not see.
 */
export function PersonInRole({ card }: { card: Card }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!card.person) return null;
  const organisation = localized(card.organisation, 'name', lang).text;
  const { name, role } = card.person;
  return (
    <span className="pipeline-person">
      {role
        ? t('pipeline.personInRole', { name, role, organisation })
        : t('pipeline.personAt', { name, organisation })}
    </span>
  );
}

/** Who owns the card, by display name. */
export function OwnerName({ card }: { card: Card }) {
  const { t } = useTranslation();
  if (!card.owner) return <span className="muted">{t('pipeline.noOwner')}</span>;
  return <>{card.owner.name ?? t('pipeline.unnamedOwner')}</>;
}

/** The latest entry of the card's log: what happened and when. */
export function LastActivity({ card }: { card: Card }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!card.lastActivity) return <span className="muted">{t('pipeline.noActivity')}</span>;
  const a = card.lastActivity;
  const what =
    a.kind === 'stage_change' && a.toStage
      ? t('pipeline.movedTo', { stage: label(t, 'contactStage', a.toStage) })
      : label(t, 'activityKind', a.kind);
  return (
    <span>
      {what}, <time dateTime={a.occurredAt}>{formatDate(a.occurredAt, lang)}</time>
    </span>
  );
}

/** What a card says under its title: person, town, owner, need, next action, last activity. */
export function CardFacts({ card, today }: { card: Card; today: string }) {
  const { t } = useTranslation();
  const town = card.organisation.town;
  return (
    <>
      <Facts
        className="pipeline-facts"
        rows={[
          [t('pipeline.person'), card.person && <PersonInRole card={card} />],
          [t('pipeline.town'), town && <LocalName record={town} />],
          [t('pipeline.owner'), <OwnerName card={card} />],
          [t('pipeline.need'), card.need && <LocalName record={card.need} />],
          [t('pipeline.nextAction'), <NextAction card={card} today={today} />],
          [t('pipeline.lastActivity'), <LastActivity card={card} />],
        ]}
      />
      {(card.example || card.organisation.example) && <ExampleTag />}
    </>
  );
}
