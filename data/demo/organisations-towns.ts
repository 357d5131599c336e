/**
 * The regional towns' network project (seeds 000–002) and the actors around it. No business IDs: none
 * of them is given in the seeds. Websites only where the address is certain (the towns' own domains).
 */
import type { OrganisationSeed } from './types.js';

/** Finnish, Swedish and English. */
export type Tri = readonly [fi: string, sv: string | null, en: string | null];

/** A town or municipality (a public body) with its official names. */
export function town(
  key: string,
  code: string,
  names: Tri,
  website: string | null,
  about: Tri,
): OrganisationSeed {
  return {
    key,
    kind: 'municipality',
    nameFi: names[0],
    nameSv: names[1],
    nameEn: names[2],
    municipalityCode: code,
    website,
    descriptionFi: about[0],
    descriptionSv: about[1],
    descriptionEn: about[2],
    isPublic: true,
  };
}

const partnerAbout: Tri = [
  'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen -hankkeen verkostokumppani (2021–2023); MDI kartoitti kaupungin innovaatioekosysteemin nykytilan vuonna 2022.',
  'Nätverkspartner i projektet för utveckling av regionstädernas nätverk av innovationsekosystem (2021–2023); MDI kartlade stadens innovationsekosystem 2022.',
  'Network partner in the regional towns’ innovation ecosystem network project (2021–2023); MDI mapped the town’s innovation ecosystem in 2022.',
];

const funderTownAbout: Tri = [
  'Osallistuva kunta Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen -hankkeessa ja yksi hankkeen rahoittajista.',
  'Deltagande kommun i projektet för utveckling av regionstädernas nätverk av innovationsekosystem och en av projektets finansiärer.',
  'A participating municipality of the regional towns’ innovation ecosystem network project and one of its funders.',
];

export const TOWN_ORGANISATIONS: OrganisationSeed[] = [
  town(
    'iisalmi-city',
    '140',
    ['Iisalmen kaupunki', 'Idensalmi stad', 'City of Iisalmi'],
    'https://www.iisalmi.fi',
    [
      'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen -hankkeen päätoteuttaja (1.10.2021–31.12.2023) ja verkoston koordinaattori.',
      'Huvudgenomförare av projektet för utveckling av regionstädernas nätverk av innovationsekosystem (1.10.2021–31.12.2023) och nätverkets koordinator.',
      'Main implementer of the regional towns’ innovation ecosystem network project (1 Oct 2021 – 31 Dec 2023) and coordinator of the network.',
    ],
  ),
  {
    key: 'savonlinnan-hankekehitys',
    kind: 'development_company',
    nameFi: 'Savonlinnan Hankekehitys Oy',
    municipalityCode: '740',
    descriptionFi:
      'Verkostohankkeen osatoteuttaja Savonlinnassa. Kartoitti haastatteluin Savonlinnan puunjalostus- ja teknologiateollisuuden innovaatioekosysteemin ja järjesti paikallisia tilaisuuksia, kuten Get Together -tilaisuuden Teknologiapuisto Nohevassa.',
    descriptionSv:
      'Delgenomförare av nätverksprojektet i Nyslott. Kartlade med intervjuer innovationsekosystemet inom träförädlings- och teknologiindustrin i Nyslott och ordnade lokala evenemang, som en Get Together i Teknologiparken Noheva.',
    descriptionEn:
      'Co-implementer of the network project in Savonlinna. Mapped Savonlinna’s wood-processing and technology industry innovation ecosystem through interviews and organised local events such as a Get Together at the Noheva technology park.',
    // Named as an implementer in the project's public documents (seed 002): public like the towns.
    isPublic: true,
  },
  // The seeds write "Raahen kaupunki/Raahen seudun kehitys": modelled as one organisation, the city,
  // because the seeds do not say whether Raahen seudun kehitys is a separate legal entity.
  town('raahe-city', '678', ['Raahen kaupunki', 'Brahestads stad', 'City of Raahe'], 'https://www.raahe.fi', [
    'Verkostohankkeen osatoteuttaja (hankeasiakirjoissa: Raahen kaupunki/Raahen seudun kehitys). Raahen kaupunkiseutu on myös vihreän sähköistämisen vetovastuuhankkeen kumppani.',
    'Delgenomförare av nätverksprojektet (i projekthandlingarna: Raahen kaupunki/Raahen seudun kehitys). Brahestads stadsregion är också partner i projektet med huvudansvar för grön elektrifiering.',
    'Co-implementer of the network project (named in the project documents as Raahen kaupunki/Raahen seudun kehitys). The Raahe city region is also a partner of the green electrification lead project.',
  ]),
  {
    key: 'kristiinankaupungin-elinkeinokeskus',
    kind: 'development_company',
    nameFi: 'Kristiinankaupungin elinkeinokeskus Oy',
    nameSv: 'Kristinestads Näringslivscentral Ab',
    municipalityCode: '287',
    descriptionFi: 'Verkostohankkeen osatoteuttaja Kristiinankaupungissa.',
    descriptionSv: 'Delgenomförare av nätverksprojektet i Kristinestad.',
    descriptionEn: 'Co-implementer of the network project in Kristinestad.',
    // Named as an implementer in the project's public documents (seed 002): public like the towns.
    isPublic: true,
  },
  town(
    'heinola-city',
    '111',
    ['Heinolan kaupunki', 'Heinola stad', 'City of Heinola'],
    'https://www.heinola.fi',
    partnerAbout,
  ),
  town(
    'kauhajoki-city',
    '232',
    ['Kauhajoen kaupunki', 'Kauhajoki stad', 'City of Kauhajoki'],
    'https://www.kauhajoki.fi',
    partnerAbout,
  ),
  town(
    'keuruu-city',
    '249',
    ['Keuruun kaupunki', 'Keuru stad', 'City of Keuruu'],
    'https://www.keuruu.fi',
    partnerAbout,
  ),
  town(
    'rauma-city',
    '684',
    ['Rauman kaupunki', 'Raumo stad', 'City of Rauma'],
    'https://www.rauma.fi',
    partnerAbout,
  ),
  {
    key: 'naturpolis',
    kind: 'development_company',
    nameFi: 'Naturpolis Oy',
    municipalityCode: '305',
    website: 'https://www.naturpolis.fi',
    descriptionFi:
      'Verkostohankkeen verkostokumppani, joka edustaa hankkeessa Kuusamoa ja Taivalkoskea. MDI kartoitti alueen innovaatioekosysteemin vuonna 2022.',
    descriptionSv:
      'Nätverkspartner i nätverksprojektet som företräder Kuusamo och Taivalkoski. MDI kartlade områdets innovationsekosystem 2022.',
    descriptionEn:
      'Network partner of the network project, representing Kuusamo and Taivalkoski. MDI mapped the area’s innovation ecosystem in 2022.',
    // Named as an implementer in the project's public documents (seed 002): public like the towns.
    isPublic: true,
  },
  // The towns behind the co-implementer and partner companies: they fund the project (seed 000:
  // "rahoittavat Pohjois-Savon liitto sekä osallistuvat kaupungit"), but are not network members
  // themselves, so that each town is counted once through the organisation that represents it.
  town(
    'kristiinankaupunki-city',
    '287',
    ['Kristiinankaupungin kaupunki', 'Kristinestads stad', 'City of Kristinestad'],
    'https://www.kristinestad.fi',
    funderTownAbout,
  ),
  town(
    'kuusamo-city',
    '305',
    ['Kuusamon kaupunki', 'Kuusamo stad', 'City of Kuusamo'],
    'https://www.kuusamo.fi',
    funderTownAbout,
  ),
  town(
    'taivalkoski-municipality',
    '832',
    ['Taivalkosken kunta', 'Taivalkoski kommun', 'Municipality of Taivalkoski'],
    'https://www.taivalkoski.fi',
    funderTownAbout,
  ),
  town(
    'savonlinna-city',
    '740',
    ['Savonlinnan kaupunki', 'Nyslotts stad', 'City of Savonlinna'],
    'https://www.savonlinna.fi',
    [
      'Kaupungin elinkeinopalvelut käyttävät verkostolle tuotettua Invest in -työkalua ja jatkavat hankkeen päätyttyä metsäbiotalouden innovaatioekosysteemin valmistelua ECCP-alustalle.',
      'Stadens näringslivstjänster använder Invest in-verktyget som tagits fram för nätverket och fortsätter efter projektet förberedelserna för att föra skogsbioekonomins innovationsekosystem till ECCP-plattformen.',
      'The city’s business services use the Invest in tool made for the network and, after the project, continue preparing the forest bioeconomy innovation ecosystem’s profile on the ECCP platform.',
    ],
  ),
  {
    key: 'pohjois-savon-liitto',
    kind: 'funder',
    nameFi: 'Pohjois-Savon liitto',
    nameSv: 'Norra Savolax förbund',
    nameEn: 'Regional Council of Pohjois-Savo',
    municipalityCode: '297',
    website: 'https://www.pohjois-savo.fi',
    descriptionFi:
      'Maakunnan liitto; rahoittaa Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen -hanketta.',
    descriptionSv:
      'Landskapsförbund; finansierar projektet för utveckling av regionstädernas nätverk av innovationsekosystem.',
    descriptionEn: 'Regional council; funds the regional towns’ innovation ecosystem network project.',
    isPublic: true,
  },
  {
    key: 'mdi',
    kind: 'company',
    nameFi: 'MDI Public Oy',
    municipalityCode: '091',
    website: 'https://www.mdi.fi',
    descriptionFi:
      'Aluekehittämisen konsulttitoimisto. Verkostohankkeen kartoituksen yhteistyökumppani: ohjasi kartoitukset ja työpajat sekä tuotti verkostolle Invest in -työkalun.',
    descriptionSv:
      'Konsultbyrå för regionutveckling. Samarbetspartner i nätverksprojektets kartläggning: ledde kartläggningarna och workshopparna och tog fram ett Invest in-verktyg för nätverket.',
    descriptionEn:
      'Regional development consultancy. Partner for the network project’s mapping: guided the mappings and workshops and produced an Invest in tool for the network.',
    isPublic: false,
  },
  {
    key: 'xamk',
    kind: 'education',
    nameFi: 'Kaakkois-Suomen ammattikorkeakoulu Xamk',
    nameSv: 'Sydöstra Finlands yrkeshögskola Xamk',
    nameEn: 'South-Eastern Finland University of Applied Sciences Xamk',
    municipalityCode: '740', // its Savonlinna campus, the unit in this ecosystem
    website: 'https://www.xamk.fi',
    descriptionFi:
      'Ammattikorkeakoulu; Savonlinnan kampus on mukana Savonlinnan metsäbiotalouden innovaatioekosysteemissä. Järjesti syksyllä 2022 yhdessä verkostohankkeen kanssa Get Together -tilaisuuden Teknologiapuisto Nohevassa.',
    descriptionSv:
      'Yrkeshögskola; campus Nyslott deltar i Nyslotts innovationsekosystem för skogsbioekonomi. Ordnade hösten 2022 tillsammans med nätverksprojektet en Get Together i Teknologiparken Noheva.',
    descriptionEn:
      'University of applied sciences; its Savonlinna campus is part of the Savonlinna forest bioeconomy innovation ecosystem. Co-organised a Get Together at the Noheva technology park with the network project in autumn 2022.',
    isPublic: true,
  },
  // 'other', not 'development_company': the seeds present Noheva as a technology park (a place and its
  // activities) and do not say which company runs it.
  {
    key: 'noheva',
    kind: 'other',
    nameFi: 'Teknologiapuisto Noheva',
    municipalityCode: '740',
    descriptionFi:
      'Savonlinnalainen teknologiapuisto; syksyn 2022 Get Together -tilaisuus esitteli puistossa tapahtuvaa toimintaa.',
    descriptionSv:
      'Teknologipark i Nyslott; Get Together-evenemanget hösten 2022 presenterade verksamheten i parken.',
    descriptionEn:
      'Technology park in Savonlinna; the autumn 2022 Get Together showcased the activities in the park.',
    isPublic: false,
  },
];
