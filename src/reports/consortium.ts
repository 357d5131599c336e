/**
 * A consortium's partner list as files for the people who prepare the application: an Excel workbook
 * (partners with roles, towns, business IDs and contacts; the contacts again by role) and a Word partner
 * list, both in the reader's language.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { writeXlsx } from '../formats/writers/xlsx.js';
import { table } from './docx-sections.js';
import {
  formatDate,
  formatNumber,
  kindName,
  municipalityName,
  roleName,
  word,
  type Language,
} from './labels.js';

export type ConsortiumFilePartner = {
  name: string;
  role: string;
  kind: string;
  municipalityCode: string | null;
  businessId: string | null;
  budgetEur: number | null;
  contactName: string | null;
  contactTitle: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
};

export type ConsortiumFile = {
  name: string;
  call: string;
  /** The call's deadline, an ISO date-time. */
  deadlineAt: string | null;
  partners: readonly ConsortiumFilePartner[];
};

export const CONSORTIUM_FORMATS = ['xlsx', 'docx'] as const;

const town = (p: ConsortiumFilePartner, lang: Language) =>
  p.municipalityCode ? municipalityName(p.municipalityCode, lang) : '';

/** Partners in the order of their roles (main implementer first), then by name. */
function byRole(partners: readonly ConsortiumFilePartner[]) {
  const order = [
    'main_implementer',
    'co_implementer',
    'partner',
    'network_partner',
    'funder',
    'steering_group',
  ];
  return [...partners].sort(
    (a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.name.localeCompare(b.name, 'fi'),
  );
}

export function consortiumXlsx(file: ConsortiumFile, lang: Language): Promise<Uint8Array> {
  const w = (key: Parameters<typeof word>[0]) => word(key, lang);
  const partners = byRole(file.partners);
  return writeXlsx([
    {
      name: w('partners'),
      headers: [w('organisation'), w('role'), w('town'), w('businessId'), w('kind'), w('budget')],
      rows: partners.map((p) => [
        p.name,
        roleName(p.role, lang),
        town(p, lang),
        p.businessId,
        kindName(p.kind, lang),
        p.budgetEur,
      ]),
    },
    {
      name: w('contactsByRole'),
      headers: [w('role'), w('organisation'), w('contactPerson'), w('contactTitle'), w('email'), w('phone')],
      rows: partners.map((p) => [
        roleName(p.role, lang),
        p.name,
        p.contactName,
        p.contactTitle,
        p.contactEmail,
        p.contactPhone,
      ]),
    },
  ]);
}

export async function consortiumDocx(file: ConsortiumFile, lang: Language): Promise<Buffer> {
  const w = (key: Parameters<typeof word>[0]) => word(key, lang);
  const partners = byRole(file.partners);
  const rows = partners.map((p) => [
    p.name,
    roleName(p.role, lang),
    town(p, lang),
    p.businessId ?? '',
    p.budgetEur === null ? '' : formatNumber(p.budgetEur, lang, 0),
    [p.contactName, p.contactTitle, p.contactEmail, p.contactPhone].filter(Boolean).join(', '),
  ]);
  const document = new Document({
    creator: 'Solmu',
    title: `${w('consortium')}: ${file.name}`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${w('consortium')}: ${file.name}`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: `${w('fundingCall')}: ${file.call}` }),
          ...(file.deadlineAt
            ? [new Paragraph({ text: `${w('deadline')}: ${formatDate(file.deadlineAt, lang)}` })]
            : []),
          new Paragraph({ text: w('partners'), heading: HeadingLevel.HEADING_1 }),
          rows.length
            ? table(
                [w('organisation'), w('role'), w('town'), w('businessId'), w('budget'), w('contactPerson')],
                rows,
              )
            : new Paragraph({ text: w('noPartners') }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
