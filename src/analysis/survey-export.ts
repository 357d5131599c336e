/**
 * A round's answers as a table (issue 13): one row per respondent, one column per question of the version
 * answered, each answer written as a reader of the file would say it (an option's label in the chosen
 * language, named organisations and competences by name, a tie with its kind and strength). The writers
 * of src/formats escape what a spreadsheet could run as a formula.
 */
import { questionsOf, type Question, type QuestionnaireContent } from '../domain/questionnaires.js';
import { YES_NO, type SurveyLabel, type SurveyNames } from './survey.js';
import type { TextLanguage } from './survey-text.js';

export interface ExportRespondent {
  readonly displayName: string;
  readonly organisationName: string | null;
  readonly municipalityCode: string | null;
  readonly organisationKind: string | null;
  readonly mode: string;
  readonly submittedAt: Date | null;
  readonly answers: Readonly<Record<string, unknown>>;
}

type Cell = string | number | Date | null;

const HEADERS: Record<TextLanguage, string[]> = {
  fi: ['Vastaaja', 'Organisaatio', 'Kunta', 'Organisaation laji', 'Tapa', 'Lähetetty'],
  sv: ['Svarande', 'Organisation', 'Kommun', 'Organisationens typ', 'Sätt', 'Skickat'],
  en: ['Respondent', 'Organisation', 'Municipality', 'Organisation kind', 'Mode', 'Submitted'],
};

const say = (label: SurveyLabel | undefined, lang: TextLanguage) => (label ? (label[lang] ?? label.fi) : '');
const list = (items: string[]) => items.join('; ');

type Item = {
  competenceId?: string;
  name?: string;
  organisationId?: string;
  newActor?: { name: string };
  kind?: string;
  strength?: number;
};

function itemName(item: Item, names: SurveyNames, lang: TextLanguage): string {
  if (item.competenceId) return say(names.competences?.get(item.competenceId), lang) || item.competenceId;
  if (item.organisationId) return names.organisations?.get(item.organisationId) ?? item.organisationId;
  return item.newActor?.name ?? item.name ?? '';
}

/** One answer as one cell. */
export function answerCell(q: Question, value: unknown, names: SurveyNames, lang: TextLanguage): Cell {
  if (value === undefined || value === null) return null;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return list(
        [value].flat().map((v) => say(q.options.find((o) => o.key === v)?.label, lang) || String(v)),
      );
    case 'yesno':
      return say(YES_NO.find(([, v]) => v === value)?.[2], lang);
    case 'scale':
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'text':
    case 'date':
      return String(value);
    case 'actors':
      return list((value as string[]).map((id) => names.organisations?.get(id) ?? id));
    case 'competences':
      return list((value as Item[]).map((item) => itemName(item, names, lang)));
    case 'partners':
      return list(
        (value as Item[]).map((item) => `${itemName(item, names, lang)} (${item.kind}, ${item.strength})`),
      );
  }
}

export function surveyTable(
  content: QuestionnaireContent,
  respondents: readonly ExportRespondent[],
  names: SurveyNames,
  lang: TextLanguage,
): { headers: string[]; rows: Cell[][] } {
  const questions = questionsOf(content);
  return {
    headers: [...HEADERS[lang], ...questions.map((q) => `${say(q.label, lang)} (${q.key})`)],
    rows: respondents.map((r) => [
      r.displayName,
      r.organisationName,
      r.municipalityCode,
      r.organisationKind,
      r.mode,
      r.submittedAt,
      ...questions.map((q) => answerCell(q, r.answers[q.key], names, lang)),
    ]),
  };
}
