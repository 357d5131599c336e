/**
 * The groups and classes of TOL 2008 (levels 3–4, the same as NACE Rev. 2), as codes only: enough to
 * refuse a code that does not exist ('999', '6205') in a default installation. Their names, and the
 * national subclasses (level 5), come with Statistics Finland's file (`solmu reference import`).
 *
 * Each division lists its groups as "<group digit>:<class digits>": '01' → '1:1234569 …' means group 011
 * with classes 0111–0116 and 0119. Checked against the classification file in tol2008.test.ts.
 */
// prettier-ignore -- one division a line keeps the table reviewable
const GROUPS_AND_CLASSES: Readonly<Record<string, string>> = {
  '01': '1:1234569 2:123456789 3:0 4:12345679 5:0 6:1234 7:0',
  '02': '1:0 2:0 3:0 4:0',
  '03': '1:12 2:12',
  '05': '1:0 2:0',
  '06': '1:0 2:0',
  '07': '1:0 2:19',
  '08': '1:12 9:1239',
  '09': '1:0 9:0',
  '10': '1:123 2:0 3:129 4:12 5:12 6:12 7:123 8:1234569 9:12',
  '11': '0:1234567',
  '12': '0:0',
  '13': '1:0 2:0 3:0 9:1234569',
  '14': '1:12349 2:0 3:19',
  '15': '1:12 2:0',
  '16': '1:0 2:12349',
  '17': '1:12 2:12349',
  '18': '1:1234 2:0',
  '19': '1:0 2:0',
  '20': '1:1234567 2:0 3:0 4:12 5:1239 6:0',
  '21': '1:0 2:0',
  '22': '1:19 2:1239',
  '23': '1:12349 2:0 3:12 4:12349 5:12 6:123459 7:0 9:19',
  '24': '1:0 2:0 3:1234 4:123456 5:1234',
  '25': '1:12 2:19 3:0 4:0 5:0 6:12 7:123 9:12349',
  '26': '1:12 2:0 3:0 4:0 5:12 6:0 7:0 8:0',
  '27': '1:12 2:0 3:123 4:0 5:12 9:0',
  '28': '1:12345 2:123459 3:0 4:19 9:1234569',
  '29': '1:0 2:0 3:12',
  '30': '1:12 2:0 3:0 4:0 9:129',
  '31': '0:1239',
  '32': '1:123 2:0 3:0 4:0 5:0 9:19',
  '33': '1:12345679 2:0',
  '35': '1:1234 2:123 3:0',
  '36': '0:0',
  '37': '0:0',
  '38': '1:12 2:12 3:12',
  '39': '0:0',
  '41': '1:0 2:0',
  '42': '1:123 2:12 9:19',
  '43': '1:123 2:129 3:12349 9:19',
  '45': '1:19 2:0 3:12 4:0',
  '46': '1:123456789 2:1234 3:123456789 4:123456789 5:12 6:1234569 7:1234567 9:0',
  '47': '1:19 2:1234569 3:0 4:123 5:12349 6:12345 7:123456789 8:129 9:19',
  '49': '1:0 2:0 3:129 4:12 5:0',
  '50': '1:0 2:0 3:0 4:0',
  '51': '1:0 2:12',
  '52': '1:0 2:12349',
  '53': '1:0 2:0',
  '55': '1:0 2:0 3:0 9:0',
  '56': '1:0 2:19 3:0',
  '58': '1:12349 2:19',
  '59': '1:1234 2:0',
  '60': '1:0 2:0',
  '61': '1:0 2:0 3:0 9:0',
  '62': '0:1239',
  '63': '1:12 9:19',
  '64': '1:19 2:0 3:0 9:129',
  '65': '1:12 2:0 3:0',
  '66': '1:129 2:129 3:0',
  '68': '1:0 2:0 3:12',
  '69': '1:0 2:0',
  '70': '1:0 2:12',
  '71': '1:12 2:0',
  '72': '1:19 2:0',
  '73': '1:12 2:0',
  '74': '1:0 2:0 3:0 9:0',
  '75': '0:0',
  '77': '1:12 2:129 3:123459 4:0',
  '78': '1:0 2:0 3:0',
  '79': '1:12 9:0',
  '80': '1:0 2:0 3:0',
  '81': '1:0 2:129 3:0',
  '82': '1:19 2:0 3:0 9:129',
  '84': '1:123 2:12345 3:0',
  '85': '1:0 2:0 3:12 4:12 5:1239 6:0',
  '86': '1:0 2:123 9:0',
  '87': '1:0 2:0 3:0 9:0',
  '88': '1:0 9:19',
  '90': '0:1234',
  '91': '0:1234',
  '92': '0:0',
  '93': '1:1239 2:19',
  '94': '1:12 2:0 9:129',
  '95': '1:12 2:123459',
  '96': '0:12349',
  '97': '0:0',
  '98': '1:0 2:0',
  '99': '0:0',
};

function unfold() {
  const groups = new Set<string>();
  const classes = new Set<string>();
  const byDivision = new Map<string, string[]>();
  for (const [division, layout] of Object.entries(GROUPS_AND_CLASSES)) {
    const own: string[] = [];
    for (const entry of layout.split(' ')) {
      const [group = '', digits = ''] = entry.split(':');
      groups.add(division + group);
      for (const digit of digits) own.push(division + group + digit);
    }
    own.forEach((c) => classes.add(c));
    byDivision.set(division, own);
  }
  return { groups, classes, byDivision };
}

const { groups, classes, byDivision } = unfold();

/** Three-digit group codes ('011' … '990'). */
export const TOL2008_GROUP_CODES: ReadonlySet<string> = groups;
/** Four-digit class codes ('0111' … '9900'). */
export const TOL2008_CLASS_CODES: ReadonlySet<string> = classes;

/** A division's classes in code order ('62' → ['6201', '6202', '6203', '6209']); none for an unknown one. */
export const tol2008ClassesOf = (division: string): readonly string[] => byDivision.get(division) ?? [];

/**
 * Whether a code of 3–5 digits stands under a real group and class: a group must exist, a class must
 * exist, and a national subclass must be under an existing class (its fifth digit is checked only
 * against an imported file).
 */
export function isTol2008GroupOrBelow(code: string): boolean {
  if (code.length === 3) return groups.has(code);
  return classes.has(code.slice(0, 4));
}
