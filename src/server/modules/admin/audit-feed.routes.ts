import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { jsonContent } from '../../openapi.js';
import { adminRoute, type Api } from '../../routing.js';
import { auditEntrySchema, presentAuditEntry } from './audit-feed.presenter.js';
import { auditFeed } from './audit-feed.service.js';

export function registerAuditFeedRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/audit',
      summary: 'The audit log, newest first',
      request: {
        query: z.strictObject({
          entityId: text.max(200).optional(),
          userId: z.uuid().optional(),
          from: z.iso.datetime({ offset: true }).optional().meta({ description: 'At or after (UTC)' }),
          to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Before (UTC)' }),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: { 200: jsonContent(z.object({ items: z.array(auditEntrySchema) }), 'Entries') },
    },
    async (c) =>
      c.json({ items: (await auditFeed(c.var.db, c.req.valid('query'))).map(presentAuditEntry) }, 200),
  );
}
