import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { readCurrentState } from './api';

/**
 * The current-state phase on the phone: what the picture of the strategy's ecosystem, town or network says
 * at a glance and about its strengths (public data only), to look at before the ideas.
 */
export function CurrentState({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const state = useApi(`${code}:${lang}`, (signal) => readCurrentState(code, lang, signal));
  if (state.state !== 'ready' || state.data.findings.length === 0) return null;
  return (
    <section className="join-current-state" aria-labelledby="join-current-state-heading">
      <Heading variant="h2" id="join-current-state-heading">
        {label(t, 'join.currentState', state.data.scope)}
      </Heading>
      <ul>
        {state.data.findings.map((finding) => (
          <li key={finding}>{finding}</li>
        ))}
      </ul>
    </section>
  );
}
