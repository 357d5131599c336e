/**
 * The calls of the respondent's page and the interviewer's page. Some of their routes come with the
 * round management (interviews, the link's organisation search) and may not be in the generated API
 * document yet, so their answers are typed here from the shared contract of issue 13.
 */
import { api } from '../../api/client';
import type { Answers, QuestionnaireContent } from '../../../domain/questionnaires';

export type LocalNotice = { fi?: string | null; sv?: string | null; en?: string | null };

export type RespondentPage = {
  content: QuestionnaireContent;
  answers: Answers;
  mode: 'survey' | 'interview';
  submitted: boolean;
  privacyNotice?: LocalNotice | null;
  lawfulBasis?: string | null;
  consented?: boolean | null;
  round?: { nameFi: string; nameSv: string | null; nameEn: string | null };
};

export type InterviewPage = {
  content: QuestionnaireContent;
  answers: Answers;
  mode: 'survey' | 'interview';
  submitted: boolean;
  interviewer: string | null;
  interviewedOn: string | null;
  interviewNotes: string | null;
  displayName: string;
  lawfulBasis?: string | null;
  consented?: boolean | null;
};

export type Saved = { answers: Answers; submitted: boolean };

/** An organisation a picker offers: its id, name and where it is. */
export type OrganisationHit = {
  id: string;
  name: string;
  businessId: string | null;
  municipalityCode: string | null;
  kind: string | null;
};

export type CompetenceHit = { id: string; nameFi: string; nameSv: string | null; nameEn: string | null };

type Init = { query?: Record<string, string | number>; body?: unknown; signal?: AbortSignal };
/** The client's calls with a path of the contract that the generated document may not name yet. */
const untyped = api as unknown as {
  get(path: string, init?: Init): Promise<unknown>;
  send(method: 'PUT', path: string, init?: Init): Promise<unknown>;
};
const at = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

export const readByLink = (token: string, signal?: AbortSignal) =>
  untyped.get(at('/answers/{token}', { token }), { signal }) as Promise<RespondentPage>;

export const saveByLink = (token: string, body: { answers: Answers; submit: boolean; consent?: boolean }) =>
  untyped.send('PUT', at('/answers/{token}', { token }), { body }) as Promise<Saved>;

export const readInterview = (id: string, signal?: AbortSignal) =>
  untyped.get(at('/round-respondents/{id}/interview', { id }), { signal }) as Promise<InterviewPage>;

export const saveInterview = (
  id: string,
  body: {
    answers: Answers;
    submit: boolean;
    interviewer: string;
    interviewedOn: string;
    interviewNotes?: string;
    consent?: boolean;
  },
) => untyped.send('PUT', at('/round-respondents/{id}/interview', { id }), { body }) as Promise<Saved>;

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** A row of the organisation list or of the link's search, whichever names its fields how. */
function hitOf(row: Row): OrganisationHit {
  return {
    id: String(row.id),
    name: str(row.name) ?? str(row.nameFi) ?? '',
    businessId: str(row.businessId),
    municipalityCode: str(row.municipalityCode),
    kind: str(row.kind),
  };
}
const rowsOf = (page: unknown): Row[] => {
  const p = page as { items?: Row[]; data?: Row[] };
  return p.items ?? p.data ?? [];
};

/** Looks organisations up by name or business ID: a signed-in editor in the roster, a respondent by the link. */
export type OrganisationSearch = (q: string, signal?: AbortSignal) => Promise<OrganisationHit[]>;

const BUSINESS_ID = /^\d{7}-\d$/;

export const rosterSearch: OrganisationSearch = async (q, signal) => {
  const query: Record<string, string | number> = BUSINESS_ID.test(q.trim())
    ? { businessId: q.trim(), limit: 20 }
    : { q: q.trim(), limit: 20 };
  return rowsOf(await untyped.get('/organisations', { query, signal })).map(hitOf);
};

/** The roster as the link may search it: a respondent has no account to see more than the public. */
export const linkSearch =
  (token: string): OrganisationSearch =>
  async (q, signal) =>
    rowsOf(
      await untyped.get(at('/answers/{token}/organisations', { token }), { query: { q: q.trim() }, signal }),
    ).map(hitOf);

/** Organisations by id through the link, for the names of those chosen before. */
export const linkLookUp =
  (token: string): OrganisationLookUp =>
  async (ids) =>
    rowsOf(
      await untyped.get(at('/answers/{token}/organisations', { token }), { query: { ids: ids.join(',') } }),
    ).map(hitOf);

export const searchCompetences = async (q: string, signal?: AbortSignal): Promise<CompetenceHit[]> =>
  rowsOf(await untyped.get('/competences', { query: { q: q.trim(), limit: 20 }, signal })).map((r) => ({
    id: String(r.id),
    nameFi: str(r.nameFi) ?? '',
    nameSv: str(r.nameSv),
    nameEn: str(r.nameEn),
  }));

/** Names of chosen organisations by their ids: the roster's for an editor, the link's for a respondent. */
export type OrganisationLookUp = (ids: string[]) => Promise<OrganisationHit[]>;

/** The roster's look-up, one organisation at a time (those the editor may read). */
export const rosterLookUp: OrganisationLookUp = async (ids) =>
  (await Promise.all(ids.map(organisationById))).filter((o): o is OrganisationHit => o !== null);

/** One organisation by its id, for a chosen one whose name the page has not seen yet. */
export const organisationById = async (id: string): Promise<OrganisationHit | null> => {
  try {
    return hitOf((await untyped.get(at('/organisations/{id}', { id }))) as Row);
  } catch {
    return null;
  }
};

/** One competence by its id, for a chosen one whose name the page has not seen yet. */
export const competenceById = async (id: string): Promise<CompetenceHit | null> => {
  try {
    const r = (await untyped.get(at('/competences/{id}', { id }))) as Row;
    return { id, nameFi: str(r.nameFi) ?? '', nameSv: str(r.nameSv), nameEn: str(r.nameEn) };
  } catch {
    return null;
  }
};
