import type { RouteObject } from 'react-router-dom';
import { EntityCreatePage, EntityEditPage } from './EntityFormPage';
import { EntityListPage } from './EntityListPage';
import { EntityPage } from './EntityPage';
import { ENTITY_UIS } from './resources';

/**
 * The generic pages of every resource, under the language: list `/<path>`, view `/<path>/:id`, create
 * `/<path>/new` and edit `/<path>/:id/edit`; an address a bespoke page serves is left to it. Keys make a
 * move from one resource's page to another's start afresh.
 */
export const entityRoutes: RouteObject[] = ENTITY_UIS.flatMap((ui) => [
  ...(ui.customList ? [] : [{ path: ui.path, element: <EntityListPage key={ui.path} ui={ui} /> }]),
  { path: `${ui.path}/new`, element: <EntityCreatePage key={ui.path} ui={ui} /> },
  ...(ui.customView ? [] : [{ path: `${ui.path}/:id`, element: <EntityPage key={ui.path} ui={ui} /> }]),
  { path: `${ui.path}/:id/edit`, element: <EntityEditPage key={ui.path} ui={ui} /> },
]);
