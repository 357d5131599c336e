import type { OpenDataLicence } from '../config.js';
import { ERROR_RESPONSES, errorSchema } from '../openapi.js';
import type { Api } from '../routing.js';
import { policiesOf } from '../routing.js';
import { SECURITY_SCHEMES } from './security.js';
import { describedTags, type Tag } from './tags.js';

export type DocumentSettings = {
  version: string;
  /** Where users reach this installation (PUBLIC_URL); the document's own origin when unset. */
  publicUrl?: string;
  /** The licence of the data the API publishes. */
  licence: OpenDataLicence;
  /** The generic resources' tags, described by their summaries. */
  resourceTags: Tag[];
};

const DESCRIPTION =
  'Regional innovation ecosystems: actors, relations, ecosystems, networks, projects, calls, events, strategies. ' +
  'Sign in with a session cookie (browser; send X-CSRF-Token on writes) or an API token (Authorization: Bearer). ' +
  'Every error answers with the same body: `{ "error": { "code", "message", "details": [{ "path", "message" }] } }`.';

/** The server the document's paths are relative to: the public address, or where the document was read. */
export function serversOf(publicUrl: string | undefined) {
  return publicUrl
    ? [{ url: publicUrl.replace(/\/+$/, ''), description: 'This installation' }]
    : [{ url: '/', description: 'The installation that serves this document' }];
}

/** The OpenAPI document of the app's routes, public, at /api/v1/openapi.json. */
export function registerDocument(app: Api, settings: DocumentSettings) {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES))
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  app.openAPIRegistry.register('Error', errorSchema);
  for (const [name, response] of Object.entries(ERROR_RESPONSES))
    app.openAPIRegistry.registerComponent('responses', name, response);
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Solmu API',
      version: settings.version,
      description: DESCRIPTION,
      // The installation's open data licence: what an integrator may do with what the API gives.
      license: { name: settings.licence.id, url: settings.licence.url },
      contact: { name: 'The administrators of this Solmu installation', url: settings.publicUrl },
    },
    servers: serversOf(settings.publicUrl),
    tags: describedTags(settings.resourceTags),
  });
  policiesOf(app).set('GET', '/api/v1/openapi.json', 'public');
}
