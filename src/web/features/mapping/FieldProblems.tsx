/** A problem at a field: in the page's language, or in English as the domain or the server said it. */
export type Problem = { text: string; lang?: 'en' };
export type Problems = ReadonlyMap<string, Problem[]>;

/** The problems of a part of the form, beneath it. */
export function FieldProblems({ problems }: { problems: Problem[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <ul className="field-problems">
      {problems.map((p) => (
        <li key={p.text} lang={p.lang}>
          {p.text}
        </li>
      ))}
    </ul>
  );
}
