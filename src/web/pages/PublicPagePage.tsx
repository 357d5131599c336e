import { useParams } from 'react-router-dom';
import { PublicPageEditor } from '../features/public-pages/PublicPageEditor';

export function PublicPagePage() {
  const { id = '' } = useParams();
  return <PublicPageEditor key={id} id={id} />;
}
