import {
  PROJECT_REPORT_TEMPLATES,
  REPORT_BLOCKS,
  REPORT_SECTION_KEYS,
} from '../../../domain/project-reports';

/** The value-made message keys of the project report's pages (i18n/dynamic.ts spreads them in). */
export const PROJECT_REPORT_DYNAMIC_KEYS = {
  reportTemplate: PROJECT_REPORT_TEMPLATES,
  reportSection: REPORT_SECTION_KEYS,
  reportBlock: REPORT_BLOCKS,
} as const;
