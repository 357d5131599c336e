import type { Command } from 'commander';
import { systemCaller } from '../server/auth/caller.js';
import { readConfig } from '../server/config.js';
import { AppError } from '../server/errors.js';
import { importFromYtj, lookupYtj, type YtjHit } from '../server/modules/imports/ytj.lookup.js';
import { YtjClient } from '../formats/ytj/index.js';
import { CliError } from './errors.js';
import { cliWorkspace } from './import.js';
import { withDatabase } from './with-database.js';

const BUSINESS_ID = /^\s*\d{6,7}-\d\s*$/;

/** One line per company: business ID, name, and the register facts that tell companies apart. */
export function describeHit(h: YtjHit): string {
  const facts = [
    h.companyFormName,
    h.tol2008 && `TOL ${h.tol2008}`,
    h.postOffice,
    h.registrationDate && `registered ${h.registrationDate}`,
    h.active ? 'active' : `ended ${h.endDate ?? ''}`.trim(),
  ].filter(Boolean);
  const known = h.organisationId ? `; in Solmu: ${h.organisationId}` : '';
  return `${h.businessId}  ${h.name}  (${facts.join(', ')}${known})`;
}

/** PRH's API at SOLMU_YTJ_URL (PRH's own by default), within the usual budget of 300 requests a minute. */
const client = () => new YtjClient({ baseUrl: readConfig().ytjBaseUrl });

const asCliError = (error: unknown) => (error instanceof AppError ? new CliError(error.message) : error);

export function registerYtj(program: Command) {
  const ytj = program
    .command('ytj')
    .description('Live look-up in the business register (PRH YTJ open data v3; base URL: SOLMU_YTJ_URL)');

  ytj
    .command('lookup <businessIdOrName>')
    .description('Find a company by business ID, or companies by name')
    .option('--page <n>', 'page of a name search', '1')
    .option('--json', 'print the answer as JSON')
    .action(async (what: string, options: { page: string; json?: boolean }) => {
      const query = BUSINESS_ID.test(what)
        ? { businessId: what }
        : { name: what, page: Number(options.page) };
      await withDatabase(async (db) => {
        const result = await lookupYtj(db, client(), systemCaller('system:cli'), query).catch(
          (e: unknown) => {
            throw asCliError(e);
          },
        );
        if (options.json) return void console.log(JSON.stringify(result, null, 2));
        if (result.companies.length === 0) throw new CliError(`YTJ has no company matching ${what}`);
        for (const hit of result.companies) console.log(describeHit(hit));
        if (result.totalResults !== null && result.totalResults > result.companies.length)
          console.error(`${result.totalResults} companies in all; see more with --page`);
      });
    });

  ytj
    .command('import <businessId>')
    .description('Add the company as an organisation, or update it (upsert by business ID, source ytj)')
    .option('--workspace <slug>', 'workspace for a new record (default: the only one, or a new "import")')
    .option('--visibility <visibility>', 'private | network | public (default public)')
    .action(async (businessId: string, options: { workspace?: string; visibility?: string }) => {
      const visibility = options.visibility;
      if (
        visibility !== undefined &&
        visibility !== 'private' &&
        visibility !== 'network' &&
        visibility !== 'public'
      )
        throw new CliError('--visibility must be private, network or public');
      await withDatabase(async (db) => {
        const run = await importFromYtj(db, client(), {
          caller: systemCaller('system:cli'),
          workspaceId: await cliWorkspace(db, options.workspace),
          businessId,
          visibility,
        }).catch((e: unknown) => {
          throw asCliError(e);
        });
        if (run.state !== 'done' || run.counts.failed > 0)
          throw new CliError(`${businessId} was not imported: ${run.errors[0]?.message ?? run.message}`);
        const what = run.counts.created ? 'created' : run.counts.updated ? 'updated' : 'unchanged';
        console.log(`${businessId.trim()}: ${what} from YTJ; import run ${run.id}`);
      });
    });
}
