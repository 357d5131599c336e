import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Workspace } from '../../shared/auth';
import type { Card } from './pipeline';

export type Filters = { workspace: string; owner: string; need: string; view: 'board' | 'list' };
export const ALL = 'all';

type Props = {
  filters: Filters;
  workspaces: Workspace[];
  cards: Card[];
  onChange: (patch: Partial<Filters>) => void;
};

type Choice = { value: string; text: string };

/** The owners and needs of the cards at hand, each once, by name. */
function choicesOf(cards: Card[], lang: ReturnType<typeof useLang>, unnamed: string) {
  const owners = new Map<string, string>();
  const needs = new Map<string, string>();
  for (const c of cards) {
    if (c.owner) owners.set(c.owner.id, c.owner.name ?? unnamed);
    if (c.need) needs.set(c.need.id, localized(c.need, 'name', lang).text);
  }
  const sorted = (m: Map<string, string>): Choice[] =>
    [...m].map(([value, text]) => ({ value, text })).sort((a, b) => a.text.localeCompare(b.text, lang));
  return { owners: sorted(owners), needs: sorted(needs) };
}

/** The workspace, owner and need the pipeline is narrowed to; every choice goes to the address. */
export function PipelineFilters({ filters, workspaces, cards, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { owners, needs } = choicesOf(cards, lang, t('pipeline.unnamedOwner'));
  const choice = (id: keyof Filters, labelText: string, all: string, items: Choice[]) => (
    <Dropdown
      id={`pipeline-${id}`}
      labelText={labelText}
      value={filters[id] || ALL}
      onChange={(v: string) => onChange({ [id]: v === ALL ? '' : v })}
    >
      {[{ value: ALL, text: all }, ...items].map((i) => (
        <DropdownItem key={i.value} value={i.value}>
          {i.text}
        </DropdownItem>
      ))}
    </Dropdown>
  );
  return (
    <div role="search" aria-label={t('pipeline.filters')} className="toolbar pipeline-filters">
      {workspaces.length > 1 &&
        choice(
          'workspace',
          t('pipeline.workspace'),
          t('pipeline.allWorkspaces'),
          workspaces.map((w) => ({ value: w.id, text: w.nameFi })),
        )}
      {choice('owner', t('pipeline.owner'), t('pipeline.allOwners'), owners)}
      {choice('need', t('pipeline.need'), t('pipeline.allNeeds'), needs)}
    </div>
  );
}
