/**
 * The public pages' own files: the style sheet, the embed loader a town's site includes, and the script
 * an embed runs to tell its parent how tall it is. Served as files so the strict CSP (scripts from 'self'
 * only, nothing inline) holds.
 */

export const SITE_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4b5563; --accent: #00347a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; display: inline-block; padding: .5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header, .site-footer, main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
.site-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; text-decoration: none; }
.languages ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); }
.kind, .meta, .note, .source { color: var(--muted); }
.preview { background: #fff4ce; border: 1px solid #b45309; padding: .5rem 1rem; }
.figures { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.actors, ul.events, ul.contacts, ul.pages { list-style: none; padding: 0; }
ul.actors li, ul.events li, ul.contacts li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
ul.actors .meta { margin: 0 .5rem; }
.maps { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
svg.map, svg.actors-map { width: 100%; height: auto; max-height: 32rem; }
svg .town { fill: #e5e7eb; stroke: #6b7280; stroke-width: .5; }
svg .town.member { fill: #cfe0f5; stroke: var(--accent); }
svg .town:hover { fill: #9fc1ea; }
svg .links line { stroke: #6b7280; stroke-width: 1.5; }
svg .node circle { fill: var(--accent); }
svg .node text { font-size: 13px; fill: var(--ink); }
.story img { max-width: 100%; height: auto; }
h1, h2, h3 { line-height: 1.25; hyphens: auto; }
main { overflow-wrap: anywhere; }
.enquiry-form, .feedback-form { max-width: 32rem; }
.enquiry-form form, .feedback-form form { display: grid; gap: 1.25rem; margin-top: 1rem; }
.enquiry-form form > p, .feedback-form form > p { margin: 0; }
.form-field label, .form-field .hint { display: block; }
.form-field label, fieldset legend { font-weight: 600; }
.hint { margin: .125rem 0 .375rem; color: var(--muted); font-size: .95rem; }
.form-field label + input, .form-field label + textarea { margin-top: .375rem; }
.required { font-weight: 400; color: var(--muted); }
textarea, input:not([type=checkbox]):not([type=radio]), select { display: block; width: 100%; max-width: 32rem; padding: .5rem; font: inherit; border: 1px solid var(--muted); border-radius: 4px; }
textarea { min-height: 7rem; resize: vertical; }
fieldset { min-width: 0; margin: 0; padding: .75rem 1rem 1rem; border: 1px solid var(--line); border-radius: 4px; }
fieldset legend { padding: 0 .25rem; }
.form-choice { display: flex; align-items: flex-start; gap: .5rem; margin-top: .5rem; }
.form-choice input { flex: none; width: 1.25rem; height: 1.25rem; margin: .125rem 0 0; }
.privacy-notice { padding: .75rem 1rem; background: #f6f8fa; border-left: 4px solid var(--accent); }
.privacy-notice h3 { margin: 0 0 .5rem; font-size: 1rem; }
.privacy-notice p { margin: .5rem 0 0; }
.form-status[data-status=received] p { padding: .5rem 1rem; background: #e6f4ea; border-left: 4px solid #1a7f37; }
.form-status[data-status=refused] p { padding: .5rem 1rem; background: #fdecea; border-left: 4px solid #b42318; }
button { justify-self: start; font: inherit; padding: .5rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
body.embed main { padding: .5rem; }
`;

/** Included by a town's site: replaces each marked script tag with the embed's iframe, sized by its messages. */
export const EMBED_JS = `(function () {
  'use strict';
  var me = document.currentScript;
  var origin = me ? new URL(me.src).origin : '';
  var frames = [];
  function mount(script) {
    if (script.getAttribute('data-solmu-mounted')) return;
    var page = script.getAttribute('data-solmu-page') || '';
    var widget = script.getAttribute('data-widget') || 'figures';
    var lang = script.getAttribute('data-lang') || 'fi';
    if (!/^[a-z0-9-]+(\\/[a-z0-9-]+)?$/.test(page) || !/^(figures|events|map)$/.test(widget) || !/^(fi|sv|en)$/.test(lang)) return;
    script.setAttribute('data-solmu-mounted', '1');
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed/' + lang + '/' + page + '/' + widget;
    frame.title = script.getAttribute('data-title') || 'Solmu: ' + page;
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '320px';
    script.parentNode.insertBefore(frame, script.nextSibling);
    frames.push(frame);
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.solmuEmbed !== true) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(Number(event.data.height) || 0) + 'px';
    }
  });
  var scripts = document.querySelectorAll('script[data-solmu-page]');
  for (var i = 0; i < scripts.length; i++) mount(scripts[i]);
})();
`;

/** Run inside an embed: posts its height to the embedding page whenever it changes. */
export const FRAME_JS = `(function () {
  'use strict';
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = document.documentElement.scrollHeight;
    if (height === last) return;
    last = height;
    window.parent.postMessage({ solmuEmbed: true, height: height }, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
  report();
})();
`;
