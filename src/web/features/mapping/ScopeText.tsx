import { useTranslation } from 'react-i18next';
import type { Round } from './api-types';
import { RecordName, TownName } from './RecordName';
import { scopeKindText } from './words';
/** What a round maps, in words: "Ekosysteemi: Savonlinnan metsäbiotalous", "Kunta: Savonlinna". */
export function ScopeText({
  round,
}: {
  round: Pick<Round, 'scope' | 'ecosystemId' | 'networkId' | 'municipalityCode'>;
}) {
  const { t } = useTranslation();
  const what =
    round.scope === 'ecosystem' && round.ecosystemId ? (
      <RecordName path="ecosystems" id={round.ecosystemId} />
    ) : round.scope === 'network' && round.networkId ? (
      <RecordName path="networks" id={round.networkId} />
    ) : round.municipalityCode ? (
      <TownName code={round.municipalityCode} />
    ) : null;
  return (
    <>
      {scopeKindText(t, round.scope)}
      {what && <>: {what}</>}
    </>
  );
}
