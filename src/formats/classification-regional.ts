/**
 * Readers for regional classification files: our municipality key table (one row per municipality with its
 * region), Statistics Finland's municipality (kunta) and region (maakunta) code lists, and its
 * municipality→region correspondence tables. All produce the same 'municipalities' result; what a file
 * does not say is left empty (a plain municipality list has regionCode null), and the importer merges.
 */
import { REGIONS, regionByCode } from '../domain/reference/regions.js';
import type { ImportedMunicipality, ImportedRegion, RegionalClassification } from './classification-file.js';
import {
  CODE_COLUMNS,
  SOURCE_CODE_COLUMNS,
  TARGET_CODE_COLUMNS,
  baseFileName,
  findColumn,
  findNameColumns,
  missingFinnishNames,
  normalizeCode,
  readNames,
  type NameLanguage,
  type ParseIssue,
  type Table,
  type TableRow,
} from './classification-table.js';

export interface RegionalContext {
  readonly fileName?: string;
  readonly language: NameLanguage;
  readonly year?: number;
}

// Statistics Finland's PxWeb tables prefix area codes ('KU091', 'MK01'); the classification files do not.
function municipalityCode(value: string): string | null {
  const code = normalizeCode(value).replace(/^KU/, '');
  return /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : null;
}

function regionCode(value: string): string | null {
  const code = normalizeCode(value).replace(/^MK/, '');
  return /^\d{1,2}$/.test(code) ? code.padStart(2, '0') : null;
}

/** Collects regions, reporting a code that is given different names on different rows. */
class RegionCollector {
  private readonly regions = new Map<string, { region: ImportedRegion; line: number }>();
  constructor(private readonly issues: ParseIssue[]) {}

  add(region: ImportedRegion, line: number): void {
    const seen = this.regions.get(region.code);
    if (!seen) {
      this.regions.set(region.code, { region, line });
      return;
    }
    const a = seen.region;
    if (a.nameFi !== region.nameFi || a.nameSv !== region.nameSv || a.nameEn !== region.nameEn) {
      this.issues.push({
        line,
        message: `region ${region.code} is named differently than on line ${seen.line}`,
      });
    }
  }

  list(): ImportedRegion[] {
    return [...this.regions.values()].map((r) => r.region).sort((a, b) => a.code.localeCompare(b.code));
  }
}

function addMunicipality(
  list: Map<string, ImportedMunicipality>,
  m: ImportedMunicipality,
  line: number,
  issues: ParseIssue[],
): void {
  if (list.has(m.code)) issues.push({ line, message: `municipality ${m.code} appears more than once` });
  else list.set(m.code, m);
}

function sorted(list: Map<string, ImportedMunicipality>): ImportedMunicipality[] {
  return [...list.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A key table such as shared/data/municipalities.csv: municipality_code, name_*, region_code, region_name_*. */
export function parseMunicipalityTable(
  table: Table,
  ctx: RegionalContext,
  issues: ParseIssue[],
): RegionalClassification {
  const codeColumn = findColumn(table.columns, ['municipality_code', 'kuntakoodi', 'kunta_koodi']);
  const regionColumn = findColumn(table.columns, ['region_code', 'maakuntakoodi', 'maakunta_koodi']);
  const yearColumn = findColumn(table.columns, ['classification_year', 'year', 'vuosi']);
  const names = findNameColumns(table.columns, ctx.language);
  const regionNames = findNameColumns(table.columns, ctx.language, 'region_');
  const noNames = missingFinnishNames(names, table.headerLine, ctx.language);
  if (noNames) {
    issues.push(noNames);
    return { kind: 'municipalities', year: ctx.year, municipalities: [], regions: [] };
  }
  const municipalities = new Map<string, ImportedMunicipality>();
  const regions = new RegionCollector(issues);
  let year = ctx.year;
  let yearLine = 0;

  for (const row of table.rows) {
    const code = municipalityCode(row.get(codeColumn));
    const region = regionCode(row.get(regionColumn));
    const municipalityNames = readNames(row, names);
    const problems = [
      code ? null : `invalid municipality code "${row.get(codeColumn)}"`,
      region ? null : `invalid region code "${row.get(regionColumn)}"`,
      municipalityNames.nameFi ? null : 'the municipality has no Finnish name',
    ].filter((p): p is string => p !== null);
    if (yearColumn && ctx.year === undefined) {
      const value = Number(row.get(yearColumn));
      if (!Number.isInteger(value) || value < 1900) problems.push(`invalid year "${row.get(yearColumn)}"`);
      else if (year === undefined) [year, yearLine] = [value, row.line];
      else if (value !== year) problems.push(`year ${value} differs from ${year} on line ${yearLine}`);
    }
    if (problems.length > 0 || !code || !region) {
      issues.push({ line: row.line, message: problems.join('; ') });
      continue;
    }
    addMunicipality(municipalities, { code, ...municipalityNames, regionCode: region }, row.line, issues);
    const rn = readNames(row, regionNames);
    if (rn.nameFi) regions.add({ code: region, ...rn }, row.line);
  }
  return { kind: 'municipalities', year, municipalities: sorted(municipalities), regions: regions.list() };
}

/** A Statistics Finland code list (code;name) of municipalities or of regions. */
export function parseRegionalCodeList(
  table: Table,
  target: 'municipalities' | 'regions',
  ctx: RegionalContext,
  issues: ParseIssue[],
): RegionalClassification {
  const codeColumn = findColumn(table.columns, CODE_COLUMNS);
  const names = findNameColumns(table.columns, ctx.language);
  const noNames = missingFinnishNames(names, table.headerLine, ctx.language);
  if (noNames) {
    issues.push(noNames);
    return { kind: 'municipalities', year: ctx.year, municipalities: [], regions: [] };
  }
  const municipalities = new Map<string, ImportedMunicipality>();
  const regions = new RegionCollector(issues);
  const seenRegions = new Set<string>();

  for (const row of table.rows) {
    const code =
      target === 'municipalities' ? municipalityCode(row.get(codeColumn)) : regionCode(row.get(codeColumn));
    const itemNames = readNames(row, names);
    if (!code || !itemNames.nameFi) {
      const what = target === 'municipalities' ? 'municipality' : 'region';
      issues.push({
        line: row.line,
        message: code
          ? `${what} ${code} has no Finnish name`
          : `invalid ${what} code "${row.get(codeColumn)}"`,
      });
      continue;
    }
    if (target === 'municipalities') {
      addMunicipality(municipalities, { code, ...itemNames, regionCode: null }, row.line, issues);
    } else if (seenRegions.has(code)) {
      issues.push({ line: row.line, message: `region ${code} appears more than once` });
    } else {
      seenRegions.add(code);
      regions.add({ code, ...itemNames }, row.line);
    }
  }
  return {
    kind: 'municipalities',
    year: ctx.year,
    municipalities: sorted(municipalities),
    regions: regions.list(),
  };
}

const sourceNameColumns = ['sourcename', 'source_name', 'sourceclassificationitemname', 'sourceitemname'];
const targetNameColumns = ['targetname', 'target_name', 'targetclassificationitemname', 'targetitemname'];

/**
 * Only kunta→maakunta keys are read. Statistics Finland names them 'kunta_1_YYYYMMDD#maakunta_1_YYYYMMDD';
 * without such a name the targets must be real region codes and names, because kunta→ELY or kunta→wellbeing
 * county keys also have two-digit targets and would otherwise be stored as regions.
 */
function correspondenceProblem(
  ctx: RegionalContext,
  rows: readonly TableRow[],
  cols: Record<string, string | undefined>,
): string | null {
  const name = baseFileName(ctx.fileName);
  if (name.includes('#')) {
    const [source = '', target = ''] = name.split('#');
    const sourceIsMunicipality = /(^|[^a-z])kunta_/.test(source);
    return sourceIsMunicipality && target.includes('maakunta')
      ? null
      : `only municipality→region (kunta→maakunta) correspondences can be imported, not ${source}→${target}`;
  }
  const looksLikeRegions = rows.every((row) => {
    const region = regionByCode(regionCode(row.get(cols.targetCode)) ?? '');
    const targetName = row.get(cols.targetName);
    return region && [region.nameFi, region.nameSv, region.nameEn].includes(targetName);
  });
  return looksLikeRegions
    ? null
    : "cannot tell that the targets are regions (maakunnat); keep Statistics Finland's file name, e.g. kunta_1_20250101#maakunta_1_20250101.csv";
}

export function parseMunicipalityRegionCorrespondence(
  table: Table,
  ctx: RegionalContext,
  issues: ParseIssue[],
): RegionalClassification {
  const cols = {
    sourceCode: findColumn(table.columns, SOURCE_CODE_COLUMNS),
    sourceName: findColumn(table.columns, sourceNameColumns),
    targetCode: findColumn(table.columns, TARGET_CODE_COLUMNS),
    targetName: findColumn(table.columns, targetNameColumns),
  };
  const empty: RegionalClassification = {
    kind: 'municipalities',
    year: ctx.year,
    municipalities: [],
    regions: [],
  };
  // A correspondence export carries names in one language only, and municipalities need Finnish names.
  const problem =
    ctx.language === 'fi'
      ? correspondenceProblem(ctx, table.rows, cols)
      : 'municipalities need Finnish names; import the Finnish export of the correspondence table';
  if (problem) {
    issues.push({ line: table.headerLine, message: problem });
    return empty;
  }
  const municipalities = new Map<string, ImportedMunicipality>();
  const regions = new RegionCollector(issues);
  for (const row of table.rows) {
    const code = municipalityCode(row.get(cols.sourceCode));
    const region = regionCode(row.get(cols.targetCode));
    const nameFi = row.get(cols.sourceName);
    const regionNameFi = row.get(cols.targetName);
    if (!code)
      issues.push({ line: row.line, message: `invalid municipality code "${row.get(cols.sourceCode)}"` });
    else if (!region)
      issues.push({ line: row.line, message: `invalid region code "${row.get(cols.targetCode)}"` });
    else if (!nameFi || !regionNameFi) issues.push({ line: row.line, message: 'a name is missing' });
    else {
      addMunicipality(municipalities, { code, nameFi, regionCode: region }, row.line, issues);
      regions.add({ code: region, nameFi: regionNameFi }, row.line);
    }
  }
  return { ...empty, municipalities: sorted(municipalities), regions: regions.list() };
}

/** Whether every code in a two-digit list names a known region by its Finnish, Swedish or English name. */
export function looksLikeRegionList(codes: readonly string[], names: readonly string[]): boolean {
  return (
    codes.length > 0 &&
    codes.length <= REGIONS.length &&
    codes.every((c, i) => {
      const r = regionByCode(c);
      return r !== undefined && [r.nameFi, r.nameSv, r.nameEn].includes(names[i] ?? '');
    })
  );
}
