import { PublicPagesList } from '../features/public-pages/PublicPagesList';

export function PublicPagesPage() {
  return <PublicPagesList />;
}
