/**
 * Reader for industry classification files: our TOL table (code, level, parent, name_fi/sv/en) and
 * Statistics Finland's TOL exports, which may reach the national 5-digit subclasses and may lack a parent
 * column. Levels follow TOL: 1 section, 2 division, 3 group, 4 class, 5 subclass.
 */
import { resolveTol2008, tol2008Division, type TolLevel } from '../domain/reference/tol2008.js';
import type {
  IndustryClassification,
  IndustryClassificationName,
  ImportedIndustry,
} from './classification-file.js';
import {
  CODE_COLUMNS,
  findColumn,
  findNameColumns,
  missingFinnishNames,
  normalizeCode,
  readNames,
  type NameLanguage,
  type ParseIssue,
  type Table,
} from './classification-table.js';

export interface IndustryContext {
  readonly classification: IndustryClassificationName;
  readonly language: NameLanguage;
}

const LEVEL_COLUMNS = ['level', 'taso', 'nivå', 'niva'];
const PARENT_COLUMNS = [
  'parent',
  'parentcode',
  'parent_code',
  'parentitem',
  'parentitemcode',
  'ylempi_koodi',
];

/** Level implied by the shape of a code, or null if the code is not TOL-shaped. */
function levelOfCode(code: string, classification: IndustryClassificationName): TolLevel | null {
  // TOL 2025 follows NACE Rev. 2.1, which has sections A–V (TOL 2008 stops at U).
  const sections = classification === 'TOL2025' ? /^[A-V]$/ : /^[A-U]$/;
  if (sections.test(code)) return 1;
  return /^\d{2,5}$/.test(code) ? (code.length as TolLevel) : null;
}

function checkCode(code: string, ctx: IndustryContext): string | null {
  if (levelOfCode(code, ctx.classification) === null) {
    const hint =
      ctx.classification === 'TOL2008' && levelOfCode(code, 'TOL2025') !== null
        ? ' (section V exists only in TOL 2025: is this a TOL 2025 file?)'
        : '';
    return `invalid ${ctx.classification} code "${code}"${hint}`;
  }
  // Only TOL 2008 is built in (divisions, groups, classes); TOL 2025 codes are checked for shape.
  if (ctx.classification !== 'TOL2008' || resolveTol2008(code)) return null;
  return tol2008Division(code.slice(0, 2))
    ? `no TOL 2008 group or class in code "${code}"`
    : `unknown TOL 2008 division in code "${code}"`;
}

export function parseIndustryFile(
  table: Table,
  ctx: IndustryContext,
  issues: ParseIssue[],
): IndustryClassification {
  const codeColumn = findColumn(table.columns, CODE_COLUMNS);
  const levelColumn = findColumn(table.columns, LEVEL_COLUMNS);
  const parentColumn = findColumn(table.columns, PARENT_COLUMNS);
  const names = findNameColumns(table.columns, ctx.language);
  const result: IndustryClassification = {
    kind: 'industries',
    classification: ctx.classification,
    items: [],
  };
  const noNames = missingFinnishNames(names, table.headerLine, ctx.language);
  if (noNames) {
    issues.push(noNames);
    return result;
  }

  const seen = new Map<string, number>();
  // Statistics Finland lists items depth-first, so a division follows its section: this gives TOL 2025
  // divisions their section when the file has no parent column (we have no built-in TOL 2025 table).
  let currentSection: string | null = null;

  for (const row of table.rows) {
    const raw = row.get(codeColumn);
    const code = normalizeCode(raw);
    const problem = code ? checkCode(code, ctx) : 'the code is empty';
    if (problem) {
      issues.push({ line: row.line, message: problem });
      continue;
    }
    const level = levelOfCode(code, ctx.classification) as TolLevel;
    const itemNames = readNames(row, names);
    const problems: string[] = [];
    if (!itemNames.nameFi) problems.push(`${code} has no Finnish name`);
    if (seen.has(code)) problems.push(`${code} appears more than once (first on line ${seen.get(code)})`);

    const givenLevel = row.get(levelColumn);
    // Statistics Finland's API writes levels as decimals ('3.00').
    if (levelColumn && givenLevel && Number(givenLevel) !== level) {
      problems.push(`level "${givenLevel}" does not match code ${code} (a ${level}-level code)`);
    }

    if (level === 1) currentSection = code;
    const expected = expectedParent(code, level, ctx, currentSection);
    const givenParent = normalizeCode(row.get(parentColumn));
    let parentCode: string | null;
    if (givenParent) {
      // A TOL 2025 division may name any section: we have no table to check it against.
      const consistent =
        level === 2 && ctx.classification === 'TOL2025'
          ? /^[A-V]$/.test(givenParent)
          : givenParent === expected.parent;
      if (!consistent) {
        const should =
          expected.parent === null ? 'none, it is a section' : `"${expected.parent ?? 'a section'}"`;
        problems.push(`parent "${givenParent}" of ${code} should be ${should}`);
      }
      parentCode = givenParent;
    } else if (expected.parent === undefined) {
      problems.push(
        `cannot derive the section of division ${code}: the file has no parent column and no section rows`,
      );
      parentCode = null;
    } else {
      parentCode = expected.parent;
    }

    if (problems.length > 0) {
      issues.push({ line: row.line, message: problems.join('; ') });
      continue;
    }
    seen.set(code, row.line);
    result.items.push({ code, level, parentCode, ...itemNames });
  }
  return result;
}

/**
 * The parent a code must have: none for sections, the code minus its last digit for levels 3–5, and the
 * section for divisions (from the built-in TOL 2008 table, or from the file's order for TOL 2025).
 * `parent: undefined` means the section cannot be known here.
 */
function expectedParent(
  code: string,
  level: TolLevel,
  ctx: IndustryContext,
  currentSection: string | null,
): { parent: string | null | undefined } {
  if (level === 1) return { parent: null };
  if (level > 2) return { parent: code.slice(0, -1) };
  if (ctx.classification === 'TOL2008') return { parent: resolveTol2008(code)?.sectionCode };
  return { parent: currentSection ?? undefined };
}

/** Items whose parent is not in the file; a partial file (say, only subclasses) is allowed but reported. */
export function orphanWarning(items: readonly ImportedIndustry[]): ParseIssue | null {
  const codes = new Set(items.map((i) => i.code));
  const orphans = items.filter((i) => i.parentCode !== null && !codes.has(i.parentCode));
  if (orphans.length === 0) return null;
  const examples = orphans
    .slice(0, 5)
    .map((i) => `${i.code} → ${i.parentCode}`)
    .join(', ');
  return {
    line: 1,
    message: `${orphans.length} item(s) have a parent that is not in the file (${examples}); import the parents first`,
  };
}
