import { useParams } from 'react-router-dom';
import { ProjectReports } from '../features/project-reports/ProjectReports';

export function ProjectReportsPage() {
  const { id = '' } = useParams();
  return <ProjectReports key={id} projectId={id} />;
}
