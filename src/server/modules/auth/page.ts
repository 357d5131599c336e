/** A plain page for the sign-in routes a browser opens directly (links, single sign-on). */
export const page = (title: string, text: string) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Solmu</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Solmu</a></p></main></body></html>`;
