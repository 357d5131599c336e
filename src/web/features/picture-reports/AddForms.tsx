import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextForm } from './TextForm';
import type { ReportDocument } from './useReportDocument';
import { PROPOSAL_KINDS as KINDS } from './dynamicKeys';

/** A section of the editors' own, added at the end of the report. */
export function AddSection({ doc }: { doc: ReportDocument }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="report-add-section">
      <h2 id="report-add-section">{t('report.addSection')}</h2>
      <TextForm
        id="add-section"
        title={{ label: t('report.sectionTitle'), initial: '', required: true }}
        text={{ label: t('report.sectionText'), hint: t('report.paragraphHint'), initial: '' }}
        submit={t('report.addSection')}
        onSave={({ title, text }) => doc.change({ action: 'addSection', title, text })}
      />
    </section>
  );
}

/** A development target or growth sector the editors propose themselves. */
export function AddProposal({ doc }: { doc: ReportDocument }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('developmentTarget');
  return (
    <section className="panel" aria-labelledby="report-add-proposal">
      <h3 id="report-add-proposal">{t('report.addProposal')}</h3>
      <ChoiceGroup
        name="add-proposal-kind"
        labelText={t('report.proposalKind')}
        value={kind}
        onChange={setKind}
        options={KINDS}
        text={(k) => label(t, 'reportKind', k)}
      />
      <TextForm
        id="add-proposal"
        title={{ label: t('report.proposalTitle'), initial: '', required: true }}
        text={{ label: t('report.proposalText'), initial: '', required: false }}
        submit={t('report.addProposal')}
        onSave={({ title, text }) => doc.change({ action: 'addProposal', kind, title, text })}
      />
    </section>
  );
}
