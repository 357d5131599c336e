/**
 * The words of a project's report (issue 16) in fi, sv and en: templates, sections, blocks of data,
 * columns and the vocabularies the report names. Kept beside `labels.ts`, whose helpers (dates,
 * numbers, organisation kinds, project roles, development actions' statuses) the report uses too.
 */
import type { Language } from './labels.js';

type Three = readonly [fi: string, sv: string, en: string];
const at: Record<Language, 0 | 1 | 2> = { fi: 0, sv: 1, en: 2 };

const templates: Record<string, Three> = {
  erdf_progress: [
    'EAKR-hankkeen edistymisraportti',
    'Lägesrapport för ett ERUF-projekt',
    'ERDF project progress report',
  ],
  steering_group: ['Ohjausryhmän kokous', 'Styrgruppens möte', 'Steering group meeting'],
};

const sections: Record<string, Three> = {
  project: ['Hanke ja sen toteuttajat', 'Projektet och dess genomförare', 'The project and its partners'],
  actions: ['Toteutuneet toimenpiteet', 'Genomförda åtgärder', 'Actions carried out'],
  results: ['Tulokset ja indikaattorit', 'Resultat och indikatorer', 'Results and indicators'],
  communication: ['Viestintä', 'Kommunikation', 'Communication'],
  cooperation: ['Yhteistyö', 'Samarbete', 'Cooperation'],
  deviations: ['Poikkeamat ja riskit', 'Avvikelser och risker', 'Deviations and risks'],
  nextPeriod: ['Seuraavan kauden suunnitelma', 'Plan för nästa period', 'Plan for the next period'],
  agenda: ['Asialista', 'Föredragningslista', 'Agenda'],
  status: ['Tilannekatsaus', 'Lägesöversikt', 'Progress review'],
  decisions: ['Päätettävät asiat', 'Beslutsärenden', 'Matters for decision'],
  nextMeeting: ['Seuraava kokous', 'Nästa möte', 'Next meeting'],
};

const blocks: Record<string, Three> = {
  project: ['Hankkeen tiedot', 'Projektets uppgifter', 'Project details'],
  roles: ['Roolit ja kumppanit', 'Roller och partner', 'Roles and partners'],
  events: ['Järjestetyt tilaisuudet', 'Ordnade evenemang', 'Events held'],
  workshops: ['Pidetyt työpajat', 'Hållna workshoppar', 'Workshops held'],
  mapping: ['Kartoituskierrokset', 'Kartläggningsomgångar', 'Mapping rounds'],
  pictures: ['Tilannekuvat ja raportit', 'Lägesbilder och rapporter', 'Pictures and picture reports'],
  goals: ['Tavoitteet ja indikaattorit', 'Mål och indikatorer', 'Goals and indicators'],
  actions: ['Kehittämistoimenpiteet', 'Utvecklingsåtgärder', 'Development actions'],
  contacts: ['Yhteydenpito ja uudet kumppanit', 'Kontakter och nya partner', 'Contacts and new partners'],
};

const words = {
  period: ['Raportointikausi', 'Rapportperiod', 'Reporting period'],
  name: ['Nimi', 'Namn', 'Name'],
  programme: ['Ohjelma', 'Program', 'Programme'],
  fundingCall: ['Rahoitushaku', 'Finansieringsutlysning', 'Funding call'],
  funders: ['Rahoittajat', 'Finansiärer', 'Funders'],
  projectPeriod: ['Hankkeen kesto', 'Projektets löptid', 'Project period'],
  budget: ['Budjetti (€)', 'Budget (€)', 'Budget (€)'],
  status: ['Tila', 'Status', 'Status'],
  organisation: ['Organisaatio', 'Organisation', 'Organisation'],
  kind: ['Tyyppi', 'Typ', 'Kind'],
  role: ['Rooli', 'Roll', 'Role'],
  note: ['Huomautus', 'Anmärkning', 'Note'],
  event: ['Tilaisuus', 'Evenemang', 'Event'],
  date: ['Päivä', 'Datum', 'Date'],
  place: ['Paikka', 'Plats', 'Place'],
  participants: ['Osallistujia', 'Deltagare', 'Participants'],
  byKind: ['Organisaatiotyypeittäin', 'Per organisationstyp', 'By kind of organisation'],
  byRole: ['Rooleittain', 'Per roll', 'By role'],
  workshop: ['Työpaja', 'Workshop', 'Workshop'],
  organisations: ['Organisaatioita', 'Organisationer', 'Organisations'],
  ideas: ['Ideoita', 'Idéer', 'Ideas'],
  goalsMade: ['Tavoitteita siitä', 'Mål därifrån', 'Goals made'],
  actionsMade: ['Toimenpiteitä siitä', 'Åtgärder därifrån', 'Actions made'],
  round: ['Kierros', 'Omgång', 'Round'],
  opens: ['Alkoi', 'Började', 'Opened'],
  closes: ['Päättyi', 'Slutade', 'Closed'],
  respondents: ['Vastaajia', 'Respondenter', 'Respondents'],
  answered: ['Vastanneita', 'Har svarat', 'Answered'],
  picture: ['Aineisto', 'Material', 'Item'],
  scope: ['Kohde', 'Område', 'Scope'],
  published: ['Julkaistu', 'Publicerad', 'Published'],
  yes: ['kyllä', 'ja', 'yes'],
  no: ['ei', 'nej', 'no'],
  strategy: ['Strategia', 'Strategi', 'Strategy'],
  goal: ['Tavoite', 'Mål', 'Goal'],
  indicator: ['Indikaattori', 'Indikator', 'Indicator'],
  baseline: ['Lähtötaso', 'Utgångsläge', 'Baseline'],
  target: ['Tavoitetaso', 'Målnivå', 'Target'],
  actual: ['Viimeisin toteuma', 'Senaste utfall', 'Latest actual'],
  action: ['Toimenpide', 'Åtgärd', 'Action'],
  owner: ['Vastuutaho', 'Ansvarig', 'Owner'],
  schedule: ['Aikataulu', 'Tidsplan', 'Schedule'],
  inProject: ['Hankkeen toimenpide', 'Projektets åtgärd', 'The project’s action'],
  logged: ['Kirjattuja yhteydenottoja', 'Registrerade kontakter', 'Contacts logged'],
  won: ['Uusi kumppani', 'Ny partner', 'New partner'],
  wonOn: ['Kumppaniksi', 'Partner sedan', 'Partner since'],
  none: ['Ei merkintöjä kaudella.', 'Inga uppgifter under perioden.', 'Nothing in the period.'],
  texts: ['Tekstit', 'Texter', 'Texts'],
  section: ['Osio', 'Avsnitt', 'Section'],
  text: ['Teksti', 'Text', 'Text'],
  fileName: ['hankeraportti', 'projektrapport', 'project-report'],
  snapshot: ['tilannekuva', 'lägesbild', 'picture'],
  report: ['tilannekuvaraportti', 'lägesbildsrapport', 'picture report'],
  person: ['henkilö', 'person', 'person'],
} as const satisfies Record<string, Three>;
export type ReportWord = keyof typeof words;

const vocabularies: Record<string, Record<string, Three>> = {
  eventKind: {
    webinar: ['webinaari', 'webbinarium', 'webinar'],
    visit: ['vierailu', 'besök', 'visit'],
    workshop: ['työpaja', 'workshop', 'workshop'],
    get_together: ['verkostoitumistilaisuus', 'nätverksträff', 'get-together'],
    seminar: ['seminaari', 'seminarium', 'seminar'],
    other: ['muu', 'annat', 'other'],
  },
  participantRole: {
    organiser: ['järjestäjä', 'arrangör', 'organiser'],
    speaker: ['puhuja', 'talare', 'speaker'],
    participant: ['osallistuja', 'deltagare', 'participant'],
    host: ['isäntä', 'värd', 'host'],
  },
  projectStatus: {
    planned: ['suunniteltu', 'planerat', 'planned'],
    active: ['käynnissä', 'pågående', 'active'],
    completed: ['päättynyt', 'avslutat', 'completed'],
    cancelled: ['peruttu', 'inställt', 'cancelled'],
  },
};
export type Vocabulary = 'eventKind' | 'participantRole' | 'projectStatus';

export const reportWord = (key: ReportWord, lang: Language) => words[key][at[lang]];
export const templateName = (key: string, lang: Language) => templates[key]?.[at[lang]] ?? key;
export const sectionName = (key: string, lang: Language) => sections[key]?.[at[lang]] ?? key;
export const blockName = (key: string, lang: Language) => blocks[key]?.[at[lang]] ?? key;
export const termName = (vocabulary: Vocabulary, code: string, lang: Language) =>
  vocabularies[vocabulary]![code]?.[at[lang]] ?? code;

type Counts = { events: number; participants: number; rounds: number; pictures: number };
type Progress = { goals: number; actions: number; done: number };
type Pipeline = { logged: number; won: number };

/** The sentences a new draft's texts start from, written from the data of its period. */
export const starterSentences = {
  actions: (c: Counts, lang: Language) =>
    [
      `Tilaisuuksia järjestettiin ${c.events}, ja osallistujia oli yhteensä ${c.participants}. Kartoituskierroksia oli käynnissä ${c.rounds}, ja tilannekuvia tai tilannekuvaraportteja laadittiin ${c.pictures}.`,
      `Antal evenemang: ${c.events} (sammanlagt ${c.participants} deltagare). Kartläggningsomgångar: ${c.rounds}. Lägesbilder och lägesbildsrapporter: ${c.pictures}.`,
      `Events held: ${c.events} (${c.participants} participants in all). Mapping rounds under way: ${c.rounds}. Pictures and picture reports made: ${c.pictures}.`,
    ][at[lang]]!,
  results: (p: Progress, lang: Language) =>
    [
      `Strategioissa on tavoitteita ${p.goals} ja kehittämistoimenpiteitä ${p.actions}, joista valmiina on ${p.done}.`,
      `Strategierna har ${p.goals} mål och ${p.actions} utvecklingsåtgärder, varav ${p.done} är klara.`,
      `The strategies have ${p.goals} goals and ${p.actions} development actions, of which ${p.done} are done.`,
    ][at[lang]]!,
  cooperation: (p: Pipeline, lang: Language) =>
    [
      `Yhteydenottoja kirjattiin ${p.logged}, ja uusia kumppaneita saatiin ${p.won}.`,
      `Registrerade kontakter: ${p.logged}. Nya partner: ${p.won}.`,
      `Contacts logged: ${p.logged}. New partners won: ${p.won}.`,
    ][at[lang]]!,
};
