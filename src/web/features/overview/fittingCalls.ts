import { api, type Schema } from '../../api/client';
import type { Lang } from '../../i18n/lang';

export type FittingCall = Schema<'FittingCall'>;
type CallTheme = Schema<'CallTheme'>;

/** Open calls whose themes fit the signed-in user's own ecosystems, best fit first. */
export async function loadFittingCalls(): Promise<FittingCall[]> {
  return (await api.get('/funding-calls/fitting')).items;
}

/** A theme in the reader's language, in Finnish when it has no other name. */
export const themeName = (theme: CallTheme, lang: Lang) =>
  (lang === 'sv' ? theme.sv : lang === 'en' ? theme.en : null) || theme.fi;
