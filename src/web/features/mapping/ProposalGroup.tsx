import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { DuplicateCandidate, ProposalKind, ReviewProposal } from './api-types';
import { ProposalText } from './ProposalText';
import type { Choice } from './review';
import { proposalKindText } from './words';

type Props = {
  kind: ProposalKind;
  items: ReviewProposal[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onSelectAll: () => void;
  choices: Readonly<Record<string, Choice>>;
  onChoose: (id: string, choice: Choice) => void;
  onBulk: (action: 'accept' | 'reject') => void;
  busy: boolean;
};

/** One kind of proposal: each with its respondent, question and a decision; all of it selectable. */
export function ProposalGroup(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { kind, items, selected } = props;
  const headingId = `review-${kind}`;
  const allSelected = items.every((p) => selected.has(p.id));
  const selectedHere = items.filter((p) => selected.has(p.id)).length;

  const candidateText = (c: DuplicateCandidate) =>
    t('mapping.review.candidate', {
      name: c.businessId ? `${c.name} (${c.businessId})` : c.name,
      reason:
        c.reason === 'business_id'
          ? t('mapping.review.sameBusinessId')
          : t('mapping.review.similarName', { score: formatNumber(Math.round(c.score * 100), lang) }),
    });
  const options = (p: ReviewProposal): { value: Choice; text: string }[] => [
    { value: '', text: t('mapping.review.undecided') },
    {
      value: 'accept',
      text: kind === 'organisation' ? t('mapping.review.acceptNew') : t('mapping.review.accept'),
    },
    ...(p.candidates ?? []).map((c) => ({
      value: `merge:${c.organisationId}` as Choice,
      text: t('mapping.review.mergeInto', { candidate: candidateText(c) }),
    })),
    ...(p.competenceCandidates ?? []).map((c) => ({
      value: `term:${c.competenceId}` as Choice,
      text: t('mapping.review.mergeIntoTerm', {
        name: c.name,
        score: formatNumber(Math.round(c.score * 100), lang),
      }),
    })),
    { value: 'reject', text: t('mapping.review.reject') },
  ];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {proposalKindText(t, kind)} ({formatNumber(items.length, lang)})
      </h2>
      <div className="row-actions">
        <Checkbox id={`${headingId}-all`} checked={allSelected} onClick={() => props.onSelectAll()}>
          {t('mapping.review.selectAll')}
        </Checkbox>
        <Button
          variant="secondary"
          disabled={props.busy || selectedHere === 0}
          onClick={() => props.onBulk('accept')}
        >
          {t('mapping.review.acceptSelected', { count: selectedHere })}
        </Button>
        <Button
          variant="secondary"
          disabled={props.busy || selectedHere === 0}
          onClick={() => props.onBulk('reject')}
        >
          {t('mapping.review.rejectSelected', { count: selectedHere })}
        </Button>
      </div>
      <div className="table-wrap">
        <table className="data">
          <caption>{t('mapping.review.caption', { kind: proposalKindText(t, kind) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.review.select')}</th>
              <th scope="col">{t('mapping.review.proposal')}</th>
              <th scope="col">{t('mapping.review.respondent')}</th>
              <th scope="col">{t('mapping.review.question')}</th>
              <th scope="col">{t('mapping.review.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p, i) => (
              <tr key={p.id}>
                <td>
                  <Checkbox
                    id={`${headingId}-${i}-select`}
                    checked={selected.has(p.id)}
                    onClick={({ checkboxState }) => props.onSelect(p.id, checkboxState)}
                  >
                    <span className="visually-hidden">{t('mapping.review.selectOne', { n: i + 1 })}</span>
                  </Checkbox>
                </td>
                <td>
                  <ProposalText proposal={p} />
                  {p.candidates && p.candidates.length > 0 && (
                    <div className="muted">
                      {t('mapping.review.candidates')}: {p.candidates.map(candidateText).join('; ')}
                    </div>
                  )}
                </td>
                <td>
                  {p.respondentName}
                  {p.answeredAt && <div className="muted">{formatDate(p.answeredAt, lang)}</div>}
                </td>
                <td>{p.questionLabel[lang] ?? p.questionLabel.fi}</td>
                <td>
                  <Dropdown
                    id={`${headingId}-${i}-decision`}
                    labelText={t('mapping.review.decisionFor', { n: i + 1 })}
                    labelMode="hidden"
                    value={props.choices[p.id] ?? ''}
                    onChange={(v: string) => props.onChoose(p.id, v as Choice)}
                  >
                    {options(p).map((o) => (
                      <DropdownItem key={o.value || 'none'} value={o.value}>
                        {o.text}
                      </DropdownItem>
                    ))}
                  </Dropdown>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
