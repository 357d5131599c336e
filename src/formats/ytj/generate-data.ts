/**
 * Word lists and code tables for the synthetic YTJ generator (generate.ts). Names are made of common
 * Finnish nature words and trade words, never of people's names, so generated data cannot be mistaken for
 * anyone's sole-trader record.
 */

/**
 * TOL 2008 divisions in the order of how many enterprises Finland has in them, roughly (real estate with its
 * housing companies first, then construction, retail, agriculture and forestry, consulting, IT, …).
 * The generator gives rank r the weight 1 / r^s (Zipf); divisions not listed follow in code order.
 */
// prettier-ignore
export const DIVISION_RANKING = [
  '68', '43', '41', '47', '01', '02', '70', '62', '49', '56', '46', '96', '86', '71', '45', '69', '74', '73',
  '81', '25', '93', '16', '85', '90', '82', '77', '95', '10', '88', '52', '28', '33', '42', '31', '94', '79',
  '55', '58', '66', '59', '72', '18', '64', '03', '23', '22', '27', '26', '32', '80',
];

/** Real TOL 2008 subclasses per division, most common first; other divisions get their first class's. */
export const SUBCLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['68', ['68202', '68201', '68209', '68100', '68320', '68310']],
  ['43', ['43210', '43220', '43341', '43320', '43120', '43910', '43390', '43999']],
  ['41', ['41200', '41100']],
  ['47', ['47111', '47190', '47710', '47910', '47300', '47521', '47789']],
  ['01', ['01110', '01410', '01130', '01450', '01610']],
  ['02', ['02100', '02200', '02400']],
  ['70', ['70220', '70210']],
  ['62', ['62010', '62020', '62090', '62030']],
  ['49', ['49410', '49320', '49390', '49310']],
  ['56', ['56101', '56102', '56210', '56290', '56301']],
  ['46', ['46690', '46900', '46610', '46730']],
  ['96', ['96020', '96090', '96040']],
  ['86', ['86230', '86220', '86909', '86210']],
  ['71', ['71129', '71110', '71121', '71200']],
  ['45', ['45200', '45111', '45310', '45320']],
  ['69', ['69201', '69101', '69202']],
  ['74', ['74100', '74200', '74300', '74909']],
  ['73', ['73111', '73120', '73200']],
  ['81', ['81210', '81300', '81100']],
  ['25', ['25620', '25110', '25990']],
  ['93', ['93110', '93130', '93190', '93290']],
  ['16', ['16100', '16230', '16240']],
  ['85', ['85590', '85510', '85520', '85600']],
  ['90', ['90010', '90030', '90020']],
  ['82', ['82110', '82300', '82990']],
  ['77', ['77110', '77320', '77390']],
  ['95', ['95110', '95220', '95240']],
  ['10', ['10710', '10110', '10510', '10890']],
  ['52', ['52290', '52210', '52100']],
  ['28', ['28920', '28300', '28220', '28990']],
  ['33', ['33120', '33140', '33200']],
  ['42', ['42110', '42210', '42990']],
  ['94', ['94990', '94120', '94110']],
]);

export interface FormRow {
  code: string;
  fi: string;
  sv: string;
  en: string;
  suffix: string;
}

/** PRH YRMU company forms used by the generator (codes 2, 13, 14, 16, 17, 26, 5 and 6). */
export const FORMS = {
  oy: { code: '16', fi: 'Osakeyhtiö', sv: 'Aktiebolag', en: 'Limited company', suffix: 'Oy' },
  oyj: {
    code: '17',
    fi: 'Julkinen osakeyhtiö',
    sv: 'Publikt aktiebolag',
    en: 'Public limited company',
    suffix: 'Oyj',
  },
  tmi: {
    code: '26',
    fi: 'Yksityinen elinkeinonharjoittaja',
    sv: 'Enskild näringsidkare',
    en: 'Private trader',
    suffix: '',
  },
  ky: { code: '13', fi: 'Kommandiittiyhtiö', sv: 'Kommanditbolag', en: 'Limited partnership', suffix: 'Ky' },
  ay: { code: '5', fi: 'Avoin yhtiö', sv: 'Öppet bolag', en: 'General partnership', suffix: 'Ay' },
  osk: { code: '14', fi: 'Osuuskunta', sv: 'Andelslag', en: 'Co-operative', suffix: 'Osk' },
  asoy: { code: '2', fi: 'Asunto-osakeyhtiö', sv: 'Bostadsaktiebolag', en: 'Housing company', suffix: '' },
  ry: {
    code: '6',
    fi: 'Aatteellinen yhdistys',
    sv: 'Ideell förening',
    en: 'Non-profit association',
    suffix: 'ry',
  },
} satisfies Record<string, FormRow>;

/** Shares of the company forms outside housing and associations. */
export const FORM_SHARES: readonly [FormRow, number][] = [
  [FORMS.oy, 0.62],
  [FORMS.tmi, 0.25],
  [FORMS.ky, 0.07],
  [FORMS.ay, 0.03],
  [FORMS.osk, 0.025],
  [FORMS.oyj, 0.005],
];

// prettier-ignore
export const NAME_STEMS = [
  'Koivu', 'Kuusi', 'Mänty', 'Kallio', 'Järvi', 'Pohjolan', 'Savon', 'Karjalan', 'Lapin', 'Hämeen',
  'Rannikon', 'Tunturi', 'Revon', 'Kotka', 'Ilves', 'Kaski', 'Aalto', 'Salo', 'Niemi', 'Virta', 'Lähde',
  'Kivi', 'Paju', 'Saari', 'Tähti', 'Aurora', 'Nova', 'Nordic', 'Arctic', 'Boreal', 'Sisu', 'Kide', 'Kaarna',
  'Routa', 'Hanki', 'Laine', 'Utu', 'Tuuli', 'Lumo', 'Helmi', 'Kajo', 'Ahjo', 'Pelto', 'Harju',
];

/** Trade words by TOL section letter, for names that sound like what the company does. */
export const TRADE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['A', ['Tila', 'Maatila', 'Puutarha', 'Metsä', 'Kala']],
  ['C', ['Konepaja', 'Tehdas', 'Puu', 'Metalli', 'Leipomo']],
  ['F', ['Rakennus', 'Remontti', 'Sähkö', 'LVI', 'Maalaus', 'Kate']],
  ['G', ['Kauppa', 'Myymälä', 'Store', 'Tukku', 'Auto']],
  ['H', ['Kuljetus', 'Logistiikka', 'Trans', 'Taksi']],
  ['I', ['Ravintola', 'Kahvila', 'Grilli', 'Majoitus']],
  ['J', ['Data', 'Soft', 'Digital', 'Koodi', 'Media']],
  ['K', ['Rahoitus', 'Capital', 'Invest']],
  ['L', ['Kiinteistö', 'Vuokratalo', 'Toimitila']],
  ['M', ['Consulting', 'Suunnittelu', 'Partners', 'Insinööri', 'Tilitoimisto']],
  ['N', ['Siivous', 'Palvelu', 'Vuokraus']],
  ['P', ['Koulutus', 'Akatemia', 'Opisto']],
  ['Q', ['Terveys', 'Hammas', 'Fysio', 'Hoiva']],
  ['R', ['Urheilu', 'Taide', 'Elämys']],
  ['S', ['Kauneus', 'Parturi', 'Korjaamo', 'Hyvinvointi']],
]);

export const DEFAULT_TRADE_WORDS = ['Palvelu', 'Tuote', 'Group', 'Yhtiöt'];

export const HOUSING_ENDINGS = ['rinne', 'kallio', 'näkö', 'piha', 'ranta', 'hovi', 'lehto', 'mäki', 'tie'];

// prettier-ignore
export const STREET_STEMS = [
  'Teollisuus', 'Kauppa', 'Koulu', 'Kirkko', 'Asema', 'Ranta', 'Koivu', 'Pihlaja', 'Myllyn', 'Sepän',
  'Puisto', 'Torin', 'Sataman', 'Valta', 'Rauhan', 'Metsä', 'Peltola', 'Kanava', 'Urheilu', 'Opisto',
];

export const STREET_ENDINGS = ['katu', 'tie', 'kuja', 'polku', 'raitti', 'väylä'];

export const SITUATION_TYPES = ['KONK', 'SELTILA', 'SANE'];
