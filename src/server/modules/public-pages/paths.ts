/** Where the public pages' API lives, shared by the pages' and the stories' routes. */
export const TAGS = ['public-pages'];
export const BASE = '/api/v1/public-pages';
export const ONE = `${BASE}/{id}`;
