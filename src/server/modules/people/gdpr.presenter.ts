type Row = Record<string, unknown>;

/** A row as the export shows it: everything but the generated search vector, dates as ISO text. */
function presentRow(row: object): Row {
  const kept = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'searchVector'));
  return JSON.parse(JSON.stringify(kept)) as Row;
}

/** A person's export: their record and, by table, every row that points at them. */
export function presentPersonExport(result: {
  person: object | null;
  occurrences: Record<string, object[]>;
}) {
  const occurrences = Object.fromEntries(
    Object.entries(result.occurrences).map(([table, rows]) => [table, rows.map(presentRow)]),
  );
  return { person: result.person && presentRow(result.person), occurrences };
}
