/**
 * A record's text in the reader's language: records keep each text in three columns (titleFi, titleSv,
 * titleEn), Finnish required, and a text missing or blank in Swedish or English is read in Finnish.
 */
type Lang = 'fi' | 'sv' | 'en';

const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;

type Texts<S extends string, F> = { [K in `${S}Fi`]: F } & {
  [K in `${S}Sv` | `${S}En`]?: string | null;
};

export function textIn<S extends string>(record: Texts<S, string>, stem: S, lang: Lang): string;
export function textIn<S extends string>(record: Texts<S, string | null>, stem: S, lang: Lang): string | null;
export function textIn<S extends string>(
  record: Texts<S, string | null>,
  stem: S,
  lang: Lang,
): string | null {
  const fields = record as Record<string, string | null | undefined>;
  const own = fields[`${stem}${SUFFIX[lang]}`];
  return own && own.trim() !== '' ? own : (fields[`${stem}Fi`] ?? null);
}
