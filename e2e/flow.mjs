// End-to-end story of the MGI web application in a headless Chromium (the Debian package, never a
// downloaded browser): an analyst edits the Mongolia 2026 draft and opens it for consultation, the
// government focal point comments and approves, the administrator publishes, and a public reader
// finds the new text while the private research notes stay private; the share link dies with the
// draft.
//
// The story runs in one interface language: English at the root, or French (`/fr`) or Spanish
// (`/es`) with MGI_E2E_LANG. Every step then starts and stays under that prefix (checked after
// each navigation, with the page's <html lang>), and the controls are found by what does not
// change with the language: field ids and names, form actions, `data-*` attributes of the pages
// (data-stage, data-move, data-save, data-approval). The few checks that read a sentence take it
// from the server's own catalogues (e2e/messages.mjs).
//
// Environment:
//   MGI_E2E_BASE      base URL of a running `mgi demo` (default http://127.0.0.1:8080)
//   MGI_E2E_PASSWORD  the demo accounts' password (MGI_DEMO_PASSWORD of the server; required)
//   MGI_E2E_SHOTS     folder for the full-page screenshots (default ./e2e-shots)
//   MGI_E2E_CHROMIUM  the browser executable (default /usr/bin/chromium)
//   MGI_E2E_LANG      the interface language: en (default), fr or es
//
// Exit code 0 when every step passed, 1 at the first failed step (its message says which and why).

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { catalogue } from './messages.mjs';

const BASE = (process.env.MGI_E2E_BASE || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const PASSWORD = process.env.MGI_E2E_PASSWORD || '';
const SHOTS = resolve(process.env.MGI_E2E_SHOTS || 'e2e-shots');
const CHROMIUM = process.env.MGI_E2E_CHROMIUM || '/usr/bin/chromium';
const LANG = process.env.MGI_E2E_LANG || 'en';
if (!['en', 'fr', 'es'].includes(LANG)) {
  console.error(`MGI_E2E_LANG=${LANG}: expected en, fr or es`);
  process.exit(2);
}
/** The language's prefix: '' for English, '/fr', '/es'. */
const PREFIX = LANG === 'en' ? '' : `/${LANG}`;
/** A site path in the story's language. */
const L = (path) => `${PREFIX}${path}`;
const t = catalogue(LANG);

const CODE = 'MNG';
const YEAR = '2026';
/** The country's UN name in the story's language, as the portal shows it (data/m49.csv:
 *  iso3,m49,name,region,subregion,name_fr,name_es; Mongolia's row has no quoted cell). */
const NAME = (() => {
  const csv = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'm49.csv'), 'utf8');
  const row = csv.split('\n').find((line) => line.startsWith(`${CODE},`));
  if (!row) throw new Error(`data/m49.csv has no row for ${CODE}`);
  const cells = row.split(',');
  return { en: cells[2], fr: cells[5], es: cells[6] }[LANG];
})();
const WORK = L(`/work/${CODE}/${YEAR}`);
const PROFILE = L(`/profiles/${CODE}/${YEAR}`);

const TS = Date.now();
const WORD = `Zephyrine${TS}`;
const NOTE = `PRIVATE-NOTE-${TS}`;
const NARRATIVE = `End-to-end narrative: the word ${WORD} marks this run of the story.`;
const FINDING_ADDITION = `The end-to-end review (${WORD}) confirms this.`;
const COMMENT = `Focal point comment ${TS}: please check the wording.`;
const SOURCE = {
  issuer: 'State Great Khural',
  title: 'Law on Labour Migration e2e',
  year: '2025',
  kind: 'law',
  pin: 'Article 7',
};

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

class StepError extends Error {}

let current = '(start)';
let shotNo = 0;

function fail(message) {
  throw new StepError(message);
}

function check(cond, message) {
  if (!cond) fail(message);
}

function log(message) {
  console.log(message);
}

async function step(name, fn) {
  current = name;
  log(`-- ${name}`);
  await fn();
  log(`   ok`);
}

/** The narrowest phone the pages are made for, in CSS pixels. */
const PHONE_WIDTH = 390;

/**
 * Screenshots of the page at 1280 px and at 390 px; at 390 px the document must not be wider
 * than the screen (a table may scroll inside its own box, the page may not).
 */
async function shot(page, label) {
  shotNo += 1;
  const base = `${String(shotNo).padStart(2, '0')}-${label}`;
  const wide = page.viewportSize();
  const file = join(SHOTS, `${base}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const phone = join(SHOTS, `${base}-390.png`);
  await page.screenshot({ path: phone, fullPage: true });
  await page.setViewportSize(wide);
  log(`   screenshots ${file}, ${phone}`);
  check(
    width <= PHONE_WIDTH,
    `${label}: at ${PHONE_WIDTH} px the page is ${width} px wide (${pathOf(page)})`,
  );
}

/** The visible text of the page, for "contains" assertions. */
async function text(page) {
  return page.locator('body').innerText();
}

function expectOk(resp, what) {
  check(resp, `${what}: no response`);
  check(
    resp.status() < 400,
    `${what}: HTTP ${resp.status()} at ${resp.url()}`,
  );
  return resp;
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** The page is in the story's language: under its prefix, with <html lang>. */
async function inLanguage(page, what) {
  const path = pathOf(page);
  check(
    PREFIX === '' || path === PREFIX || path.startsWith(`${PREFIX}/`),
    `${what}: ${page.url()} left ${PREFIX}`,
  );
  const lang = await page.locator('html').getAttribute('lang');
  check(lang === LANG, `${what}: <html lang="${lang}"> at ${page.url()}, expected ${LANG}`);
}

async function go(page, path, what = `GET ${path}`) {
  const resp = expectOk(await page.goto(BASE + path), what);
  await inLanguage(page, what);
  return resp;
}

/** Click a button (or link) that submits / navigates, and return the final response. */
async function submit(page, locator, what) {
  check((await locator.count()) > 0, `${what}: the control is not on ${page.url()}`);
  const [resp] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.first().click(),
  ]);
  if (resp && resp.status() < 400 && pathOf(page).indexOf('.') < 0) {
    await inLanguage(page, what);
  }
  return resp;
}

/** The submit button of the form whose action ends with `action`. */
function formButton(page, action) {
  return page.locator(`form[action$="${action}"] button`);
}

/** A button the pages mark with data-save="what". */
function saveButton(page, what) {
  return page.locator(`button[data-save="${what}"]`);
}

function signOutButton(page) {
  return formButton(page, '/logout');
}

/** The stage code of the assessment shown (its name is in the page's language). */
async function stageOf(page) {
  const s = page.locator('[data-stage]').first();
  check((await s.count()) > 0, `no stage shown on ${page.url()}`);
  return (await s.getAttribute('data-stage')).trim();
}

async function signIn(page, user) {
  await go(page, L('/login'), 'the sign-in page');
  await page.fill('#username', user);
  await page.fill('#password', PASSWORD);
  const resp = await submit(page, page.locator('form:has(#password) button'), `sign in as ${user}`);
  expectOk(resp, `sign in as ${user}`);
  check(
    pathOf(page) === L('/work'),
    `sign in as ${user}: expected to land on ${L('/work')}, got ${page.url()}`,
  );
  check(
    (await page.locator(`a[href="${WORK}"]`).count()) > 0,
    `sign in as ${user}: the dashboard has no link to ${WORK}`,
  );
}

async function signOut(page, who) {
  const resp = await submit(page, signOutButton(page), `sign out (${who})`);
  expectOk(resp, `sign out (${who})`);
  check(
    (await signOutButton(page).count()) === 0,
    `sign out (${who}): still signed in at ${page.url()}`,
  );
  // The session is gone on the server too: the workspace asks for a sign-in again.
  const r = await page.goto(BASE + WORK);
  check(
    r.status() >= 400 || pathOf(page) === L('/login') || (await page.locator('#password').count()) > 0,
    `sign out (${who}): ${WORK} still opens (HTTP ${r.status()} at ${page.url()})`,
  );
}

async function openWorkspace(page) {
  const resp = await submit(page, page.locator(`a[href="${WORK}"]`), `open ${WORK}`);
  expectOk(resp, `open ${WORK}`);
  check(pathOf(page) === WORK, `open ${WORK}: landed on ${page.url()}`);
}

/** A stage move: the workspace's button opens the confirmation page, whose Confirm posts it. */
async function moveTo(page, stage) {
  const ask = await submit(page, page.locator(`button[data-move="${stage}"]`), `ask to move to ${stage}`);
  expectOk(ask, `ask to move to ${stage}`);
  check(
    pathOf(page) === `${WORK}/stage`,
    `move to ${stage}: expected the confirmation page ${WORK}/stage, got ${page.url()}`,
  );
  const resp = await submit(page, page.locator('button[data-confirm="move"]'), `confirm the move to ${stage}`);
  expectOk(resp, `move to ${stage}`);
  const now = await stageOf(page);
  check(now === stage, `move to ${stage}: the workspace shows stage "${now}"`);
}

/** The cited sources (key, the name shown beside it) with their pinpoints. */
async function citations(page) {
  return page.$$eval('input[name="cite"]', (inputs) =>
    inputs.map((s) => {
      const n = s.id.replace(/^cite-/, '');
      const pin = document.getElementById(`pin-${n}`);
      const name = document.getElementById(`cite-${n}-name`);
      return {
        value: s.value,
        label: name ? name.textContent : '',
        pin: pin ? pin.value : '',
      };
    }),
  );
}

async function main() {
  check(PASSWORD, 'MGI_E2E_PASSWORD is not set (the demo accounts\' password)');
  mkdirSync(SHOTS, { recursive: true });
  log(`e2e story in ${LANG} against ${BASE}${PREFIX}, unique word ${WORD}, screenshots in ${SHOTS}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
  });
  try {
    await story(browser);
  } finally {
    await browser.close();
  }
}

async function story(browser) {
  let indicator = '';
  let shareLink = '';
  let chosenValue = '';
  let finding = '';

  // a. The analyst edits the draft and opens it for consultation.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();

    await step('a1. analyst signs in and opens MNG 2026', async () => {
      await signIn(page, 'analyst');
      await openWorkspace(page);
      const stage = await stageOf(page);
      check(stage === 'data-collection', `the draft should start in data-collection, it is in "${stage}"`);
      await shot(page, 'analyst-workspace');
    });

    await step('a2. analyst moves the draft to draft-shared', async () => {
      await moveTo(page, 'draft-shared');
      await shot(page, 'analyst-draft-shared');
    });

    await step('a3. analyst answers the first indicator with a new source', async () => {
      const link = page.locator(`a[href^="${WORK}/indicators/"]`).first();
      check((await link.count()) > 0, 'the workspace lists no indicator');
      const href = await link.getAttribute('href');
      indicator = decodeURIComponent(href.slice(`${WORK}/indicators/`.length));
      log(`   first indicator: ${indicator}`);
      expectOk(await submit(page, link, `open indicator ${indicator}`), `open indicator ${indicator}`);
      check(
        pathOf(page) === `${WORK}/indicators/${indicator}` ||
          decodeURIComponent(pathOf(page)) === `${WORK}/indicators/${indicator}`,
        `open indicator ${indicator}: landed on ${page.url()}`,
      );
      check((await page.locator('#value').count()) > 0, `indicator ${indicator}: no answer form for the analyst`);

      const before = await page.inputValue('#value');
      chosenValue = before === 'partial' ? 'present' : 'partial';
      await page.selectOption('#value', chosenValue);
      await page.fill('#narrative', NARRATIVE);
      await page.selectOption('#status', 'complete');
      await page.selectOption('#confidence', 'medium');
      await page.fill('#notes', `Research note, never public: ${NOTE}`);
      await page.fill('#new-issuer', SOURCE.issuer);
      await page.fill('#new-title', SOURCE.title);
      await page.fill('#new-year', SOURCE.year);
      await page.selectOption('#new-kind', SOURCE.kind);
      await page.fill('#new-pin', SOURCE.pin);
      await shot(page, 'analyst-answer-filled');

      const resp = await submit(page, saveButton(page, 'answer'), `save indicator ${indicator}`);
      expectOk(resp, `save indicator ${indicator}`);
      check(
        decodeURIComponent(pathOf(page)) === `${WORK}/indicators/${indicator}`,
        `save indicator ${indicator}: landed on ${page.url()} instead of the indicator page`,
      );
      check(
        (await page.inputValue('#narrative')).includes(WORD),
        `save indicator ${indicator}: the saved page does not show the narrative with ${WORD}`,
      );
      const value = await page.inputValue('#value');
      check(value === chosenValue, `save indicator ${indicator}: answer is "${value}", expected "${chosenValue}"`);
      check(
        (await page.inputValue('#notes')).includes(NOTE),
        `save indicator ${indicator}: the research notes were not kept`,
      );
      const cites = await citations(page);
      const cited = cites.find((c) => c.value && c.label.includes(SOURCE.title));
      check(
        cited,
        `save indicator ${indicator}: the new source "${SOURCE.title}" is not selected as a citation (selected: ${JSON.stringify(
          cites.filter((c) => c.value),
        )})`,
      );
      check(
        cited.pin === SOURCE.pin,
        `save indicator ${indicator}: the new citation's pinpoint is "${cited.pin}", expected "${SOURCE.pin}"`,
      );
      await shot(page, 'analyst-answer-saved');
    });

    // The profile page is made of the findings (answers' narratives are in the JSON and the
    // search, not in the page): the word goes into a finding too, so that the preview and the
    // published page carry it.
    await step('a4. analyst adds the word to the first finding', async () => {
      expectOk(await go(page, WORK), `back to ${WORK}`);
      const link = page.locator(`a[href^="${WORK}/findings/"]`).first();
      check((await link.count()) > 0, 'the workspace lists no finding');
      const href = await link.getAttribute('href');
      finding = decodeURIComponent(href.slice(`${WORK}/findings/`.length));
      log(`   first finding: ${finding}`);
      expectOk(await submit(page, link, `open finding ${finding}`), `open finding ${finding}`);
      check((await page.locator('#text').count()) > 0, `finding ${finding}: no form for the analyst`);
      const before = (await page.inputValue('#text')).trim();
      await page.fill('#text', `${before} ${FINDING_ADDITION}`);
      const resp = await submit(page, saveButton(page, 'finding'), `save finding ${finding}`);
      expectOk(resp, `save finding ${finding}`);
      check(
        decodeURIComponent(pathOf(page)) === `${WORK}/findings/${finding}`,
        `save finding ${finding}: landed on ${page.url()}`,
      );
      check(
        (await page.inputValue('#text')).includes(FINDING_ADDITION),
        `save finding ${finding}: the saved text does not contain ${WORD}`,
      );
      await shot(page, 'analyst-finding-saved');
    });

    await step('a5. analyst moves the draft to consultation and creates a share link', async () => {
      expectOk(await go(page, WORK), `back to ${WORK}`);
      await moveTo(page, 'consultation');
      await page.fill('#share-label', `e2e participants ${TS}`);
      await page.fill('#share-days', '7');
      const resp = await submit(page, formButton(page, '/share'), 'create a share link');
      expectOk(resp, 'create a share link');
      const code = page.locator('#share-link');
      check((await code.count()) > 0, `create a share link: no #share-link on ${page.url()}`);
      shareLink = (await code.innerText()).trim();
      check(
        shareLink.startsWith(L('/share/')) && /^\S+$/.test(shareLink),
        `create a share link: unexpected link "${shareLink}" (expected ${L('/share/')}…)`,
      );
      log(`   share link ${shareLink}`);
      await shot(page, 'analyst-share-link');
    });

    await step('a6. analyst signs out', async () => {
      await signOut(page, 'analyst');
    });
    await ctx.close();
  }

  // b. The government focal point comments and approves.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();

    await step('b1. focal point signs in and comments on the indicator', async () => {
      await signIn(page, 'focal-point');
      await openWorkspace(page);
      const stage = await stageOf(page);
      check(stage === 'consultation', `the focal point sees stage "${stage}", expected consultation`);
      expectOk(await go(page, `${WORK}/indicators/${encodeURIComponent(indicator)}`), `open indicator ${indicator}`);
      check(
        (await text(page)).includes(WORD),
        `indicator ${indicator}: the focal point does not see the narrative with ${WORD}`,
      );
      check(
        !(await page.content()).includes(NOTE),
        `indicator ${indicator}: the focal point sees the private research notes`,
      );
      await page.fill('#comment-text', COMMENT);
      const resp = await submit(page, saveButton(page, 'comment'), 'post a comment');
      expectOk(resp, 'post a comment');
      const shown = page.locator('#comments ~ article, article[id^="comment-"]').filter({ hasText: COMMENT });
      check(
        (await shown.count()) > 0,
        `post a comment: the comment is not shown on ${page.url()}`,
      );
      await shot(page, 'focal-point-comment');
    });

    await step('b2. focal point reads the preview and approves it', async () => {
      expectOk(await go(page, `${WORK}/preview`), 'open the preview');
      check(
        (await text(page)).includes(FINDING_ADDITION),
        `the preview does not contain ${WORD} (added to finding ${finding})`,
      );
      check(!(await page.content()).includes(NOTE), 'the preview shows the private research notes');
      check((await page.locator('#approve').count()) > 0, 'the preview has no #approve section for the focal point');
      await shot(page, 'focal-point-preview');
      const resp = await submit(page, saveButton(page, 'approve'), 'approve the preview');
      expectOk(resp, 'approve the preview');
      check(pathOf(page) === WORK, `approve: landed on ${page.url()} instead of the workspace`);
      const stage = await stageOf(page);
      check(stage === 'validated', `approve: the workspace shows stage "${stage}", expected validated`);
      check(
        (await page.locator('#validation [data-approval="fresh"]').count()) === 1,
        `approve: the validation section does not show a current approval: ${JSON.stringify(
          await page.locator('#validation').innerText(),
        )}`,
      );
      await shot(page, 'focal-point-approved');
    });

    await step('b3. focal point signs out', async () => {
      await signOut(page, 'focal-point');
    });
    await ctx.close();
  }

  // c. The administrator publishes.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await step('c1. admin signs in and publishes with a note', async () => {
      await signIn(page, 'admin');
      await openWorkspace(page);
      // Publication asks first: the confirmation page lists what is not ready. The demo draft
      // is not ready (answers carried over, findings without sources…), so the administrator
      // publishes anyway with a written reason (an override), which the workspace then shows.
      const ask = await submit(page, page.locator('button[data-check="publish"]'), 'ask to publish');
      expectOk(ask, 'ask to publish');
      check(pathOf(page) === `${WORK}/publish`, `publish: expected the confirmation page, got ${page.url()}`);
      check(
        (await page.locator('[data-gap][data-blocks="true"]').count()) > 0,
        'publish: the confirmation page lists nothing that blocks the demo draft',
      );
      await shot(page, 'admin-publish-check');
      await page.fill('#note', `Published by the e2e story ${TS}`);
      await page.fill('#override_reason', `e2e story ${TS}: published before the review ends`);
      const resp = await submit(page, page.locator('button[data-confirm="publish"]'), 'publish');
      expectOk(resp, 'publish');
      check(pathOf(page) === PROFILE, `publish: landed on ${page.url()} instead of ${PROFILE}`);
      check((await text(page)).includes(WORD), `publish: ${PROFILE} does not contain ${WORD}`);
      await shot(page, 'admin-published');
    });
    await step('c2. admin signs out', async () => {
      await expectOk(await go(page, L('/work')), `back to ${L('/work')}`);
      await signOut(page, 'admin');
    });
    await ctx.close();
  }

  // d. A public reader: no cookies.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await step('d1. public profile shows the new text, not the private notes', async () => {
      expectOk(await go(page, PROFILE), `public ${PROFILE}`);
      check((await text(page)).includes(WORD), `public ${PROFILE} does not contain ${WORD}`);
      check(!(await page.content()).includes(NOTE), `public ${PROFILE} leaks the private notes ${NOTE}`);
      check((await signOutButton(page).count()) === 0, `the public context is signed in at ${PROFILE}`);
      await shot(page, 'public-profile');
    });
    await step('d2. the JSON profile does not leak the private notes', async () => {
      const r = await ctx.request.get(`${BASE}${PROFILE}.json`);
      check(r.status() === 200, `public ${PROFILE}.json: HTTP ${r.status()}`);
      const body = await r.text();
      check(body.includes(NARRATIVE), `public ${PROFILE}.json does not contain the narrative with ${WORD}`);
      check(body.includes(FINDING_ADDITION), `public ${PROFILE}.json does not contain the finding with ${WORD}`);
      check(body.includes(SOURCE.title), `public ${PROFILE}.json does not contain the new source "${SOURCE.title}"`);
      check(!body.includes(NOTE), `public ${PROFILE}.json leaks the private notes ${NOTE}`);
      check(!body.includes(COMMENT), `public ${PROFILE}.json leaks the focal point's comment`);
    });
    await step('d3. public search finds Mongolia 2026 by the unique word', async () => {
      const r = await page.goto(`${BASE}${L('/search')}?q=${encodeURIComponent(WORD)}`);
      check(r, '/search: no response');
      check(r.status() !== 404, '/search answers 404: the public search page does not exist');
      expectOk(r, '/search');
      await inLanguage(page, '/search');
      await shot(page, 'public-search');
      const hits = page.locator(`main a[href^="${PROFILE}"]`);
      const body = await text(page);
      check(
        (await hits.count()) > 0,
        `/search?q=${WORD}: no result links to ${PROFILE}; the page says: ${JSON.stringify(body.slice(0, 600))}`,
      );
      check(body.includes(NAME), `/search?q=${WORD}: the results do not name ${NAME}`);
      check(body.includes('2026'), `/search?q=${WORD}: the results do not name 2026`);
      check(!(await page.content()).includes(NOTE), `/search?q=${WORD}: the results leak the private notes`);
      const r2 = await page.goto(`${BASE}${L('/search')}?q=${encodeURIComponent(NOTE)}`);
      expectOk(r2, '/search for the private note');
      check(
        (await page.locator(`main a[href^="${PROFILE}"]`).count()) === 0,
        `/search?q=${NOTE}: the private notes are searchable`,
      );
    });
    await step('d4. the progress page shows the changed answer between the two published rounds', async () => {
      expectOk(await go(page, L('/progress/MNG')), '/progress/MNG');
      const body = await text(page);
      const heading = t('portal-progress-heading', { from: 2023, to: 2026 });
      check(body.includes(heading), `/progress/MNG does not say "${heading}": ${JSON.stringify(body.slice(0, 300))}`);
      const row = page.locator(`tr:has(a[href="${L('/explore')}?indicator=${indicator}"])`);
      check((await row.count()) === 1, `/progress/MNG has no line for ${indicator}`);
      const change = await row.getAttribute('class');
      check(['strengthened', 'weakened', 'new', 'retired'].includes(change), `/progress/MNG: ${indicator} is "${change}", expected a change`);
      check(body.includes(SOURCE.title), `/progress/MNG does not list the new source "${SOURCE.title}"`);
      await shot(page, 'public-progress');
    });
    await step('d5. the GCM and indicative SDG views count the latest published round', async () => {
      expectOk(await go(page, L('/gcm')), '/gcm');
      const counted = t('portal-gcm-counted', { count: 1 });
      check((await text(page)).includes(counted), `/gcm does not say "${counted}" (Mongolia once, its latest round)`);
      check((await page.locator('h2').count()) === 23, '/gcm does not show the 23 objectives');
      await shot(page, 'public-gcm');
      expectOk(await go(page, L('/sdg')), '/sdg');
      const body = await text(page);
      check(body.includes(t('portal-sdg-indicative')), '/sdg is not labelled indicative');
      check(body.includes(NAME) && body.includes('2026'), `/sdg does not read ${NAME} 2026`);
    });
    await step('d6. the design system page shows every component, in words', async () => {
      expectOk(await go(page, L('/design')), '/design');
      check((await page.locator('span.stage').count()) === 7, '/design does not show the 7 stages');
      check((await page.locator('[data-domain]').count()) === 6, '/design does not show the 6 domains');
      const body = await text(page);
      check(body.includes(t('portal-value-partial')), `/design does not name the value "partial"`);
      await shot(page, 'design-system');
    });
    await ctx.close();
  }

  // e. The share link dies with the draft.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await step('e1. the share link no longer opens the (now published) draft', async () => {
      const r = await page.goto(BASE + shareLink);
      check(r, `${shareLink}: no response`);
      check(r.status() === 404, `${shareLink} after publication: HTTP ${r.status()}, expected 404 (the link dies with the draft)`);
      check((await page.locator('#name').count()) === 0, `${shareLink}: still asks for a name after publication`);
      log(`   ${shareLink} answers 404`);
      await shot(page, 'share-link-after-publication');
      const w = await page.goto(BASE + WORK);
      check(
        !(w.status() === 200 && pathOf(page) === WORK && (await page.locator('span.stage').count()) > 0),
        `the share link's context can open ${WORK} after publication`,
      );
    });
    await ctx.close();
  }
}

main().then(
  () => {
    log(`e2e story passed in ${LANG} (${shotNo} screenshots in ${SHOTS})`);
  },
  (err) => {
    const detail = err instanceof StepError ? err.message : err && err.stack ? err.stack : String(err);
    console.error(`\nE2E FAILED at step "${current}":\n  ${detail}`);
    process.exitCode = 1;
  },
);
