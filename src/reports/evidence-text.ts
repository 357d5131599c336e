/** Evidence items and score parts as sentences in the reader's language, for the report and print view. */
import type { Evidence } from '../analysis/strengths.schema.js';
import { formatNumber, formatShare, word, type Language } from './labels.js';

export function evidenceText(evidence: Evidence, language: Language): string {
  const n = (x: number, digits = 2) => formatNumber(x, language, digits);
  switch (evidence.kind) {
    case 'specialisation': {
      const lq = evidence.lq === null ? '–' : n(evidence.lq);
      const low = evidence.lowCount ? `, ${word('lowCount', language)}` : '';
      const basis = evidence.basis === 'jobs' ? ` (${word('byJobs', language)})` : '';
      const c = evidence.confidence;
      const interval = c ? ` (95 %: ${n(c.low)}–${n(c.high)})` : '';
      const against =
        evidence.baseline === 'solmu' ? word('solmuActors', language) : word('finland', language);
      return `${word('lq', language)}${basis} ${lq}${interval}: ${word('scope', language)} ${n(evidence.scopeCount, 0)}, ${against} ${n(evidence.finlandCount, 0)}${low}`;
    }
    case 'size':
      return `${word('organisations', language)} ${n(evidence.organisations, 0)} (${formatShare(evidence.share, language)})`;
    case 'centralActors': {
      const actors = evidence.actors.map((a) => `${a.name} (#${a.pagerankRank})`).join(', ');
      return `${word('actorsInSector', language)}: ${actors}; PageRank ${formatShare(evidence.pagerankShare, language)}`;
    }
    case 'competences':
      return `${word('competences', language)}: ${evidence.items.map((c) => `${c.label} (${c.organisations})`).join(', ')}`;
    case 'projects':
      return `${word('projects', language)}: ${evidence.items.map((p) => p.name).join(', ')}`;
    case 'growth':
      return `${word('organisations', language)} ${evidence.before} → ${evidence.now} (${word('change', language)} ${formatShare(evidence.change, language)}, ${word('since', language)} ${evidence.since})`;
  }
}
