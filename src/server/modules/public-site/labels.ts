/** Every word of the public "Invest in" pages, in Finnish, Swedish and English side by side. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const isLang = (value: string): value is Lang => (LANGUAGES as readonly string[]).includes(value);

const words = {
  siteName: ['Invest in – Solmu', 'Invest in – Solmu', 'Invest in – Solmu'],
  investIn: ['Sijoituskohteena', 'Investera i', 'Invest in'],
  indexTitle: ['Investoi Suomen kaupunkeihin', 'Investera i finländska städer', 'Invest in Finnish towns'],
  indexIntro: [
    'Kaupunkien, ekosysteemien ja verkostojen esittelyt sijoittajille ja yrityksille.',
    'Städernas, ekosystemens och nätverkens presentationer för investerare och företag.',
    'Towns, ecosystems and networks presented for investors and companies.',
  ],
  noPages: ['Julkaistuja sivuja ei vielä ole.', 'Inga publicerade sidor ännu.', 'No published pages yet.'],
  skip: ['Siirry sisältöön', 'Hoppa till innehållet', 'Skip to content'],
  language: ['Kieli', 'Språk', 'Language'],
  allPages: ['Kaikki sivut', 'Alla sidor', 'All pages'],
  keyFigures: ['Avainluvut', 'Nyckeltal', 'Key figures'],
  actorsByKind: ['Julkiset toimijat lajeittain', 'Offentliga aktörer efter typ', 'Public actors by kind'],
  jobsByIndustry: ['Työpaikat toimialoittain', 'Arbetsplatser efter näringsgren', 'Jobs by industry'],
  establishmentsByIndustry: [
    'Toimipaikat toimialoittain',
    'Verksamhetsställen efter näringsgren',
    'Establishments by industry',
  ],
  specialisation: ['Erikoistuminen', 'Specialisering', 'Specialisation'],
  specialisationNote: [
    'Sijaintiosamäärä: kuinka paljon yleisempi toimiala on täällä kuin koko Suomessa (1 = yhtä yleinen).',
    'Lokaliseringskvot: hur mycket vanligare näringsgrenen är här än i hela Finland (1 = lika vanlig).',
    'Location quotient: how much more common the industry is here than in all of Finland (1 = as common).',
  ],
  specialisationSolmuNote: [
    'Verrattu Solmuun kirjattuihin toimijoihin, ei koko Suomeen.',
    'Jämfört med aktörerna i Solmu, inte med hela Finland.',
    'Compared with the actors recorded in Solmu, not with all of Finland.',
  ],
  industry: ['Toimiala', 'Näringsgren', 'Industry'],
  kind: ['Laji', 'Typ', 'Kind'],
  count: ['Määrä', 'Antal', 'Count'],
  lq: ['Sijaintiosamäärä', 'Lokaliseringskvot', 'Location quotient'],
  source: ['Lähde', 'Källa', 'Source'],
  noFigures: ['Lukuja ei vielä ole.', 'Inga siffror ännu.', 'No figures yet.'],
  strengths: ['Vahvuudet', 'Styrkor', 'Strengths'],
  growthSectors: ['Kasvualat', 'Tillväxtbranscher', 'Growth sectors'],
  keyActors: ['Keskeiset toimijat', 'Centrala aktörer', 'Key actors'],
  website: ['Verkkosivut', 'Webbplats', 'Website'],
  noActors: [
    'Yksikään toimija ei ole vielä antanut lupaa näkyä tällä sivulla.',
    'Ingen aktör har ännu gett sitt samtycke till att visas på sidan.',
    'No actor has yet agreed to be shown on this page.',
  ],
  events: ['Tulevat tapahtumat', 'Kommande evenemang', 'Upcoming events'],
  noEvents: ['Ei tulevia tapahtumia.', 'Inga kommande evenemang.', 'No upcoming events.'],
  addToCalendar: ['Lisää kalenteriin', 'Lägg till i kalendern', 'Add to calendar'],
  online: ['Verkossa', 'På nätet', 'Online'],
  stories: ['Tarinat', 'Berättelser', 'Stories'],
  contacts: ['Yhteystiedot', 'Kontakter', 'Contacts'],
  email: ['Sähköposti', 'E-post', 'E-mail'],
  phone: ['Puhelin', 'Telefon', 'Phone'],
  map: ['Kartta', 'Karta', 'Map'],
  mapTowns: ['Verkoston kunnat kartalla', 'Nätverkets kommuner på kartan', 'The network’s towns on a map'],
  mapActors: ['Toimijat kartalla', 'Aktörerna på kartan', 'The actors on a map'],
  mapRelations: [
    'Keskeiset toimijat ja niiden yhteistyö',
    'De centrala aktörerna och deras samarbete',
    'The key actors and how they work together',
  ],
  memberTowns: ['Jäsenkunnat', 'Medlemskommuner', 'Member towns'],
  relatedOfTown: ['Ekosysteemit ja verkostot', 'Ekosystem och nätverk', 'Ecosystems and networks'],
  relatedOfEcosystem: ['Kunnat ja verkostot', 'Kommuner och nätverk', 'Towns and networks'],
  towns: ['Kunnat', 'Kommuner', 'Towns'],
  ecosystems: ['Ekosysteemit', 'Ekosystem', 'Ecosystems'],
  networks: ['Verkostot', 'Nätverk', 'Networks'],
  accessibility: ['Saavutettavuusseloste', 'Tillgänglighetsutlåtande', 'Accessibility statement'],
  preview: [
    'Esikatselu: sivua ei ole julkaistu.',
    'Förhandsvisning: sidan är inte publicerad.',
    'Preview: this page is not published.',
  ],
  previewPublished: [
    'Esikatselu: näin sivu näkyy kaikille.',
    'Förhandsvisning: så här ser alla sidan.',
    'Preview: this is how everyone sees the page.',
  ],
  notFoundTitle: ['Sivua ei löydy', 'Sidan hittas inte', 'Page not found'],
  notFoundText: [
    'Osoitteessa ei ole julkaistua sivua.',
    'Det finns ingen publicerad sida på adressen.',
    'There is no published page at this address.',
  ],
  kindMunicipality: ['Kunta', 'Kommun', 'Town'],
  kindEcosystem: ['Ekosysteemi', 'Ekosystem', 'Ecosystem'],
  kindNetwork: ['Verkosto', 'Nätverk', 'Network'],
  footerData: [
    'Tiedot: Solmu. Sivulla näkyvät vain julkiset tiedot.',
    'Uppgifter: Solmu. Sidan visar endast offentliga uppgifter.',
    'Data: Solmu. The page shows public data only.',
  ],
  embedFrom: ['Lähde: Solmu', 'Källa: Solmu', 'Source: Solmu'],
} as const satisfies Record<string, readonly [string, string, string]>;

export type Word = keyof typeof words;

/** Kinds of events as the pages name them; other kinds are not named. */
export const EVENT_KIND_NAMES: Record<string, readonly [string, string, string]> = {
  webinar: ['Webinaari', 'Webbinarium', 'Webinar'],
  visit: ['Vierailu', 'Besök', 'Visit'],
  seminar: ['Seminaari', 'Seminarium', 'Seminar'],
  workshop: ['Työpaja', 'Workshop', 'Workshop'],
  get_together: ['Tapaaminen', 'Träff', 'Get-together'],
};
const INDEX: Record<Lang, 0 | 1 | 2> = { fi: 0, sv: 1, en: 2 };

export const t = (key: Word, lang: Lang): string => words[key][INDEX[lang]];

export const eventKindName = (kind: string, lang: Lang): string | null =>
  EVENT_KIND_NAMES[kind]?.[INDEX[lang]] ?? null;

/** The language's own name, for the language switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** The accessibility statement (law 306/2019), per language. */
export const STATEMENT = {
  fi: {
    intro:
      'Tämä saavutettavuusseloste koskee Solmun julkisia Invest in -sivuja. Haluamme, että kuka tahansa voi käyttää sivuja. Seloste on laadittu digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti.',
    statusTitle: 'Vaatimustenmukaisuus',
    status:
      'Sivut täyttävät WCAG 2.1 -ohjeiston AA-tason vaatimukset osittain. Sivut toimivat ilman JavaScriptiä, ja ne tarkistetaan automaattisesti axe-työkalulla.',
    gapsTitle: 'Sisältö, joka ei ole saavutettavaa',
    gaps: [
      'Kuntien rajoista piirretty kartta on kuva; sen tiedot ovat myös luettelona kartan alla.',
      'Kaupunkien itse kirjoittamissa tarinoissa kuvien vaihtoehtoiset tekstit ovat kirjoittajan vastuulla.',
      'Upotetut osiot kaupunkien omilla sivuilla noudattavat upottavan sivuston saavutettavuutta.',
    ],
    feedbackTitle: 'Palaute ja yhteystiedot',
    feedback:
      'Huomasitko saavutettavuuspuutteen? Kerro siitä alla olevalla lomakkeella. Vastaamme 14 päivän kuluessa.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement:
      'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.',
    authority: 'Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö',
    authorityUrl: 'https://www.saavutettavuusvaatimukset.fi',
    authorityEmail: 'saavutettavuus@avi.fi',
    updated: 'Seloste on laadittu',
  },
  sv: {
    intro:
      'Detta tillgänglighetsutlåtande gäller Solmus offentliga Invest in-sidor. Vi vill att vem som helst ska kunna använda sidorna. Utlåtandet har utarbetats enligt lagen om tillhandahållande av digitala tjänster (306/2019).',
    statusTitle: 'Överensstämmelse',
    status:
      'Sidorna uppfyller delvis kraven på nivå AA i WCAG 2.1. Sidorna fungerar utan JavaScript och kontrolleras automatiskt med verktyget axe.',
    gapsTitle: 'Innehåll som inte är tillgängligt',
    gaps: [
      'Kartan som ritats av kommungränserna är en bild; dess uppgifter finns också som en lista under kartan.',
      'Bildtexterna i berättelser som städerna själva skriver är skribentens ansvar.',
      'Inbäddade delar på städernas egna webbplatser följer den inbäddande webbplatsens tillgänglighet.',
    ],
    feedbackTitle: 'Respons och kontaktuppgifter',
    feedback:
      'Har du upptäckt en brist i tillgängligheten? Berätta om den med formuläret nedan. Vi svarar inom 14 dagar.',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement:
      'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket i Södra Finland.',
    authority: 'Regionförvaltningsverket i Södra Finland, enheten för tillgänglighetstillsyn',
    authorityUrl: 'https://www.tillganglighetskrav.fi',
    authorityEmail: 'saavutettavuus@avi.fi',
    updated: 'Utlåtandet har utarbetats',
  },
  en: {
    intro:
      'This accessibility statement applies to Solmu’s public Invest in pages. We want anyone to be able to use them. The statement follows the Finnish Act on the Provision of Digital Services (306/2019).',
    statusTitle: 'Compliance status',
    status:
      'The pages partially meet the AA level of WCAG 2.1. They work without JavaScript and are checked automatically with the axe tool.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'The map drawn from the municipality borders is an image; its contents are also listed below the map.',
      'The alternative texts of images in the stories towns write themselves are their writers’ responsibility.',
      'Sections embedded on towns’ own websites follow the accessibility of the embedding website.',
    ],
    feedbackTitle: 'Feedback and contact information',
    feedback:
      'Did you notice an accessibility problem? Tell us with the form below. We answer within 14 days.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you are not satisfied with the reply or receive no reply within two weeks, you can notify the Regional State Administrative Agency for Southern Finland.',
    authority: 'Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit',
    authorityUrl: 'https://www.webaccessibility.fi',
    authorityEmail: 'saavutettavuus@avi.fi',
    updated: 'The statement was prepared on',
  },
} as const satisfies Record<Lang, Record<string, string | readonly string[]>>;

/** When the statement was last reviewed (YYYY-MM-DD). */
export const STATEMENT_DATE = '2026-12-07';
