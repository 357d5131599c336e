import { api, records, type BodyOf, type Schema } from '../../api/client';

export type PublicPage = Schema<'PublicPage'>;
export type Story = Schema<'PublicStory'>;
export type Contact = PublicPage['contacts'][number];
export type PageChange = BodyOf<'/public-pages/{id}', 'patch'>;
export type StoryInput = BodyOf<'/public-pages/{id}/stories'>;

export const loadPages = (signal?: AbortSignal) => api.get('/public-pages', { signal }).then((r) => r.data);

export const loadPage = (id: string, signal?: AbortSignal) =>
  api.get('/public-pages/{id}', { path: { id }, signal });

export const createPage = (body: BodyOf<'/public-pages'>, workspace: string) =>
  api.send('POST', '/public-pages', { body, query: { workspace } });

export const updatePage = (id: string, body: PageChange) =>
  api.send('PATCH', '/public-pages/{id}', { path: { id }, body });

export const setPublished = (id: string, publish: boolean) =>
  publish
    ? api.send('POST', '/public-pages/{id}/publish', { path: { id } })
    : api.send('POST', '/public-pages/{id}/unpublish', { path: { id } });

export const loadStories = (id: string, signal?: AbortSignal) =>
  api.get('/public-pages/{id}/stories', { path: { id }, signal }).then((r) => r.data);

export const createStory = (id: string, body: StoryInput) =>
  api.send('POST', '/public-pages/{id}/stories', { path: { id }, body });

export const updateStory = (id: string, storyId: string, body: Partial<StoryInput>) =>
  api.send('PATCH', '/public-pages/{id}/stories/{storyId}', { path: { id, storyId }, body });

export const deleteStory = (id: string, storyId: string) =>
  api.send('DELETE', '/public-pages/{id}/stories/{storyId}', { path: { id, storyId } });

export type ImageChoice = { file: File; altFi: string; altSv: string; altEn: string };

export function uploadImage(id: string, storyId: string, image: ImageChoice) {
  const form = new FormData();
  form.append('file', image.file, image.file.name);
  form.append('altFi', image.altFi.trim());
  if (image.altSv.trim()) form.append('altSv', image.altSv.trim());
  if (image.altEn.trim()) form.append('altEn', image.altEn.trim());
  return api.sendForm('/public-pages/{id}/stories/{storyId}/image', form, { path: { id, storyId } });
}

export const removeImage = (id: string, storyId: string) =>
  api.send('DELETE', '/public-pages/{id}/stories/{storyId}/image', { path: { id, storyId } });

/** The page's public address in a language; `preview` for the draft its editors see. */
export const publicAddress = (page: PublicPage, lang: string, preview = false) =>
  `/${lang}/invest/${page.path}${preview ? '?preview' : ''}`;

/** The organisations of the page's town, ecosystem or network that agreed to be shown (or all of them). */
export function loadScopeActors(page: PublicPage, consented: boolean, signal?: AbortSignal) {
  const scope = page.municipalityCode
    ? { municipalityCode: page.municipalityCode }
    : page.ecosystemId
      ? { ecosystemId: page.ecosystemId }
      : { networkId: page.networkId! };
  const filters = consented ? { ...scope, publicConsent: 'true' } : scope;
  return records.list('organisations', { ...filters, limit: 100 }, signal);
}

/** The ecosystems and networks a workspace keeps, for a new page. */
export const loadOwnScopes = async (workspaceId: string) => {
  const [ecosystems, networks] = await Promise.all([
    records.all('ecosystems', {}),
    records.all('networks', {}),
  ]);
  const own = <R extends { workspaceId?: unknown }>(rows: R[]) =>
    rows.filter((r) => r.workspaceId === workspaceId);
  return { ecosystems: own(ecosystems), networks: own(networks) };
};
