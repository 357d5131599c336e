import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Link } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { intoStrategy, loadScopeStrategies, type Proposal } from './api';
import type { ReportDocument } from './useReportDocument';
import { STRATEGY_AS as AS } from './dynamicKeys';

/** Accepts the proposal into the scope's strategy as a development action or a goal, in one step. */
export function StrategyStep({ proposal, doc }: { proposal: Proposal; doc: ReportDocument }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = doc.report!;
  const strategies = useApi(`${report.scopeKind}/${report.scopeId}`, () => loadScopeStrategies(report));
  const [chosen, setChosen] = useState('');
  const [as, setAs] = useState<(typeof AS)[number]>('action');
  const [indicator, setIndicator] = useState('');
  const list = strategies.data ?? [];
  const strategyId = chosen || list[0]?.id || '';
  if (strategies.state !== 'ready') return null;
  if (list.length === 0) return <p className="muted">{t('report.noStrategy')}</p>;
  const id = `strategy-${proposal.key}`;
  const send = () =>
    doc.write(
      async (r) =>
        (await intoStrategy(r, proposal.key, { strategyId, as, ...(as === 'goal' ? { indicator } : {}) }))
          .report,
      t('report.inStrategySaved'),
    );
  return (
    <fieldset className="report-strategy">
      <legend>{t('report.intoStrategy')}</legend>
      <Dropdown id={`${id}-choice`} labelText={t('report.strategy')} value={strategyId} onChange={setChosen}>
        {list.map((s) => (
          <DropdownItem key={s.id} value={s.id}>
            {localized(s, 'title', lang).text}
          </DropdownItem>
        ))}
      </Dropdown>
      <ChoiceGroup
        name={`${id}-as`}
        labelText={t('report.strategyAs')}
        value={as}
        onChange={setAs}
        options={AS}
        text={(v) => label(t, 'reportAs', v)}
      />
      {as === 'goal' && (
        <TextInput
          id={`${id}-indicator`}
          labelText={t('report.indicator')}
          value={indicator}
          onChange={(v) => setIndicator(String(v ?? ''))}
          fullWidth
        />
      )}
      <Button disabled={as === 'goal' && !indicator.trim()} onClick={() => void send()}>
        {t('report.acceptIntoStrategy')}
      </Button>
    </fieldset>
  );
}

/** Where an accepted proposal went. */
export function InStrategy({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!proposal.strategy) return null;
  const { kind, id, strategyId } = proposal.strategy;
  return (
    <p className="report-mark">
      {label(t, 'reportInStrategy', kind)}{' '}
      <Link to={`/${lang}/strategies/${strategyId}`}>{t('report.openStrategy')}</Link>{' '}
      <Link to={`/${lang}/${kind === 'goal' ? 'strategy-goals' : 'development-actions'}/${id}`}>
        {label(t, 'reportOpen', kind)}
      </Link>
    </p>
  );
}
