import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { searchPartners, type PartnerSearch as Answer } from './api';
import { CandidateCard } from './CandidateCard';
import { needText } from './explain';
import { PartnerSearchForm } from './PartnerSearchForm';
import { changeAddress, hasNeed, PAGE_SIZE, readAddress, toQuery, type SearchAddress } from './query';
import './partner-search.css';

/** The workspace new contacts go to: the only one, or the one the reader picks when they edit several. */
function useWorkspaceChoice() {
  const { me } = useAuth();
  const workspaces = editableWorkspaces(me);
  const [chosen, setChosen] = useState<string | null>(null);
  const slug = chosen ?? workspaces[0]?.slug ?? null;
  return { workspaces, slug, setChosen };
}

function Results({ answer, onPage }: { answer: Answer; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { workspaces, slug, setChosen } = useWorkspaceChoice();
  const need = needText(answer, lang);
  const reason = t('partnerSearch.reason', { need });
  const end = answer.offset + answer.items.length;
  // A capped total ("over 1,000") says only that more may follow: a short page is the last one.
  const shown = {
    from: formatNumber(answer.offset + 1, lang),
    to: formatNumber(end, lang),
    total: formatNumber(answer.total, lang),
    scope: label(t, 'searchScope', answer.scope.kind),
  };
  const last = answer.totalIsAtLeast ? answer.items.length < answer.limit : end >= answer.total;
  return (
    <section aria-labelledby="partner-results">
      <h2 id="partner-results">{t('partnerSearch.results', { need })}</h2>
      <p role="status">
        {answer.total === 0
          ? t('partnerSearch.none')
          : answer.totalIsAtLeast
            ? t('partnerSearch.showingOver', shown)
            : t('partnerSearch.showing', shown)}
      </p>
      {workspaces.length > 1 && (
        <Dropdown
          id="pipeline-workspace"
          labelText={t('partnerSearch.workspace')}
          value={slug ?? ''}
          onChange={(s: string) => setChosen(s)}
        >
          {workspaces.map((w) => (
            <DropdownItem key={w.slug} value={w.slug}>
              {w.nameFi}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      {answer.items.map((c) => (
        <CandidateCard
          key={c.organisation.id}
          candidate={c}
          reason={reason}
          workspace={slug}
          hasAsker={answer.asker !== null}
        />
      ))}
      <nav className="pager" aria-label={t('partnerSearch.paging')}>
        <Button
          variant="secondary"
          disabled={answer.offset === 0}
          onClick={() => onPage(answer.offset - PAGE_SIZE)}
        >
          {t('partnerSearch.previous')}
        </Button>
        <Button variant="secondary" disabled={last} onClick={() => onPage(end)}>
          {t('partnerSearch.next')}
        </Button>
      </nav>
    </section>
  );
}

/** Partner search: the form in the page address, and the ranked, explained candidates. */
export function PartnerSearch() {
  const [params, setParams] = useSearchParams();
  const address = readAddress(params);
  const change = (patch: SearchAddress) => setParams(changeAddress(address, patch) as Record<string, string>);
  const key = hasNeed(address) ? JSON.stringify(toQuery(address)) : null;
  const answer = useApi(key, (signal) => searchPartners(toQuery(address), signal), true);
  return (
    <>
      <PartnerSearchForm address={address} onChange={change} />
      {key && answer.state === 'loading' && <Loading />}
      {key && answer.state === 'error' && <ErrorNotice error={answer.error} />}
      {key && answer.data && (
        <Results answer={answer.data} onPage={(offset) => change({ offset: String(offset) })} />
      )}
    </>
  );
}
