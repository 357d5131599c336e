/**
 * The demo's example webhook endpoint (data/demo/examples-webhooks.ts): written off and marked as
 * example, so the screen says it is fictional, it can never be turned on and nothing is ever sent to
 * it; its delivery log is dated hours before the load and holds no due row for the dispatcher.
 */
import { randomUUID } from 'node:crypto';
import type { ExampleWebhookSeed } from '../../../../data/demo/types.js';
import type { Database } from '../../db/database.js';
import { newWebhookSecret } from '../webhooks/signature.js';
import { eventPayload, newEventId } from '../webhooks/webhooks.events.js';
import * as repo from '../webhooks/webhooks.repository.js';

type Context = { trx: Database; now: Date; workspace: (slug: string) => string };

/** What a log row's event was about: the test names the endpoint, the others a record. */
function eventData(eventType: string, endpointId: string) {
  if (eventType === 'webhook.test')
    return { id: endpointId, resource: 'webhooks', url: `/api/v1/webhooks/${endpointId}` };
  const resource = eventType.split('.')[0]!;
  const id = randomUUID();
  return { id, resource, url: `/api/v1/${resource}/${id}` };
}

export async function loadExampleWebhooks({ trx, now, workspace }: Context, seeds: ExampleWebhookSeed[]) {
  for (const seed of seeds) {
    const endpoint = await repo.insertEndpoint(trx, {
      workspaceId: workspace(seed.workspace),
      url: seed.url,
      events: seed.events,
      secret: newWebhookSecret(),
      disabledAt: now,
      disabledReason: 'manual',
      example: true,
      createdBy: 'system:demo',
    });
    await repo.insertDeliveries(
      trx,
      seed.deliveries.map(({ hoursAgo, eventType, lastError, ...d }) => {
        const at = new Date(now.getTime() - hoursAgo * 3_600_000);
        const eventId = newEventId();
        const type = eventType;
        const data = eventData(eventType, endpoint.id);
        return {
          ...d,
          endpointId: endpoint.id,
          eventId,
          eventType,
          payload: JSON.stringify(
            eventPayload({ type, workspaceId: endpoint.workspaceId, data }, eventId, at),
          ),
          lastError: lastError ?? null,
          nextAttemptAt: null,
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
  }
}
