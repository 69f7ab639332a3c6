// End-to-end story of the MGI web application in a headless Chromium (the Debian package, never a
// downloaded browser). The analyst edits the Mongolia 2026 draft (an answer, a finding, a new
// finding with two citations and a footnote, two duplicate sources merged) and opens it for
// consultation; in the draft imported from the seed profile text (scripts/e2e stores it with
// `mgi import profile` and `mgi assessment import` while the server runs) the analyst accepts a
// suggested indicator and shares it too. The government focal point comments and approves both.
// The administrator publishes the imported draft with a written override (shown on the
// workspace and in the audit log) and is refused publication of Mongolia 2026 while its answers
// are unverified; the analyst verifies them in bulk through the API with a token made in the
// browser, cites the findings that cite nothing and resolves the comment, the focal point
// approves again and the administrator publishes with nothing left to override. A public reader
// finds the new text and the new finding's footnotes (web page and PDF, read with pdftotext),
// not the private notes; the share link dies with the draft. Every save is followed by its
// success banner (.banner-success, its title from the server's catalogue).
//
// The story runs in one interface language: English at the root, or French (`/fr`) or Spanish
// (`/es`) with MGI_E2E_LANG. Every step then starts and stays under that prefix (checked after
// each navigation, with the page's <html lang>), and the controls are found by what does not
// change with the language: field ids and names, form actions, `data-*` attributes of the pages
// (data-stage, data-move, data-save, data-approval, data-review, data-gap, data-twins…). The few
// checks that read a sentence take it from the server's own catalogues (e2e/messages.mjs).
//
// Environment:
//   MGI_E2E_BASE      base URL of a running `mgi demo` (default http://127.0.0.1:8080)
//   MGI_E2E_PASSWORD  the demo accounts' password (MGI_DEMO_PASSWORD of the server; required)
//   MGI_E2E_SHOTS     folder for the full-page screenshots (default ./e2e-shots)
//   MGI_E2E_CHROMIUM  the browser executable (default /usr/bin/chromium)
//   MGI_E2E_LANG      the interface language: en (default), fr or es
//   MGI_E2E_IMPORTED  the year of the draft of Mongolia imported from the seed profile text
//                     (scripts/e2e imports it; required)
//
// Exit code 0 when every step passed, 1 at the first failed step (its message says which and why).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/** The workspace of an assessment of Mongolia, in the story's language. */
const workOf = (year) => L(`/work/${CODE}/${year}`);
const WORK = workOf(YEAR);
const PROFILE = L(`/profiles/${CODE}/${YEAR}`);
/** The draft imported from the seed profile text (scripts/e2e). */
const IMPORTED = process.env.MGI_E2E_IMPORTED || '';
const WORK_IMPORTED = workOf(IMPORTED);

const TS = Date.now();
const WORD = `Zephyrine${TS}`;
const NOTE = `PRIVATE-NOTE-${TS}`;
const NARRATIVE = `End-to-end narrative: the word ${WORD} marks this run of the story.`;
const FINDING_ADDITION = `The end-to-end review (${WORD}) confirms this.`;
const COMMENT = `Focal point comment ${TS}: please check the wording.`;
/** The finding the analyst adds: two sources of the register cited, and a footnote of its own. */
const NEW_FINDING = {
  text: `Migrants' health insurance and social insurance rights are both set in law (e2e ${TS}).`,
  cites: [
    { key: 'law-health-insurance', title: 'Law on Health Insurance', pin: `Article 4 (e2e ${TS})` },
    { key: 'law-social-insurance', title: 'Law on Social Insurance', pin: `Article 12 (e2e ${TS})` },
  ],
  footnote: `Footnote of the end-to-end story ${TS}: both laws were read in their 2024 wording.`,
};
/** The duplicate entries of the reference register: the first is merged into the second. */
const TWINS = { from: 'law-disaster-protection-2003', into: 'law-disaster-protection-2017' };
const OVERRIDE = `e2e story ${TS}: the imported text is published before its review ends`;
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

async function openWorkspace(page, work = WORK) {
  const resp = await submit(page, page.locator(`a[href="${work}"]`), `open ${work}`);
  expectOk(resp, `open ${work}`);
  check(pathOf(page) === work, `open ${work}: landed on ${page.url()}`);
}

/**
 * The success banner that follows a save: `.banner-success` whose title is the catalogue's
 * `done-<done>` in the story's language.
 */
async function expectBanner(page, done, what) {
  const banner = page.locator('.banner-success');
  check((await banner.count()) === 1, `${what}: no success banner (.banner-success) on ${page.url()}`);
  const title = (await banner.locator('h2').innerText()).trim();
  const expected = t(`done-${done}`);
  check(title === expected, `${what}: the banner says "${title}", expected "${expected}"`);
}

/** Submit with `button`, expect a page (no error) and the banner of `done` on it. */
async function save(page, button, done, what) {
  const resp = await submit(page, button, what);
  expectOk(resp, what);
  await expectBanner(page, done, what);
  return resp;
}

/** A stage move: the workspace's button opens the confirmation page, whose Confirm posts it. */
async function moveTo(page, stage, work = WORK) {
  const ask = await submit(page, page.locator(`button[data-move="${stage}"]`), `ask to move ${work} to ${stage}`);
  expectOk(ask, `ask to move ${work} to ${stage}`);
  check(
    pathOf(page) === `${work}/stage`,
    `move to ${stage}: expected the confirmation page ${work}/stage, got ${page.url()}`,
  );
  await save(page, page.locator('button[data-confirm="move"]'), 'stage-moved', `confirm the move of ${work} to ${stage}`);
  check(pathOf(page) === work, `move to ${stage}: landed on ${page.url()} instead of ${work}`);
  const now = await stageOf(page);
  check(now === stage, `move to ${stage}: the workspace shows stage "${now}"`);
}

/** A user's session in a browser context of its own: `fn(page, ctx)` (which signs in), then the
 *  user signs out and the context is closed. */
async function asUser(browser, user, fn) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    await fn(page, ctx);
    await step(`${user} signs out`, async () => {
      expectOk(await go(page, L('/work')), `back to ${L('/work')}`);
      await signOut(page, user);
    });
  } finally {
    await ctx.close();
  }
}

/** The focal point reads the preview of `work` and approves it: the draft is validated. */
async function approve(page, work, expectText = '') {
  expectOk(await go(page, `${work}/preview`), `open the preview of ${work}`);
  if (expectText) {
    check((await text(page)).includes(expectText), `the preview of ${work} does not contain "${expectText}"`);
  }
  check(!(await page.content()).includes(NOTE), `the preview of ${work} shows the private research notes`);
  check((await page.locator('#approve').count()) > 0, `the preview of ${work} has no #approve section for the focal point`);
  await save(page, saveButton(page, 'approve'), 'approved', `approve ${work}`);
  check(pathOf(page) === work, `approve: landed on ${page.url()} instead of ${work}`);
  const stage = await stageOf(page);
  check(stage === 'validated', `approve ${work}: the workspace shows stage "${stage}", expected validated`);
  check(
    (await page.locator('#validation [data-approval="fresh"]').count()) === 1,
    `approve ${work}: the validation section does not show a current approval: ${JSON.stringify(
      await page.locator('#validation').innerText(),
    )}`,
  );
}

/** The publication's confirmation page of `work`, from the workspace's button. */
async function askToPublish(page, work) {
  expectOk(await go(page, work), `open ${work}`);
  const ask = await submit(page, page.locator('button[data-check="publish"]'), `ask to publish ${work}`);
  expectOk(ask, `ask to publish ${work}`);
  check(pathOf(page) === `${work}/publish`, `publish ${work}: expected the confirmation page, got ${page.url()}`);
}

/** The codes of what the confirmation page lists as not ready, with whether each blocks. */
async function gaps(page) {
  return page.$$eval('[data-gap]', (items) =>
    Object.fromEntries(items.map((i) => [i.getAttribute('data-gap'), i.getAttribute('data-blocks') === 'true'])),
  );
}

/** The links of one gap of the confirmation page (where each record is fixed). */
async function gapLinks(page, gap) {
  return page.$$eval(`[data-gap="${gap}"] a`, (links) => links.map((a) => a.getAttribute('href')));
}

/** The key of the records a workspace lists under `kind` (findings, sources, indicators). */
async function firstKey(page, work, kind) {
  const link = page.locator(`a[href^="${work}/${kind}/"]`).first();
  check((await link.count()) > 0, `${work} lists no ${kind}`);
  return decodeURIComponent((await link.getAttribute('href')).slice(`${work}/${kind}/`.length));
}

/** The texts of the footnotes that the paragraph containing `marker` refers to, on a profile. */
async function footnotesOf(page, marker) {
  return page.evaluate((marker) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent.includes(marker));
    if (!p) return null;
    let notes = [];
    // The finding's notes are the markers of its paragraph.
    for (const a of p.querySelectorAll('sup a[href^="#fn"]')) {
      const li = document.getElementById(a.getAttribute('href').slice(1));
      notes.push(li ? li.textContent : `(no ${a.getAttribute('href')})`);
    }
    return notes;
  }, marker);
}

/** The new finding's footnotes, as a reader of `where` finds them in `all` (footnote texts). */
function checkFootnotes(all, register, where) {
  const joined = all.join('\n');
  check(joined.includes(NEW_FINDING.footnote), `${where}: the finding's own footnote is not printed: ${JSON.stringify(all)}`);
  for (const c of NEW_FINDING.cites) {
    const title = register[c.key];
    check(
      all.some((n) => n.includes(title) && n.includes(c.pin)),
      `${where}: no footnote cites "${title}" at "${c.pin}": ${JSON.stringify(all)}`,
    );
  }
}

/** Text of a PDF, read with pdftotext (poppler-utils, installed by scripts/e2e), one space for
 *  any run of white space (the PDF breaks lines where the page ends), words hyphenated at a line's
 *  end joined again (a soft hyphen in the text) and straight quotes for the
 *  typographic ones the typesetter makes of them. */
/** Whether the PDF's text holds `text`, in one piece or broken once by a page end: the start
 *  of the paragraph at the foot of a page, then (after that page's footnotes, number and the
 *  next page's running head, at most `gap` characters) its end. */
function pdfIncludes(pdf, text, gap = 4000) {
  if (pdf.includes(text)) return true;
  const words = text.split(' ');
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    const at = pdf.indexOf(head);
    if (at < 0) continue;
    const next = pdf.indexOf(tail, at + head.length);
    if (next >= 0 && next - (at + head.length) <= gap) return true;
  }
  return false;
}

function pdfText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'mgi-e2e-pdf-'));
  try {
    const file = join(dir, 'profile.pdf');
    writeFileSync(file, bytes);
    let out;
    try {
      out = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (e) {
      fail(`pdftotext could not read the PDF (is poppler-utils installed? scripts/e2e installs it): ${e.message}`);
    }
    return out.replace(/\u00ad\s*/g, '').replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Verify every answer of an assessment in bulk through the API with a token, as a script of the
 * analyst would: each indicator of its framework set is read with its version and saved again
 * with the status "complete" (an indicator never answered gets the answer "unknown"). Returns
 * how many answers were saved.
 */
async function verifyAllByApi(request, token, code, year) {
  const auth = { Authorization: `Bearer ${token}` };
  const api = `${BASE}/api/v1`;
  const draftResp = await request.get(`${api}/drafts/${code}/${year}`, { headers: auth });
  check(draftResp.status() === 200, `GET /api/v1/drafts/${code}/${year} with the token: HTTP ${draftResp.status()}`);
  const draft = await draftResp.json();
  const fw = await (await request.get(`${api}/framework`)).json();
  const set = fw.sets.find((s) => s.id === draft.framework.set && s.version === draft.framework.version);
  check(set, `the API's framework has no set ${JSON.stringify(draft.framework)}`);
  const ids = set.domains.flatMap((d) => d.subareas.flatMap((sa) => sa.indicators));
  let saved = 0;
  for (const id of ids) {
    const url = `${api}/drafts/${code}/${year}/answers/${encodeURIComponent(id)}`;
    const r = await request.get(url, { headers: auth });
    let body;
    if (r.status() === 404) {
      body = { value: 'unknown', narrative: '', status: 'complete', confidence: null, notes: '', citations: [], version: 0 };
    } else {
      check(r.status() === 200, `GET ${url}: HTTP ${r.status()}`);
      body = await r.json();
      if (body.status === 'complete' || body.status === 'reviewed') continue;
      body.status = 'complete';
    }
    const w = await request.put(url, { headers: auth, data: body });
    check(w.status() === 200, `PUT ${url}: HTTP ${w.status()}: ${await w.text()}`);
    saved += 1;
  }
  const after = await (await request.get(`${api}/drafts/${code}/${year}`, { headers: auth })).json();
  const left = after.answers.filter((a) => !['complete', 'reviewed'].includes(a.status)).map((a) => a.indicator);
  check(left.length === 0, `after the API pass, answers still unverified: ${left.join(', ')}`);
  check(after.answers.length >= ids.length, `after the API pass, ${after.answers.length} answers for ${ids.length} indicators`);
  return saved;
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
  let newFinding = '';
  /** Source keys of the register → their titles, as the finding form's datalist names them. */
  const register = {};
  check(/^\d{4}$/.test(IMPORTED), 'MGI_E2E_IMPORTED is not set: scripts/e2e imports the seed profile and names its year');

  // a. The analyst edits the draft and opens it for consultation.
  await asUser(browser, 'analyst', async (page) => {
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
      indicator = await firstKey(page, WORK, 'indicators');
      log(`   first indicator: ${indicator}`);
      const link = page.locator(`a[href^="${WORK}/indicators/"]`).first();
      expectOk(await submit(page, link, `open indicator ${indicator}`), `open indicator ${indicator}`);
      check(
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

      await save(page, saveButton(page, 'answer'), 'answer-saved', `save indicator ${indicator}`);
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
      finding = await firstKey(page, WORK, 'findings');
      log(`   first finding: ${finding}`);
      expectOk(await go(page, `${WORK}/findings/${encodeURIComponent(finding)}`), `open finding ${finding}`);
      check((await page.locator('#text').count()) > 0, `finding ${finding}: no form for the analyst`);
      const before = (await page.inputValue('#text')).trim();
      await page.fill('#text', `${before} ${FINDING_ADDITION}`);
      await save(page, saveButton(page, 'finding'), 'finding-saved', `save finding ${finding}`);
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

    await step('a5. analyst adds a finding with two citations and a footnote', async () => {
      expectOk(await go(page, WORK), `back to ${WORK}`);
      const add = page.locator('a[data-add-finding]').first();
      check((await add.count()) > 0, `${WORK} has no "Add a finding" link (data-add-finding)`);
      expectOk(await submit(page, add, 'open the new finding form'), 'open the new finding form');
      check(pathOf(page) === `${WORK}/findings/new`, `add a finding: landed on ${page.url()}`);
      // The register is offered by name ("Issuer — Title (year)"), as the reader picks a source.
      const offered = await page.$$eval('datalist#register option', (os) => os.map((x) => x.value));
      for (const c of NEW_FINDING.cites) {
        c.name = offered.find((o) => o.includes(` — ${c.title} (`));
        check(c.name, `the finding form's register (datalist) has no source titled ${c.title}`);
        register[c.key] = c.title;
      }
      await page.locator('input[name="kind"][value="potential"]').check();
      await page.fill('#text', NEW_FINDING.text);
      await page.locator(`#ind-${indicator}`).check();
      for (const [i, c] of NEW_FINDING.cites.entries()) {
        await page.fill(`#cite-${i}`, c.name);
        await page.fill(`#pin-${i}`, c.pin);
      }
      await page.fill('#footnote-0', NEW_FINDING.footnote);
      await shot(page, 'analyst-new-finding-filled');
      await save(page, saveButton(page, 'finding'), 'finding-added', 'add the finding');
      const path = decodeURIComponent(pathOf(page));
      check(path.startsWith(`${WORK}/findings/`) && !path.endsWith('/new'), `add the finding: landed on ${page.url()}`);
      newFinding = path.slice(`${WORK}/findings/`.length);
      log(`   new finding: ${newFinding}`);
      check((await page.inputValue('#text')) === NEW_FINDING.text, 'add the finding: its text was not kept');
      check(await page.locator(`#ind-${indicator}`).isChecked(), `add the finding: ${indicator} is not ticked`);
      const cites = (await citations(page)).filter((c) => c.value);
      check(
        JSON.stringify(cites.map((c) => [c.value, c.pin])) === JSON.stringify(NEW_FINDING.cites.map((c) => [c.name, c.pin])),
        `add the finding: its citations are ${JSON.stringify(cites)}`,
      );
      check(
        (await page.inputValue('#footnote-0')) === NEW_FINDING.footnote,
        'add the finding: its footnote was not kept',
      );
      await shot(page, 'analyst-new-finding-saved');
    });

    await step('a6. analyst merges the two "Law on Disaster Protection" entries of the register', async () => {
      expectOk(await go(page, `${WORK}/sources`), 'the sources list');
      const flagged = page.locator(`li:has(a[href="${WORK}/sources/${TWINS.from}"]) [data-twins]`);
      check(
        (await flagged.count()) === 1 && (await flagged.locator(`a[href*="into=${TWINS.into}"]`).count()) === 1,
        `the sources list does not flag ${TWINS.from} as a likely duplicate of ${TWINS.into}`,
      );
      await shot(page, 'analyst-sources-duplicates');
      expectOk(await go(page, `${WORK}/sources/${TWINS.from}`), `open source ${TWINS.from}`);
      await page.selectOption('#into', TWINS.into);
      expectOk(
        await submit(page, page.locator(`form[action$="/sources/${TWINS.from}/merge"] button`), 'continue to the merge'),
        'continue to the merge',
      );
      check(pathOf(page) === `${WORK}/sources/${TWINS.from}/merge`, `merge: expected the confirmation page, got ${page.url()}`);
      await shot(page, 'analyst-merge-confirm');
      await save(page, saveButton(page, 'merge'), 'sources-merged', 'merge the sources');
      expectOk(await go(page, `${WORK}/sources`), 'the sources list after the merge');
      check(
        (await page.locator(`a[href="${WORK}/sources/${TWINS.from}"]`).count()) === 0,
        `${TWINS.from} is still in the register after the merge`,
      );
      check(
        (await page.locator(`a[href="${WORK}/sources/${TWINS.into}"]`).count()) === 1,
        `${TWINS.into} left the register in the merge`,
      );
      const r = await page.goto(`${BASE}${WORK}/sources/${TWINS.from}`);
      check(r.status() === 404, `${TWINS.from} still opens after the merge (HTTP ${r.status()})`);
    });

    await step('a7. analyst moves the draft to consultation and creates a share link', async () => {
      expectOk(await go(page, WORK), `back to ${WORK}`);
      await moveTo(page, 'consultation');
      await page.fill('#share-label', `e2e participants ${TS}`);
      await page.fill('#share-days', '7');
      const resp = await submit(page, formButton(page, '/share'), 'create a share link');
      expectOk(resp, 'create a share link');
      // The link is shown once, on a confirmation panel of its own rather than a banner.
      check((await page.locator('[role="status"] #share-link').count()) === 1, `create a share link: no #share-link in a status panel on ${page.url()}`);
      shareLink = (await page.locator('#share-link').innerText()).trim();
      check(
        shareLink.startsWith(L('/share/')) && /^\S+$/.test(shareLink),
        `create a share link: unexpected link "${shareLink}" (expected ${L('/share/')}…)`,
      );
      log(`   share link ${shareLink}`);
      await shot(page, 'analyst-share-link');
    });

    await step(`a8. analyst accepts a suggested indicator in the draft imported from the profile text (MNG ${IMPORTED})`, async () => {
      const r = await page.goto(BASE + WORK_IMPORTED);
      check(
        r.status() === 200,
        `${WORK_IMPORTED}: HTTP ${r.status()}; scripts/e2e should have imported the seed profile as MNG ${IMPORTED}`,
      );
      await inLanguage(page, WORK_IMPORTED);
      const stage = await stageOf(page);
      check(stage === 'data-collection', `the imported draft is in "${stage}", expected data-collection`);
      await shot(page, 'analyst-imported-workspace');
      const key = await firstKey(page, WORK_IMPORTED, 'findings');
      expectOk(await go(page, `${WORK_IMPORTED}/findings/${encodeURIComponent(key)}`), `open imported finding ${key}`);
      const accept = page.locator('#suggestions button[data-review="accept"]');
      check((await accept.count()) > 0, `imported finding ${key} shows no suggested indicators to review`);
      const suggested = await page.locator('#suggestions form:has(button[data-review="accept"]) input[name="indicator"]').first().inputValue();
      check(!(await page.locator(`#ind-${suggested}`).isChecked()), `imported finding ${key}: ${suggested} is ticked before it is accepted`);
      await shot(page, 'analyst-imported-suggestions');
      await save(page, accept.first(), 'suggestion-accepted', `accept ${suggested} for ${key}`);
      check(
        decodeURIComponent(pathOf(page)) === `${WORK_IMPORTED}/findings/${key}`,
        `accept a suggestion: landed on ${page.url()}`,
      );
      check(await page.locator(`#ind-${suggested}`).isChecked(), `accept ${suggested}: the indicator is not ticked in the form`);
      check(
        (await page.locator(`#suggestions input[name="indicator"][value="${suggested}"]`).count()) === 0,
        `accept ${suggested}: still listed among the suggestions to review`,
      );
      log(`   accepted ${suggested} for imported finding ${key}`);
      await shot(page, 'analyst-suggestion-accepted');
    });

    await step(`a9. analyst shares the imported draft for consultation`, async () => {
      expectOk(await go(page, WORK_IMPORTED), `open ${WORK_IMPORTED}`);
      await moveTo(page, 'draft-shared', WORK_IMPORTED);
      await moveTo(page, 'consultation', WORK_IMPORTED);
    });
  });

  // b. The government focal point comments and approves both drafts.
  await asUser(browser, 'focal-point', async (page) => {
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
      await save(page, saveButton(page, 'comment'), 'comment-added', 'post a comment');
      const shown = page.locator('article[id^="comment-"]').filter({ hasText: COMMENT });
      check((await shown.count()) > 0, `post a comment: the comment is not shown on ${page.url()}`);
      await shot(page, 'focal-point-comment');
    });

    await step('b2. focal point reads the preview and approves it', async () => {
      expectOk(await go(page, `${WORK}/preview`), 'open the preview');
      check(
        (await text(page)).includes(FINDING_ADDITION),
        `the preview does not contain ${WORD} (added to finding ${finding})`,
      );
      await shot(page, 'focal-point-preview');
      await approve(page, WORK, NEW_FINDING.text);
      await shot(page, 'focal-point-approved');
    });

    await step(`b3. focal point approves the imported draft (MNG ${IMPORTED})`, async () => {
      await approve(page, WORK_IMPORTED);
    });
  });

  // c. The administrator publishes the imported draft with an override, and is refused
  // Mongolia 2026 while its answers are not verified.
  await asUser(browser, 'admin', async (page) => {
    await step(`c1. admin publishes MNG ${IMPORTED} anyway, with a recorded reason`, async () => {
      await signIn(page, 'admin');
      await askToPublish(page, WORK_IMPORTED);
      const g = await gaps(page);
      check(g['answers-not-started'] === true, `publish MNG ${IMPORTED}: the unanswered indicators do not block: ${JSON.stringify(g)}`);
      check((await page.locator('#override_reason').count()) === 1, `publish MNG ${IMPORTED}: no override reason asked`);
      await shot(page, 'admin-publish-override-check');
      await page.fill('#note', `Published by the e2e story ${TS}`);
      await page.fill('#override_reason', OVERRIDE);
      await save(page, page.locator('button[data-confirm="publish"]'), 'published', `publish MNG ${IMPORTED} anyway`);
      check(pathOf(page) === L(`/profiles/${CODE}/${IMPORTED}`), `publish MNG ${IMPORTED}: landed on ${page.url()}`);
      expectOk(await go(page, WORK_IMPORTED), `open ${WORK_IMPORTED} after publication`);
      const shown = await page.locator('#validation [data-override]').allInnerTexts();
      check(shown.some((x) => x.includes(OVERRIDE)), `the workspace of MNG ${IMPORTED} does not show the override's reason: ${JSON.stringify(shown)}`);
      await shot(page, 'admin-override-on-workspace');
      expectOk(await go(page, `${WORK_IMPORTED}/audit`), `the audit log of MNG ${IMPORTED}`);
      check((await text(page)).includes(OVERRIDE), `the audit log of MNG ${IMPORTED} does not record the override's reason`);
      await shot(page, 'admin-override-in-audit-log');
    });

    await step('c2. admin is refused publication of MNG 2026 while answers are unverified', async () => {
      await askToPublish(page, WORK);
      const g = await gaps(page);
      check(g['answers-to-verify'] === true, `publish: the unverified answers do not block: ${JSON.stringify(g)}`);
      check(g['open-comments'] === true, `publish: the open comment does not block: ${JSON.stringify(g)}`);
      await shot(page, 'admin-publish-refused-list');
      // What the page says of the unverified answers, which the refusal must say again.
      const unverified = (await page.locator('[data-gap="answers-to-verify"] strong').innerText()).trim();
      // Publishing without the override's reason (a browser that does not check the required
      // field): the server refuses, saying what is not ready, and nothing is published.
      await page.fill('#note', `Published by the e2e story ${TS}`);
      const form = page.locator('form:has(button[data-confirm="publish"])');
      const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.evaluate((f) => f.submit())]);
      // 422: the same page comes back, signed in, with why at the reason's field.
      check(
        resp && resp.status() === 422,
        `publish without a reason: HTTP ${resp && resp.status()}, expected the page again (422)`,
      );
      check((await page.locator('.error-summary').count()) === 1, 'publish without a reason: no error summary');
      check((await page.locator('header.site .account').count()) === 1, 'publish without a reason: the page looks signed out');
      await shot(page, 'admin-publish-refused');
      check(
        (await text(page)).includes(unverified),
        `publish without a reason: the refusal does not say "${unverified}": ${JSON.stringify((await text(page)).slice(0, 600))}`,
      );
      check((await page.locator('.banner-success').count()) === 0, 'publish without a reason: a success banner is shown');
      expectOk(await go(page, WORK), `back to ${WORK}`);
      check((await stageOf(page)) === 'validated', 'publish without a reason: the draft left the validated stage');
      await moveTo(page, 'consultation');
    });
  });

  // The analyst verifies the answers in bulk (a script with an API token made in the browser),
  // cites the findings that cite nothing and resolves the focal point's comment.
  await asUser(browser, 'analyst', async (page, ctx) => {
    let token = '';
    await step('c3. analyst makes an API token in the browser', async () => {
      await signIn(page, 'analyst');
      expectOk(await go(page, L('/account/tokens')), 'the API tokens page');
      await page.fill('#label', `e2e verification ${TS}`);
      await page.fill('#days', '1');
      expectOk(await submit(page, saveButton(page, 'token'), 'create a token'), 'create a token');
      check((await page.locator('.banner-success').count()) === 1, 'create a token: no success banner');
      token = (await page.locator('main pre').innerText()).trim();
      check(/^mgi_[0-9a-f]+$/.test(token), `create a token: unexpected token "${token.slice(0, 12)}…"`);
      // The token is on the page once: the screenshot would keep it, so it is not taken here.
    });

    await step('c4. analyst verifies every answer of MNG 2026 through the API', async () => {
      const saved = await verifyAllByApi(ctx.request, token, CODE, YEAR);
      log(`   ${saved} answers verified through the API`);
      check(saved > 80, `the API pass verified ${saved} answers, expected the ~90 carried over or not started`);
    });

    await step('c5. analyst cites a source in the findings that cite nothing', async () => {
      // The findings that cite nothing, read from the draft with the token.
      const keys = [];
      const draft = await (await ctx.request.get(`${BASE}/api/v1/drafts/${CODE}/${YEAR}`, { headers: { Authorization: `Bearer ${token}` } })).json();
      for (const f of draft.findings) if (f.citations.length === 0) keys.push(f.key);
      log(`   ${keys.length} findings cite nothing`);
      for (const [i, key] of keys.entries()) {
        expectOk(await go(page, `${WORK}/findings/${encodeURIComponent(key)}`), `open finding ${key}`);
        await page.fill('#cite-0', NEW_FINDING.cites[0].name);
        await page.fill('#pin-0', 'e2e');
        await save(page, saveButton(page, 'finding'), 'finding-saved', `cite a source in finding ${key}`);
        if (i === 0) await shot(page, 'analyst-finding-cited');
      }
    });

    await step('c6. analyst resolves the focal point\'s comment', async () => {
      expectOk(await go(page, `${WORK}/indicators/${encodeURIComponent(indicator)}`), `open indicator ${indicator}`);
      const article = page.locator('article[id^="comment-"]').filter({ hasText: COMMENT });
      check((await article.count()) === 1, `indicator ${indicator}: the focal point's comment is not shown to the analyst`);
      await article.locator('select[name="state"]').selectOption('resolved');
      await save(page, article.locator('form button'), 'comment-updated', 'resolve the comment');
      const state = await page.locator('article[id^="comment-"]').filter({ hasText: COMMENT }).getAttribute('data-state');
      check(state === 'resolved', `resolve the comment: it is "${state}"`);
      await shot(page, 'analyst-comment-resolved');
    });
  });

  await asUser(browser, 'focal-point', async (page) => {
    await step('c7. focal point approves the verified draft again', async () => {
      await signIn(page, 'focal-point');
      await approve(page, WORK, FINDING_ADDITION);
    });
  });

  await asUser(browser, 'admin', async (page) => {
    await step('c8. admin publishes the verified MNG 2026 without an override', async () => {
      await signIn(page, 'admin');
      await askToPublish(page, WORK);
      const g = await gaps(page);
      // The answers, findings and comment are done. The demo's reference is only partly
      // translated into French and Spanish: those texts are listed, but only warn (the profile
      // shows them in English, marked), so nothing blocks and no reason is asked for.
      const blocking = Object.keys(g).filter((k) => g[k]);
      check(blocking.length === 0, `publish after the verification: still blocked: ${JSON.stringify(g)}`);
      for (const gone of ['answers-to-verify', 'answers-not-started', 'findings-without-citations', 'open-comments']) {
        check(!(gone in g), `publish after the verification: "${gone}" is still listed: ${JSON.stringify(g)}`);
      }
      check((await page.locator('#override_reason').count()) === 0, 'publish after the verification: a reason is still asked for');
      await shot(page, 'admin-publish-verified');
      await page.fill('#note', `Published by the e2e story ${TS}`);
      await save(page, page.locator('button[data-confirm="publish"]'), 'published', 'publish');
      check(pathOf(page) === PROFILE, `publish: landed on ${page.url()} instead of ${PROFILE}`);
      check((await text(page)).includes(WORD), `publish: ${PROFILE} does not contain ${WORD}`);
      // The note is in the page's list of revisions (folded under "corrections").
      check(
        (await page.locator('details li').allTextContents()).some((t) => t.includes(`Published by the e2e story ${TS}`)),
        `publish: ${PROFILE} does not list the publication's note`,
      );
      await shot(page, 'admin-published');
    });
  });

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
    await step('d1b. the new finding\'s footnotes are printed in the public profile (web page)', async () => {
      const notes = await footnotesOf(page, NEW_FINDING.text);
      check(notes, `public ${PROFILE} does not print the new finding "${NEW_FINDING.text}"`);
      checkFootnotes(notes, register, `public ${PROFILE}`);
    });
    await step('d1c. the new finding and its footnotes are in the PDF profile (pdftotext)', async () => {
      const r = await ctx.request.get(`${BASE}${PROFILE}.pdf`);
      check(r.status() === 200, `public ${PROFILE}.pdf: HTTP ${r.status()}`);
      const pdf = pdfText(await r.body());
      writeFileSync(join(SHOTS, 'public-profile.pdf.txt'), pdf);
      const around = (marker) => {
        const i = pdf.indexOf(marker);
        return i < 0 ? '(not found)' : JSON.stringify(pdf.slice(Math.max(0, i - 200), i + 200));
      };
      check(pdfIncludes(pdf, NEW_FINDING.text), `${PROFILE}.pdf does not contain the new finding's text; around its marker: ${around(`e2e ${TS}`)}`);
      check(!pdf.includes(NOTE), `${PROFILE}.pdf leaks the private notes`);
      checkFootnotes([pdf], register, `${PROFILE}.pdf`);
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
