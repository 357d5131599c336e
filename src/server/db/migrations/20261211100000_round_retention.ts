import { sql, type Kysely } from 'kysely';

/**
 * How long a round's answers keep what identifies their respondents (issue 13): the day the privacy
 * notice promises. After it the retention job takes the respondents' names, e-mail addresses, links,
 * interview notes and free-text answers away; the structured answers and the facts an editor accepted
 * stay, no longer tied to a person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mapping_rounds add column answers_kept_until date
      check (answers_kept_until is null or answers_kept_until >= closes_on);
    create index mapping_rounds_kept_until on mapping_rounds(answers_kept_until)
      where answers_kept_until is not null;
    alter table round_respondents add column anonymised_at timestamptz;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table round_respondents drop column anonymised_at;
    alter table mapping_rounds drop column answers_kept_until;
  `.execute(db);
}
