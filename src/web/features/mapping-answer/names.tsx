import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import {
  competenceById,
  rosterLookUp,
  type CompetenceHit,
  type OrganisationHit,
  type OrganisationLookUp,
  type OrganisationSearch,
} from './api';

/**
 * What the pickers need from the page: how to search organisations (the roster for an editor, the link's
 * search for a respondent), and the names of organisations and competences chosen earlier, which the
 * answers keep only by id.
 */
type Tools = {
  searchOrganisations: OrganisationSearch;
  lookUpOrganisations: OrganisationLookUp;
  organisations: Map<string, OrganisationHit>;
  competences: Map<string, CompetenceHit>;
  remember: (found: { organisations?: OrganisationHit[]; competences?: CompetenceHit[] }) => void;
};

const ToolsContext = createContext<Tools | null>(null);

export function AnswerTools({
  search,
  lookUp = rosterLookUp,
  children,
}: {
  search: OrganisationSearch;
  lookUp?: OrganisationLookUp;
  children: ReactNode;
}) {
  const [organisations, setOrganisations] = useState(() => new Map<string, OrganisationHit>());
  const [competences, setCompetences] = useState(() => new Map<string, CompetenceHit>());
  const remember: Tools['remember'] = (found) => {
    if (found.organisations?.some((o) => !organisations.has(o.id)))
      setOrganisations((old) => new Map([...old, ...found.organisations!.map((o) => [o.id, o] as const)]));
    if (found.competences?.some((c) => !competences.has(c.id)))
      setCompetences((old) => new Map([...old, ...found.competences!.map((c) => [c.id, c] as const)]));
  };
  return (
    <ToolsContext.Provider
      value={{
        searchOrganisations: search,
        lookUpOrganisations: lookUp,
        organisations,
        competences,
        remember,
      }}
    >
      {children}
    </ToolsContext.Provider>
  );
}

export function useAnswerTools(): Tools {
  const tools = useContext(ToolsContext);
  if (!tools) throw new Error('Questions are rendered inside <AnswerTools>');
  return tools;
}

/** Fetches, once, the names of chosen records the page has not seen in a search. */
export function useKnownNames(organisationIds: string[], competenceIds: string[]) {
  const { organisations, competences, remember, lookUpOrganisations } = useAnswerTools();
  const missingOrgs = organisationIds.filter((id) => !organisations.has(id)).join(',');
  const missingComps = competenceIds.filter((id) => !competences.has(id)).join(',');
  const [asked] = useState(() => new Set<string>());
  useEffect(() => {
    const orgs = missingOrgs ? missingOrgs.split(',').filter((id) => !asked.has(id)) : [];
    const comps = missingComps ? missingComps.split(',').filter((id) => !asked.has(id)) : [];
    for (const id of [...orgs, ...comps]) asked.add(id);
    if (orgs.length) void lookUpOrganisations(orgs).then((found) => remember({ organisations: found }));
    if (comps.length)
      void Promise.all(comps.map(competenceById)).then((found) =>
        remember({ competences: found.filter((c): c is CompetenceHit => c !== null) }),
      );
    // remember changes with every name learnt; the missing lists say when to ask again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missingOrgs, missingComps]);
}
