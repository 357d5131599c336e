import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { isPictureScope, type Picture, type PictureScope } from '../features/pictures/api';
import { takePicture } from '../features/pictures/prefetch';
import { scopeKindName, useNamer, type Namer } from '../features/pictures/names';
import { ReportLinks } from '../features/pictures/ReportLinks';
import { ChangeSection } from '../features/pictures/sections/ChangeSection';
import { CompetencesSection } from '../features/pictures/sections/CompetencesSection';
import { CompositionSection } from '../features/pictures/sections/CompositionSection';
import { MappingEvidenceSection } from '../features/pictures/sections/MappingEvidenceSection';
import { NetworkSection } from '../features/pictures/sections/NetworkSection';
import { PeersSection } from '../features/pictures/sections/PeersSection';
import { ProposalsSection } from '../features/pictures/sections/ProposalsSection';
import { SectorsSection } from '../features/pictures/sections/SectorsSection';
import { SpecialisationSection } from '../features/pictures/sections/SpecialisationSection';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExampleBadge } from '../ui/ExampleBadge';
import { Loading } from '../ui/Loading';
import { NotFoundPage } from './NotFoundPage';
import { PageTitle } from '../ui/PageTitle';
import '../features/pictures/picture.css';

/** A municipality is named in the reader's language; other scopes carry their own (Finnish) name. */
const scopeName = (picture: Picture, names: Namer) =>
  picture.scope.kind === 'municipality'
    ? names.municipality(picture.scope.id, picture.scope.name)
    : picture.scope.name;

function Contents() {
  const { t } = useTranslation();
  const items = [
    ['composition', t('picture.composition')],
    ['network', t('picture.network')],
    ['specialisation', t('picture.specialisation')],
    ['competences', t('picture.competences')],
    ['strengths', t('picture.strengthsAndGrowth')],
    ['mapping', t('picture.mappingEvidence')],
    ['peers', t('picture.peers')],
    ['change', t('picture.change')],
    ['proposals', t('picture.proposals')],
  ];
  return (
    <nav aria-label={t('picture.contents')} className="picture-contents">
      <ul>
        {items.map(([id, text]) => (
          <li key={id}>
            <a href={`#${id}`}>{text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PictureView({ picture, scope, id }: { picture: Picture; scope: PictureScope; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = useNamer(t, lang);
  const name = scopeName(picture, names);
  return (
    <>
      <p>
        <Link to={`/${lang}/pictures`}>{t('picture.backToChooser')}</Link>
      </p>
      <PageTitle sub={t('picture.title')}>{t('picture.pageTitle', { name })}</PageTitle>
      <p className="muted">
        {scopeKindName(t, scope)} · {t('picture.asOf', { date: formatDate(picture.asOf, lang) })}
      </p>
      {picture.includesExamples && <ExampleBadge note={t('picture.includesExamples')} />}
      <p>{t('picture.intro')}</p>
      <ReportLinks scope={scope} id={id} />
      <p>
        <Link to={`/${lang}/picture-reports?${new URLSearchParams({ scope, id: picture.scope.id, name })}`}>
          {t('report.openReports')}
        </Link>
      </p>
      <Contents />
      <CompositionSection picture={picture} names={names} />
      <NetworkSection picture={picture} names={names} />
      <SpecialisationSection picture={picture} names={names} />
      <CompetencesSection picture={picture} names={names} />
      <SectorsSection picture={picture} names={names} />
      <MappingEvidenceSection picture={picture} />
      <PeersSection picture={picture} names={names} />
      <ChangeSection picture={picture} scope={scope} id={id} names={names} />
      <ProposalsSection picture={picture} scope={scope} />
    </>
  );
}

/** The situational picture (tilannekuva) of an ecosystem, a municipality, a region or a network. */
export default function PicturePage() {
  const { scope, id = '' } = useParams();
  const valid = isPictureScope(scope);
  const result = useApi(valid ? `${scope}/${id}` : null, (signal) =>
    takePicture(scope as PictureScope, id, signal),
  );
  if (!valid) return <NotFoundPage />;
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ErrorNotice error={result.error} />;
  return <PictureView picture={result.data} scope={scope} id={id} />;
}
