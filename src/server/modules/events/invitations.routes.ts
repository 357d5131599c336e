import { z } from 'zod';
import { createMailer, type MailSettings, type Mailer } from '../../mail/mailer.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { invitationFile, sendEventInvitations } from './invitations.service.js';

const TAGS = ['events'];
const language = z.enum(['fi', 'sv', 'en']).default('fi').meta({ description: 'Language of the invitation' });

const fileParams = z.object({
  id: z.uuid(),
  file: z
    .string()
    .regex(/^[0-9a-f-]{36}\.ics$/i, 'Give <participantId>.ics')
    .meta({ description: '<participantId>.ics' }),
});

const sendResult = z
  .object({
    sent: z.number().int(),
    skipped: z.array(
      z.object({ participantId: z.string(), reason: z.enum(['no_email', 'send_failed', 'no_mail_server']) }),
    ),
  })
  .meta({ id: 'EventInvitationsSent' });

/** An event's calendar invitations: one participant's as a file, and all of them by e-mail. */
export function registerEventInvitationRoutes(app: Api, mail: MailSettings | undefined) {
  const mailer = mail && createMailer(mail);
  fileRoute(app, mailer);
  sendRoute(app, mailer);
}

function fileRoute(app: Api, mailer: Mailer | undefined) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/events/{id}/invitations/{file}',
      tags: TAGS,
      summary:
        'One participant’s calendar invitation (iCalendar, METHOD:REQUEST): /invitations/{participantId}.ics',
      request: { params: fileParams, query: z.strictObject({ lang: language }) },
      responses: {
        200: { description: 'The invitation', content: { 'text/calendar': { schema: z.string() } } },
        ...errorResponses(400, 404, 422),
      },
    },
    async (c) => {
      const { id, file } = c.req.valid('param');
      const text = await invitationFile(c.var.db, c.var.caller, {
        eventId: id,
        participantId: file.slice(0, -'.ics'.length).toLowerCase(),
        language: c.req.valid('query').lang,
        from: mailer?.fromAddress,
      });
      c.header('Content-Type', 'text/calendar; charset=utf-8; method=REQUEST');
      c.header('Content-Disposition', 'attachment; filename="invitation.ics"');
      return c.body(text, 200);
    },
  );
}

function sendRoute(app: Api, mailer: Mailer | undefined) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/events/{id}/invitations',
      operationId: 'sendEventInvitations',
      tags: TAGS,
      summary: 'Mail each participant with a person’s e-mail address their calendar invitation',
      request: {
        params: z.object({ id: z.uuid() }),
        body: jsonBody(
          z.strictObject({
            participantIds: z.array(z.uuid()).max(1000).optional().meta({ description: 'All when absent' }),
            language,
          }),
        ),
      },
      responses: {
        200: jsonContent(sendResult, 'How many were sent, and who was skipped and why'),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    async (c) => {
      const body = c.req.valid('json');
      const result = await sendEventInvitations(c.var.db, c.var.caller, mailer, {
        eventId: c.req.valid('param').id,
        ...body,
      });
      return c.json(result, 200);
    },
  );
}
