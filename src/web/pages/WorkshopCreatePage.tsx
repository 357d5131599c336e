import { useSearchParams } from 'react-router-dom';
import { NewWorkshopForm } from '../features/workshops/NewWorkshopForm';

export function WorkshopCreatePage() {
  const [params] = useSearchParams();
  return <NewWorkshopForm strategyId={params.get('strategyId') ?? undefined} />;
}
