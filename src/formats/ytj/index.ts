/** The public API of the YTJ (PRH open data) readers, client and generator; see docs/formats.md. */
export type * from './types.js';
export { mapYtjV3Company, parseYtjV3Response, type YtjV3ParseResult } from './v3.js';
export { mapYtjV1Company, parseYtjV1Response, type YtjV1ParseResult } from './v1.js';
export {
  readYtjDump,
  openYtjDumpFile,
  type YtjDumpItem,
  type YtjDumpOptions,
  type DumpSource,
} from './dump.js';
export {
  organisationFromYtj,
  websiteUrl,
  type OrganisationCreate,
  type OrganisationFromYtj,
  type OrganisationFromYtjOptions,
} from './organisation.js';
export {
  YtjClient,
  YTJ_V3_BASE_URL,
  type YtjClientOptions,
  type YtjLookup,
  type YtjSearchPage,
} from './client.js';
export { TokenBucket, parseRetryAfter, systemClock, type Clock } from './rate-limit.js';
export {
  generateYtjDump,
  generateYtjCompanies,
  type GenerateYtjOptions,
  type GeneratorMunicipality,
} from './generate.js';
export {
  businessIdCheckDigit,
  businessIdFromNumber,
  isValidBusinessId,
  normalizeBusinessId,
} from './business-id.js';
