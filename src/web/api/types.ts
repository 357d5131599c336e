/**
 * What the generated `paths` say about one operation: its parameters, its body and its answer. The
 * client's functions take a path as the document writes it, under /api/v1 (`/organisations/{id}`).
 */
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** A named schema of the document, e.g. `Schema<'Organisation'>`. */
export type Schema<N extends keyof Schemas> = Schemas[N];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every path under /api/v1, without the prefix. */
export type ApiPath = keyof paths extends infer K ? (K extends `/api/v1${infer P}` ? P : never) : never;

export type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[`/api/v1${P}`][M]>;

/** The paths that answer `method`. */
export type PathWith<M extends Method> = {
  [P in ApiPath]: [Operation<P, M>] extends [never] ? never : P;
}[ApiPath];

type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The body: required when the operation requires one, absent when it takes none. */
type BodyInit<O> = O extends { requestBody: infer R }
  ? [JsonBody<R>] extends [never]
    ? { body?: never }
    : { body: JsonBody<R> }
  : O extends { requestBody?: infer R }
    ? [JsonBody<NonNullable<R>>] extends [never]
      ? { body?: never }
      : { body?: JsonBody<NonNullable<R>> }
    : { body?: never };

type ParamsInit<O> = O extends { parameters: infer P }
  ? Pick<P, 'path' & keyof P> & Pick<P, 'query' & keyof P>
  : never;

type InitOf<O> = ParamsInit<O> & BodyInit<O> & { signal?: AbortSignal };

/** The rest arguments after the path: optional when nothing in them is required. */
export type Init<O> = object extends InitOf<O> ? [init?: InitOf<O>] : [init: InitOf<O>];

type SuccessStatus = 200 | 201 | 202 | 204;
type Answer<R> = R extends { content: { 'application/json': infer A } } ? A : null;

/** The JSON of a successful answer; null for 204 and other answers without JSON. */
export type AnswerOf<O> = O extends { responses: infer R } ? Answer<R[SuccessStatus & keyof R]> : never;

/** The paths whose GET answers a page of items (`items`, `nextCursor`). */
export type ListPath = {
  [P in PathWith<'get'>]: AnswerOf<Operation<P, 'get'>> extends { items: unknown[]; nextCursor: unknown }
    ? P
    : never;
}[PathWith<'get'>];

export type ItemOf<O> = AnswerOf<O> extends { items: (infer I)[] } ? I : never;

/**
 * The generic resources (decision 001): list (a page of items) and create at `/<path>`, read, update
 * and delete at `/<path>/{id}`. The names come from the document, so a resource the server drops fails
 * the build. Records with routes of their own that answer a list otherwise (questionnaires, mapping
 * rounds) are not generic resources.
 */
export type ResourcePath = {
  [P in PathWith<'post'>]: P extends `/${infer N}`
    ? `/${N}/{id}` extends PathWith<'get'> & PathWith<'patch'> & PathWith<'delete'>
      ? `/${N}` extends ListPath
        ? N
        : never
      : never
    : never;
}[PathWith<'post'>];

/** A record of a resource as the server presents it (a union of all of them for a union of paths). */
export type ResourceRecord<N extends ResourcePath> = AnswerOf<Operation<`/${N}/{id}`, 'get'>>;

/** The query parameters of a GET, e.g. `QueryOf<'/events'>`. */
export type QueryOf<P extends PathWith<'get'>> =
  Operation<P, 'get'> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The JSON body of a write, e.g. `BodyOf<'/tokens'>`. */
export type BodyOf<P extends PathWith<M>, M extends Method = 'post'> = JsonBody<
  NonNullable<Operation<P, M>['requestBody']>
>;

/** The JSON answer of an operation, e.g. `ResponseOf<'/auth/totp/setup', 'post'>`. */
export type ResponseOf<P extends PathWith<M>, M extends Method = 'get'> = AnswerOf<Operation<P, M>>;
