import { sql, type Kysely } from 'kysely';

/**
 * Running mapping rounds (issue 13): the lawful basis a questionnaire collects answers on, the consent a
 * respondent gave and when, and the language a respondent is written to in (invitations, reminders).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table questionnaires
      add column lawful_basis text not null default 'consent'
        check (lawful_basis in ('consent', 'legitimate_interests', 'public_task'));
    alter table round_respondents
      add column consented_at timestamptz,
      add column language text not null default 'fi' check (language in ('fi', 'sv', 'en'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table round_respondents drop column language, drop column consented_at;
    alter table questionnaires drop column lawful_basis;
  `.execute(db);
}
