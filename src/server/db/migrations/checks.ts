import { sql } from 'kysely';

/**
 * A statement that drops a table's check constraints whose definition mentions `word`: the checks the
 * first migration wrote inline, found by what they check, as PostgreSQL named them.
 */
export const dropChecksMentioning = (table: string, word: string) => sql`
  do $$
  declare c record;
  begin
    for c in select conname from pg_constraint
      where conrelid = ${sql.lit(table)}::regclass and contype = 'c'
        and pg_get_constraintdef(oid) like ${sql.lit(`%${word}%`)}
    loop
      execute format('alter table ${sql.raw(table)} drop constraint %I', c.conname);
    end loop;
  end $$;
`;
