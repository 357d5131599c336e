/** One synthetic company in the raw v3 shape (strings for codes, arrays for lists), for generate.ts. */
import { tol2008ClassesOf } from '../../domain/reference/tol2008-structure.js';
import {
  DEFAULT_TRADE_WORDS,
  FORM_SHARES,
  FORMS,
  HOUSING_ENDINGS,
  NAME_STEMS,
  SITUATION_TYPES,
  STREET_ENDINGS,
  STREET_STEMS,
  SUBCLASSES,
  TRADE_WORDS,
  type FormRow,
} from './generate-data.js';

export interface GeneratedDivision {
  code: string;
  section: string;
  fi: string;
  sv: string;
  en: string;
}

export interface CompanyDraw {
  id: string;
  /** Registration time (ms); it follows the business ID. */
  registered: number;
  asOf: number;
  ended: boolean;
  municipality: { code: string; nameFi: string; nameSv?: string; postalCodes?: readonly string[] };
  division: GeneratedDivision;
}

type Random = () => number;

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const between = (random: Random, from: number, to: number) => from + random() * Math.max(0, to - from);

const descriptions = (fi: string, sv: string, en: string) => [
  { languageCode: '1', description: fi },
  { languageCode: '2', description: sv },
  { languageCode: '3', description: en },
];

/** A division's first class as a national subclass ('1110' → '11100'): a real code for a division the table lacks. */
function firstSubclassOf(division: string): string {
  return `${tol2008ClassesOf(division)[0] ?? `${division}00`}0`;
}

export function companyRecord(random: Random, draw: CompanyDraw): Record<string, unknown> {
  const { division } = draw;
  // Squaring the draw favours each division's first (most common) subclass.
  const subclass = pick(SUBCLASSES.get(division.code) ?? [firstSubclassOf(division.code)], random() ** 2);
  const form = subclass === '68202' ? FORMS.asoy : division.code === '94' ? FORMS.ry : pickForm(random());
  const registration = isoDay(draw.registered);
  const endDay = draw.ended ? between(random, draw.registered, draw.asOf) : null;
  const modified = between(random, endDay ?? draw.registered, draw.asOf);
  return {
    businessId: { value: draw.id, registrationDate: registration, source: '3' },
    names: names(random, draw, form),
    mainBusinessLine: {
      type: subclass,
      descriptions: descriptions(division.fi, division.sv, division.en),
      typeCodeSet: 'TOIMI3',
      registrationDate: registration,
      source: '2',
    },
    companyForms: [
      {
        type: form.code,
        descriptions: descriptions(form.fi, form.sv, form.en),
        registrationDate: registration,
        version: 1,
        source: '1',
      },
    ],
    companySituations:
      endDay !== null && random() < 0.3
        ? [
            {
              type: pick(SITUATION_TYPES, random()),
              registrationDate: isoDay(endDay - 90 * 86_400_000),
              source: '1',
            },
          ]
        : [],
    registeredEntries: [
      {
        type: '1',
        descriptions: descriptions('Rekisterissä', 'Registrerad', 'Registered'),
        registrationDate: registration,
        register: '1',
        authority: '2',
      },
    ],
    addresses: [address(random, draw.municipality, registration)],
    tradeRegisterStatus: endDay === null ? '1' : '4',
    status: '2',
    registrationDate: registration,
    ...(endDay !== null ? { endDate: isoDay(endDay) } : {}),
    lastModified: new Date(modified).toISOString().slice(0, 19),
  };
}

/** The current name, and for one company in ten the name it had before. */
function names(random: Random, draw: CompanyDraw, form: FormRow) {
  const registration = isoDay(draw.registered);
  const current = companyName(random, form, draw.division.section);
  if (form === FORMS.asoy || random() >= 0.1) {
    return [{ name: current, type: '1', registrationDate: registration, version: 1, source: '1' }];
  }
  const renamed = isoDay(between(random, draw.registered, draw.asOf));
  return [
    { name: current, type: '1', registrationDate: renamed, version: 1, source: '1' },
    {
      name: companyName(random, form, draw.division.section),
      type: '1',
      registrationDate: registration,
      endDate: renamed,
      version: 2,
      source: '1',
    },
  ];
}

function address(random: Random, m: CompanyDraw['municipality'], registration: string) {
  const postOffices = [{ city: m.nameFi.toUpperCase(), languageCode: '1', municipalityCode: m.code }];
  if (m.nameSv && m.nameSv !== m.nameFi) {
    postOffices.push({ city: m.nameSv.toUpperCase(), languageCode: '2', municipalityCode: m.code });
  }
  const postalCodes = m.postalCodes?.length ? m.postalCodes : [madeUpPostalCode(m.code)];
  return {
    type: 1,
    street: `${pick(STREET_STEMS, random())}${pick(STREET_ENDINGS, random())}`,
    buildingNumber: String(1 + Math.floor(random() ** 2 * 80)),
    postCode: pick(postalCodes, random()),
    postOffices,
    registrationDate: registration,
    source: '0',
  };
}

function pickForm(r: number): FormRow {
  let x = r;
  for (const [form, share] of FORM_SHARES) {
    if (x < share) return form;
    x -= share;
  }
  return FORMS.oy;
}

function companyName(random: Random, form: FormRow, section: string): string {
  const stem = pick(NAME_STEMS, random());
  if (form === FORMS.asoy) return `Asunto Oy ${stem.replace(/n$/, '')}${pick(HOUSING_ENDINGS, random())}`;
  const trade = pick(TRADE_WORDS.get(section) ?? DEFAULT_TRADE_WORDS, random());
  if (form === FORMS.tmi) return `Tmi ${stem} ${trade}`;
  return `${stem} ${trade} ${form.suffix}`;
}

/** A stable five-digit code for a municipality given without postal codes (not a real Posti code). */
function madeUpPostalCode(code: string): string {
  return String(10_000 + ((Number(code) * 7919) % 89_000)).padStart(5, '0');
}
