import type { Caller } from './auth/caller.js';
import type { Session } from './auth/sessions.js';
import type { Database } from './db/database.js';
import type { SecuritySettings } from './auth/settings.js';
import type { RequestLog } from './observe.js';

/** What every request handler can reach through the context. */
export type AppEnv = {
  Variables: {
    db: Database;
    caller: Caller;
    /** The cookie session behind the caller, if the caller came by cookie. */
    session: Session | null;
    now: () => Date;
    security: SecuritySettings;
    clientIp: string;
    /** The request's id (X-Request-Id), on every log line of the request and on its response. */
    requestId: string;
    /** The log of this request: every line carries its id. */
    log: RequestLog;
  };
};
