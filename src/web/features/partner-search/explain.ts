import type { TFunction } from 'i18next';
import { label } from '../../i18n/dynamic';
import { formatList, formatNumber, localized } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { Candidate, PartnerSearch } from './api';

type Named = { nameFi: string | null; nameSv: string | null; nameEn: string | null };

/** A name in the page's language, Finnish when it has none. */
export const nameIn = (record: Named, lang: Lang) => localized(record, 'name', lang).text;

/** Why the candidate was found, in plain words: one line per matching offer. */
export function matchLines(c: Candidate, t: TFunction, lang: Lang): string[] {
  return c.matches.map((m) => {
    const what = m.competence ? nameIn(m.competence, lang) : `”${m.tag ?? m.description ?? ''}”`;
    const notes = [
      m.answerProposalId ? t('partnerSearch.fromMappingAnswer') : null,
      m.example ? t('partnerSearch.exampleData') : null,
    ].filter((n): n is string => n !== null);
    const line = t('partnerSearch.matchLine', {
      closeness: label(t, 'matchCloseness', m.closeness),
      what,
      score: formatNumber(m.score, lang),
    });
    return notes.length ? `${line} (${notes.join(', ')})` : line;
  });
}

/** The evidence behind the offer: projects with roles, partners in relations, mapping answers. */
export function evidenceLines(c: Candidate, t: TFunction, lang: Lang): string[] {
  const e = c.evidence;
  const lines: string[] = [];
  if (e.projectCount > 0) {
    const shown = e.projects.map((p) => `${nameIn(p, lang)} (${label(t, 'projectRole', p.role)})`);
    lines.push(t('partnerSearch.projects', { count: e.projectCount, list: formatList(shown, lang) }));
  }
  if (e.relationCount > 0) lines.push(t('partnerSearch.relations', { count: e.relationCount }));
  if (e.mappingAnswerCount > 0)
    lines.push(t('partnerSearch.mappingAnswers', { count: e.mappingAnswerCount }));
  return lines.length ? lines : [t('partnerSearch.noEvidence')];
}

/** Where the candidate stands from the asker: distance, partners in common, work done together. */
export function positionLines(c: Candidate, t: TFunction, lang: Lang): string[] {
  const { graph, collaboration } = c;
  const lines: string[] = [];
  if (graph.distance === 1) {
    const kinds = collaboration.relationKinds.map((k) => label(t, 'relationKind', k));
    lines.push(t('partnerSearch.direct', { kinds: formatList(kinds, lang) }));
  } else if (graph.distance === 2) {
    const names = graph.commonPartners.map((p) => nameIn(p, lang));
    lines.push(
      t('partnerSearch.commonPartners', { count: graph.commonPartnerCount, list: formatList(names, lang) }),
    );
  } else lines.push(t('partnerSearch.notConnected'));
  if (collaboration.sharedProjects.length > 0) {
    const names = collaboration.sharedProjects.map((p) => nameIn(p, lang));
    lines.push(t('partnerSearch.sharedProjects', { list: formatList(names, lang) }));
  }
  return lines;
}

/** Municipality and region in the language. */
export function placeLine(c: Candidate, lang: Lang): string {
  const { municipality, region } = c.organisation;
  return [municipality, region].flatMap((p) => (p ? [nameIn(p, lang)] : [])).join(', ');
}

/** The need in words: its vocabulary competences, or the words searched for. */
export function needText(search: PartnerSearch, lang: Lang): string {
  const names = search.need.competences.map((c) => nameIn(c, lang));
  if (names.length) return formatList(names, lang);
  return search.need.text ?? '';
}
