/**
 * The mapping round of Savonlinna's forest bioeconomy ecosystem: the interviews the project's local staff
 * held in May 2022 with the ecosystem's key actors (seed 000: "toukokuun aikana haastattelut … keskeisille
 * toimijoille"; seed 002: the state of the ecosystem was mapped first, then workshops with MDI).
 *
 * The round, its questionnaire (the mapping template) and who was interviewed are the demo's facts: the
 * respondents are real actors of actors-savo.ts and organisations-towns.ts. EVERY ANSWER BELOW IS EXAMPLE
 * DATA — FICTIONAL: nobody said these words. The loader stores the round as an example round; the web marks
 * its answers "Esimerkkiaineisto"; `solmu seed --remove-examples` deletes it and `SOLMU_DEMO=facts` never
 * loads it.
 *
 * Rules kept here (as in examples.ts, and tested): a tie named in an answer goes to an example
 * organisation ("Esimerkki: …", or a new actor named so), never between two real organisations; no answer
 * names a person; the interviewer is a role, not a name.
 */

/** An answer to the name generator: a roster organisation by demo key, or a new actor. */
export type DemoPartner = {
  org?: string;
  newActor?: { name: string; municipalityCode: string; kind: 'company' };
  kind: 'collaboration' | 'project_partner' | 'supply_chain' | 'customer' | 'education';
  strength: number;
};

export type DemoRespondent = {
  /** The organisation's demo key. */
  org: string;
  /** The interview's date; none when the actor was not reached. */
  interviewedOn?: string;
  answers?: {
    role: string[];
    cooperation: number;
    state: string;
    /** Competence slugs of the vocabulary, or a new term. */
    offers?: string[];
    needs?: string[];
    partners?: DemoPartner[];
    strengths: string;
    challenges: string;
    requirements: string;
    potential: string;
    growth_areas: string;
    proposals: string;
    join: boolean;
    join_how?: string;
  };
  /** The editor's theme codes by question key. */
  codes?: Record<string, string[]>;
  /** Question keys whose answer the editor marked usable as a quote in the report. */
  quotes?: string[];
};

export const SAVONLINNA_ROUND = {
  nameFi: 'Savonlinnan metsäbiotalouden ekosysteemin kartoitus, toukokuu 2022',
  nameSv: 'Kartläggning av Nyslotts ekosystem för skogsbioekonomi, maj 2022',
  nameEn: 'Mapping of the Savonlinna forest bioeconomy ecosystem, May 2022',
  opensOn: '2022-05-02',
  closesOn: '2022-05-31',
  interviewer: 'Hankkeen paikallinen henkilöstö',
} as const;

const NEW_PLANT = {
  name: 'Esimerkki: Savonlinnan puumoduulitehdas',
  municipalityCode: '740',
  kind: 'company',
} as const;

/** EXAMPLE DATA — FICTIONAL answers (see the file's comment). */
export const SAVONLINNA_RESPONDENTS: DemoRespondent[] = [
  {
    org: 'savonlinna-city',
    interviewedOn: '2022-05-04',
    answers: {
      role: ['connector', 'funding'],
      cooperation: 3,
      state:
        'Toimijoita on paljon, mutta yhteistyö on vielä hajanaista. Kaupunki haluaa koota yritykset, oppilaitokset ja tutkimuksen saman pöydän ääreen.',
      offers: ['yrityspalvelut'],
      needs: ['tki-palvelut'],
      partners: [{ org: 'example-savonlinna-a', kind: 'collaboration', strength: 3 }],
      strengths:
        'Vahva puunjalostuksen perinne ja suuret tehtaat lähellä. Kuitulaboratorio ja Luke tuovat tutkimusta alueelle.',
      challenges:
        'Osaavan työvoiman saatavuus on suurin haaste. Nuoret muuttavat opiskelemaan muualle eivätkä palaa.',
      requirements: 'Yhteinen tavoite ja koordinaattori, joka pitää verkoston koossa hankkeiden välissäkin.',
      potential: 'Puurakentaminen ja puupohjaiset uudet materiaalit voisivat tuoda uusia yrityksiä.',
      growth_areas: 'Puurakentaminen, biotuotteet ja teknologiateollisuuden alihankinta.',
      proposals: 'Teknologiapuiston kehittäminen yhdessä oppilaitosten ja Luken kanssa.',
      join: true,
      join_how: 'Kaupunki voi toimia ekosysteemin orkestroijana.',
    },
    codes: {
      challenges: ['osaavan työvoiman saatavuus'],
      strengths: ['puunjalostuksen perinne', 'tutkimus lähellä'],
      growth_areas: ['puurakentaminen'],
    },
    quotes: ['challenges'],
  },
  {
    org: 'andritz-savonlinna',
    interviewedOn: '2022-05-06',
    answers: {
      role: ['developer', 'customer'],
      cooperation: 3,
      state: 'Teemme yhteistyötä lähinnä alihankkijoiden kanssa. Oppilaitosyhteistyö on satunnaista.',
      offers: ['teknologiateollisuus'],
      needs: ['ammatillinen-koulutus'],
      partners: [
        { org: 'example-savonlinna-b', kind: 'supply_chain', strength: 4 },
        { newActor: NEW_PLANT, kind: 'customer', strength: 2 },
      ],
      strengths: 'Kansainvälinen teknologiaosaaminen ja pitkä kokemus kuitulinjoista.',
      challenges:
        'Hitsaajista ja automaatioasentajista on pulaa. Osaavan työvoiman saatavuus rajoittaa kasvua.',
      requirements: 'Koulutusta, joka vastaa yritysten tarpeisiin, ja harjoittelupaikkoja opiskelijoille.',
      potential: 'Paikalliset alihankkijat voisivat kasvaa yhdessä meidän kanssamme.',
      growth_areas: 'Teknologiateollisuuden alihankinta ja digitaaliset palvelut.',
      proposals: 'Yritysten ja Samiedun yhteinen koulutusohjelma teknologia-alalle.',
      join: true,
      join_how: 'Voimme tarjota harjoittelupaikkoja ja asiantuntijoita.',
    },
    codes: {
      challenges: ['osaavan työvoiman saatavuus'],
      proposals: ['koulutus yritysten tarpeisiin'],
      requirements: ['koulutus yritysten tarpeisiin'],
    },
    quotes: ['proposals'],
  },
  {
    org: 'upm-plywood-savonlinna',
    interviewedOn: '2022-05-10',
    answers: {
      role: ['developer'],
      cooperation: 2,
      state: 'Tehdas toimii omillaan. Yhteistyötä alueen muiden toimijoiden kanssa voisi olla enemmän.',
      offers: ['puunjalostus'],
      needs: ['puurakentaminen'],
      partners: [{ org: 'example-savonlinna-c', kind: 'supply_chain', strength: 3 }],
      strengths: 'Koivuvaneri on maailmalla tunnettu tuote ja raaka-aine on lähellä.',
      challenges: 'Logistiikka ja pitkät etäisyydet. Työvoiman saatavuus vuorotyöhön.',
      requirements: 'Parempi liikenneyhteys ja yhteinen rekrytointi alueen yritysten kesken.',
      potential: 'Vanerin uudet käyttökohteet puurakentamisessa.',
      growth_areas: 'Puurakentaminen ja teollinen puutuotanto.',
      proposals: 'Yhteinen rekrytointikampanja alueen teollisuusyrityksille.',
      join: true,
    },
    codes: {
      challenges: ['osaavan työvoiman saatavuus', 'logistiikka'],
      growth_areas: ['puurakentaminen'],
    },
  },
  {
    org: 'metsa-wood-punkaharju',
    interviewedOn: '2022-05-12',
    answers: {
      role: ['developer'],
      cooperation: 3,
      state: 'Investoinnit ovat tuoneet työpaikkoja. Tarvitsemme lisää osaajia ja kumppaneita.',
      offers: ['puunjalostus', 'puurakentaminen'],
      partners: [{ newActor: NEW_PLANT, kind: 'customer', strength: 3 }],
      strengths: 'LVL-tuotanto ja puurakentamisen kasvava kysyntä.',
      challenges: 'Osaavan työvoiman saatavuus ja asuntojen puute uusille työntekijöille.',
      requirements: 'Asuntoja ja palveluja, jotka houkuttelevat perheitä muuttamaan.',
      potential: 'Puurakentamisen arvoketju alueelle: elementit, moduulit ja suunnittelu.',
      growth_areas: 'Puurakentaminen.',
      proposals: 'Puurakentamisen yritysryhmä, jossa suunnittelijat ja valmistajat tapaavat.',
      join: true,
      join_how: 'Mukaan puurakentamisen yritysryhmään.',
    },
    codes: {
      challenges: ['osaavan työvoiman saatavuus'],
      growth_areas: ['puurakentaminen'],
      potential: ['puurakentaminen'],
    },
    quotes: ['potential'],
  },
  {
    org: 'luke-savonlinna',
    interviewedOn: '2022-05-17',
    answers: {
      role: ['research'],
      cooperation: 4,
      state:
        'Tutkimusyhteistyö yritysten kanssa on hyvällä tasolla, mutta pienet yritykset eivät löydä meitä.',
      offers: ['metsabiotalous', 'tki-palvelut'],
      partners: [{ org: 'example-savonlinna-a', kind: 'project_partner', strength: 2 }],
      strengths: 'Metsäntutkimuksen pitkä perinne Punkaharjulla ja kansainväliset verkostot.',
      challenges: 'Pienten yritysten on vaikea löytää tutkimuspalveluja.',
      requirements: 'Matalan kynnyksen palvelu, joka ohjaa yritykset tutkimuksen luo.',
      potential: 'Biotuotteet ja metsien uudet käyttötavat.',
      growth_areas: 'Biotuotteet ja metsäbiotalouden palvelut.',
      proposals: 'Yhteinen palvelupiste tutkimukselle ja yrityksille teknologiapuistoon.',
      join: true,
    },
    codes: {
      challenges: ['tutkimuksen saavutettavuus'],
      strengths: ['tutkimus lähellä'],
      growth_areas: ['biotuotteet'],
    },
    quotes: ['requirements'],
  },
  {
    org: 'samiedu',
    interviewedOn: '2022-05-19',
    answers: {
      role: ['education'],
      cooperation: 3,
      state:
        'Teemme yhteistyötä yritysten kanssa työssäoppimisessa. Koulutustarpeita voisi ennakoida paremmin.',
      offers: ['ammatillinen-koulutus'],
      partners: [{ org: 'example-savonlinna-b', kind: 'education', strength: 3 }],
      strengths: 'Joustavat koulutuspolut ja yhteistyö yritysten kanssa.',
      challenges: 'Teknologia-alan hakijoita on liian vähän.',
      requirements: 'Yritysten tieto tulevista osaamistarpeista hyvissä ajoin.',
      potential: 'Puurakentamisen ja automaation koulutus yhdessä yritysten kanssa.',
      growth_areas: 'Puurakentaminen ja automaatio.',
      proposals: 'Koulutustarpeiden yhteinen ennakointi kahdesti vuodessa.',
      join: true,
    },
    codes: {
      challenges: ['osaavan työvoiman saatavuus'],
      proposals: ['koulutus yritysten tarpeisiin'],
      growth_areas: ['puurakentaminen'],
    },
  },
  {
    org: 'savonlinnan-hankekehitys',
    interviewedOn: '2022-05-24',
    answers: {
      role: ['connector', 'funding'],
      cooperation: 3,
      state: 'Hankkeita on paljon, mutta niiden tulokset jäävät usein irrallisiksi.',
      needs: ['kiertotalous'],
      partners: [{ org: 'example-savonlinna-c', kind: 'project_partner', strength: 2 }],
      strengths: 'Aktiiviset toimijat ja halu tehdä yhdessä.',
      challenges: 'Hankkeiden tulokset eivät jää elämään hankkeen jälkeen.',
      requirements: 'Pysyvä koordinaatio ja yhteinen tiekartta.',
      potential: 'Kiertotalous ja sivuvirtojen hyödyntäminen.',
      growth_areas: 'Kiertotalous ja biotuotteet.',
      proposals: 'Ekosysteemin yhteinen tiekartta vuoteen 2027.',
      join: true,
      join_how: 'Hankkeiden valmistelu ja rahoituksen haku.',
    },
    codes: {
      challenges: ['jatkuvuus hankkeiden jälkeen'],
      growth_areas: ['biotuotteet', 'kiertotalous'],
    },
    quotes: ['proposals'],
  },
  // Reached too late for May: left without an answer, as a real round leaves some.
  { org: 'xamk' },
  { org: 'savonlinnan-seudun-yrittajat' },
];
