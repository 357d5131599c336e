import { api, type Schema } from '../../api/client';
import type { Lang } from '../../i18n/lang';

export type FittingCall = Schema<'FittingCall'>;
type CallTheme = Schema<'CallTheme'>;

/** A consortium whose partners together offer some of a call's themes. */
export type ConsortiumFit = { id: string; name: string; themes: CallTheme[] };

/** An open call on the overview, with the user's ecosystems and consortia it fits. */
export type OverviewCall = FittingCall & { consortia: ConsortiumFit[] };

/** Consortia looked at for other calls: the ones the user edits, as the list gives them. */
const CONSORTIA_LOOKED_AT = 5;

/** The consortia the user edits that have partners, each with its partners' organisations. */
async function editedConsortia() {
  const list = (await api.get('/consortia', { query: {} })).data
    .filter((c) => c.canEdit && c.partnerCount > 0)
    .slice(0, CONSORTIA_LOOKED_AT);
  return Promise.all(list.map((c) => api.get('/consortia/{id}', { path: { id: c.id } })));
}

/** Open calls that fit a consortium's mix of partners, its own call left out. */
async function fitsOf(consortium: Schema<'Consortium'>) {
  const organisationIds = consortium.partners.map((p) => p.organisationId).join(',');
  const calls = (await api.get('/funding-calls/fitting', { query: { organisationIds } })).items;
  return calls
    .filter((call) => call.id !== consortium.fundingCallId)
    .map((call) => ({ call, fit: { id: consortium.id, name: consortium.name, themes: call.themes } }));
}

/**
 * Open calls that fit the signed-in user's own ecosystems (best fit first), then those that fit only the
 * mix of a consortium they edit, soonest deadline first; each says whom it fits.
 */
export async function loadFittingCalls(): Promise<OverviewCall[]> {
  const [own, consortia] = await Promise.all([api.get('/funding-calls/fitting'), editedConsortia()]);
  const byId = new Map<string, OverviewCall>(own.items.map((call) => [call.id, { ...call, consortia: [] }]));
  const onlyConsortia: OverviewCall[] = [];
  for (const { call, fit } of (await Promise.all(consortia.map(fitsOf))).flat()) {
    let entry = byId.get(call.id);
    if (!entry) {
      entry = { ...call, ecosystems: [], consortia: [] };
      byId.set(call.id, entry);
      onlyConsortia.push(entry);
    }
    entry.consortia.push(fit);
  }
  onlyConsortia.sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
  return [...own.items.map((call) => byId.get(call.id)!), ...onlyConsortia];
}

/** A theme in the reader's language, in Finnish when it has no other name. */
export const themeName = (theme: CallTheme, lang: Lang) =>
  (lang === 'sv' ? theme.sv : lang === 'en' ? theme.en : null) || theme.fi;
