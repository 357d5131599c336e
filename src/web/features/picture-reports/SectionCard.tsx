import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Section } from './api';
import { EvidenceList } from './EvidenceList';
import { TextForm } from './TextForm';
import type { ReportDocument } from './useReportDocument';

type Props = { section: Section; index: number; count: number; doc: ReportDocument; editable: boolean };

export const sectionTitle = (s: Section) => s.edit?.title ?? s.generated?.title ?? s.key;

/** The section's words: the editor's paragraphs, or the generated sentences each with its evidence. */
function SectionText({ section }: { section: Section }) {
  if (section.edit)
    return (
      <>
        {section.edit.text.split(/\n\s*\n/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <EvidenceList evidence={(section.generated?.sentences ?? []).flatMap((s) => s.evidence)} />
      </>
    );
  return (
    <p>
      {(section.generated?.sentences ?? []).map((s, i) => (
        <span key={i} className="report-sentence">
          {s.text} <EvidenceList evidence={s.evidence} />{' '}
        </span>
      ))}
    </p>
  );
}

function SectionMarks({ section, doc, editable }: Omit<Props, 'index' | 'count'>) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {section.hidden && <p className="report-mark">{t('report.hiddenMark')}</p>}
      {section.edit && section.origin === 'generated' && (
        <p className="muted">{t('report.editedOn', { date: formatDate(section.edit.at, lang) })}</p>
      )}
      {section.evidenceChanged && (
        <InlineAlert status="warning">
          {t('report.evidenceChanged')}{' '}
          {editable && (
            <Button
              variant="secondaryNoBorder"
              onClick={() => void doc.change({ action: 'acknowledgeEvidence', section: section.key })}
            >
              {t('report.acknowledge')}
            </Button>
          )}
        </InlineAlert>
      )}
    </>
  );
}

function SectionTools({
  section,
  index,
  count,
  doc,
  onEdit,
}: Omit<Props, 'editable'> & { onEdit: () => void }) {
  const { t } = useTranslation();
  const title = sectionTitle(section);
  // The section moves under the keyboard user's focus: it stays on the moved section's button (or on its
  // other move button once the section reaches the top or the bottom), once the section stands in its place.
  const pendingFocus = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    const direction = pendingFocus.current;
    pendingFocus.current = null;
    if (!direction) return;
    const same = document.getElementById(`move-${direction}-${section.key}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${direction === 'up' ? 'down' : 'up'}-${section.key}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [index, section.key]);
  const move = (to: number, direction: 'up' | 'down') => {
    pendingFocus.current = direction;
    void doc.change({ action: 'moveSection', section: section.key, to });
  };
  return (
    <div className="report-actions" role="group" aria-label={t('report.sectionTools', { title })}>
      <Button variant="secondary" onClick={onEdit}>
        {t('report.edit')}
      </Button>
      {section.edit && section.origin === 'generated' && (
        <Button
          variant="secondary"
          onClick={() => void doc.change({ action: 'resetSection', section: section.key })}
        >
          {t('report.reset')}
        </Button>
      )}
      <Button
        variant="secondary"
        onClick={() =>
          void doc.change({ action: 'hideSection', section: section.key, hidden: !section.hidden })
        }
      >
        {section.hidden ? t('report.show') : t('report.hide')}
      </Button>
      <Button
        id={`move-up-${section.key}`}
        variant="secondary"
        disabled={index === 0}
        onClick={() => move(index - 1, 'up')}
      >
        {t('report.moveUp')}
      </Button>
      <Button
        id={`move-down-${section.key}`}
        variant="secondary"
        disabled={index === count - 1}
        onClick={() => move(index + 1, 'down')}
      >
        {t('report.moveDown')}
      </Button>
    </div>
  );
}

/** One section of the report, with the editor's tools when the reader edits it. */
export function SectionCard(props: Props) {
  const { section, doc, editable } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `report-section-${section.key}`;
  const own = section.origin === 'editor';
  const save = async ({ title, text }: { title: string; text: string }) => {
    const ok = await doc.change({
      action: 'editSection',
      section: section.key,
      text,
      ...(own ? { title } : {}),
    });
    if (ok) setEditing(false);
    return ok;
  };
  return (
    <section
      className={`panel report-section${section.hidden ? ' is-hidden' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} lang={doc.report?.language}>
        {sectionTitle(section)}
      </h2>
      <SectionMarks section={section} doc={doc} editable={editable} />
      {editing ? (
        <TextForm
          id={`edit-${section.key}`}
          title={
            own
              ? { label: t('report.sectionTitle'), initial: sectionTitle(section), required: true }
              : undefined
          }
          text={{
            label: t('report.sectionText'),
            hint: t('report.paragraphHint'),
            initial: section.edit?.text ?? (section.generated?.sentences ?? []).map((s) => s.text).join(' '),
          }}
          submit={t('report.save')}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div lang={doc.report?.language}>
          <SectionText section={section} />
        </div>
      )}
      {editable && !editing && <SectionTools {...props} onEdit={() => setEditing(true)} />}
    </section>
  );
}
