#!/usr/bin/env node
// Browser checks of a site built by loa, in Debian's headless Chromium.
//
// usage: node tests/browser/check.mjs <site-output-dir> <config.json>
//
// Serves <site-output-dir> on 127.0.0.1 (a free port) with a small static server
// that behaves like the static hosts loa targets: `/a/b/` serves `/a/b/index.html`,
// `/a/b` redirects to `/a/b/` when that is a directory, unknown paths answer 404
// with `/404.html`. Then loads every page of the config at every width and checks:
//
//   status     the page answers with the expected HTTP status (default 200)
//   console    no console error and no uncaught page error
//   requests   no same-origin request fails or answers 4xx/5xx (requests to other
//              origins are blocked, listed under `external`, and fail the check)
//   overflow   no horizontal scroll: documentElement.scrollWidth <= innerWidth
//   viewport   <meta name="viewport" content="width=device-width, ...">
//   lang       <html lang> is set
//   img-alt    every <img> has a non-empty alt, or is explicitly decorative:
//              role="presentation"/"none", or alt="" with aria-hidden="true"
//              (on the image or an ancestor)
//   masthead   on a phone (width <= 400), header.masthead takes at most 40% of the
//              screen's height, leaving 60% to the news
//   axe        axe-core finds no violation of impact serious or critical
//   steps      every step of the page (see below) succeeds
//
// and saves a full-page screenshot to <screenshots>/<name>-<width>.png.
// Prints a JSON report on stdout, a short summary on stderr; exits 0 when every
// check passed, 1 when one failed, 2 on a usage or setup error.
//
// Config (JSON):
//
//   {
//     "widths": [375, 1280],                  // optional, default [375, 1280]
//     "screenshots": "target/browser-screenshots",
//                                             // optional; relative to the repo root;
//                                             // env LOA_SCREENSHOTS overrides it
//     "allow_console": ["regex", ...],        // optional: console/page errors to ignore
//     "axe_disable": ["rule-id", ...],        // optional: axe rules not to run
//     "pages": [
//       "/",                                  // a bare URL path: name derived from it
//       { "name": "section",                  // screenshot name, [A-Za-z0-9._-]
//         "url": "/tin-hoat-dong/",           // path (and query) on the served site
//         "status": 200,                      // optional expected status (404 for /404.html)
//         "widths": [375],                    // optional, overrides the global widths
//         "skip": ["axe", "img-alt"],         // optional: checks not to run on this page
//         "steps": [                          // optional, run in order after the checks
//           { "type": "search",               // type text, wait for a matching result
//             "input": "#q",                  //   selector of the text field
//             "text": "nông thôn",            //   typed key by key, like a person
//             "result": ".search-results li", //   selector of a result
//             "expect": "Hà Giang",           //   text one result must contain
//             "submit": false,                //   optional: press Enter after typing
//             "timeout": 5000 },              //   optional, ms (default 5000)
//           { "type": "click", "selector": "button.menu" },
//           { "type": "wait", "selector": "nav.open", "expect": "Trang chủ" }
//                                             // expect optional: the element's text
//         ] }
//     ]
//   }
//
// Environment: LOA_CHROMIUM (default /usr/bin/chromium), LOA_SCREENSHOTS,
// LOA_BROWSER_TIMEOUT (ms per navigation, default 30000), LOA_BROWSER_DEADLINE
// (s for the whole run, default 600; then exit 2).

import { createServer } from 'node:http';
import { createReadStream, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const require = createRequire(import.meta.url);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-quic',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
};

function fail(message) {
  process.stderr.write(`check.mjs: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- config

function loadConfig(file) {
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read config ${file}: ${e.message}`);
  }
  const widths = raw.widths ?? [375, 1280];
  if (!Array.isArray(raw.pages) || raw.pages.length === 0) fail('config: "pages" must be a non-empty array');
  const names = new Set();
  const pages = raw.pages.map((p, i) => {
    const page = typeof p === 'string' ? { url: p } : { ...p };
    if (typeof page.url !== 'string' || !page.url.startsWith('/')) fail(`config: pages[${i}].url must be a path starting with /`);
    page.name ??= nameFromUrl(page.url);
    if (!/^[A-Za-z0-9._-]+$/.test(page.name)) fail(`config: pages[${i}].name ${JSON.stringify(page.name)} must match [A-Za-z0-9._-]+`);
    if (names.has(page.name)) fail(`config: two pages are named ${page.name}`);
    names.add(page.name);
    page.status ??= 200;
    page.widths ??= widths;
    page.skip = new Set(page.skip ?? []);
    page.steps ??= [];
    for (const [j, s] of page.steps.entries()) {
      const where = `pages[${i}].steps[${j}]`;
      if (s.type === 'search') {
        for (const k of ['input', 'text', 'result', 'expect']) if (typeof s[k] !== 'string') fail(`config: ${where}.${k} must be a string`);
      } else if (s.type === 'click' || s.type === 'wait') {
        if (typeof s.selector !== 'string') fail(`config: ${where}.selector must be a string`);
      } else {
        fail(`config: ${where}.type must be search, click or wait`);
      }
    }
    return page;
  });
  const shots = process.env.LOA_SCREENSHOTS || raw.screenshots || 'target/browser-screenshots';
  return {
    pages,
    screenshots: path.resolve(REPO_ROOT, shots),
    allowConsole: (raw.allow_console ?? []).map((r) => new RegExp(r)),
    axeDisable: raw.axe_disable ?? [],
  };
}

function nameFromUrl(url) {
  const trimmed = url.split(/[?#]/)[0].replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'home' : trimmed.replace(/[^A-Za-z0-9._-]+/g, '_');
}

// ---------------------------------------------------------------- server

function startServer(root) {
  const rootReal = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      await serve(rootReal, req, res);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${e.message}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function serve(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  const url = new URL(req.url, 'http://127.0.0.1');
  let rel;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return notFound(root, req, res);
  }
  const file = path.resolve(root, '.' + path.posix.normalize(rel));
  // Never serve anything outside the site directory.
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(root, req, res);
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    if (!rel.endsWith('/')) {
      res.writeHead(301, { location: url.pathname + '/' + url.search });
      return res.end();
    }
    return sendFile(path.join(file, 'index.html'), 200, req, res, () => notFound(root, req, res));
  }
  if (st?.isFile()) return sendFile(file, 200, req, res, () => notFound(root, req, res));
  return notFound(root, req, res);
}

async function sendFile(file, status, req, res, otherwise) {
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) return otherwise();
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'content-type': type, 'content-length': st.size, 'cache-control': 'no-store' });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

function notFound(root, req, res) {
  return sendFile(path.join(root, '404.html'), 404, req, res, () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404 not found (and the site has no /404.html)\n');
  });
}

// ---------------------------------------------------------------- checks

// Runs in the page: the DOM checks that need no library.
function domChecks() {
  const out = {};
  const doc = document.documentElement;
  out.scrollWidth = doc.scrollWidth;
  out.innerWidth = window.innerWidth;
  out.lang = doc.getAttribute('lang');
  const masthead = document.querySelector('header.masthead');
  out.mastheadHeight = masthead ? Math.round(masthead.getBoundingClientRect().height) : 0;
  out.innerHeight = window.innerHeight;
  const vp = document.querySelector('meta[name="viewport"]');
  out.viewport = vp ? vp.getAttribute('content') : null;
  out.badImages = [];
  for (const img of document.querySelectorAll('img')) {
    const alt = img.getAttribute('alt');
    const role = (img.getAttribute('role') || '').trim().toLowerCase();
    const hidden = img.closest('[aria-hidden="true"]') !== null;
    const ok = (alt !== null && alt.trim() !== '') || role === 'presentation' || role === 'none' || (alt === '' && hidden);
    if (!ok) {
      out.badImages.push({ src: img.getAttribute('src'), alt, html: img.outerHTML.slice(0, 200) });
    }
  }
  // The widest elements, to say what overflows.
  out.overflowing = [];
  if (doc.scrollWidth > window.innerWidth) {
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && r.width > 0) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
        out.overflowing.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)}px)`);
        if (out.overflowing.length >= 5) break;
      }
    }
  }
  return out;
}

async function runSteps(page, steps) {
  const failures = [];
  for (const [i, s] of steps.entries()) {
    const timeout = s.timeout ?? 5000;
    try {
      if (s.type === 'search') {
        const input = page.locator(s.input).first();
        await input.waitFor({ state: 'visible', timeout });
        await input.fill('');
        await input.pressSequentially(s.text, { delay: 20 });
        if (s.submit) await input.press('Enter');
        await page.locator(s.result).filter({ hasText: s.expect }).first().waitFor({ state: 'visible', timeout });
      } else if (s.type === 'click') {
        await page.locator(s.selector).first().click({ timeout });
      } else if (s.type === 'wait') {
        let loc = page.locator(s.selector);
        if (s.expect !== undefined) loc = loc.filter({ hasText: s.expect });
        await loc.first().waitFor({ state: 'visible', timeout });
      }
    } catch (e) {
      const what = s.type === 'search' ? `search ${JSON.stringify(s.text)} in ${s.input}, expecting ${JSON.stringify(s.expect)} in ${s.result}` : `${s.type} ${s.selector}`;
      failures.push({ check: 'steps', message: `step ${i} (${what}) failed: ${e.message.split('\n')[0]}`, step: s });
      break; // later steps depend on this one
    }
  }
  return failures;
}

async function checkPage(context, base, cfg, pageCfg, width, axeSource) {
  const origin = new URL(base).origin;
  const url = new URL(pageCfg.url, base).href;
  const result = { name: pageCfg.name, url: pageCfg.url, width, ok: false, status: null, failures: [], external: [], screenshot: null };
  const add = (check, message, extra = {}) => result.failures.push({ check, message, ...extra });
  const skip = pageCfg.skip;
  const allowed = (text) => cfg.allowConsole.some((re) => re.test(text));

  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const consoleErrors = [];
  const pageErrors = [];
  const badRequests = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' || allowed(msg.text())) return;
    // The page's own status is the status check's business (a 404 page answers 404).
    if (msg.text().startsWith('Failed to load resource') && msg.location().url === url) return;
    consoleErrors.push({ text: msg.text(), location: msg.location().url });
  });
  page.on('pageerror', (err) => {
    if (!allowed(err.message)) pageErrors.push(err.message);
  });
  page.on('response', (resp) => {
    const u = resp.url();
    if (!u.startsWith(origin + '/')) return;
    const isMain = resp.request().isNavigationRequest() && resp.request().frame() === page.mainFrame();
    if (isMain) return; // judged by the status check
    if (resp.status() >= 400) badRequests.push({ url: u.slice(origin.length), status: resp.status() });
  });
  page.on('requestfailed', (req) => {
    const u = req.url();
    if (!u.startsWith(origin + '/')) return;
    // Chromium also aborts a resource that answered 4xx; report it once.
    if (badRequests.some((r) => r.url === u.slice(origin.length))) return;
    badRequests.push({ url: u.slice(origin.length), error: req.failure()?.errorText });
  });
  // The test machine has no network: block other origins at once, and say so.
  await page.route((u) => u.origin !== origin && !['data:', 'blob:', 'about:'].includes(u.protocol), (route) => {
    result.external.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  try {
    const resp = await page.goto(url, { waitUntil: 'load', timeout: Number(process.env.LOA_BROWSER_TIMEOUT || 30000) });
    result.status = resp ? resp.status() : null;
    if (result.status !== pageCfg.status) add('status', `HTTP ${result.status}, expected ${pageCfg.status}`);
    await page.evaluate(() => document.fonts.ready.then(() => true)).catch(() => {});

    const dom = await page.evaluate(domChecks);
    if (!skip.has('overflow') && dom.scrollWidth > dom.innerWidth) {
      add('overflow', `horizontal scroll: scrollWidth ${dom.scrollWidth}px > innerWidth ${dom.innerWidth}px`, { elements: dom.overflowing });
    }
    if (!skip.has('viewport') && !/width\s*=\s*device-width/.test(dom.viewport ?? '')) {
      add('viewport', `no <meta name="viewport" content="width=device-width, ..."> (found ${JSON.stringify(dom.viewport)})`);
    }
    if (!skip.has('lang') && !(dom.lang ?? '').trim()) add('lang', '<html> has no lang attribute');
    if (!skip.has('masthead') && dom.innerWidth <= 400 && dom.mastheadHeight > 0.4 * dom.innerHeight) {
      add('masthead', `the masthead takes ${dom.mastheadHeight}px of a ${dom.innerHeight}px screen (more than 40%)`);
    }
    if (!skip.has('img-alt') && dom.badImages.length) {
      add('img-alt', `${dom.badImages.length} <img> without alt text (and not marked decorative)`, { images: dom.badImages.slice(0, 10) });
    }

    if (!skip.has('axe')) {
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async (disable) => {
        const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
        const r = await window.axe.run(document, { resultTypes: ['violations'], rules });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary || '').split('\n').slice(0, 3).join(' ') })),
          count: v.nodes.length,
        }));
      }, cfg.axeDisable);
      const serious = axe.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length) {
        add('axe', `${serious.length} serious/critical accessibility violation(s): ${serious.map((v) => v.id).join(', ')}`, { violations: serious });
      }
      result.axe_minor = axe.filter((v) => !serious.includes(v)).map((v) => `${v.id} (${v.impact})`);
    }

    if (!skip.has('steps') && pageCfg.steps.length) result.failures.push(...(await runSteps(page, pageCfg.steps)));

    mkdirSync(cfg.screenshots, { recursive: true });
    result.screenshot = path.join(cfg.screenshots, `${pageCfg.name}-${width}.png`);
    await page.screenshot({ path: result.screenshot, fullPage: true });
  } catch (e) {
    add('load', `could not check the page: ${e.message.split('\n')[0]}`);
  }
  // Late errors (scripts that run after load) are collected until here.
  if (!skip.has('console')) {
    for (const e of pageErrors) add('console', `uncaught page error: ${e}`);
    // "Failed to load resource" for a request reported below says nothing more.
    const reported = new Set([...badRequests.map((r) => origin + r.url), ...result.external]);
    const own = consoleErrors.filter((e) => !(e.text.startsWith('Failed to load resource') && reported.has(e.location)));
    for (const e of own) add('console', `console error: ${e.text}`, e.location ? { source: e.location } : {});
  }
  if (!skip.has('requests')) {
    for (const r of badRequests) add('requests', `same-origin request failed: ${r.url} (${r.status ?? r.error})`);
    if (result.external.length) add('requests', `requests to other origins (blocked; the site must not depend on them): ${result.external.slice(0, 5).join(', ')}`);
  }
  await page.close();
  result.ok = result.failures.length === 0;
  return result;
}

// ---------------------------------------------------------------- main

async function main() {
  // A hung browser must not hang the test run: give up after LOA_BROWSER_DEADLINE s.
  const deadline = Number(process.env.LOA_BROWSER_DEADLINE || 600);
  setTimeout(() => fail(`gave up after ${deadline} s (LOA_BROWSER_DEADLINE)`), deadline * 1000).unref();
  const [siteDir, configFile] = process.argv.slice(2);
  if (!siteDir || !configFile) fail('usage: node check.mjs <site-output-dir> <config.json>');
  const st = await stat(siteDir).catch(() => null);
  if (!st?.isDirectory()) fail(`${siteDir} is not a directory`);
  const cfg = loadConfig(configFile);

  let chromium, axeSource;
  try {
    ({ chromium } = require('playwright-core'));
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch (e) {
    fail(`run \`npm ci\` in tests/browser first (${e.message.split('\n')[0]})`);
  }
  const executablePath = process.env.LOA_CHROMIUM || '/usr/bin/chromium';

  const server = await startServer(siteDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'loa-chromium-'));
  process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 }));
  let context;
  const results = [];
  try {
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 800 },
        bypassCSP: true, // lets axe-core be injected whatever the site's CSP
        serviceWorkers: 'block',
      });
    } catch (e) {
      server.close();
      fail(`cannot launch Chromium at ${executablePath}: ${e.message.split('\n')[0]}`);
    }
    for (const p of context.pages()) await p.close();
    for (const pageCfg of cfg.pages) {
      for (const width of pageCfg.widths) {
        const r = await checkPage(context, base, cfg, pageCfg, width, axeSource);
        results.push(r);
        const mark = r.ok ? 'ok  ' : 'FAIL';
        process.stderr.write(`${mark} ${r.url} @${width}px${r.ok ? '' : ': ' + r.failures.map((f) => f.check).join(', ')}\n`);
      }
    }
  } finally {
    if (context) await context.close().catch(() => {});
    server.close();
  }
  const failed = results.filter((r) => !r.ok);
  const report = {
    ok: failed.length === 0,
    site: path.resolve(siteDir),
    chromium: executablePath,
    checked: results.length,
    failed: failed.length,
    results,
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  process.stderr.write(`${results.length - failed.length} passed, ${failed.length} failed (page x width)\n`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((e) => fail(e.stack || String(e)));
