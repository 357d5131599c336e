/**
 * A project's report for a period (issue 16): to its funders (an ERDF project's progress report) or to
 * its steering group (a meeting's papers). Each template is a list of sections; a section shows blocks
 * of data (the project, its roles, the events held, ...) and a text the editors write.
 */
import { z } from 'zod';

export const PROJECT_REPORT_TEMPLATES = ['erdf_progress', 'steering_group'] as const;
export const PROJECT_REPORT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ProjectReportTemplate = (typeof PROJECT_REPORT_TEMPLATES)[number];

/** The blocks of data a section can show, each read from the database for the report's period. */
export const REPORT_BLOCKS = [
  'project',
  'roles',
  'events',
  'workshops',
  'mapping',
  'pictures',
  'goals',
  'actions',
  'contacts',
] as const;
export type ReportBlock = (typeof REPORT_BLOCKS)[number];

/** The sections of each template in their order, with the blocks of data each shows. */
export const REPORT_SECTIONS = {
  erdf_progress: [
    { key: 'project', blocks: ['project', 'roles'] },
    { key: 'actions', blocks: ['events', 'workshops', 'mapping', 'pictures'] },
    { key: 'results', blocks: ['goals', 'actions'] },
    { key: 'communication', blocks: [] },
    { key: 'cooperation', blocks: ['contacts'] },
    { key: 'deviations', blocks: [] },
    { key: 'nextPeriod', blocks: [] },
  ],
  steering_group: [
    { key: 'agenda', blocks: [] },
    { key: 'status', blocks: ['project', 'events', 'workshops', 'mapping', 'pictures'] },
    { key: 'results', blocks: ['goals', 'actions'] },
    { key: 'cooperation', blocks: ['roles', 'contacts'] },
    { key: 'decisions', blocks: [] },
    { key: 'nextMeeting', blocks: [] },
  ],
} as const satisfies Record<
  ProjectReportTemplate,
  readonly { key: string; blocks: readonly ReportBlock[] }[]
>;

export type ReportSectionKey = (typeof REPORT_SECTIONS)[ProjectReportTemplate][number]['key'];

/** Every section key of any template. */
export const REPORT_SECTION_KEYS = [
  ...new Set(Object.values(REPORT_SECTIONS).flatMap((s) => s.map((x) => x.key))),
] as ReportSectionKey[];

const isoDay = z.iso.date();

export const projectReportCreate = z
  .strictObject({
    template: z.enum(PROJECT_REPORT_TEMPLATES),
    lang: z.enum(PROJECT_REPORT_LANGUAGES),
    periodStart: isoDay,
    periodEnd: isoDay,
  })
  .refine((p) => p.periodEnd >= p.periodStart, {
    message: 'The period cannot end before it starts',
    path: ['periodEnd'],
  });
export type ProjectReportCreate = z.infer<typeof projectReportCreate>;

/** The editors' texts per section (at most 20,000 characters each). */
export const reportTexts = z.partialRecord(z.enum(REPORT_SECTION_KEYS), z.string().max(20_000));
export type ReportTexts = z.infer<typeof reportTexts>;

/**
 * What the editors left out: a section's key ("deviations"), or one row of a block ("events:<id>").
 */
export const reportOmitted = z
  .array(z.string().regex(/^[a-zA-Z]+(:[\w-]+)?$/, 'A section key or block:row'))
  .max(2000);

export const projectReportUpdate = z.strictObject({
  texts: reportTexts.optional(),
  omitted: reportOmitted.optional(),
});
export type ProjectReportUpdate = z.infer<typeof projectReportUpdate>;

/** The key that leaves one row of a block out of the report. */
export const omittedRow = (block: ReportBlock, id: string) => `${block}:${id}`;

const day = z.string().nullable();
const count = z.record(z.string(), z.number().int());

/** What the data says about the project in the report's period: the blocks the sections show. */
export const projectReportData = z
  .object({
    project: z.object({
      id: z.string(),
      name: z.string(),
      names: z.object({ fi: z.string(), sv: z.string().nullable(), en: z.string().nullable() }),
      programme: z.string().nullable(),
      fundingCall: z.string().nullable(),
      funders: z.array(z.string()),
      startOn: day,
      endOn: day,
      budgetEur: z.number().nullable(),
      status: z.string(),
    }),
    roles: z.array(
      z.object({
        id: z.string(),
        organisation: z.string(),
        kind: z.string(),
        role: z.string(),
        note: z.string().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        startsAt: z.string(),
        location: z.string().nullable(),
        participants: z.number().int(),
        byKind: count,
        byRole: count,
      }),
    ),
    /** Workshops held in the period: at the project's events, or on its strategies. */
    workshops: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        event: z.string().nullable(),
        on: z.string(),
        participants: z.number().int(),
        organisations: z
          .number()
          .int()
          .meta({ description: 'Distinct organisations the participants named' }),
        ideas: z.number().int(),
        goals: z.number().int().meta({ description: 'Strategy goals made from the workshop' }),
        actions: z.number().int().meta({ description: 'Development actions made from the workshop' }),
      }),
    ),
    mapping: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        opensOn: z.string(),
        closesOn: z.string(),
        respondents: z.number().int(),
        answered: z.number().int(),
      }),
    ),
    pictures: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['snapshot', 'report']),
        scopeKind: z.string(),
        scopeName: z.string(),
        on: z.string(),
        published: z.boolean(),
      }),
    ),
    goals: z.array(
      z.object({
        id: z.string(),
        strategy: z.string(),
        title: z.string(),
        indicator: z.string(),
        unit: z.string().nullable(),
        baselineValue: z.number().nullable(),
        baselineYear: z.number().int().nullable(),
        targetValue: z.number().nullable(),
        targetYear: z.number().int().nullable(),
        actualValue: z.number().nullable(),
        actualOn: day,
      }),
    ),
    actions: z.array(
      z.object({
        id: z.string(),
        strategy: z.string(),
        title: z.string(),
        status: z.string(),
        owner: z.string().nullable(),
        startOn: day,
        endOn: day,
        inProject: z.boolean(),
      }),
    ),
    contacts: z.object({
      logged: z.number().int(),
      won: z.array(z.object({ id: z.string(), organisation: z.string(), on: z.string() })),
    }),
  })
  .meta({ id: 'ProjectReportData' });
export type ProjectReportData = z.infer<typeof projectReportData>;
