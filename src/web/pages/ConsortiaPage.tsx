import { ConsortiaList } from '../features/consortia/ConsortiaList';

export function ConsortiaPage() {
  return <ConsortiaList />;
}
