import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { formatDate, formatList, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { LocalText } from '../../ui/LocalText';
import type { RuleTick, Suggestion, Verdict } from './api';

type Props = {
  verdicts: Verdict[];
  canEdit: boolean;
  onAdd: (s: Suggestion) => void;
  busy: boolean;
  ticks: RuleTick[];
  onTick: (index: number, ticked: boolean) => void;
};

/** What the rule asks, in words: "Vähintään 3 jäsenkaupunkia verkostosta Innokaupungit". */
function RuleText({ v }: { v: Verdict }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = v.rule;
  switch (r.kind) {
    case 'minOrganisations':
      return <>{t('consortium.rule.minOrganisations', { count: r.count })}</>;
    case 'maxOrganisations':
      return <>{t('consortium.rule.maxOrganisations', { count: r.count })}</>;
    case 'minMembersOfNetwork':
      return (
        <>
          {t('consortium.rule.minMembersOfNetwork', {
            count: r.count,
            network: v.network ? localized(v.network, 'name', lang).text : '?',
          })}
        </>
      );
    case 'requiredOrganisationKinds':
      return (
        <>
          {t('consortium.rule.requiredOrganisationKinds', {
            kinds: formatList(
              r.kinds.map((k) => `${label(t, 'organisationKind', k)} (${r.count ?? 1})`),
              lang,
            ),
          })}
        </>
      );
    case 'maxDurationMonths':
      return <>{t('consortium.rule.maxDurationMonths', { count: r.months })}</>;
    case 'budgetShare':
      return (
        <>
          {t('consortium.rule.budgetShare', {
            role: label(t, 'projectRole', r.role),
            min: r.minPercent ?? 0,
            max: r.maxPercent ?? 100,
          })}
        </>
      );
    case 'note':
      return <LocalText text={localized(r, 'text', lang)} />;
  }
}

/** Why the rule is met or not: the towns counted, who is outside, what is missing. */
function Why({ v }: { v: Verdict }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = (n: { nameFi: string; nameSv?: string | null; nameEn?: string | null }) =>
    localized(n, 'name', lang).text;
  const r = v.rule;
  const lines: string[] = [];
  if (r.kind === 'minMembersOfNetwork') {
    if (v.towns?.length)
      lines.push(
        t('consortium.why.towns', {
          towns: formatList(
            v.towns.map((x) => name(x.member)),
            lang,
          ),
        }),
      );
    if (v.outside?.length)
      lines.push(t('consortium.why.outside', { names: formatList(v.outside.map(name), lang) }));
    if (!v.met) lines.push(t('consortium.why.missingTowns', { count: r.count - (v.count ?? 0) }));
  } else if (r.kind === 'minOrganisations' && !v.met) {
    lines.push(t('consortium.why.tooFew', { count: r.count - (v.count ?? 0) }));
  } else if (r.kind === 'maxOrganisations' && !v.met) {
    lines.push(t('consortium.why.tooMany', { count: (v.count ?? 0) - r.count }));
  } else if (r.kind === 'requiredOrganisationKinds' && !v.met) {
    const missing = (v.kinds ?? []).filter((k) => k.count < k.needed);
    lines.push(
      t('consortium.why.missingKinds', {
        kinds: formatList(
          missing.map((k) => label(t, 'organisationKind', k.kind)),
          lang,
        ),
      }),
    );
  } else if (r.kind === 'maxDurationMonths') {
    lines.push(
      v.count === null ? t('consortium.why.noDates') : t('consortium.why.duration', { count: v.count }),
    );
  } else if (r.kind === 'budgetShare') {
    lines.push(
      v.count === null ? t('consortium.why.noBudgets') : t('consortium.why.share', { share: v.count }),
    );
  }
  return lines.length ? <p className="muted">{lines.join(' ')}</p> : null;
}

function Status({ v }: { v: Verdict }) {
  const { t } = useTranslation();
  if (v.met === null) return <>{t('consortium.status.unknown')}</>;
  const count = v.count ?? 0;
  return <>{v.met ? t('consortium.status.met', { count }) : t('consortium.status.notMet', { count })}</>;
}

function Suggestions({
  v,
  canEdit,
  onAdd,
  busy,
}: { v: Verdict } & Pick<Props, 'canEdit' | 'onAdd' | 'busy'>) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!v.suggestions.length) return null;
  return (
    <div className="consortium-suggestions">
      <h4>{t('consortium.suggestions')}</h4>
      <ul>
        {v.suggestions.map((s) => {
          const name = localized(s, 'name', lang).text;
          return (
            <li key={s.id}>
              {name}
              {s.municipalityFi && <> ({localized(s, 'municipality', lang).text})</>}
              {s.themeOffers > 0 && (
                <span className="muted"> – {t('consortium.themeOffers', { count: s.themeOffers })}</span>
              )}{' '}
              {canEdit && (
                <Button variant="secondary" disabled={busy} onClick={() => onAdd(s)}>
                  {t('consortium.addSuggestion', { name })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A free-text rule the editors tick once they have seen to it; the tick is saved with who and when. */
function TickedRule({ v, tick, canEdit, busy, onTick }: { v: Verdict; tick?: RuleTick } & Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Checkbox
        id={`rule-${v.index}`}
        checked={tick !== undefined}
        disabled={!canEdit || busy}
        onClick={({ checkboxState }) => onTick(v.index, checkboxState)}
      >
        <RuleText v={v} />
      </Checkbox>
      {tick && (
        <p className="muted">
          {tick.tickedByName
            ? t('consortium.tickedBy', { date: formatDate(tick.tickedAt, lang), name: tick.tickedByName })
            : t('consortium.ticked', { date: formatDate(tick.tickedAt, lang) })}
        </p>
      )}
    </>
  );
}

/** The call's rules checked live: each met or not, with its count, why, and who would meet it. */
export function RuleChecklist(props: Props) {
  const { t } = useTranslation();
  if (!props.verdicts.length) return <p>{t('consortium.noRules')}</p>;
  return (
    <ul className="rule-checklist">
      {props.verdicts.map((v) => (
        <li key={v.index} className={v.met === false ? 'rule-failed' : v.met ? 'rule-met' : 'rule-open'}>
          {v.rule.kind === 'note' ? (
            <TickedRule v={v} tick={props.ticks.find((x) => x.index === v.index)} {...props} />
          ) : (
            <p className="rule-verdict">
              <strong>
                <RuleText v={v} />
              </strong>
              : <Status v={v} />
            </p>
          )}
          <Why v={v} />
          <Suggestions v={v} canEdit={props.canEdit} onAdd={props.onAdd} busy={props.busy} />
        </li>
      ))}
    </ul>
  );
}
