/**
 * What the load benchmark asks: the API's main reads and writes, as autocannon requests. A mix cycles
 * through its requests on every connection; "alone" gives each request a scenario of its own.
 */
import type autocannon from 'autocannon';
import { CREATED_PREFIX, NETWORK, type LoadWorld } from './world.js';

export type Named = [name: string, request: autocannon.Request];
export type Scenario = { name: string; headers: Record<string, string>; requests: Named[] };

/** Words of the demo's organisations and of the generated ones, asked in turn. */
const SEARCHES = [
  'yliopisto',
  'teknologia',
  'kehitysyhtiö',
  'Organisaatio 4711',
  'energia',
  'ammattikorkeakoulu',
];

let counter = 0;
const next = () => counter++;
const json = (req: autocannon.Request, body: unknown) => ({ ...req, body: JSON.stringify(body) });

function reads(): Named[] {
  return [
    ['organisations list', { method: 'GET', path: '/api/v1/organisations?limit=50' }],
    [
      'organisations search',
      {
        method: 'GET',
        path: '/api/v1/organisations?limit=20',
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/organisations?limit=20&q=${encodeURIComponent(SEARCHES[next() % SEARCHES.length]!)}`,
        }),
      },
    ],
    ['network', { method: 'GET', path: `/api/v1/networks/${NETWORK}` }],
    ['picture', { method: 'GET', path: `/api/v1/pictures?scope=network&id=${NETWORK}` }],
    ['graph', { method: 'GET', path: `/api/v1/graph?scope=network&id=${NETWORK}` }],
  ];
}

/** Valid writes only: new names, existing organisations of the editor's workspace, distinct ends. */
function writes(world: LoadWorld): Named[] {
  const orgs = world.organisationIds;
  const rels = world.relationIds;
  return [
    [
      'create organisation',
      {
        method: 'POST',
        path: '/api/v1/organisations',
        setupRequest: (req) =>
          json(req, { kind: 'company', nameFi: `${CREATED_PREFIX}${next()}`, visibility: 'private' }),
      },
    ],
    [
      'update organisation',
      {
        method: 'PATCH',
        path: `/api/v1/organisations/${orgs[0]}`,
        setupRequest: (req) => {
          const n = next();
          return json(
            { ...req, path: `/api/v1/organisations/${orgs[n % orgs.length]}` },
            {
              descriptionFi: `Päivitetty kuormitustestissä ${n}`,
            },
          );
        },
      },
    ],
    [
      'create relation',
      {
        method: 'POST',
        path: '/api/v1/relations',
        setupRequest: (req) => {
          const n = next();
          const from = n % orgs.length;
          const to = (from + 1 + (Math.floor(n / orgs.length) % (orgs.length - 1))) % orgs.length;
          return json(req, {
            fromOrganisationId: orgs[from],
            toOrganisationId: orgs[to],
            kind: 'collaboration',
            weight: 1 + (n % 5),
            visibility: 'private',
          });
        },
      },
    ],
    [
      'update relation',
      {
        method: 'PATCH',
        path: `/api/v1/relations/${rels[0]}`,
        setupRequest: (req) => {
          const n = next();
          return json(
            { ...req, path: `/api/v1/relations/${rels[n % rels.length]}` },
            { weight: 1 + (n % 50) },
          );
        },
      },
    ],
  ];
}

function scenarios(
  kind: string,
  named: Named[],
  headers: Record<string, string>,
  mode: 'mix' | 'alone',
): Scenario[] {
  if (mode === 'mix') return [{ name: `${kind}: mix`, headers, requests: named }];
  return named.map((request) => ({ name: request[0], headers, requests: [request] }));
}

export const readScenarios = (world: LoadWorld, mode: 'mix' | 'alone') =>
  scenarios('reads', reads(), { authorization: `Bearer ${world.token}` }, mode);

export const writeScenarios = (world: LoadWorld, mode: 'mix' | 'alone') =>
  scenarios(
    'writes',
    writes(world),
    { authorization: `Bearer ${world.token}`, 'content-type': 'application/json' },
    mode,
  );
