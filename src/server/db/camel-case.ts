import {
  CamelCasePlugin,
  sql,
  type PluginTransformResultArgs,
  type QueryResult,
  type RawBuilder,
  type UnknownRow,
} from 'kysely';

type Shape = { columns: string[]; keys: string[]; template: UnknownRow };

const MAX_SHAPES = 1000;

const isPlainObject = (value: unknown): value is UnknownRow => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !Array.isArray(value);
};

/**
 * Kysely's CamelCasePlugin with its result rows built the way pg builds its own: the columns of a result
 * are named once, and each row is a copy of a template that already holds every key, filled in a loop
 * (one allocation and one object shape per row). The plugin's own mapping grew every row key by key,
 * the largest allocation of a list request and most of its garbage. Queries are transformed, and nested
 * values (jsonb objects, arrays) mapped, exactly as the plugin does.
 */
export class RowShapeCamelCasePlugin extends CamelCasePlugin {
  readonly #shapes = new Map<string, Shape>();

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const { rows } = args.result;
    if (!Array.isArray(rows)) return args.result;
    if (rows.length === 0) return { ...args.result, rows: [] };
    // pg gives every row of a result the same columns in the same order.
    const shape = this.#shapeOf(Object.keys(rows[0]!));
    const { columns, keys, template } = shape;
    const mapped = new Array<UnknownRow>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const out: UnknownRow = { ...template };
      for (let i = 0; i < columns.length; i++) out[keys[i]!] = this.#mapValue(row[columns[i]!]);
      mapped[r] = out;
    }
    return { ...args.result, rows: mapped };
  }

  /** The name this plugin writes into SQL for a camelCase identifier (`nameFi` → `name_fi`). */
  sqlName(name: string): string {
    return this.snakeCase(name);
  }

  #mapValue(value: unknown): unknown {
    if (this.opt.maintainNestedObjectKeys) return value;
    if (Array.isArray(value)) return value.map((item) => (isPlainObject(item) ? this.mapRow(item) : item));
    return isPlainObject(value) ? this.mapRow(value) : value;
  }

  #shapeOf(columns: string[]): Shape {
    const signature = columns.join('\u0000');
    let shape = this.#shapes.get(signature);
    if (!shape) {
      const keys = columns.map((c) => this.camelCase(c));
      shape = { columns, keys, template: Object.fromEntries(keys.map((k) => [k, null])) };
      if (this.#shapes.size >= MAX_SHAPES) this.#shapes.clear();
      this.#shapes.set(signature, shape);
    }
    return shape;
  }
}

const naming = new RowShapeCamelCasePlugin();

/**
 * Column names as one piece of SQL, written once: a query that selects them neither parses nor renames
 * each name again (for a list of 30 columns that was most of building the query).
 */
export function columnList(names: readonly string[]): RawBuilder<unknown> {
  return sql.raw(names.map((n) => `"${naming.sqlName(n).replaceAll('"', '""')}"`).join(', '));
}
