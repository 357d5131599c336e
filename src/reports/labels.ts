/**
 * Words of the picture report in Finnish (first), Swedish and English, and the names of codes (TOL
 * divisions, municipalities, organisation kinds) in the reader's language.
 */
import { loadBuiltInMunicipalities } from '../domain/reference/municipalities.js';
import { tol2008Division, tol2008Section } from '../domain/reference/tol2008.js';

export type Language = 'fi' | 'sv' | 'en';

const words = {
  title: ['Tilannekuva', 'Lägesbild', 'Situational picture'],
  asOf: ['Tiedot', 'Uppgifter per', 'Data as of'],
  includesExamples: [
    'Esimerkkiaineisto: tilannekuva on laskettu osin kuvitteellisista esimerkkitiedoista, eikä se kuvaa todellista ekosysteemiä.',
    'Exempeldata: lägesbilden är delvis beräknad på fiktiva exempeluppgifter och beskriver inte det verkliga ekosystemet.',
    'Example data: this picture is computed partly from fictional example data and does not describe the real ecosystem.',
  ],
  composition: ['Kokoonpano', 'Sammansättning', 'Composition'],
  network: ['Verkosto', 'Nätverk', 'Network'],
  specialisation: ['Erikoistuminen', 'Specialisering', 'Specialisation'],
  competences: ['Osaaminen', 'Kompetens', 'Competences'],
  strengths: ['Vahvuudet', 'Styrkor', 'Strengths'],
  growth: ['Kasvualaehdokkaat', 'Kandidater till tillväxtbranscher', 'Candidate growth sectors'],
  peers: ['Vertailu', 'Jämförelse', 'Peers'],
  proposals: ['Ehdotukset', 'Förslag', 'Proposals'],
  methods: ['Menetelmät', 'Metoder', 'Methods'],
  technicalAppendix: [
    'Liite: laskennan tekninen kuvaus',
    'Bilaga: beräkningarnas tekniska beskrivning',
    'Appendix: how the figures are computed',
  ],
  contents: ['Sisällys', 'Innehåll', 'Contents'],
  findings: ['Havainnot', 'Iakttagelser', 'Findings'],
  figures: ['Tunnusluvut', 'Nyckeltal', 'Figures'],
  userProposals: [
    'Solmun käyttäjien ehdotukset',
    'Förslag från Solmus användare',
    'Proposals written by Solmu’s users',
  ],
  reportDate: ['Raportti laadittu', 'Rapporten upprättad', 'Report prepared'],
  community: ['Yhteisö', 'Gemenskap', 'Community'],
  mappingEvidence: [
    'Kartoituksen teemat ja lainaukset',
    'Kartläggningens teman och citat',
    'Themes and quotes from the mapping',
  ],
  mappingEvidenceIntro: [
    'Teemat ja lainaukset tulevat tämän alueen kartoituskierroksilta: toimittajat ovat koodanneet lähetetyt avovastaukset teemoiksi ja valinneet raporttiin sopivat lainaukset. Lainauksesta ei käy ilmi, kuka sen sanoi.',
    'Teman och citat kommer från områdets kartläggningsomgångar: redaktörerna har kodat de inskickade öppna svaren i teman och valt citat som passar i rapporten. Av ett citat framgår inte vem som sade det.',
    'The themes and quotes come from the mapping rounds of this area: editors coded the submitted open answers into themes and chose the quotes fit for the report. A quote does not say who said it.',
  ],
  mappingRounds: ['Kartoituskierrokset', 'Kartläggningsomgångar', 'Mapping rounds'],
  respondents: ['vastanneita', 'svarande', 'respondents'],
  themes: ['Teemat', 'Teman', 'Themes'],
  theme: ['Teema', 'Tema', 'Theme'],
  themeRespondents: [
    'Vastaajia, joiden vastauksissa teema on',
    'Svarande med temat i sina svar',
    'Respondents whose answers carry the theme',
  ],
  noThemes: [
    'Vastauksia ei ole vielä koodattu teemoiksi.',
    'Svaren har ännu inte kodats i teman.',
    'No answers have been coded into themes yet.',
  ],
  quotes: ['Lainaukset', 'Citat', 'Quotes'],
  quote: ['Lainaus', 'Citat', 'Quote'],
  question: ['Kysymys', 'Fråga', 'Question'],
  noQuotes: [
    'Raporttiin sopivia lainauksia ei ole vielä valittu.',
    'Inga citat har ännu valts för rapporten.',
    'No quotes have been chosen for the report yet.',
  ],
  organisations: ['Organisaatiot', 'Organisationer', 'Organisations'],
  kind: ['Tyyppi', 'Typ', 'Kind'],
  count: ['Määrä', 'Antal', 'Count'],
  share: ['Osuus', 'Andel', 'Share'],
  tripleHelix: ['Kolmoiskierre', 'Trippelhelix', 'Triple helix'],
  evenness: ['Tasapaino (0–1)', 'Balans (0–1)', 'Balance (0–1)'],
  missingKinds: ['Puuttuvat toimijatyypit', 'Aktörstyper som saknas', 'Missing kinds'],
  none: ['ei yhtään', 'inga', 'none'],
  figure: ['Tunnusluku', 'Nyckeltal', 'Figure'],
  value: ['Arvo', 'Värde', 'Value'],
  nodes: ['Toimijat', 'Aktörer', 'Actors'],
  relations: ['Suhteet', 'Relationer', 'Relations'],
  edges: ['Yhteydet (yhdistettyinä)', 'Förbindelser (sammanslagna)', 'Ties (merged)'],
  density: ['Tiheys', 'Täthet', 'Density'],
  components: ['Komponentit', 'Komponenter', 'Components'],
  modularity: ['Modulaarisuus', 'Modularitet', 'Modularity'],
  communities: ['Yhteisöt (väh. 2 toimijaa)', 'Gemenskaper (minst 2 aktörer)', 'Communities (2+ actors)'],
  isolated: ['Erilliset toimijat', 'Isolerade aktörer', 'Isolated actors'],
  peripheral: ['Reunatoimijat', 'Perifera aktörer', 'Peripheral actors'],
  centralActors: ['Keskeisimmät toimijat', 'Mest centrala aktörer', 'Most central actors'],
  brokers: ['Välittäjät', 'Mäklare', 'Brokers'],
  name: ['Nimi', 'Namn', 'Name'],
  degree: ['Yhteyksiä', 'Förbindelser', 'Degree'],
  weightedDegree: ['Painotettu', 'Viktad', 'Weighted'],
  pagerank: ['PageRank', 'PageRank', 'PageRank'],
  betweenness: ['Välillisyys', 'Mellanhet', 'Betweenness'],
  participation: ['Osallistumiskerroin', 'Deltagandekoefficient', 'Participation'],
  industry: ['Toimiala', 'Näringsgren', 'Industry'],
  lq: ['Sijaintiosamäärä', 'Lokaliseringskvot', 'Location quotient'],
  scope: ['Alue', 'Område', 'Scope'],
  finland: ['Suomi', 'Finland', 'Finland'],
  lowCount: ['vähän havaintoja', 'få observationer', 'low count'],
  byJobs: ['työpaikkojen mukaan', 'enligt arbetsplatser', 'by jobs'],
  solmuActors: ['Solmun toimijat', 'Aktörerna i Solmu', 'Organisations in Solmu'],
  baseline: ['Vertailukohta', 'Jämförelse', 'Compared with'],
  baselineSolmu: [
    'Solmuun kirjatut toimijat, ei koko Suomi (kansallista taulukkoa ei ole tuotu)',
    'aktörerna i Solmu, inte hela Finland (ingen nationell tabell har importerats)',
    'the organisations recorded in Solmu, not all of Finland (no national table has been imported)',
  ],
  baselineFinland: ['koko Suomi', 'hela Finland', 'all of Finland'],
  year: ['vuosi', 'år', 'year'],
  lqInterval: ['95 %:n luottamusväli', '95 % konfidensintervall', '95 % interval'],
  lqLow: ['95 %:n luottamusväli, alaraja', '95 % konfidensintervall, nedre gräns', '95 % interval, low'],
  lqHigh: ['95 %:n luottamusväli, yläraja', '95 % konfidensintervall, övre gräns', '95 % interval, high'],
  offered: ['Tarjottu osaaminen', 'Erbjuden kompetens', 'Competences offered'],
  unmet: ['Täyttämättömät osaamistarpeet', 'Kompetensbehov som inte täcks', 'Unmet needs'],
  neededBy: ['Tarvitsijoita', 'Behövs av', 'Needed by'],
  offeredElsewhere: ['Tarjoajia muualla', 'Erbjuds på annat håll av', 'Offered elsewhere by'],
  sameNetwork: ['samasta verkostosta', 'från samma nätverk', 'same network'],
  score: ['Pisteet', 'Poäng', 'Score'],
  evidence: ['Perusteet', 'Grunder', 'Evidence'],
  actorsInSector: ['keskeiset toimijat', 'centrala aktörer', 'central actors'],
  projects: ['hankkeet', 'projekt', 'projects'],
  change: ['muutos', 'förändring', 'change'],
  since: ['alkaen', 'sedan', 'since'],
  parameters: ['Parametrit', 'Parametrar', 'Parameters'],
  kinds: ['Toimijatyypit', 'Aktörstyper', 'Kinds of organisations'],
  sampled: ['otos', 'urval', 'sampled'],
  exact: ['tarkka', 'exakt', 'exact'],
  sources: ['lähdesolmua', 'källnoder', 'sources'],
  seed: ['siemen', 'frö', 'seed'],
  consortium: ['Konsortio', 'Konsortium', 'Consortium'],
  partners: ['Kumppanit', 'Partner', 'Partners'],
  contactsByRole: ['Yhteyshenkilöt rooleittain', 'Kontaktpersoner per roll', 'Contacts by role'],
  fundingCall: ['Rahoitushaku', 'Utlysning', 'Funding call'],
  deadline: ['Hakuaika päättyy', 'Ansökningstiden går ut', 'Deadline'],
  organisation: ['Toimija', 'Aktör', 'Organisation'],
  role: ['Rooli', 'Roll', 'Role'],
  town: ['Kunta', 'Kommun', 'Municipality'],
  businessId: ['Y-tunnus', 'FO-nummer', 'Business ID'],
  budget: ['Budjetti (€)', 'Budget (€)', 'Budget (€)'],
  contactPerson: ['Yhteyshenkilö', 'Kontaktperson', 'Contact person'],
  contactTitle: ['Tehtävänimike', 'Titel', 'Title'],
  email: ['Sähköposti', 'E-post', 'E-mail'],
  phone: ['Puhelin', 'Telefon', 'Phone'],
  noPartners: [
    'Konsortiossa ei ole vielä kumppaneita.',
    'Konsortiet har ännu inga partner.',
    'The consortium has no partners yet.',
  ],
  workshop: ['Työpaja', 'Workshop', 'Workshop'],
  strategy: ['Strategia', 'Strategi', 'Strategy'],
  held: ['Pidetty', 'Hölls', 'Held'],
  phase: ['Vaihe', 'Fas', 'Phase'],
  idea: ['Idea', 'Idé', 'Idea'],
  ideas: ['Ideat', 'Idéer', 'Ideas'],
  group: ['Ryhmä', 'Grupp', 'Group'],
  groups: ['Ryhmät', 'Grupper', 'Groups'],
  ungrouped: ['Ryhmittelemättä', 'Ogrupperade', 'Ungrouped'],
  dots: ['Pisteet', 'Prickar', 'Dots'],
  voteBudget: ['Pisteitä osallistujaa kohden', 'Prickar per deltagare', 'Dots per participant'],
  participants: ['Osallistujat', 'Deltagare', 'Participants'],
  participantsByOrganisation: [
    'Osallistujat organisaatioittain',
    'Deltagare per organisation',
    'Participants by organisation',
  ],
  participantCount: ['Osallistujia', 'Deltagare', 'Participants'],
  ideaCount: ['Ideoita', 'Idéer', 'Ideas'],
  noOrganisation: ['Organisaatio ei tiedossa', 'Organisation okänd', 'Organisation not given'],
  facilitator: ['Fasilitaattori', 'Facilitator', 'Facilitator'],
  summary: ['Yhteenveto', 'Sammanfattning', 'Summary'],
  noIdeas: [
    'Työpajassa ei ole vielä ideoita.',
    'Workshopen har ännu inga idéer.',
    'The workshop has no ideas yet.',
  ],
  anonymityNote: [
    'Osallistujien nimiä ei näytetä: osallistujat on laskettu organisaatioittain.',
    'Deltagarnas namn visas inte: deltagarna är räknade per organisation.',
    "The participants' names are not shown: they are counted by organisation.",
  ],
} as const satisfies Record<string, readonly [string, string, string]>;

export type Word = keyof typeof words;
const index: Record<Language, 0 | 1 | 2> = { fi: 0, sv: 1, en: 2 };

export function word(key: Word, language: Language): string {
  return words[key][index[language]];
}

const kinds: Record<string, readonly [string, string, string]> = {
  company: ['yritys', 'företag', 'company'],
  education: ['oppilaitos', 'läroanstalt', 'education'],
  rdi: ['TKI-toimija', 'FUI-aktör', 'RDI actor'],
  municipality: ['kunta', 'kommun', 'municipality'],
  development_company: ['kehitysyhtiö', 'utvecklingsbolag', 'development company'],
  funder: ['rahoittaja', 'finansiär', 'funder'],
  association: ['yhdistys', 'förening', 'association'],
  public_agency: ['julkinen virasto', 'offentlig myndighet', 'public agency'],
  other: ['muu', 'annan', 'other'],
  unknown: ['tuntematon', 'okänd', 'unknown'],
};

const pillars: Record<string, readonly [string, string, string]> = {
  companies: ['yritykset', 'företag', 'companies'],
  education: ['koulutus', 'utbildning', 'education'],
  rdi: ['tutkimus ja kehitys', 'forskning och utveckling', 'research and development'],
  public: ['julkinen sektori', 'offentlig sektor', 'public sector'],
};

const projectRoles: Record<string, readonly [string, string, string]> = {
  main_implementer: ['päätoteuttaja', 'huvudgenomförare', 'main implementer'],
  co_implementer: ['osatoteuttaja', 'delgenomförare', 'co-implementer'],
  network_partner: ['verkostokumppani', 'nätverkspartner', 'network partner'],
  funder: ['rahoittaja', 'finansiär', 'funder'],
  steering_group: ['ohjausryhmä', 'styrgrupp', 'steering group'],
  partner: ['kumppani', 'partner', 'partner'],
};

/** Name of a role in a project or consortium. */
export function roleName(code: string, language: Language): string {
  return projectRoles[code]?.[index[language]] ?? code;
}

/** Words of a strategy's yearly action plan (issue 16). */
const actionPlanWords = {
  actionPlan: ['Toimintasuunnitelma', 'Handlingsplan', 'Action plan'],
  goals: ['Tavoitteet', 'Mål', 'Goals'],
  action: ['Kehittämistoimenpide', 'Utvecklingsåtgärd', 'Development action'],
  goal: ['Tavoite', 'Mål', 'Goal'],
  owner: ['Vastuutaho', 'Ansvarig', 'Owner'],
  status: ['Tila', 'Status', 'Status'],
  startOn: ['Alkaa', 'Börjar', 'Starts'],
  endOn: ['Päättyy', 'Slutar', 'Ends'],
  projects: ['Hankkeet', 'Projekt', 'Projects'],
  calls: ['Rahoitushaut', 'Finansieringsutlysningar', 'Funding calls'],
  description: ['Kuvaus', 'Beskrivning', 'Description'],
  indicator: ['Mittari', 'Indikator', 'Indicator'],
  unit: ['Yksikkö', 'Enhet', 'Unit'],
  baseline: ['Lähtötaso', 'Utgångsnivå', 'Baseline'],
  baselineYear: ['Lähtövuosi', 'Utgångsår', 'Baseline year'],
  target: ['Tavoitetaso', 'Målnivå', 'Target'],
  targetYear: ['Tavoitevuosi', 'Målår', 'Target year'],
  latestActual: ['Viimeisin toteuma', 'Senaste utfall', 'Latest actual'],
  measuredOn: ['Mitattu', 'Mätt', 'Measured on'],
  source: ['Lähde', 'Källa', 'Source'],
  noSchedule: ['Ei aikataulua', 'Ingen tidsplan', 'No schedule'],
} as const satisfies Record<string, readonly [string, string, string]>;

export type ActionPlanWord = keyof typeof actionPlanWords;

export function actionPlanWord(key: ActionPlanWord, language: Language): string {
  return actionPlanWords[key][index[language]];
}

const progressWords = {
  progress: ['Kuntien edistyminen', 'Kommunernas framsteg', 'Towns’ progress'],
  town: ['Kunta', 'Kommun', 'Town'],
  strategies: ['Strategiat', 'Strategier', 'Strategies'],
  noStrategy: ['ei strategiaa', 'ingen strategi', 'no strategy'],
  onTrack: ['Tavoitteita aikataulussa', 'Mål enligt tidsplan', 'Goals on track'],
  offTrack: ['Tavoitteita jäljessä', 'Mål efter', 'Goals behind'],
  noData: ['Tavoitteita ilman tietoa', 'Mål utan uppgifter', 'Goals without data'],
  actions: ['Toimenpiteet tiloittain', 'Åtgärder per status', 'Actions by status'],
  latest: ['Viimeisin toteuma', 'Senaste utfall', 'Latest actual'],
} as const;

export function progressWord(key: keyof typeof progressWords, language: Language): string {
  return progressWords[key][index[language]];
}

const actionStatuses: Record<string, readonly [string, string, string]> = {
  planned: ['Suunniteltu', 'Planerad', 'Planned'],
  in_progress: ['Käynnissä', 'Pågår', 'In progress'],
  done: ['Valmis', 'Klar', 'Done'],
  delayed: ['Viivästynyt', 'Försenad', 'Delayed'],
  cancelled: ['Peruttu', 'Inställd', 'Cancelled'],
};

/** Name of a development action's status. */
export function actionStatusName(code: string, language: Language): string {
  return actionStatuses[code]?.[index[language]] ?? code;
}

/** Name of an organisation kind (or 'unknown'). */
export function kindName(code: string, language: Language): string {
  return kinds[code]?.[index[language]] ?? code;
}

/** Name of a triple-helix pillar. */
export function pillarName(code: string, language: Language): string {
  return pillars[code]?.[index[language]] ?? code;
}

const nameKey = { fi: 'nameFi', sv: 'nameSv', en: 'nameEn' } as const;

/** "16 Sahatavaran sekä puu- ja korkkituotteiden valmistus" — a TOL division or section with its name. */
export function industryName(code: string, language: Language): string {
  const found = /^\d{2}$/.test(code) ? tol2008Division(code) : tol2008Section(code);
  if (!found) return code === 'unknown' ? kindName('unknown', language) : code;
  const name = found[nameKey[language]];
  const readable = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  return `${code} ${readable}`;
}

let municipalityNames: Map<string, { fi: string; sv: string }> | null = null;

export function municipalityName(code: string, language: Language): string {
  municipalityNames ??= new Map(
    loadBuiltInMunicipalities().map((m) => [m.code, { fi: m.nameFi, sv: m.nameSv }]),
  );
  const m = municipalityNames.get(code);
  if (!m) return code === 'unknown' ? kindName('unknown', language) : code;
  return language === 'sv' ? m.sv || m.fi : m.fi;
}

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Numbers as the reader writes them (1 234,5 in Finnish and Swedish). */
export function formatNumber(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value);
}

export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A day (YYYY-MM-DD) as the reader writes it: 7.12.2026 in Finnish and Swedish, 7 December 2026 in English. */
export function formatDate(isoDay: string, language: Language): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  const style: Intl.DateTimeFormatOptions =
    language === 'en' ? { dateStyle: 'long' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
  return new Intl.DateTimeFormat(locales[language], { ...style, timeZone: 'UTC' }).format(date);
}
