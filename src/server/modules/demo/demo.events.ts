/**
 * The demo's events through the events resource: the seed's own (their participants write the 'met at
 * event' relations) and the example upcoming ones of the public pages, each in its workspace.
 */
import type { EventSeed, ExampleEventSeed } from '../../../../data/demo/types.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import { eventParticipantsResource, eventsResource } from '../events/events.resources.js';
import type { DemoWorkspace } from './demo.workspaces.js';

/** What the demo's loader gives: the validated write and the natural keys. */
type EventLoader = {
  put: (def: ResourceDefinition, input: Row, workspace?: DemoWorkspace) => Promise<string>;
  keys: { opt: (kind: string, key: string | undefined) => string | undefined };
  org: (key: string) => string;
};

/** The events (an example one names its workspace and has no participants); returns their ids. */
export async function insertEvents(
  { put, keys, org }: EventLoader,
  events: (EventSeed | ExampleEventSeed)[],
) {
  const ids: string[] = [];
  for (const event of events) {
    const { participants, workspace, project, network, ecosystem, ...input } = {
      participants: [],
      workspace: undefined,
      ...event,
    };
    const ws = (workspace ??
      (ecosystem || input.municipalityCode === '740' ? 'savonlinna' : 'iisalmi')) as DemoWorkspace;
    const eventId = await put(
      eventsResource,
      {
        ...input,
        projectId: keys.opt('project', project),
        networkId: keys.opt('network', network),
        ecosystemId: keys.opt('ecosystem', ecosystem),
      },
      ws,
    );
    ids.push(eventId);
    for (const { org: o, role } of participants) {
      await put(eventParticipantsResource, { eventId, organisationId: org(o), role }, ws);
    }
  }
  return ids;
}
