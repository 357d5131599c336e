import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { Facts } from '../../ui/Facts';
import { RecordLink } from '../../ui/RecordLink';
import { placeName, useReference } from '../../shared/reference';
import { formatEventTime } from './format';
import type { EventDetails as Details } from './model';
import { LocalText } from '../../ui/LocalText';

/** Links side by side, separated by commas. */
const commaList = (items: ReactNode[]) =>
  items.length === 0
    ? null
    : items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          {item}
        </Fragment>
      ));

/** When, where and what the event is, who organises it and what it belongs to. */
export function EventDetails({ details }: { details: Details }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const { event: e, network, ecosystem, project, participants } = details;
  const municipality = reference?.municipalities.find((m) => m.code === e.municipalityCode);
  const description = localized(e, 'description', lang);
  const organisers = participants
    .filter((p) => p.participant.role === 'organiser' && p.organisation)
    .map((p) => <RecordLink key={p.participant.id} path="organisations" record={p.organisation!} />);

  const rows: [string, ReactNode][] = [
    [t('events.time'), <time dateTime={e.startsAt ?? undefined}>{formatEventTime(e, lang)}</time>],
    [t('events.kind'), label(t, 'eventKind', e.kind ?? '')],
    [t('events.location'), e.location],
    [t('events.municipality'), municipality ? placeName(municipality, lang) : null],
    [
      t('events.online'),
      e.onlineUrl ? (
        <ExternalLink href={e.onlineUrl} toNewWindow={false}>
          {e.onlineUrl}
        </ExternalLink>
      ) : e.isOnline ? (
        t('events.yes')
      ) : null,
    ],
    [t('events.organisers'), commaList(organisers)],
    [t('events.network'), network ? <RecordLink path="networks" record={network} /> : null],
    [t('events.ecosystem'), ecosystem ? <RecordLink path="ecosystems" record={ecosystem} /> : null],
    [t('events.project'), project ? <RecordLink path="projects" record={project} /> : null],
    [t('events.visibility'), label(t, 'visibility', e.visibility as string)],
  ];

  return (
    <section className="panel" aria-labelledby="event-details-heading">
      <h2 id="event-details-heading">{t('events.details')}</h2>
      {description.text && (
        <p>
          <LocalText text={description} />
        </p>
      )}
      <Facts rows={rows} />
    </section>
  );
}
