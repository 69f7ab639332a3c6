// Every public page type of the portal, in English, French and Spanish, checked in a headless
// Chromium (the Debian package) with axe-core for WCAG 2.1 A and AA: no violation is allowed.
// On each page the first Tab reaches the skip link and shows it with a visible focus ring, every
// later Tab stop has one too, and at 390 px the page is no wider than the screen (a table may
// scroll inside its own box). A screenshot of each page type is kept at 1280 and 390 px.
//
// Run after the story (e2e/flow.mjs), so that a jurisdiction has several published rounds (the
// progress page and a comparison of two rounds have something to show).
//
// Environment:
//   MGI_E2E_BASE      base URL of a running `mgi demo` (required)
//   MGI_E2E_SHOTS     folder for the screenshots (default ./e2e-shots/public)
//   MGI_E2E_CHROMIUM  the browser executable (default /usr/bin/chromium)
//
// Exit code 0 when every page passed; 1 with the list of what failed.

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.MGI_E2E_BASE || '').replace(/\/+$/, '');
if (!BASE) {
  console.error('MGI_E2E_BASE is required');
  process.exit(2);
}
const SHOTS = resolve(process.env.MGI_E2E_SHOTS || 'e2e-shots/public');
const CHROMIUM = process.env.MGI_E2E_CHROMIUM || '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = 390;
/** Tab stops followed on each page for the focus check. */
const TABS = 12;

mkdirSync(SHOTS, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
// The site's Content-Security-Policy forbids injected scripts, which axe-core is.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const failures = [];

/** The page types, found from the site itself so that no code or year is assumed. */
async function pageTypes() {
  await page.goto(`${BASE}/explore`);
  const indicator = await page.getAttribute('a[href^="/explore?indicator="]', 'href');
  await page.goto(`${BASE}/compare`);
  const rounds = await page.$$eval('input[name="j"]', (inputs) => inputs.map((i) => i.value));
  const progress = await (async () => {
    await page.goto(`${BASE}/`);
    return page.getAttribute('a[data-progress]', 'href');
  })();
  const profile = `/profiles/${rounds[0]}`;
  const types = [
    ['home', '/'],
    ['explore', '/explore'],
    ['indicator', indicator],
    ['compare-choose', '/compare'],
    ['compare', `/compare?j=${encodeURIComponent(rounds[0])}&j=${encodeURIComponent(rounds[1])}`],
    ['search', '/search?q=migrants'],
    ['gcm', '/gcm'],
    ['sdg', '/sdg'],
    ['progress', progress],
    ['profile', profile],
    ['about', '/about'],
    ['methodology', '/methodology'],
    ['data', '/data'],
    ['privacy', '/privacy'],
    ['contact', '/contact'],
    ['sign-in', '/login'],
    ['not-found', '/no-such-page'],
  ];
  const missing = types.filter(([, path]) => !path).map(([name]) => name);
  if (rounds.length < 2 || missing.length) {
    throw new Error(`the site lacks what the page types need: ${rounds.length} published rounds; no link for ${missing.join(', ')}`);
  }
  return types;
}

/** The page's own path in a language: `/fr/gcm`, `/fr` for the home page. */
function localised(lang, path) {
  if (lang === 'en') return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

async function axe(label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
    failures.push(`${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s): ${where}`);
  }
}

/** Tab through the page: the first stop is the skip link, every stop shows a focus ring. */
async function keyboard(label) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  for (let i = 0; i < TABS; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        skip: el.classList.contains('skip'),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: box.width > 0 && box.height > 0,
      };
    });
    if (!focus) break;
    if (i === 0 && !focus.skip) failures.push(`${label}: the first Tab stop is a ${focus.tag}, not the skip link`);
    if (!focus.ring || !focus.visible) failures.push(`${label}: Tab stop ${i + 1} (${focus.tag}) shows no visible focus`);
  }
}

/** axe-core finds a fault when there is one: an image without a text alternative. */
async function axeCanFail() {
  await page.goto(`${BASE}/about`);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/assets/none.png';
    document.querySelector('main').append(img);
  });
  const before = failures.length;
  await axe('the check of the check');
  const found = failures.splice(before).some((f) => f.includes('image-alt'));
  if (!found) failures.push('axe-core did not report an image without alt text: the check cannot fail');
}

await axeCanFail();
const types = await pageTypes();
for (const lang of ['en', 'fr', 'es']) {
  for (const [name, path] of types) {
    const address = localised(lang, path);
    const label = `${lang} ${name} (${address})`;
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto(`${BASE}${address}`);
    const expected = name === 'not-found' ? 404 : 200;
    if (!response || response.status() !== expected) {
      failures.push(`${label}: status ${response && response.status()}, expected ${expected}`);
      continue;
    }
    const htmlLang = await page.getAttribute('html', 'lang');
    if (htmlLang !== lang) failures.push(`${label}: <html lang="${htmlLang}">`);
    await axe(label);
    await keyboard(label);
    await page.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: true });
    await page.setViewportSize({ width: PHONE, height: 800 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE) failures.push(`${label}: ${width} px wide at ${PHONE} px`);
    await page.screenshot({ path: join(SHOTS, `${lang}-${name}-390.png`), fullPage: true });
    console.log(`-- ${label}: checked`);
  }
}
await browser.close();
if (failures.length) {
  console.error(`${failures.length} problem(s):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`all ${types.length} public page types pass axe-core, the keyboard and the 390 px checks in en, fr and es; screenshots in ${SHOTS}`);
