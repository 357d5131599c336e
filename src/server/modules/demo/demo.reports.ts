/**
 * The demo's example picture reports (issue 17), through the reports' own services: made from the
 * picture as anyone may read it (public), published in every language, and marked so that removing the
 * examples takes them away. Loaded after every example row, since the picture counts them too.
 */
import type { ExampleReportSeed } from '../../../../data/demo/types.js';
import { changeReport, createReport, publishReport } from '../picture-reports/reports.service.js';
import { markExampleRows } from './demo.repository.js';
import type { PublicPagesLoader } from './demo.public-pages.js';

const LANGUAGES = ['fi', 'sv', 'en'] as const;

const scopeOf = (l: PublicPagesLoader, scope: ExampleReportSeed['scope']) =>
  'municipalityCode' in scope
    ? ({ scope: 'municipality', id: scope.municipalityCode } as const)
    : ({ scope: 'ecosystem', id: l.key('ecosystem', scope.ecosystem) } as const);

export async function loadExampleReports(l: PublicPagesLoader, reports: ExampleReportSeed[]) {
  const ids: string[] = [];
  for (const { workspace, scope, edits = [] } of reports) {
    for (const language of LANGUAGES) {
      const request = { ...scopeOf(l, scope), language, visibility: 'public' as const };
      const created = await createReport(
        l.trx,
        l.caller,
        { ...request, workspace: l.workspace(workspace) },
        l.now,
      );
      let version = created.version;
      for (const { section, ...text } of edits) {
        const change = { action: 'editSection', section, text: text[language] } as const;
        version = (await changeReport(l.trx, l.caller, created.id, { version, change }, l.now)).version;
      }
      await publishReport(l.trx, l.caller, created.id, { version, published: true }, l.now);
      ids.push(created.id);
    }
  }
  await markExampleRows(l.trx, 'pictureReports', ids);
}
