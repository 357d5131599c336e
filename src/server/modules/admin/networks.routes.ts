import type { Api } from '../../routing.js';
import { coordinatorSchema, presentCoordinator } from './links.presenter.js';
import { linkListRoute, linkRoutes } from './links.routes.js';
import { listCoordinators } from './links.service.js';

/** Who coordinates a network (coordinators write the network's records in its workspaces). */
export function registerCoordinatorListRoute(app: Api) {
  linkListRoute(app, '/api/v1/admin/networks/{id}/coordinators', "A network's coordinators", {
    item: coordinatorSchema,
    list: listCoordinators,
    present: presentCoordinator,
  });
}

export function registerCoordinatorLinkRoutes(app: Api) {
  linkRoutes(
    app,
    '/api/v1/admin/networks/{a}/coordinators/{b}',
    'networkCoordinators',
    'Make a user a coordinator of a network',
  );
}
