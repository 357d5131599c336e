import { useParams } from 'react-router-dom';
import { ConsortiumBuilder } from '../features/consortia/ConsortiumBuilder';

export function ConsortiumPage() {
  const { id = '' } = useParams();
  return <ConsortiumBuilder key={id} id={id} />;
}
