import { z } from 'zod';
import {
  WEBHOOK_DELIVERY_STATES,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_EVENTS,
  WEBHOOK_TEST_EVENT,
} from '../../../domain/webhooks.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const endpointSchema = z
  .object({
    id: z.uuid(),
    workspaceId: z.uuid(),
    url: z.string(),
    events: z.array(z.string()),
    allowPrivateNetwork: z.boolean(),
    enabled: z.boolean(),
    disabledAt: z.string().nullable(),
    disabledReason: z.enum(WEBHOOK_DISABLED_REASONS).nullable(),
    example: z.boolean().meta({ description: "The demo's fictional endpoint: never turned on" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });

export const ENDPOINT_EXAMPLE = {
  id: '0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11',
  workspaceId: '5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d',
  url: 'https://crm.example.fi/hooks/solmu',
  events: ['organisations.created', 'enquiry.received'],
  allowPrivateNetwork: false,
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  example: false,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
};

export const SECRET_EXAMPLE = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

type EndpointRow = {
  id: string;
  workspaceId: string;
  url: string;
  events: string[];
  allowPrivateNetwork: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  example: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export const presentEndpoint = (r: EndpointRow): z.infer<typeof endpointSchema> => ({
  id: r.id,
  workspaceId: r.workspaceId,
  url: r.url,
  events: r.events,
  allowPrivateNetwork: r.allowPrivateNetwork,
  enabled: r.disabledAt === null,
  disabledAt: iso(r.disabledAt),
  disabledReason: r.disabledReason as z.infer<typeof endpointSchema>['disabledReason'],
  example: r.example,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const deliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(WEBHOOK_DELIVERY_STATES),
    attempts: z.number().int(),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

export const DELIVERY_EXAMPLE = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  eventId: 'msg_2f1c9a7b3e4d4c5b8a6f7e8d9c0b1a2f',
  eventType: 'organisations.created',
  status: 'delivered',
  attempts: 2,
  statusCode: 200,
  durationMs: 84,
  lastError: null,
  nextAttemptAt: null,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:31.000Z',
};

type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  durationMs: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export const presentDelivery = (r: DeliveryRow): z.infer<typeof deliverySchema> => ({
  ...r,
  status: r.status as z.infer<typeof deliverySchema>['status'],
  nextAttemptAt: iso(r.nextAttemptAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Events an endpoint may choose; the test event is not one of them. */
export const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .meta({
    description: `Events to receive. "${WEBHOOK_TEST_EVENT}" is sent by "send test" whatever is chosen.`,
  });
