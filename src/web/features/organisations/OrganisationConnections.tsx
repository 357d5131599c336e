import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import type { Connections } from './connections';

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {count === 0 ? (
        <p className="muted">{t('organisation.nothing')}</p>
      ) : (
        <ul className="plain-list">{children}</ul>
      )}
    </section>
  );
}

/** A record's name in the page's language, marked with its own language when it fell back. */
function Name({ record, base, lang }: { record: Record<string, unknown>; base: string; lang: Lang }) {
  const name = localized(record, base, lang);
  return <span lang={name.lang === lang ? undefined : name.lang}>{name.text}</span>;
}

/** Competences, relations, projects, events, ecosystems, networks and people of one organisation. */
export function OrganisationConnections({ data }: { data: Connections }) {
  const { t } = useTranslation();
  const lang = useLang();
  const competence = (c: Connections['offers'][number]) => (
    <li key={c.id}>
      {c.name ? <Name record={c.name} base="name" lang={lang} /> : <span>{c.tag}</span>}
      {c.description && <span className="muted"> – {c.description}</span>}
    </li>
  );
  return (
    <div className="grid">
      <Section id="offers-heading" title={t('organisation.offers')} count={data.offers.length}>
        {data.offers.map(competence)}
      </Section>
      <Section id="needs-heading" title={t('organisation.needs')} count={data.needs.length}>
        {data.needs.map(competence)}
      </Section>
      <Section id="relations-heading" title={t('organisation.relations')} count={data.relations.length}>
        {data.relations.map((r) => (
          <li key={r.id}>
            {r.other ? (
              <Link to={`/${lang}/organisations/${r.other.id}`}>
                <Name record={r.other} base="name" lang={lang} />
              </Link>
            ) : (
              <span className="muted">{t('organisation.hiddenOrganisation')}</span>
            )}
            <span className="muted"> – {label(t, 'relationKind', r.kind)}</span>
          </li>
        ))}
      </Section>
      <Section id="projects-heading" title={t('organisation.projects')} count={data.projects.length}>
        {data.projects.map((p) => (
          <li key={p.id}>
            <Name record={p.project} base="name" lang={lang} />
            <span className="muted"> – {label(t, 'projectRole', p.role)}</span>
          </li>
        ))}
      </Section>
      <Section id="events-heading" title={t('organisation.events')} count={data.events.length}>
        {data.events.map((e) => (
          <li key={e.id}>
            <Name record={e.event} base="title" lang={lang} />
            <span className="muted">
              {' '}
              – {formatDate(String(e.event.startsAt), lang)}, {label(t, 'eventRole', e.role)}
            </span>
          </li>
        ))}
      </Section>
      <Section id="ecosystems-heading" title={t('organisation.ecosystems')} count={data.ecosystems.length}>
        {data.ecosystems.map((e) => (
          <li key={e.id}>
            <Name record={e.ecosystem} base="name" lang={lang} />
            <span className="muted"> – {label(t, 'ecosystemRole', e.role)}</span>
          </li>
        ))}
      </Section>
      <Section id="networks-heading" title={t('organisation.networks')} count={data.networks.length}>
        {data.networks.map((n) => (
          <li key={n.id}>
            <Link to={`/${lang}/networks/${String(n.network.slug)}`}>
              <Name record={n.network} base="name" lang={lang} />
            </Link>
            <span className="muted"> – {label(t, 'networkRole', n.role)}</span>
          </li>
        ))}
      </Section>
      <Section id="people-heading" title={t('organisation.people')} count={data.people.length}>
        {data.people.map((p) => (
          <li key={p.id}>
            {typeof p.person.fullName === 'string' ? p.person.fullName : <span lang="fi">{p.title}</span>}
            {typeof p.person.fullName === 'string' && <span className="muted"> – {p.title}</span>}
          </li>
        ))}
      </Section>
    </div>
  );
}
