import { useParams } from 'react-router-dom';
import { ReportEditor } from '../features/project-reports/ReportEditor';

export function ProjectReportPage() {
  const { id = '' } = useParams();
  return <ReportEditor key={id} id={id} />;
}
