import { describe, expect, it } from 'vitest';
import { serversOf } from './document.js';
import { operationIdFor, singular } from './operation-ids.js';

const id = (method: string, path: string, more: { answersList?: boolean; creates?: boolean } = {}) =>
  operationIdFor({ method, path, answersList: false, creates: false, ...more });

describe('operation ids from method and path', () => {
  it('names a collection, a record and their writes', () => {
    expect(id('get', '/api/v1/ecosystem-members', { answersList: true })).toBe('listEcosystemMembers');
    expect(id('post', '/api/v1/ecosystem-members', { creates: true })).toBe('createEcosystemMember');
    expect(id('get', '/api/v1/people/{id}')).toBe('getPerson');
    expect(id('patch', '/api/v1/strategies/{id}')).toBe('updateStrategy');
    expect(id('delete', '/api/v1/consortia/{id}/partners/{organisationId}')).toBe('deleteConsortiumPartner');
  });

  it('names an action by its last word, a file by its name and the open data apart', () => {
    expect(id('post', '/api/v1/public-pages/{id}/publish')).toBe('publishPublicPage');
    expect(id('put', '/api/v1/mapping-rounds/{id}/codes')).toBe('setMappingRoundCodes');
    expect(id('get', '/api/v1/exports/networks/{id}/progress.xlsx')).toBe('getExportNetworkProgressXlsx');
    expect(id('get', '/api/open/v1/organisations', { answersList: true })).toBe('listOpenOrganisations');
    expect(id('get', '/api/health')).toBe('getHealth');
  });

  it('knows the plurals the paths use', () => {
    expect(['analysis', 'status', 'series', 'stories', 'people'].map(singular)).toEqual([
      'analysis',
      'status',
      'series',
      'story',
      'person',
    ]);
  });
});

describe('the servers of the document', () => {
  it('is PUBLIC_URL without its trailing slash, or the origin the document is read from', () => {
    expect(serversOf('https://solmu.kunta.fi/')).toEqual([
      { url: 'https://solmu.kunta.fi', description: expect.any(String) },
    ]);
    expect(serversOf(undefined)).toEqual([{ url: '/', description: expect.any(String) }]);
  });
});
