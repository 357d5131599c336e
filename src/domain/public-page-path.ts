/**
 * A public page's address suggested from a name (issue 17): ASCII lower-case words joined by dashes
 * ("Kristiinankaupunki" → kristiinankaupunki, "Hämeenlinna" → hameenlinna); an ecosystem's page sits
 * under its town ("savonlinna/metsabiotalous"). The result still goes through `publicPagePath`.
 */
export function pathWord(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An ecosystem's page under its town: the town's word, then the ecosystem's slug without a leading word
 * that only names the town again ("savonlinnan-metsabiotalous" → "metsabiotalous").
 */
export function ecosystemPath(slug: string, townName: string | null): string {
  const own = pathWord(slug);
  if (!townName) return own;
  const town = pathWord(townName);
  const [first, ...rest] = own.split('-');
  const tail = first!.startsWith(town) && rest.length > 0 ? rest.join('-') : own;
  return `${town}/${tail}`;
}
