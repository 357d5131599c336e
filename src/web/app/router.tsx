import { lazy, Suspense, type ReactNode } from 'react';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { createBrowserRouter, Navigate, useLocation, useParams } from 'react-router-dom';
import { entityRoutes } from '../features/entities/routes';
import { prefetchPicture, prefetchPictureNames } from '../features/pictures/prefetch';
import { isLang, preferredLang } from '../i18n/lang';
import { AccountPage } from '../pages/AccountPage';
import { AnswerPage } from '../pages/AnswerPage';
import { InterviewPage } from '../pages/InterviewPage';
import { JoinPage } from '../pages/JoinPage';
import { AdminPage } from '../pages/AdminPage';
import { ConsortiaPage } from '../pages/ConsortiaPage';
import { ConsortiumPage } from '../pages/ConsortiumPage';
import { PublicPagePage } from '../pages/PublicPagePage';
import { PublicPagesPage } from '../pages/PublicPagesPage';
import { EventPage } from '../pages/EventPage';
import { SeriesCreatePage } from '../pages/SeriesCreatePage';
import { EventsPage } from '../pages/EventsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrganisationCreatePage } from '../pages/OrganisationCreatePage';
import { OrganisationEditPage } from '../pages/OrganisationEditPage';
import { OrganisationPage } from '../pages/OrganisationPage';
import { OrganisationsPage } from '../pages/OrganisationsPage';
import { NetworksPage } from '../pages/NetworksPage';
import { PartnerSearchPage } from '../pages/PartnerSearchPage';
import { PicturesPage } from '../pages/PicturesPage';
import { PipelineCardPage } from '../pages/PipelineCardPage';
import { PipelinePage } from '../pages/PipelinePage';
import { PictureReportPage } from '../pages/PictureReportPage';
import { PictureReportsPage } from '../pages/PictureReportsPage';
import { ProjectReportPage } from '../pages/ProjectReportPage';
import { ProjectReportsPage } from '../pages/ProjectReportsPage';
import { OverviewPage } from '../pages/OverviewPage';
import { SignInPage } from '../pages/SignInPage';
import { ExportsPage } from '../pages/ExportsPage';
import { ImportRunPage } from '../pages/ImportRunPage';
import { ImportsPage } from '../pages/ImportsPage';
import { NetworkProgressPage } from '../pages/NetworkProgressPage';
import { StrategyPage } from '../pages/StrategyPage';
import { WorkshopCreatePage } from '../pages/WorkshopCreatePage';
import { WorkshopPage } from '../pages/WorkshopPage';
import { WorkshopsPage } from '../pages/WorkshopsPage';
import { AnalysisPage } from '../pages/AnalysisPage';
import { QuestionnairePage } from '../pages/QuestionnairePage';
import { ReviewPage } from '../pages/ReviewPage';
import { RoundPage } from '../pages/RoundPage';
import { RoundsPage } from '../pages/RoundsPage';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';

// The map page brings sigma.js and graphology: loaded only when a network is opened.
const NetworkPage = lazy(() => import('../pages/NetworkPage'));
// The picture page brings ECharts and the map.
const picturePage = () => import('../pages/PicturePage');
const PicturePage = lazy(picturePage);

const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** Every page lives under its language: /fi/…, /sv/…, /en/…; anything else gets one added. */
function LangGuard() {
  const { lang } = useParams();
  const location = useLocation();
  if (isLang(lang)) return <Layout />;
  return <Navigate replace to={`/${preferredLang()}${location.pathname}${location.search}`} />;
}

function RootRedirect() {
  return <Navigate replace to={`/${preferredLang()}/`} />;
}

export const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  // A respondent's link: public, without the app's menu and sign-in status (it frames itself).
  { path: '/:lang/answer/:token', element: <AnswerPage /> },
  // A workshop participant's phone page: public in the same way, joined by the workshop's code.
  { path: '/:lang/join', element: <JoinPage /> },
  { path: '/:lang/join/:code', element: <JoinPage /> },
  {
    path: '/:lang',
    element: <LangGuard />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: 'webhooks', element: <WebhooksPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/new', element: <OrganisationCreatePage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'organisations/:id/edit', element: <OrganisationEditPage /> },
      { path: 'networks', element: <NetworksPage /> },
      { path: 'networks/:key', element: lazyPage(<NetworkPage />) },
      { path: 'pictures', element: <PicturesPage /> },
      {
        path: 'pictures/:scope/:id',
        element: lazyPage(<PicturePage />),
        // The picture (unless main.tsx asked already), the page's code and then the names are asked for at
        // once, not one after another (in this order: a browser opens six connections to a server).
        loader: ({ params }) => {
          prefetchPicture(params.scope, params.id);
          void picturePage();
          prefetchPictureNames();
          return null;
        },
      },
      { path: 'picture-reports', element: <PictureReportsPage /> },
      { path: 'picture-reports/:id', element: <PictureReportPage /> },
      { path: 'consortia', element: <ConsortiaPage /> },
      { path: 'consortia/:id', element: <ConsortiumPage /> },
      { path: 'public-pages', element: <PublicPagesPage /> },
      { path: 'public-pages/:id', element: <PublicPagePage /> },
      { path: 'projects/:id/reports', element: <ProjectReportsPage /> },
      { path: 'project-reports/:id', element: <ProjectReportPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'imports/:id', element: <ImportRunPage /> },
      { path: 'exports', element: <ExportsPage /> },
      { path: 'partner-search', element: <PartnerSearchPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'events/:id', element: <EventPage /> },
      { path: 'pipeline', element: <PipelinePage /> },
      { path: 'pipeline/:id', element: <PipelineCardPage /> },
      { path: 'events/new-series', element: <SeriesCreatePage /> },
      { path: 'strategies/:id', element: <StrategyPage /> },
      { path: 'networks/:id/progress', element: <NetworkProgressPage /> },
      { path: 'workshops', element: <WorkshopsPage /> },
      { path: 'workshops/new', element: <WorkshopCreatePage /> },
      { path: 'workshops/:id', element: <WorkshopPage /> },
      { path: 'round-respondents/:id/interview', element: <InterviewPage /> },
      { path: 'mapping', element: <RoundsPage /> },
      { path: 'questionnaires/:id', element: <QuestionnairePage /> },
      { path: 'mapping-rounds/:id', element: <RoundPage /> },
      { path: 'mapping-rounds/:id/review', element: <ReviewPage /> },
      { path: 'mapping-rounds/:id/analysis', element: <AnalysisPage /> },
      ...entityRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
