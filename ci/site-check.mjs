// ci/site-check.mjs: the real-browser check of a site `snippetgen site` built (issue 15). It owns
// serving that directory on 127.0.0.1 (a small static file server of its own, node's http module,
// no other traffic), driving Debian's headless chromium (/usr/bin/chromium, through puppeteer-core)
// over every page, and judging what a reader would meet there:
//   - every page loads with no console error or warning, no page error, no failed request, and no
//     request to any other host (each one is blocked, and counted as a failure);
//   - every internal link (<a href>, <link href>, <script src>, <img src>) answers 200, and its
//     #fragment names an element of the page it points to; the sitemap lists every page, and each
//     page's canonical link names its own path;
//   - no page scrolls sideways at 390 px or 1280 px;
//   - on the 503, 101 and 206 pages the code examples are ARIA tabs that work by keyboard
//     (ArrowRight, ArrowLeft, Home, End, with Enter/Space where activation is manual), focus and
//     aria-selected move together, one tab panel shows and the others hide, Tab leads into the
//     panel, the page's height does not change from tab to tab, and the copy button copies;
//   - with JavaScript off every example on every code page is visible;
//   - axe-core finds no serious or critical violation on the index, 503, 101 and 206 pages, in the
//     light and the dark color scheme (minor and moderate ones are printed);
//   - screenshots at 390 px and 1280 px, light and dark, of the 503, 101 and 206 pages;
//   - Lighthouse's accessibility, best-practices and SEO scores on the 503 page are at least 0.95.
//
//   node ci/site-check.mjs DIR [SHOTS_DIR]      (ci/site-check.sh installs what it needs first)
//
// Exit 0 when everything passes, 1 when a check fails, 2 on a usage error. SITE_CHECK_MODULES names
// the node_modules holding puppeteer-core, axe-core and lighthouse (default
// target/site-check/node_modules); SITE_CHECK_SKIP_LIGHTHOUSE=1 leaves Lighthouse out.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const started = performance.now();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const MODULES = path.resolve(process.env.SITE_CHECK_MODULES || path.join(ROOT, 'target/site-check/node_modules'));
const TAB_PAGES = ['503', '101', '206'];
const AXE_PAGES = ['', '503', '101', '206'];
const SHOT_PAGES = ['503', '101', '206'];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'];
const LIGHTHOUSE_PAGE = '503';
const LIGHTHOUSE_CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_MIN = 0.95;

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  console.error('usage: node ci/site-check.mjs DIR [SHOTS_DIR]');
  process.exit(2);
}
const SITE = path.resolve(args[0]);
const SHOTS = path.resolve(args[1] || path.join(ROOT, 'target/site-check/shots'));
if (!fs.existsSync(path.join(SITE, 'index.html'))) {
  console.error(`site-check: ${path.join(SITE, 'index.html')}: no such file`);
  process.exit(2);
}

// ---- results ----------------------------------------------------------------------------------

const failures = []; // [section, message]
const notes = []; // [section, message]: printed, not failing
const timings = [];
function fail(section, message) {
  failures.push([section, message]);
  console.log(`  FAIL ${section}: ${message}`);
}
function note(section, message) {
  notes.push([section, message]);
  console.log(`  note ${section}: ${message}`);
}
async function phase(name, fn) {
  const t0 = performance.now();
  console.log(`== ${name}`);
  try {
    await fn();
  } catch (error) {
    fail(name, `aborted: ${error && error.stack ? error.stack : error}`);
  }
  const ms = performance.now() - t0;
  timings.push([name, ms]);
  console.log(`   (${(ms / 1000).toFixed(1)} s)`);
}

// ---- packages from target/site-check/node_modules (not next to this script) ------------------

async function load(name) {
  const dir = path.join(MODULES, name);
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) {
    console.error(`site-check: ${manifest}: no such file (run bash ci/site-check.sh, which installs ${name})`);
    process.exit(2);
  }
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const dot = pkg.exports && (pkg.exports['.'] ?? pkg.exports);
  let entry = (dot && typeof dot === 'object' ? (dot.import ?? dot.default) : dot) ?? pkg.main ?? 'index.js';
  if (entry && typeof entry === 'object') entry = entry.default;
  return import(pathToFileURL(path.join(dir, entry)).href);
}

// ---- the static file server --------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

// What a URL path names under SITE: {file} for a file, {redirect} for a directory asked for
// without its slash (as static hosts answer), or null for nothing.
function lookup(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.join(SITE, path.normalize(decoded));
  if (full !== SITE && !full.startsWith(SITE + path.sep)) return null;
  let stat;
  try {
    stat = fs.statSync(full);
  } catch {
    return null;
  }
  if (stat.isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: urlPath + '/' };
    const index = path.join(full, 'index.html');
    return fs.existsSync(index) ? { file: index } : null;
  }
  return stat.isFile() ? { file: full } : null;
}

const served = []; // [method, path, status]
let blockedTotal = 0; // requests the pages made to any other host, each blocked
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const answer = (status, headers, body) => {
    served.push([req.method, url.pathname, status]);
    res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(405, { Allow: 'GET, HEAD' }, '');
  const found = lookup(url.pathname);
  if (found && found.redirect) return answer(301, { Location: found.redirect }, '');
  if (found) {
    const type = TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
    return answer(200, { 'Content-Type': type }, fs.readFileSync(found.file));
  }
  const missing = path.join(SITE, '404.html');
  if (fs.existsSync(missing)) return answer(404, { 'Content-Type': TYPES['.html'] }, fs.readFileSync(missing));
  return answer(404, { 'Content-Type': TYPES['.txt'] }, 'not found\n');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      })
      .on('error', reject);
  });
}

// ---- the pages ---------------------------------------------------------------------------------

const codes = fs
  .readdirSync(SITE, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(SITE, d.name, 'index.html')))
  .map((d) => d.name)
  .sort();
const pages = [
  { name: 'index', path: '/' },
  ...codes.map((code) => ({ name: code, path: `/${code}/` })),
  ...(fs.existsSync(path.join(SITE, '404.html')) ? [{ name: '404.html', path: '/404.html' }] : []),
];
const pageFor = (code) => (code === '' ? '/' : `/${code}/`);
console.log(`site-check: ${SITE} served at ${ORIGIN}: ${pages.length} pages (${codes.length} code pages)`);
if (!fs.existsSync(path.join(SITE, '404.html'))) fail('pages', '404.html: missing');
for (const file of ['style.css', 'site.js']) {
  if (!fs.existsSync(path.join(SITE, file))) fail('pages', `${file}: missing`);
}

// ---- in-page helpers (evaluated as text, so they work with JavaScript off too) ----------------

const HELPERS = String.raw`
  const cssPath = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
      let part = e.localName;
      if (e.id) { parts.unshift(part + '#' + CSS.escape(e.id)); break; }
      const classes = Array.from(e.classList).filter((c) => !c.startsWith('sg-'));
      if (classes.length) part += '.' + classes.map((c) => CSS.escape(c)).join('.');
      const parent = e.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.localName === e.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
      }
      parts.unshift(part);
      if (e.localName === 'body') break;
    }
    return parts.join(' > ');
  };
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse' || s.opacity === '0') return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const overflowing = () => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return [];
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) continue;
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') { clipped = true; break; }
      }
      if (!clipped) out.push({ el, right: Math.round(r.right) });
    }
    return out
      .filter((o) => !out.some((other) => other.el !== o.el && other.el.contains(o.el)))
      .slice(0, 8)
      .map((o) => cssPath(o.el) + ' (right edge at ' + o.right + ' px)')
      .concat(['scrollWidth ' + root.scrollWidth + ' > clientWidth ' + width]);
  };
`;
function inPage(page, fn, ...params) {
  return page.evaluate(`(async () => { ${HELPERS}; return (${fn.toString()})(...${JSON.stringify(params)}); })()`);
}

// ---- the browser -------------------------------------------------------------------------------

const { default: puppeteer } = await load('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
  args: [
    ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
    // No name resolves but the loopback address: whatever chromium might try elsewhere fails here
    // rather than leave the machine.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-domain-reliability',
    '--disable-sync',
    '--no-first-run',
    '--no-pings',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ],
});
const BROWSER_PORT = Number(new URL(browser.wsEndpoint()).port);
console.log(`site-check: ${await browser.version()} (${CHROMIUM}), DevTools on 127.0.0.1:${BROWSER_PORT}`);

// A fresh context (no stored tab choice, no cache) and a page whose every problem is collected:
// console errors and warnings, page errors, failed requests, 4xx/5xx answers, and requests to any
// other host, which are blocked.
async function open({ js = true, scheme = 'light', width = 1280, height = 900, expectStatus = 200 } = {}) {
  const context = await browser.createBrowserContext();
  await context.overridePermissions(ORIGIN, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  const problems = [];
  const blocked = new Set();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setJavaScriptEnabled(js);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(ORIGIN + '/')) {
      request.continue();
    } else {
      blocked.add(request);
      blockedTotal += 1;
      problems.push(`request to another host, blocked: ${request.method()} ${url}`);
      request.abort('blockedbyclient');
    }
  });
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warn' && type !== 'warning' && type !== 'assert') return;
    // The one message an expected error status brings, about the document itself.
    const documentUrl = page.url();
    if (expectStatus !== 200 && message.location() && message.location().url === documentUrl && /status of \d+/.test(message.text()))
      return;
    const where = message.location() && message.location().url ? ` (${message.location().url}:${message.location().lineNumber ?? ''})` : '';
    problems.push(`console ${type}: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message || error}`));
  page.on('requestfailed', (request) => {
    if (!blocked.has(request)) problems.push(`request failed: ${request.url()} (${request.failure() ? request.failure().errorText : '?'})`);
  });
  page.on('response', (response) => {
    const status = response.status();
    const isDocument = response.request().isNavigationRequest() && response.request().frame() === page.mainFrame();
    if (isDocument ? status !== expectStatus : status >= 400) problems.push(`answered ${status}: ${response.url()}`);
  });
  const close = () => context.close();
  const drain = () => problems.splice(0, problems.length);
  return { page, problems, close, drain };
}

async function visit(page, urlPath) {
  await page.goto(ORIGIN + urlPath, { waitUntil: 'load' });
  await page.evaluate('document.fonts ? document.fonts.ready.then(() => true) : true');
  // site.js announces with a 50 ms timer; let such timers and late console messages land.
  await new Promise((resolve) => setTimeout(resolve, 120));
}

const summary = {};

// ---- 1. every page: loads clean, its links, its structure, no sideways scroll ----------------

const links = new Map(); // absolute URL without fragment -> Set of pages linking to it
const fragments = new Map(); // absolute URL with fragment -> Set of pages
const outside = new Set(); // absolute links to other origins (not fetched)
let pageProblems = 0;

await phase('load every page (JavaScript on)', async () => {
  // Two pages side by side, one at 1280 px and one at 390 px, each reused from page to page (a new
  // page costs more than a load).
  const wide = await open({ width: 1280, height: 900 });
  const narrow = await open({ width: 390, height: 844 });
  for (const { name, path: urlPath } of pages) {
    const { page } = wide;
    const problems = [];
    try {
      const [, narrowOverflow] = await Promise.all([
        visit(page, urlPath),
        visit(narrow.page, urlPath).then(() => inPage(narrow.page, () => overflowing())),
      ]);
      if (narrowOverflow.length) problems.push(`scrolls sideways at 390 px: ${narrowOverflow.join('; ')}`);
      for (const problem of narrow.drain()) problems.push(`at 390 px: ${problem}`);
      const info = await inPage(page, () => {
        const refs = [];
        for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], iframe[src]')) {
          const attr = el.hasAttribute('href') ? 'href' : 'src';
          refs.push({
            tag: el.localName,
            rel: el.getAttribute('rel') || '',
            raw: el.getAttribute(attr),
            abs: el[attr] || new URL(el.getAttribute(attr), document.baseURI).href,
          });
        }
        const ids = {};
        for (const el of document.querySelectorAll('[id]')) ids[el.id] = (ids[el.id] || 0) + 1;
        const canonical = document.querySelector('link[rel="canonical"]');
        const description = document.querySelector('meta[name="description"]');
        return {
          refs,
          duplicateIds: Object.keys(ids).filter((id) => ids[id] > 1),
          title: document.title,
          lang: document.documentElement.getAttribute('lang'),
          description: description ? description.getAttribute('content') : null,
          canonical: canonical ? canonical.getAttribute('href') : null,
          h1: document.querySelectorAll('h1').length,
          tablists: Array.from(document.querySelectorAll('[role="tablist"]')).map((list) => {
            const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
            const panels = tabs.map((t) => document.getElementById(t.getAttribute('aria-controls')));
            return {
              shown: visible(list),
              tabs: tabs.length,
              selected: tabs.filter((t) => t.getAttribute('aria-selected') === 'true').length,
              missingPanels: panels.filter((p) => !p).length,
              visiblePanels: panels.filter((p) => p && visible(p)).length,
              copyButtons: panels.filter((p) => p && p.querySelector('button')).length,
              roles: panels.filter((p) => p && p.getAttribute('role') === 'tabpanel').length,
            };
          }),
          overflow: overflowing(),
        };
      });
      for (const ref of info.refs) {
        if (!/^https?:/.test(ref.abs)) continue;
        const url = new URL(ref.abs);
        if (url.origin !== ORIGIN) {
          outside.add(ref.abs);
          continue;
        }
        const bare = url.origin + url.pathname + url.search;
        if (!links.has(bare)) links.set(bare, new Set());
        links.get(bare).add(name);
        if (url.hash.length > 1) {
          if (!fragments.has(url.href)) fragments.set(url.href, new Set());
          fragments.get(url.href).add(name);
        }
      }
      if (!info.title.trim()) problems.push('no <title>');
      if (!info.lang) problems.push('<html> has no lang');
      if (!info.description || !info.description.trim()) problems.push('no meta description');
      if (info.h1 !== 1) problems.push(`${info.h1} <h1> elements, not 1`);
      if (info.duplicateIds.length) problems.push(`duplicate ids: ${info.duplicateIds.join(', ')}`);
      if (info.canonical) {
        const canonicalPath = new URL(info.canonical, ORIGIN + urlPath).pathname;
        const own = name === '404.html' ? null : urlPath;
        if (own === null) problems.push(`404.html has a canonical link (${info.canonical}); an error page should have none`);
        else if (canonicalPath !== own) problems.push(`canonical link ${info.canonical} names ${canonicalPath}, not this page's ${own}`);
      } else if (name !== '404.html') {
        note(name, 'no canonical link (site built without --base-url)');
      }
      if (name !== 'index' && name !== '404.html') {
        if (!info.tablists.length) problems.push('no [role="tablist"] for the code examples');
        info.tablists.forEach((t, i) => {
          const where = `tablist ${i + 1}`;
          if (!t.shown) problems.push(`${where} is not visible with JavaScript on`);
          if (t.selected !== 1) problems.push(`${where}: ${t.selected} tabs have aria-selected="true", not 1`);
          if (t.missingPanels) problems.push(`${where}: ${t.missingPanels} tabs' aria-controls name no element`);
          if (t.visiblePanels !== 1) problems.push(`${where}: ${t.visiblePanels} of ${t.tabs} panels visible, not 1`);
          if (t.roles !== t.tabs) problems.push(`${where}: ${t.tabs - t.roles} panels lack role="tabpanel"`);
          if (t.copyButtons !== t.tabs) problems.push(`${where}: ${t.tabs - t.copyButtons} panels lack a copy button`);
        });
      }
      if (info.overflow.length) problems.push(`scrolls sideways at 1280 px: ${info.overflow.join('; ')}`);
    } catch (error) {
      problems.push(`could not be checked: ${error.message || error}`);
    }
    problems.unshift(...wide.drain());
    pageProblems += problems.length;
    for (const problem of problems) fail(`page ${name} (${urlPath})`, problem);
  }
  await wide.close();
  await narrow.close();
  console.log(`   ${pages.length} pages loaded at 1280 px and 390 px, ${pageProblems} problems`);
  summary.pages = `${pages.length} pages loaded, ${pageProblems} problems (console, requests, structure, overflow)`;
});

// The page an unknown address gets: 404.html served with a 404 must still find its style sheet and
// script, wherever the address is (its links are root-relative for that reason).
await phase('an unknown address gets 404.html, styled', async () => {
  if (!fs.existsSync(path.join(SITE, '404.html'))) return;
  const { page, problems, close } = await open({ expectStatus: 404 });
  try {
    await visit(page, '/no/such/page/');
    const styled = await page.evaluate(() =>
      Array.from(document.styleSheets).some((s) => {
        try {
          return s.cssRules.length > 0;
        } catch {
          return false;
        }
      }),
    );
    if (!styled) problems.push('no style sheet applied');
  } finally {
    await close();
  }
  for (const problem of problems) fail('404 page at /no/such/page/', problem);
});

// ---- 2. internal links -------------------------------------------------------------------------

let brokenLinks = 0;
await phase('internal links', async () => {
  const bodies = new Map();
  for (const [url, from] of [...links].sort()) {
    const res = await get(url);
    const list = [...from];
    const shown = list.slice(0, 4).join(', ') + (list.length > 4 ? ` and ${list.length - 4} more` : '');
    if (res.status !== 200) {
      brokenLinks += 1;
      fail(
        'link',
        `${url.slice(ORIGIN.length)} answered ${res.status}${res.headers.location ? ` (to ${res.headers.location})` : ''}, linked from ${shown}`,
      );
    } else {
      bodies.set(url, res.body);
    }
  }
  for (const [url, from] of [...fragments].sort()) {
    const u = new URL(url);
    const body = bodies.get(u.origin + u.pathname + u.search);
    if (body === undefined) continue;
    const id = decodeURIComponent(u.hash.slice(1));
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`\\s(id|name)=["']?${escaped}["'\\s>]`).test(body)) {
      brokenLinks += 1;
      fail('link', `${url.slice(ORIGIN.length)}: no element with id "${id}" there, linked from ${[...from].slice(0, 4).join(', ')}`);
    }
  }
  console.log(
    `   ${links.size} internal URLs and ${fragments.size} fragments checked, ${brokenLinks} broken; ${outside.size} links to other sites (not fetched: no network here)`,
  );
  summary.links = `${links.size} internal URLs + ${fragments.size} #fragments, ${brokenLinks} broken; ${outside.size} external links not fetched`;

  // The sitemap: every page but 404.html, each once, and each answering 200 here (its absolute
  // URLs carry --base-url's origin, so their paths are asked of this server).
  const sitemap = path.join(SITE, 'sitemap.xml');
  if (!fs.existsSync(sitemap)) {
    note('sitemap', 'no sitemap.xml (site writes one only with --base-url)');
    summary.sitemap = 'absent';
    return;
  }
  const locs = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
  const paths = locs.map((loc) => new URL(loc.replace(/&amp;/g, '&')).pathname);
  const base = locs.length ? new URL(locs[0]).pathname.replace(/\/$/, '') : '';
  const wanted = pages.filter((p) => p.name !== '404.html').map((p) => base + p.path);
  for (const want of wanted) if (!paths.includes(want)) fail('sitemap', `does not list ${want}`);
  for (const p of paths) if (!wanted.includes(p)) fail('sitemap', `lists ${p}, which is no page of the site`);
  if (new Set(paths).size !== paths.length) fail('sitemap', 'lists a page twice');
  for (const p of paths) {
    const res = await get(ORIGIN + p.slice(base.length));
    if (res.status !== 200) fail('sitemap', `${p} answered ${res.status}`);
  }
  summary.sitemap = `${locs.length} URLs`;
});

// ---- 3. tabs by keyboard ----------------------------------------------------------------------

async function tabState(page, group) {
  return inPage(
    page,
    (group) => {
      const root = document.querySelectorAll('[data-tabs]')[group] || document.querySelectorAll('[role="tablist"]')[group].parentElement;
      const list = root.querySelector('[role="tablist"]');
      const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
      const panels = tabs.map((t) => document.getElementById(t.getAttribute('aria-controls')));
      const box = root.getBoundingClientRect();
      const after = root.nextElementSibling || root.parentElement.nextElementSibling;
      return {
        names: tabs.map((t) => t.textContent.trim()),
        selected: tabs.map((t, i) => (t.getAttribute('aria-selected') === 'true' ? i : -1)).filter((i) => i >= 0),
        focused: tabs.indexOf(document.activeElement),
        focusInPanel: panels.findIndex((p) => p && p.contains(document.activeElement)),
        tabbable: tabs.map((t, i) => (t.tabIndex === 0 ? i : -1)).filter((i) => i >= 0),
        shown: panels.map((p, i) => (visible(p) ? i : -1)).filter((i) => i >= 0),
        labelled: panels.every((p, i) => p.getAttribute('aria-labelledby') === tabs[i].id),
        docHeight: document.documentElement.scrollHeight,
        boxHeight: Math.round(box.height * 10) / 10,
        nextTop: after ? Math.round((after.getBoundingClientRect().top + window.scrollY) * 10) / 10 : null,
        panelSelectors: panels.map((p) => cssPath(p)),
      };
    },
    group,
  );
}

let tabChecks = 0;
await phase('tabs by keyboard (503, 101, 206)', async () => {
  for (const code of TAB_PAGES) {
    if (!codes.includes(code)) {
      fail(`tabs ${code}`, 'no such page');
      continue;
    }
    const { page, problems, close } = await open();
    const where = `tabs ${code}`;
    const check = (ok, message) => {
      tabChecks += 1;
      if (!ok) fail(where, message);
    };
    try {
      await visit(page, `/${code}/`);
      const groups = await page.$$eval('[role="tablist"]', (lists) => lists.length);
      if (!groups) {
        fail(where, 'no [role="tablist"]');
        continue;
      }
      const tabs = await page.$$('[role="tablist"]:first-of-type [role="tab"]');
      const s0 = await tabState(page, 0);
      const n = s0.names.length;
      check(n >= 2, `${n} tabs: nothing to switch between`);
      check(s0.labelled, 'a tab panel is not aria-labelledby its tab');
      if (n < 2) continue;
      await tabs[0].focus();
      let s = await tabState(page, 0);
      check(s.focused === 0, 'focusing the first tab did not focus it');
      let manual = false;
      const steps = [
        ['ArrowRight', 1],
        ['ArrowRight', 2 % n],
        ['ArrowLeft', 1],
        ['Home', 0],
        ['ArrowLeft', n - 1],
        ['ArrowRight', 0],
        ['End', n - 1],
        ['Home', 0],
      ];
      const heights = new Set([s0.docHeight]);
      const boxes = new Set([s0.boxHeight]);
      const nextTops = new Set([s0.nextTop]);
      for (const [key, want] of steps) {
        const before = await tabState(page, 0);
        await page.keyboard.press(key);
        s = await tabState(page, 0);
        const label = `${key} from "${before.names[before.focused] ?? '?'}"`;
        check(
          s.focused === want,
          `${label}: focus on tab ${s.focused} ("${s.names[s.focused] ?? 'none'}"), want ${want} ("${s.names[want]}")`,
        );
        if (s.focused === want && !(s.selected.length === 1 && s.selected[0] === want)) {
          // Manual activation: focus moved, selection waits for Enter or Space.
          manual = true;
          await page.keyboard.press('Enter');
          s = await tabState(page, 0);
          check(
            s.selected.length === 1 && s.selected[0] === want,
            `${label} then Enter: aria-selected on ${JSON.stringify(s.selected)}, want [${want}]`,
          );
        }
        check(
          s.selected.length === 1 && s.selected[0] === want,
          `${label}: aria-selected="true" on ${JSON.stringify(s.selected)}, want [${want}]`,
        );
        check(
          s.tabbable.length === 1 && s.tabbable[0] === want,
          `${label}: tabindex=0 on ${JSON.stringify(s.tabbable)}, want only [${want}] (roving tabindex)`,
        );
        check(
          s.shown.length === 1 && s.shown[0] === want,
          `${label}: panels visible ${JSON.stringify(s.shown)}, want only [${want}] (${s.panelSelectors[want]})`,
        );
        heights.add(s.docHeight);
        boxes.add(s.boxHeight);
        nextTops.add(s.nextTop);
      }
      if (manual) note(where, 'manual activation: arrows move focus, Enter selects');
      // Space on another tab after a click elsewhere, and a click: both select.
      await tabs[Math.min(3, n - 1)].click();
      s = await tabState(page, 0);
      check(
        s.selected[0] === Math.min(3, n - 1) && s.shown[0] === Math.min(3, n - 1),
        `a click on tab ${Math.min(3, n - 1)} selected ${JSON.stringify(s.selected)} and showed ${JSON.stringify(s.shown)}`,
      );
      heights.add(s.docHeight);
      boxes.add(s.boxHeight);
      nextTops.add(s.nextTop);
      // Every tab in turn, to catch the tallest panel.
      for (let i = 0; i < n; i += 1) {
        await tabs[i].click();
        s = await tabState(page, 0);
        heights.add(s.docHeight);
        boxes.add(s.boxHeight);
        nextTops.add(s.nextTop);
      }
      check(
        heights.size === 1,
        `the page's height changes with the tab: ${[...heights].sort((a, b) => a - b).join(', ')} px (layout shift)`,
      );
      check(
        boxes.size === 1,
        `the tab container's height changes with the tab: ${[...boxes].sort((a, b) => a - b).join(', ')} px (layout shift)`,
      );
      check(
        nextTops.size === 1,
        `what follows the tabs moves with the tab: top at ${[...nextTops].sort((a, b) => a - b).join(', ')} px (layout shift)`,
      );
      // Tab leaves the tab list for the selected panel; Shift+Tab comes back to the selected tab.
      await tabs[0].click();
      await tabs[0].focus();
      await page.keyboard.press('Tab');
      s = await tabState(page, 0);
      check(
        s.focusInPanel === 0,
        `Tab from the selected tab went to ${await page.evaluate(() => (document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : 'nothing'))}, not into its panel`,
      );
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      s = await tabState(page, 0);
      if (s.focusInPanel === 0) {
        // The copy button then the <pre>: one more Shift+Tab to leave the panel.
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
        s = await tabState(page, 0);
      }
      check(s.focused === 0, `Shift+Tab back from the panel focused tab ${s.focused}, not the selected tab 0`);
      // The copy button of the shown panel copies that panel's code.
      const copy = await inPage(page, async () => {
        const panel = Array.from(document.querySelectorAll('[role="tabpanel"]')).find((p) => visible(p));
        const button = panel && panel.querySelector('button');
        const code = panel && panel.querySelector('pre code, pre');
        if (!button || !code) return { error: 'no copy button or code in the shown panel' };
        if (!visible(button)) return { error: 'the copy button of the shown panel is not visible: ' + cssPath(button) };
        button.click();
        await new Promise((r) => setTimeout(r, 150));
        let clip;
        try {
          clip = await navigator.clipboard.readText();
        } catch (e) {
          return { unread: String(e), label: button.textContent };
        }
        return { same: clip === code.textContent, length: clip.length, want: code.textContent.length, label: button.textContent };
      });
      if (copy.error) check(false, copy.error);
      else if (copy.unread) note(where, `copy button clicked ("${copy.label}"), but the clipboard could not be read back: ${copy.unread}`);
      else check(copy.same, `the copy button put ${copy.length} characters on the clipboard, not the panel's ${copy.want}`);
      console.log(
        `   ${code}: ${n} tabs, page height ${[...heights].join('/')} px, tab container ${[...boxes].join('/')} px${copy.label ? `, copy button says "${copy.label}"` : ''}`,
      );
    } catch (error) {
      fail(where, `could not be checked: ${error.stack || error}`);
    } finally {
      await close();
    }
    for (const problem of problems) fail(where, problem);
  }
  summary.tabs = `${tabChecks} assertions on ${TAB_PAGES.join(', ')}`;
});

// ---- 4. JavaScript off ------------------------------------------------------------------------

await phase('JavaScript off: every example visible', async () => {
  let examples = 0;
  const { page, drain, close } = await open({ js: false });
  for (const { name, path: urlPath } of pages) {
    if (name === '404.html') continue;
    const problems = [];
    try {
      await visit(page, urlPath);
      const r = await inPage(page, () => {
        const pres = Array.from(document.querySelectorAll('pre'));
        const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
        const panels = tabs.map((t) => document.getElementById(t.getAttribute('aria-controls'))).filter(Boolean);
        const filter = document.getElementById('filter');
        const items = Array.from(document.querySelectorAll('[data-search]'));
        return {
          pres: pres.length,
          hiddenPres: pres.filter((p) => !visible(p)).map((p) => cssPath(p)),
          tabs: tabs.length,
          hiddenPanels: panels.filter((p) => !visible(p)).map((p) => cssPath(p)),
          shownTabs: tabs.filter((t) => visible(t)).length,
          filterShown: filter ? visible(filter) : false,
          items: items.length,
          hiddenItems: items.filter((i) => !visible(i)).length,
        };
      });
      if (name === 'index') {
        if (r.filterShown) problems.push('the filter box shows with JavaScript off, where it cannot work');
        if (r.hiddenItems) problems.push(`${r.hiddenItems} of ${r.items} codes hidden with JavaScript off`);
        if (r.items !== codes.length) problems.push(`the index lists ${r.items} codes, the site has ${codes.length} code pages`);
      } else {
        examples += r.pres;
        if (!r.pres) problems.push('no <pre> example on the page');
        if (r.tabs && r.pres < r.tabs) problems.push(`${r.tabs} tabs in the markup but ${r.pres} <pre> examples`);
        if (r.hiddenPres.length)
          problems.push(
            `hidden with JavaScript off: ${r.hiddenPres.slice(0, 5).join('; ')}${r.hiddenPres.length > 5 ? ` and ${r.hiddenPres.length - 5} more` : ''}`,
          );
        if (r.hiddenPanels.length) problems.push(`example panels hidden with JavaScript off: ${r.hiddenPanels.slice(0, 5).join('; ')}`);
        if (r.shownTabs) problems.push(`${r.shownTabs} tab buttons show with JavaScript off, where they do nothing`);
      }
    } catch (error) {
      problems.push(`could not be checked: ${error.message || error}`);
    }
    problems.unshift(...drain());
    for (const problem of problems) fail(`no-JS ${name}`, problem);
  }
  await close();
  console.log(`   ${examples} examples on ${codes.length} code pages checked visible`);
  summary.noJs = `${examples} <pre> examples on ${codes.length} code pages`;
});

// The index's filter, with JavaScript on: what it shows matches, what it hides does not.
await phase('index filter', async () => {
  const { page, problems, close } = await open();
  try {
    await visit(page, '/');
    if (!(await page.$('#filter'))) {
      note('filter', 'no #filter on the index');
      return;
    }
    for (const query of ['503', 'unavailable', 'redirect']) {
      await page.click('#filter', { clickCount: 3 });
      await page.keyboard.press('Backspace');
      await page.type('#filter', query);
      const r = await inPage(
        page,
        (query) => {
          const items = Array.from(document.querySelectorAll('[data-search]'));
          const words = query.toLowerCase().split(/\s+/);
          const match = (i) => words.every((w) => i.getAttribute('data-search').includes(w));
          return {
            shown: items.filter((i) => visible(i)).length,
            wrongShown: items.filter((i) => visible(i) && !match(i)).map((i) => cssPath(i)),
            wrongHidden: items.filter((i) => !visible(i) && match(i)).map((i) => cssPath(i)),
            status: (document.getElementById('filter-status') || {}).textContent || '',
            // A class's link above the groups goes with its group: none leads to a hidden one.
            deadClassLinks: Array.from(document.querySelectorAll('.classes a[href^="#"]'))
              .filter((a) => visible(a) && !visible(document.getElementById(a.getAttribute('href').slice(1))))
              .map((a) => a.getAttribute('href')),
          };
        },
        query,
      );
      if (!r.shown) problems.push(`"${query}" shows no code`);
      if (r.wrongShown.length) problems.push(`"${query}" shows codes that do not match: ${r.wrongShown.slice(0, 3).join('; ')}`);
      if (r.wrongHidden.length) problems.push(`"${query}" hides codes that match: ${r.wrongHidden.slice(0, 3).join('; ')}`);
      if (r.deadClassLinks.length) problems.push(`"${query}" leaves links to hidden classes: ${r.deadClassLinks.join(', ')}`);
      console.log(`   "${query}": ${r.shown} shown, status "${r.status}"`);
    }
  } finally {
    await close();
  }
  for (const problem of problems) fail('filter', problem);
});

// ---- 5. axe-core -----------------------------------------------------------------------------

const axeSource = fs.readFileSync(path.join(MODULES, 'axe-core/axe.min.js'), 'utf8');
const axeVersion = JSON.parse(fs.readFileSync(path.join(MODULES, 'axe-core/package.json'), 'utf8')).version;
const axeCounts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
await phase(`axe-core ${axeVersion} (index, 503, 101, 206; light and dark)`, async () => {
  const runs = [];
  for (const code of AXE_PAGES) for (const scheme of SCHEMES) runs.push({ code, scheme, js: true });
  runs.push({ code: '503', scheme: 'light', js: false });
  for (const { code, scheme, js } of runs) {
    const label = `axe ${code || 'index'} ${scheme}${js ? '' : ' no-JS'}`;
    const { page, problems, close } = await open({ scheme, js: true });
    try {
      if (!js) await page.setJavaScriptEnabled(false);
      await visit(page, pageFor(code));
      if (!js) await page.setJavaScriptEnabled(true); // axe itself needs script; the page's own ran not
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({
            target: n.target.join(' '),
            summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240),
            data:
              n.any
                .concat(n.all, n.none)
                .map((c) => c.data)
                .find((d) => d && d.contrastRatio) || null,
          })),
        }));
      });
      for (const v of violations) {
        axeCounts[v.impact] = (axeCounts[v.impact] || 0) + 1;
        const first = v.nodes
          .slice(0, 4)
          .map(
            (n) =>
              n.target +
              (n.data ? ` (${n.data.fgColor} on ${n.data.bgColor}: ${n.data.contrastRatio}:1, needs ${n.data.expectedContrastRatio})` : ''),
          )
          .join('; ');
        const message = `${v.id} [${v.impact}] ${v.help}: ${v.nodes.length} nodes: ${first}${v.nodes.length > 4 ? ' ...' : ''}`;
        if (v.impact === 'serious' || v.impact === 'critical') fail(label, message);
        else note(label, message);
      }
      if (!violations.length) console.log(`   ${label}: no violations`);
    } catch (error) {
      fail(label, `could not run: ${error.message || error}`);
    } finally {
      await close();
    }
    for (const problem of problems) fail(label, problem);
  }
  summary.axe = `critical ${axeCounts.critical}, serious ${axeCounts.serious}, moderate ${axeCounts.moderate}, minor ${axeCounts.minor} (rule x page runs)`;
});

// ---- 6. screenshots ---------------------------------------------------------------------------

const shots = [];
// Every text run of every example (the hidden tabs' too, which axe does not see) against its
// <pre>'s background: WCAG AA's 4.5:1 for normal text.
let lowContrast = 0;
async function tokenContrast(page, label) {
  const low = await inPage(page, () => {
    const parse = (s) => {
      const m = (s.match(/[\d.]+/g) || ['0', '0', '0', '0']).map(Number);
      return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = {};
    for (const pre of document.querySelectorAll('pre')) {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) {
        if (!n.data.trim()) continue;
        const el = n.parentElement;
        const bg = background(el);
        const k = ratio(parse(getComputedStyle(el).color), bg);
        if (k >= 4.5) continue;
        const key = `${getComputedStyle(el).color} on ${getComputedStyle(pre).backgroundColor}`;
        out[key] = out[key] || { ratio: k.toFixed(2), where: cssPath(el), cls: el.className, text: n.data.trim().slice(0, 30), n: 0 };
        out[key].n += 1;
      }
    }
    return Object.entries(out).map(([k, v]) => `${k}: ${v.ratio}:1 in ${v.n} runs, e.g. "${v.text}" (${v.cls}) at ${v.where}`);
  });
  lowContrast += low.length;
  for (const line of low) fail(`code contrast ${label}`, line);
}

await phase(`screenshots into ${SHOTS}, and the contrast of every code token`, async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const { page, drain, close } = await open({ scheme, width, height: width < 600 ? 844 : 900 });
      for (const code of SHOT_PAGES) {
        try {
          await visit(page, pageFor(code));
          const file = path.join(SHOTS, `${code}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          shots.push({ file, code, width, scheme, size, bg });
          console.log(`   ${path.basename(file)}: ${size[0]}x${size[1]} px, body background ${bg}`);
          if (width === WIDTHS[WIDTHS.length - 1]) await tokenContrast(page, `${code} ${scheme}`);
          if (code === SHOT_PAGES[0] && (await page.$('[role="tab"]'))) {
            // The focus ring: the second tab reached by keyboard, the tabs and the top of its panel.
            await page.focus('[role="tab"]');
            await page.keyboard.press('ArrowRight');
            const box = await page.evaluate(() => {
              const r = document.querySelector('[role="tablist"]').getBoundingClientRect();
              return {
                x: 0,
                y: Math.max(0, r.top + window.scrollY - 16),
                width: document.documentElement.clientWidth,
                height: r.height + 200,
              };
            });
            const focusFile = path.join(SHOTS, `${code}-${width}-${scheme}-focus.png`);
            await page.screenshot({ path: focusFile, clip: box, captureBeyondViewport: true });
            shots.push({ file: focusFile, code, width, scheme: `${scheme}-focus`, size: [box.width, box.height], bg });
            console.log(`   ${path.basename(focusFile)}: the tabs after Tab focus and ArrowRight`);
          }
        } catch (error) {
          fail(`screenshot ${code} ${width} ${scheme}`, `could not be taken: ${error.message || error}`);
        }
        for (const problem of drain()) fail(`screenshot ${code} ${width} ${scheme}`, problem);
      }
      await close();
    }
  }
  for (const code of SHOT_PAGES) {
    const light = shots.find((s) => s.code === code && s.scheme === 'light');
    const dark = shots.find((s) => s.code === code && s.scheme === 'dark');
    if (light && dark && light.bg === dark.bg) fail(`dark scheme ${code}`, `the body background is ${light.bg} in both color schemes`);
  }
  summary.shots = `${shots.length} PNGs in ${SHOTS}`;
  summary.contrast = `${lowContrast} code colors under 4.5:1 (every example of ${SHOT_PAGES.join(', ')}, light and dark)`;
});

// ---- 7. Lighthouse ----------------------------------------------------------------------------

const scores = {};
await phase(`Lighthouse on /${LIGHTHOUSE_PAGE}/ (${LIGHTHOUSE_CATEGORIES.join(', ')})`, async () => {
  if (process.env.SITE_CHECK_SKIP_LIGHTHOUSE === '1') {
    note('lighthouse', 'skipped (SITE_CHECK_SKIP_LIGHTHOUSE=1)');
    summary.lighthouse = 'skipped';
    return;
  }
  const { default: lighthouse } = await load('lighthouse');
  const version = JSON.parse(fs.readFileSync(path.join(MODULES, 'lighthouse/package.json'), 'utf8')).version;
  const before = served.length;
  const result = await lighthouse(
    `${ORIGIN}/${LIGHTHOUSE_PAGE}/`,
    { port: BROWSER_PORT, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES },
    undefined,
  );
  if (!result || !result.lhr) {
    fail('lighthouse', 'returned no result');
    return;
  }
  const lhr = result.lhr;
  if (lhr.runtimeError) fail('lighthouse', `runtime error: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings || []) note('lighthouse', `warning: ${warning}`);
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = lhr.categories[id];
    const score = category ? category.score : null;
    scores[id] = score;
    console.log(`   ${id}: ${score === null ? 'no score' : score.toFixed(2)}`);
    if (score === null || score < LIGHTHOUSE_MIN)
      fail('lighthouse', `${id} scored ${score === null ? 'nothing' : score.toFixed(2)}, under ${LIGHTHOUSE_MIN}`);
    for (const ref of category ? category.auditRefs : []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
      const items =
        audit.details && audit.details.items
          ? audit.details.items
              .slice(0, 3)
              .map(
                (i) =>
                  (i.node && i.node.selector) || i.url || i.description || (i.source && i.source.url) || JSON.stringify(i).slice(0, 100),
              )
              .join('; ')
          : '';
      note(
        `lighthouse ${id}`,
        `${ref.id} scored ${audit.score} (weight ${ref.weight}): ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${items ? `: ${items}` : ''}`,
      );
    }
  }
  console.log(`   Lighthouse ${version} fetched ${served.length - before} URLs from the local server; final URL ${lhr.finalDisplayedUrl}`);
  summary.lighthouse =
    `Lighthouse ${version}: ` + LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${scores[id] === null ? '-' : scores[id].toFixed(2)}`).join(', ');
});

// ---- summary ----------------------------------------------------------------------------------

await browser.close();
server.close();
console.log('\n== summary');
for (const [key, value] of Object.entries(summary)) console.log(`   ${key.padEnd(10)} ${value}`);
console.log(
  `   requests   ${served.length} answered by the local server, ${blockedTotal} to other hosts blocked${blockedTotal ? ' (listed above)' : ''}`,
);
console.log(
  `   time       ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.map(([n, ms]) => `${n.split(' (')[0]} ${(ms / 1000).toFixed(1)} s`).join(', ')})`,
);
console.log(`   notes      ${notes.length}`);
if (failures.length) {
  console.log(`\nsite-check: FAILED, ${failures.length} problems:`);
  for (const [section, message] of failures) console.log(`  - ${section}: ${message}`);
  process.exit(1);
}
console.log('\nsite-check: passed');
