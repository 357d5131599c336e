import './pipeline.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ExampleTag } from '../../ui/ExampleBadge';
import type { Card } from './pipeline';

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
  const late = !!card.nextStepOn && card.nextStepOn < today;
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

/** What a card says under its title: town, owner, need, next action, last activity. */
export function CardFacts({ card, today }: { card: Card; today: string }) {
  const { t } = useTranslation();
  return (
    <dl className="pipeline-facts">
      {card.organisation.town && (
        <div>
          <dt>{t('pipeline.town')}</dt>
          <dd>
            <LocalName record={card.organisation.town} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('pipeline.owner')}</dt>
        <dd>
          <OwnerName card={card} />
        </dd>
      </div>
      {card.need && (
        <div>
          <dt>{t('pipeline.need')}</dt>
          <dd>
            <LocalName record={card.need} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('pipeline.nextAction')}</dt>
        <dd>
          <NextAction card={card} today={today} />
        </dd>
      </div>
      <div>
        <dt>{t('pipeline.lastActivity')}</dt>
        <dd>
          <LastActivity card={card} />
        </dd>
      </div>
      {(card.example || card.organisation.example) && (
        <div>
          <dd>
            <ExampleTag />
          </dd>
        </div>
      )}
    </dl>
  );
}
