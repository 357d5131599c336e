/**
 * Operation ids from method and path, in one place, so that generated clients get stable method names:
 * `GET /api/v1/organisations` → listOrganisations, `GET …/{id}` → getOrganisation, `POST` → createOrganisation,
 * `PATCH` → updateOrganisation, `PUT` → set…, `DELETE` → delete…, and a `POST` to an action
 * (`…/{id}/publish`) → publishPublicPage. A route whose generated name reads badly gives its own.
 */

export type OperationShape = {
  method: string;
  path: string;
  /** The answer is a page or an array of records. */
  answersList: boolean;
  /** The answer is 201 Created. */
  creates: boolean;
};

const IRREGULAR: Record<string, string> = { people: 'person', consortia: 'consortium', series: 'series' };

/** The singular of an English plural as the API's paths write them; other words stay as they are. */
export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/[^su]s$/.test(word) && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

const PREFIXES: [RegExp, string][] = [
  [/^\/api\/v1\//, ''],
  [/^\/api\/open\/v1\//, 'open/'],
  [/^\/api\//, ''],
];

const isParam = (segment: string) => segment.startsWith('{');

/** `eccp-profile.docx` → ['eccp', 'profile', 'docx'], the last word singular when asked. */
function words(segment: string, asSingular: boolean): string[] {
  const parts = segment.split(/[-.\s]/).filter(Boolean);
  if (asSingular && !segment.includes('.')) parts[parts.length - 1] = singular(parts[parts.length - 1]!);
  return parts;
}

const pascal = (parts: string[]) => parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
const camel = ([first = '', ...others]: string[]) => first + pascal(others);

/** The path's nouns: every name but the last in the singular, the last too when one record is meant. */
function noun(statics: string[], lastSingular: boolean): string {
  return pascal(statics.flatMap((s, i) => words(s, i < statics.length - 1 || lastSingular)));
}

export function operationIdFor({ method, path, answersList, creates }: OperationShape): string {
  const rest = PREFIXES.reduce((p, [prefix, to]) => p.replace(prefix, to), path);
  const segments = rest.split('/').filter(Boolean);
  const statics = segments.filter((s) => !isParam(s));
  const oneRecord = isParam(segments[segments.length - 1] ?? '');
  switch (method.toLowerCase()) {
    case 'get':
      return !oneRecord && answersList ? `list${noun(statics, false)}` : `get${noun(statics, oneRecord)}`;
    case 'post':
      if (creates || oneRecord) return `create${noun(statics, true)}`;
      // An action on a record or a collection: its last name is the verb.
      return `${camel(words(statics[statics.length - 1]!, false))}${noun(statics.slice(0, -1), true)}`;
    case 'put':
      return `set${noun(statics, oneRecord)}`;
    case 'patch':
      return `update${noun(statics, true)}`;
    default:
      return `delete${noun(statics, oneRecord)}`;
  }
}
