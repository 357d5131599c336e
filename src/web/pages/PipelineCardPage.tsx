import { useParams } from 'react-router-dom';
import { ContactDetail } from '../features/pipeline/ContactDetail';

export function PipelineCardPage() {
  const { id = '' } = useParams();
  return <ContactDetail key={id} id={id} />;
}
