/** The API's areas besides the generic resources (whose tags are described by their own summaries). */
export const AREA_TAGS: Record<string, string> = {
  health: 'Whether the server and its database answer',
  reference:
    'Reference data: regions, municipalities and their borders, industries (TOL 2008), national figures',
  auth: 'Signing in and out, your own account, two-step verification and your data export',
  admin: 'Installation administration: users, workspaces, memberships, network coordinators, audit log',
  tokens: 'API tokens for integrations: made and revoked by people, shown once, scoped read or write',
  webhooks:
    'Signed webhooks (Standard Webhooks): a workspace’s endpoints, the events they chose, the delivery log',
  changes: 'What changed since a moment, for integrations that mirror what they may read',
  pictures: 'Situational pictures of a network or ecosystem, their snapshots, reports and graph',
  consortia:
    'Consortia being put together for a funding call: partners, rules of the call, conversion to a project',
  'project-reports': 'Reports of projects to their funders',
  workshops: 'Workshops run live: phases, ideas, groups, outcome',
  'workshop participation': 'Taking part in a workshop with its code, without an account',
  connect: 'Finding partners by competence and need',
  imports: 'Importing organisations and other records from files and from YTJ',
  exports: 'Files for other tools: GEXF, GraphML, iCalendar, Word and Excel',
  mapping: 'Mapping rounds: questionnaires, respondents, answers, interviews, analysis',
  'open data': 'Open data: public records without signing in, under the installation’s open data licence',
  'public-pages': 'Public pages of towns and networks, and their stories',
};

export type Tag = { name: string; description: string };

/** Every tag with its description, in alphabetical order. */
export function describedTags(resourceTags: Tag[]): Tag[] {
  const areas = Object.entries(AREA_TAGS).map(([name, description]) => ({ name, description }));
  const byName = new Map([...areas, ...resourceTags].map((t) => [t.name, t]));
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
