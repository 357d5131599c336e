import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { useAttempt, SaveFailed } from '../../shared/forms/useAttempt';
import { LocalText } from '../../ui/LocalText';
import { setPhase, type Phase } from './api';

/** The workshop's phases in order, each opened and closed by the facilitator (opening one closes the open one). */
export function Phases({
  workshopId,
  phases,
  onChanged,
}: {
  workshopId: string;
  phases: Phase[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { failed, busy, attempt } = useAttempt();
  const act = (phase: Phase, action: 'open' | 'close') =>
    attempt(async () => {
      await setPhase(workshopId, phase.id, action);
      onChanged();
    });
  return (
    <section className="panel" aria-labelledby="workshop-phases-heading">
      <h2 id="workshop-phases-heading">{t('workshop.phases')}</h2>
      <ol className="workshop-phases">
        {[...phases]
          .sort((a, b) => a.position - b.position)
          .map((phase) => {
            const title = localized(phase, 'title', lang);
            const open = phase.status === 'open';
            return (
              <li
                key={phase.id}
                className={`workshop-phase workshop-phase-${phase.status}`}
                data-kind={phase.kind}
              >
                <span>
                  <strong>
                    <LocalText text={title} />
                  </strong>{' '}
                  <span className="muted">({label(t, 'phaseStatus', phase.status)})</span>
                </span>
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={
                    open
                      ? t('workshop.closePhaseNamed', { name: title.text })
                      : t('workshop.openPhaseNamed', { name: title.text })
                  }
                  onClick={() => void act(phase, open ? 'close' : 'open')}
                >
                  {open ? t('workshop.closePhase') : t('workshop.openPhase')}
                </Button>
              </li>
            );
          })}
      </ol>
      <SaveFailed shown={failed} />
    </section>
  );
}
