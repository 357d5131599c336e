import { sql, type Kysely } from 'kysely';

/**
 * Codes and quotes of open answers (issue 13): an editor codes an answer into themes and may mark it as a
 * quote usable in the report. Both belong to one answer (respondent and question key) and go with it: a
 * taken-back answer, a deleted respondent or round takes its codes and quote mark along.
 *
 * The situational picture shows a scope's coded themes and usable quotes (mappingEvidence), so these
 * tables and the rounds they hang on are picture inputs and bump the data version (decision 006,
 * migration 20261206120000_data_version). Answers and respondents are written on every save of a
 * respondent, so they do not bump it on every write: only when a change reaches what the picture shows.
 * - A quote is marked for the text the editor read. When the respondent changes that text, the mark is
 *   taken off (the editor marks the new text again if it still fits); that delete bumps the version.
 * - A respondent's submission (submitted_at) decides whether their codes count: a change of it bumps it.
 */
const PICTURE_TABLES = ['answer_codes', 'answer_quotes', 'mapping_rounds'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table answer_codes (
      respondent_id uuid not null,
      question_key text not null,
      theme text not null check (length(theme) between 1 and 100 and theme = btrim(theme)),
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      primary key (respondent_id, question_key, theme),
      foreign key (respondent_id, question_key)
        references round_answers(respondent_id, question_key) on delete cascade
    );

    create table answer_quotes (
      respondent_id uuid not null,
      question_key text not null,
      marked_at timestamptz not null default now(),
      marked_by text not null default 'system',
      primary key (respondent_id, question_key),
      foreign key (respondent_id, question_key)
        references round_answers(respondent_id, question_key) on delete cascade
    );

    create function unmark_changed_quote() returns trigger language plpgsql as $$
    begin
      -- Only when there is a mark: a delete statement alone would bump the data version on every save.
      if exists (select 1 from answer_quotes q
                 where q.respondent_id = new.respondent_id and q.question_key = new.question_key) then
        delete from answer_quotes where respondent_id = new.respondent_id and question_key = new.question_key;
      end if;
      return null;
    end $$;

    create trigger round_answers_unmark_quote
      after update of value on round_answers
      for each row when (old.value is distinct from new.value)
      execute function unmark_changed_quote();

    create trigger round_respondents_data_version
      after update of submitted_at on round_respondents
      for each row when (old.submitted_at is distinct from new.submitted_at)
      execute function note_data_change();
  `.execute(db);
  for (const table of PICTURE_TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_data_version`)}
        after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function note_data_change()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of PICTURE_TABLES)
    await sql`drop trigger ${sql.id(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
  await sql`
    drop trigger round_respondents_data_version on round_respondents;
    drop trigger round_answers_unmark_quote on round_answers;
    drop function unmark_changed_quote();
    drop table answer_quotes;
    drop table answer_codes;
  `.execute(db);
}
