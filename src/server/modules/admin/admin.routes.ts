import type { Api } from '../../routing.js';
import { registerAuditFeedRoute } from './audit-feed.routes.js';
import { registerCoordinatorLinkRoutes, registerCoordinatorListRoute } from './networks.routes.js';
import { registerUserRoutes } from './users.routes.js';
import { registerWorkspaceLinkRoutes, registerWorkspaceRoutes } from './workspaces.routes.js';

/**
 * Administration: users, workspaces, network coordination and the audit log, all admin-only. The
 * order is the one the API document (and so the web client's generated types) lists them in.
 */
export function registerAdminRoutes(app: Api) {
  registerUserRoutes(app);
  registerWorkspaceRoutes(app);
  registerCoordinatorListRoute(app);
  registerWorkspaceLinkRoutes(app);
  registerCoordinatorLinkRoutes(app);
  registerAuditFeedRoute(app);
}
