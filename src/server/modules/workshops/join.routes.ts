/**
 * The participant's side of a workshop (issue 16), without an account: look up the workshop by its join
 * code, join, post ideas, vote with dots, follow the phase and erase one's own input. The participant's
 * secret travels only in the X-Workshop-Participant header, never in an address.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  PARTICIPANT_EVENT_TYPES,
  PARTICIPANT_HEADER,
  participantIdea,
  participantJoin,
  participantVote,
} from '../../../domain/workshops.js';
import type { Limits } from '../../auth/rate-limit.js';
import { hashToken } from '../../auth/secrets.js';
import { tooMany } from '../../auth/rate-limit.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import * as service from './participants.service.js';
import { ideaSchema, joinWorkshopSchema, phaseSchema } from './workshops.presenter.js';
import { resumeFrom, sendStream } from './workshops.sse.js';
import { PictureCache } from '../pictures/picture.cache.js';
import { currentStateFor } from './current-state.service.js';

const TAGS = ['workshop participation'];
const BASE = '/api/v1/join/{code}';
const codeParam = z.object({
  code: z
    .string()
    .max(20)
    .meta({ param: { name: 'code', in: 'path' }, description: 'The join code (any case)' }),
});
const ideaParams = codeParam.extend({ ideaId: z.uuid().meta({ param: { name: 'ideaId', in: 'path' } }) });
const participantHeader = z.object({
  [PARTICIPANT_HEADER]: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'The secret the participant got when joining' }),
});
const PARTICIPANT_ERRORS = errorResponses(400, 401, 404, 409, 410);
const tokenOf = (c: Context<AppEnv>) => c.req.header(PARTICIPANT_HEADER);

const joinInfoSchema = z
  .object({ workshop: joinWorkshopSchema, phase: phaseSchema.nullable() })
  .meta({ id: 'JoinInfo' });
const stateSchema = z
  .object({
    phase: phaseSchema.nullable(),
    myIdeas: z.array(
      z.object({ id: z.string(), phaseId: z.string(), text: z.string(), createdAt: z.string() }),
    ),
    ideas: z
      .array(
        z.object({
          id: z.string(),
          text: z.string(),
          groupId: z.string().nullable(),
          groupTitle: z.string().nullable(),
        }),
      )
      .meta({ description: 'While the vote is open: every idea to vote on, without who wrote it' }),
    myVotes: z.array(z.object({ ideaId: z.string(), dots: z.number().int() })),
    dotsLeft: z.number().int(),
  })
  .meta({ id: 'ParticipantState' });

export function registerJoinRoutes(app: Api, limits: Limits) {
  /** Joins and code look-ups per address: enough for a room behind one network, not for guessing codes. */
  const limited = async (c: Context<AppEnv>) => {
    const wait = await limits.workshopJoin.take(c.var.clientIp);
    if (wait > 0) throw tooMany(c, wait, 'Too many attempts to join; try again later');
  };
  app.use('/api/v1/join/*', wrongSecretsCounted(limits));
  lookUpRoutes(app, limited);
  participationRoutes(app);
  currentStateRoute(app, new PictureCache({ maxBytes: 4 * 1024 * 1024, maxEntries: 200 }));
  streamRoute(app);
}

/**
 * The API limit counts a participant by their secret, so made-up secrets would each get a fresh count:
 * wrong secrets are counted against the address instead (as many as it may make joins), and an address
 * out of them is refused before its secret is looked up.
 */
function wrongSecretsCounted(limits: Limits): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = c.req.header(PARTICIPANT_HEADER);
    if (!secret) return next();
    const wait = await limits.workshopSecrets.wait(c.var.clientIp);
    if (wait > 0) throw tooMany(c, wait, 'Too many wrong participant secrets; try again later');
    await next();
    if (c.res.status === 401) await limits.workshopSecrets.take(c.var.clientIp, hashToken(secret));
  };
}

function lookUpRoutes(app: Api, limited: (c: Context<AppEnv>) => Promise<void>) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: BASE,
      operationId: 'getWorkshopToJoin',
      tags: TAGS,
      summary: 'The workshop of a join code and its current phase',
      description:
        'A wrong code answers 404 workshop_not_found, a workshop not yet open 409 workshop_not_open, a closed one 410 workshop_closed.',
      request: { params: codeParam },
      responses: { 200: jsonContent(joinInfoSchema, 'The workshop'), ...errorResponses(404, 409, 410, 429) },
    },
    async (c) => {
      await limited(c);
      return c.json(await service.joinInfo(c.var.db, c.req.valid('param').code), 200);
    },
  );
  route(
    app,
    'public',
    {
      method: 'post',
      path: BASE,
      operationId: 'joinWorkshop',
      tags: TAGS,
      summary: 'Join a workshop with a name of your choosing; answers the secret to send with every call',
      description:
        'Send the token back in the X-Workshop-Participant header. It is shown once and kept only as a hash. Limited per address.',
      request: { params: codeParam, body: jsonBody(participantJoin) },
      responses: {
        201: jsonContent(
          z.object({ participantId: z.string(), token: z.string() }).meta({ id: 'WorkshopJoined' }),
          'Joined',
        ),
        ...errorResponses(400, 404, 409, 410, 429),
      },
    },
    async (c) => {
      await limited(c);
      const joined = await service.join(
        c.var.db,
        c.var.caller,
        c.req.valid('param').code,
        c.req.valid('json'),
        c.var.now(),
      );
      return c.json(joined, 201);
    },
  );
}

const currentStateSchema = z
  .object({
    scope: z.enum(['ecosystem', 'network', 'municipality']).meta({ description: 'What the strategy is of' }),
    findings: z
      .array(z.string())
      .meta({ description: 'What its picture says at a glance and about its strengths (public data only)' }),
  })
  .meta({ id: 'WorkshopCurrentState' });

function currentStateRoute(app: Api, cache: PictureCache) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${BASE}/current-state`,
      tags: TAGS,
      summary: 'The current state the workshop starts from: its picture at a glance, in your language',
      description: 'Computed from public data only; empty when the ecosystem, town or network is not public.',
      request: {
        params: codeParam,
        headers: participantHeader,
        query: z.object({ lang: z.enum(['fi', 'sv', 'en']).default('fi') }),
      },
      responses: { 200: jsonContent(currentStateSchema, 'The current state'), ...PARTICIPANT_ERRORS },
    },
    async (c) => {
      const participant = { code: c.req.valid('param').code, token: tokenOf(c) };
      const state = await currentStateFor(
        c.var.db,
        cache,
        participant,
        c.req.valid('query').lang,
        c.var.now(),
      );
      return c.json(state, 200);
    },
  );
}

function participationRoutes(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${BASE}/state`,
      tags: TAGS,
      summary: 'Where the workshop is for you: the phase, your ideas, the ideas to vote on, your dots',
      request: { params: codeParam, headers: participantHeader },
      responses: { 200: jsonContent(stateSchema, 'Your state'), ...PARTICIPANT_ERRORS },
    },
    async (c) => c.json(await service.participantState(c.var.db, c.req.valid('param').code, tokenOf(c)), 200),
  );
  route(
    app,
    'public',
    {
      method: 'post',
      path: `${BASE}/ideas`,
      tags: TAGS,
      summary: 'Post an idea to the open phase (vision, ideas or commitments)',
      description: 'Answers 409 ideas_closed when no such phase is open.',
      request: { params: codeParam, headers: participantHeader, body: jsonBody(participantIdea) },
      responses: { 201: jsonContent(ideaSchema, 'Posted'), ...PARTICIPANT_ERRORS },
    },
    async (c) => {
      const idea = await service.postIdea(
        c.var.db,
        c.req.valid('param').code,
        tokenOf(c),
        c.req.valid('json').text,
      );
      return c.json(idea, 201);
    },
  );
  route(
    app,
    'public',
    {
      method: 'put',
      path: `${BASE}/votes/{ideaId}`,
      tags: TAGS,
      summary: 'Give an idea this many of your dots (0 takes them back)',
      description:
        'Answers 409 vote_budget_exceeded when your dots together would pass the budget, 409 voting_closed when the vote is not open.',
      request: { params: ideaParams, headers: participantHeader, body: jsonBody(participantVote) },
      responses: {
        200: jsonContent(
          z.object({ dotsLeft: z.number().int() }).meta({ id: 'WorkshopVoteResult' }),
          'Saved',
        ),
        ...PARTICIPANT_ERRORS,
      },
    },
    async (c) => {
      const { code, ideaId } = c.req.valid('param');
      return c.json(await service.vote(c.var.db, code, tokenOf(c), ideaId, c.req.valid('json').dots), 200);
    },
  );
  route(
    app,
    'public',
    {
      method: 'delete',
      path: `${BASE}/me`,
      operationId: 'leaveWorkshop',
      tags: TAGS,
      summary: 'Erase your own input: your name, organisation, ideas and votes (also after the workshop)',
      request: { params: codeParam, headers: participantHeader },
      responses: { 204: { description: 'Erased' }, ...errorResponses(401, 404) },
    },
    async (c) => {
      await service.eraseSelf(c.var.db, c.req.valid('param').code, tokenOf(c));
      return c.body(null, 204);
    },
  );
}

function streamRoute(app: Api) {
  route(
    app,
    'public',
    {
      method: 'get',
      path: `${BASE}/stream`,
      tags: TAGS,
      summary: "The workshop's phase and status live, for the participant's phone",
      description:
        'Server-sent events phase-changed and workshop-changed only (read it with fetch to send the header). Honors Last-Event-ID. Ends when the participant is erased.',
      request: { params: codeParam, headers: participantHeader },
      responses: {
        200: { description: 'The event stream', content: { 'text/event-stream': { schema: z.string() } } },
        ...PARTICIPANT_ERRORS,
      },
    },
    async (c) => {
      const { row, participant } = await service.participantOf(
        c.var.db,
        c.req.valid('param').code,
        tokenOf(c),
      );
      const stillThere = () => service.stillJoined(c.var.db, row.id, participant.id);
      return sendStream(c, row.id, PARTICIPANT_EVENT_TYPES, resumeFrom(c), stillThere) as never;
    },
  );
}
