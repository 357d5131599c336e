import { useParams } from 'react-router-dom';
import { WorkshopBoard } from '../features/workshops/WorkshopBoard';

export function WorkshopPage() {
  const { id = '' } = useParams();
  return <WorkshopBoard key={id} id={id} />;
}
