import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import type { Picture } from '../api';
import type { Namer } from '../names';
import { decimal, percent } from '../numbers';
import { Section } from './Section';

type Peer = Picture['peers'][number];

/** The same headline figures for the scope and the other towns of its networks, side by side. */
export function PeersSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const lang = useLang();
  // The contents link here on every picture: with no peers the section says why.
  if (picture.peers.length === 0)
    return (
      <Section id="peers" title={t('picture.peers')}>
        <p>{t('picture.noPeers')}</p>
      </Section>
    );
  const scopeName = (p: Peer) =>
    p.scope.kind === 'municipality' ? names.municipality(p.scope.id, p.scope.name) : p.scope.name;
  return (
    <Section id="peers" title={t('picture.peers')}>
      <p>{t('picture.peersIntro')}</p>
      <DataTable
        caption={t('picture.peersTable')}
        columns={[
          {
            key: 'name',
            label: t('picture.scope'),
            render: (p) =>
              p === picture.headline ? (
                <strong>{scopeName(p)}</strong>
              ) : (
                <Link to={`/${lang}/pictures/${p.scope.kind}/${encodeURIComponent(p.scope.id)}`}>
                  {scopeName(p)}
                </Link>
              ),
          },
          {
            key: 'orgs',
            label: t('picture.organisations'),
            render: (p) => decimal(p.organisations, lang, 0),
          },
          { key: 'edges', label: t('picture.ties'), render: (p) => decimal(p.edges, lang, 0) },
          { key: 'density', label: t('picture.density'), render: (p) => decimal(p.density, lang, 3) },
          { key: 'mod', label: t('picture.modularity'), render: (p) => decimal(p.modularity, lang, 3) },
          { key: 'iso', label: t('picture.isolatedCount'), render: (p) => decimal(p.isolated, lang, 0) },
          {
            key: 'companies',
            label: t('picture.companyShare'),
            render: (p) => percent(p.tripleHelix.companies ?? 0, lang),
          },
          {
            key: 'top',
            label: t('picture.topSpecialisations'),
            render: (p) => p.topSpecialisations.map((s) => names.division(s.code)).join('; '),
          },
        ]}
        rows={[picture.headline, ...picture.peers]}
        rowKey={(p) => `${p.scope.kind}-${p.scope.id}`}
      />
    </Section>
  );
}
