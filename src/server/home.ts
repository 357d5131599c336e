/** A plain landing page until the web app lands: what Solmu is and where the API lives. */
export function homePage(version: string): string {
  return `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Solmu</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>Solmu</h1>
<p>Alueellisten innovaatioekosysteemien avoin alusta: toimijat, suhteet, ekosysteemit, verkostot, hankkeet, haut, tapahtumat ja strategiat.</p>
<p lang="sv">En öppen plattform för regionala innovationsekosystem.</p>
<p lang="en">An open platform for regional innovation ecosystems.</p>
<ul>
<li><a href="/api/docs">API-dokumentaatio / API-dokumentation / API documentation</a></li>
<li><a href="/api/v1/openapi.json">OpenAPI 3.1</a></li>
<li><a href="/api/v1/networks">Verkostot / Nätverk / Networks</a></li>
<li><a href="/api/health">Tila / Status / Health</a></li>
</ul>
<p><small>Solmu ${version}</small></p>
</main>
</body>
</html>`;
}
