import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { canEdit, useAuth } from '../../shared/auth';
import { DeleteEntity } from '../../shared/forms/DeleteEntity';
import { formatDate, localized } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import { ExampleTag } from '../../ui/ExampleBadge';
import type { Connections } from './connections';

function Section({
  id,
  title,
  count,
  children,
  add,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
  /** A link to add one more, for those who may. */
  add?: { to: string; text: string };
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {add && (
        <p>
          <Link to={add.to}>{add.text}</Link>
        </p>
      )}
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

type Props = {
  data: Connections;
  organisationId: string;
  /** Whether the user may add to the organisation's connections. */
  editable: boolean;
  onChanged: () => void;
};

/** Competences, relations, projects, events, ecosystems, networks, contact work and people of one organisation. */
export function OrganisationConnections({ data, organisationId, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const back = `returnTo=${encodeURIComponent(`/${lang}/organisations/${organisationId}`)}`;
  const addLink = (path: string, query: string, text: string) =>
    editable ? { to: `/${lang}/${path}/new?${query}&${back}`, text } : undefined;
  const editLink = (path: string, id: string, workspaceId: unknown) =>
    canEdit(me, { workspaceId }) && (
      <>
        {' '}
        <Link to={`/${lang}/${path}/${id}/edit?${back}`}>{t('entities.edit')}</Link>
      </>
    );
  const competence = (c: Connections['offers'][number]) => (
    <li key={c.id}>
      {c.name ? <Name record={c.name} base="name" lang={lang} /> : <span>{c.tag}</span>}
      {c.description && <span className="muted"> – {c.description}</span>}
      {c.example && <ExampleTag />}
      {editLink('organisation-competences', c.id, c.workspaceId)}
    </li>
  );
  const of = `organisationId=${organisationId}`;
  return (
    <div className="grid">
      <Section
        id="offers-heading"
        title={t('organisation.offers')}
        count={data.offers.length}
        add={addLink('organisation-competences', `${of}&direction=offer`, t('entities.addOffer'))}
      >
        {data.offers.map(competence)}
      </Section>
      <Section
        id="needs-heading"
        title={t('organisation.needs')}
        count={data.needs.length}
        add={addLink('organisation-competences', `${of}&direction=need`, t('entities.addNeed'))}
      >
        {data.needs.map(competence)}
      </Section>
      <Section
        id="relations-heading"
        title={t('organisation.relations')}
        count={data.relations.length}
        add={addLink('relations', `sourceOrganisationId=${organisationId}`, t('entities.addRelation'))}
      >
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
            {r.example && <ExampleTag />}
            {editLink('relations', r.id, r.workspaceId)}
            {canEdit(me, r) && (
              <DeleteEntity
                path="relations"
                id={r.id}
                name={r.other ? localized(r.other, 'name', lang).text : t('entityOne.relations')}
                onDeleted={onChanged}
              />
            )}
          </li>
        ))}
      </Section>
      <Section id="projects-heading" title={t('organisation.projects')} count={data.projects.length}>
        {data.projects.map((p) => (
          <li key={p.id}>
            <Link to={`/${lang}/projects/${String(p.project.id)}`}>
              <Name record={p.project} base="name" lang={lang} />
            </Link>
            <span className="muted"> – {label(t, 'projectRole', p.role)}</span>
          </li>
        ))}
      </Section>
      <Section id="events-heading" title={t('organisation.events')} count={data.events.length}>
        {data.events.map((e) => (
          <li key={e.id}>
            <Link to={`/${lang}/events/${String(e.event.id)}`}>
              <Name record={e.event} base="title" lang={lang} />
            </Link>
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
            <Link to={`/${lang}/ecosystems/${String(e.ecosystem.id)}`}>
              <Name record={e.ecosystem} base="name" lang={lang} />
            </Link>
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
            <Link to={`/${lang}/people/${String(p.person.id)}`}>
              {typeof p.person.fullName === 'string' ? p.person.fullName : <span lang="fi">{p.title}</span>}
            </Link>
            {typeof p.person.fullName === 'string' && <span className="muted"> – {p.title}</span>}
          </li>
        ))}
      </Section>
    </div>
  );
}
