// Drives Fledge's web page in Debian's headless chromium, as a person would, for one scenario; WebPageIT runs it
// and checks what it saved. Usage:
//   node page-test.mjs <scenario> <base URL> <archive.zip> <output folder> [api key] [account map.csv]
// Scenarios: mastodon-archive (keyboard, file chooser, options, download, screenshots), normalized (drag and drop,
// direct messages), not-a-zip (a problem shown in plain words), api-key (the page asks for the key; download
// through fetch and a blob).
// Writes <output folder>/<scenario>.json with what it saw, and the downloaded file and screenshots next to it.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const [scenario, base, archivePath, outArg, apiKey, accountMapPath] = process.argv.slice(2);
if (!scenario || !base || !archivePath || !outArg) {
  console.error('usage: node page-test.mjs <scenario> <base URL> <archive.zip> <output folder> [api key] [account map.csv]');
  process.exit(2);
}
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const CHROMIUM = process.env.FLEDGE_CHROMIUM || '/usr/bin/chromium';
const WAIT_MS = 120_000;

const userDataDir = mkdtempSync(join(tmpdir(), 'fledge-chromium-'));
const result = { scenario, consoleErrors: [], pageErrors: [], steps: [] };
const step = (text) => { result.steps.push(text); console.log('step: ' + text); };

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1000, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') {
      result.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => result.pageErrors.push(String(error)));
  // Everything the page loads must come from the service itself.
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
      foreign.push(request.url());
    }
  });
  // What the conversion bar said over time (events or polling).
  await page.addInitScript(() => {
    window.__fledgeSeen = [];
    document.addEventListener('DOMContentLoaded', () => {
      const text = document.getElementById('convert-text');
      new MutationObserver(() => window.__fledgeSeen.push(text.textContent))
        .observe(text, { childList: true, characterData: true, subtree: true });
    });
  });

  const response = await page.goto(base, { waitUntil: 'load' });
  result.pageStatus = response.status();
  result.title = await page.title();
  step('opened ' + base + ' (' + result.pageStatus + ')');
  result.accessibility = await basicAccessibilityCheck(page);

  switch (scenario) {
    case 'mastodon-archive': await mastodonArchive(page); break;
    case 'normalized': await normalized(page); break;
    case 'not-a-zip': await notAZip(page); break;
    case 'cancel-upload': await cancelUpload(page); break;
    case 'api-key': await withApiKey(page); break;
    default: throw new Error('unknown scenario ' + scenario);
  }
  result.foreignRequests = foreign;
  result.ok = true;
} catch (error) {
  result.ok = false;
  result.failure = String(error && error.stack || error);
  try {
    const page = context.pages()[0];
    if (page) {
      await page.screenshot({ path: join(out, scenario + '-failure.png'), fullPage: true });
    }
  } catch (ignored) { /* the browser may be gone */ }
} finally {
  writeFileSync(join(out, scenario + '.json'), JSON.stringify(result, null, 2));
  await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(result.ok ? 'scenario ' + scenario + ' done' : 'scenario ' + scenario + ' FAILED: ' + result.failure);
process.exit(result.ok ? 0 : 1);

// ---------- scenarios ----------

async function mastodonArchive(page) {
  // Keyboard: from the top of the page, Tab reaches the skip link, then the archive's file input, whose drop zone
  // shows the focus ring. The wait for the file chooser starts first: Playwright intercepts choosers only once the
  // subscription has reached the browser, and a chooser opened before that is dropped silently (about one run in six
  // when the wait and the key press were sent together).
  const chooserOpened = page.waitForEvent('filechooser');
  await page.keyboard.press('Tab');
  result.firstTab = await page.evaluate(() => document.activeElement && document.activeElement.className);
  await page.keyboard.press('Tab');
  result.secondTab = await page.evaluate(() => document.activeElement && document.activeElement.id);
  result.dropZoneOutline = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('drop-zone'));
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  step('tabbed to #' + result.secondTab);
  // Space on the focused file input opens the file chooser: the keyboard path a person would take.
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  await chooser.setFiles(archivePath);
  result.chosenText = await page.textContent('#archive-chosen');
  step('chose the archive with the keyboard: ' + result.chosenText);

  // Arrow keys move between the targets; the options shown follow the target.
  await page.focus('#target-mastodon-archive');
  await page.keyboard.press('ArrowDown');
  result.afterArrow = await page.evaluate(() => document.querySelector('input[name=target]:checked').value);
  result.optionsForCsv = await visibleOptions(page);
  await page.check('#target-mastodon-archive');
  result.optionsForMastodonArchive = await visibleOptions(page);
  await page.fill('#actorUrl', 'https://social.example/users/fledge');
  await page.selectOption('#visibility', 'unlisted');
  await page.selectOption('#replies', 'self');
  step('target mastodon-archive, actorUrl, visibility unlisted');

  // keyboard again: Enter on the convert button, and (focus is then on the result's heading) Tab, Enter downloads
  await page.focus('#convert-button');
  await page.keyboard.press('Enter');
  await waitForResult(page);
  step('result ready');
  await collectResult(page);
  await page.screenshot({ path: join(out, 'page-done.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  result.accessibilityDark = await basicAccessibilityCheck(page);
  await page.screenshot({ path: join(out, 'page-done-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.focus('#done-heading');
  await page.keyboard.press('Tab');
  result.tabAfterDone = await page.evaluate(() => document.activeElement && document.activeElement.id);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  result.suggestedFilename = download.suggestedFilename();
  result.downloadedFile = join(out, 'download-' + scenario + '.zip');
  await download.saveAs(result.downloadedFile);
  step('downloaded ' + result.suggestedFilename);

  await page.setViewportSize({ width: 390, height: 844 });
  result.phoneScrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: join(out, 'page-done-phone.png'), fullPage: true });
  // what a phone shows around the result, at its real size
  await page.locator('#summary').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('summary').scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(out, 'page-done-phone-view.png') });
  // the empty form at phone width too
  await page.click('#again-button');
  await page.screenshot({ path: join(out, 'page-start-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: join(out, 'page-start.png'), fullPage: true });
}

async function normalized(page) {
  // Drag and drop: the archive arrives as a File in a DataTransfer dropped on the zone.
  const bytes = readFileSync(archivePath).toString('base64');
  const transfer = await page.evaluateHandle(([data, name]) => {
    const binary = atob(data);
    const array = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      array[i] = binary.charCodeAt(i);
    }
    const dt = new DataTransfer();
    dt.items.add(new File([array], name, { type: 'application/zip' }));
    return dt;
  }, [bytes, basename(archivePath)]);
  await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
  result.chosenText = await page.textContent('#archive-chosen');
  step('dropped the archive: ' + result.chosenText);

  await page.check('#target-normalized');
  result.optionsForNormalized = await visibleOptions(page);
  await page.check('#includeDirectMessages');
  await page.click('#convert-button');
  await waitForResult(page);
  await collectResult(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  result.suggestedFilename = download.suggestedFilename();
  result.downloadedFile = join(out, 'download-' + scenario + '.json');
  await download.saveAs(result.downloadedFile);
  step('downloaded ' + result.suggestedFilename);

  // delete the result from the server at once
  await page.click('#delete-button');
  await page.locator('#status:not(:empty)').waitFor({ state: 'visible' });
  result.afterDelete = await page.textContent('#status');
  result.doneVisibleAfterDelete = await page.isVisible('#done');
  step('deleted: ' + result.afterDelete);
}

async function cancelUpload(page) {
  // A slow link (8 KB/s up), so the upload of the example archive takes seconds; Cancel stops it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 8 * 1024
  });
  await page.setInputFiles('#archive', archivePath);
  await page.check('#target-normalized');
  await page.click('#convert-button');
  await page.waitForFunction(() => {
    const bar = document.getElementById('upload-bar');
    return bar.value > 0 && bar.value < 60;
  });
  result.uploadBarBeforeCancel = await page.evaluate(() => document.getElementById('upload-bar').value);
  result.uploadTextBeforeCancel = await page.textContent('#upload-text');
  await page.screenshot({ path: join(out, 'page-uploading.png'), fullPage: false });
  await page.click('#cancel-button');
  await page.locator('#status:has-text("cancelled")').waitFor({ state: 'visible' });
  result.afterCancel = await page.textContent('#status');
  result.cancelButtonVisible = await page.isVisible('#cancel-button');
  result.convertButtonEnabled = await page.isEnabled('#convert-button');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1
  });
  step('cancelled the upload at ' + result.uploadBarBeforeCancel + ' %');
}

async function notAZip(page) {
  const notZip = join(out, 'not-a-zip.zip');
  writeFileSync(notZip, 'This is a text file, not the archive from X.\n');
  await page.setInputFiles('#archive', notZip);
  await page.check('#target-normalized');
  await page.click('#convert-button');
  await page.locator('#error').waitFor({ state: 'visible' });
  result.errorText = await page.textContent('#error-body');
  result.focusedAfterError = await page.evaluate(() => document.activeElement && document.activeElement.id);
  result.accessibilityError = await basicAccessibilityCheck(page);
  await page.screenshot({ path: join(out, 'page-error.png'), fullPage: true });
  step('error shown');
}

async function withApiKey(page) {
  await page.setInputFiles('#archive', archivePath);
  await page.check('#target-mastodon-csv');
  result.optionsForCsv = await visibleOptions(page);
  await page.setInputFiles('#accountMap', accountMapPath);
  await page.click('#convert-button');
  // The server answers 401: the page asks for the key in a password field.
  await page.locator('#key-form').waitFor({ state: 'visible' });
  result.keyFieldType = await page.getAttribute('#api-key', 'type');
  result.keyFieldFocused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  await page.screenshot({ path: join(out, 'page-api-key.png'), fullPage: true });
  await page.fill('#api-key', 'wrong-' + apiKey);
  await page.keyboard.press('Enter');
  await page.locator('#key-error:not(:empty)').waitFor({ state: 'visible' });
  result.refusedText = await page.textContent('#key-error');
  step('a wrong key was refused');
  await page.fill('#api-key', apiKey);
  await page.keyboard.press('Enter');
  await waitForResult(page);
  await collectResult(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  result.suggestedFilename = download.suggestedFilename();
  result.downloadUrl = download.url();
  result.downloadedFile = join(out, 'download-' + scenario + '.zip');
  await download.saveAs(result.downloadedFile);
  result.storage = await page.evaluate(() => ({
    localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookies: document.cookie
  }));
  step('downloaded ' + result.suggestedFilename + ' from ' + result.downloadUrl.slice(0, 5));
}

// ---------- helpers ----------

/** Waits until the page offers the result; fails at once with the page's words if it shows an error instead. */
async function waitForResult(page) {
  await page.locator('#done:not([hidden]), #error:not([hidden])').first().waitFor({ state: 'visible' });
  if (await page.isVisible('#error')) {
    throw new Error('the page shows an error: ' + (await page.textContent('#error-body')).trim());
  }
}

async function visibleOptions(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('#options .option'))
    .filter((option) => !option.hidden)
    .map((option) => option.querySelector('input, select').id));
}

async function collectResult(page) {
  result.uploadBar = await page.evaluate(() => document.getElementById('upload-bar').value);
  result.convertBar = await page.evaluate(() => document.getElementById('convert-bar').value);
  result.convertSeen = await page.evaluate(() => window.__fledgeSeen);
  result.summary = await page.evaluate(() => {
    const facts = {};
    document.querySelectorAll('#summary dl').forEach((list) => {
      list.querySelectorAll('dt').forEach((dt) => { facts[dt.textContent] = dt.nextElementSibling.textContent; });
    });
    return facts;
  });
  result.summaryVisible = await page.isVisible('#summary');
  result.downloadText = await page.textContent('#download');
  result.downloadAttribute = await page.getAttribute('#download', 'download');
  result.downloadHref = await page.getAttribute('#download', 'href');
  result.expiryText = await page.textContent('#expiry');
  result.focusedAfterDone = await page.evaluate(() => document.activeElement && document.activeElement.id);
  result.accessibilityDone = await basicAccessibilityCheck(page);
}

/**
 * A small accessibility check in the page (no library): every form control has a label, every button and link a
 * name, ids are unique, the language is set, headings do not skip levels, and visible text has WCAG AA contrast
 * (4.5:1, 3:1 for large text) against its background.
 */
async function basicAccessibilityCheck(page) {
  return page.evaluate(() => {
    const problems = [];
    if (!document.documentElement.lang) {
      problems.push('html has no lang');
    }
    const ids = new Set();
    document.querySelectorAll('[id]').forEach((element) => {
      if (ids.has(element.id)) {
        problems.push('duplicate id ' + element.id);
      }
      ids.add(element.id);
    });
    document.querySelectorAll('input, select, textarea').forEach((control) => {
      const labelled = (control.labels && control.labels.length > 0) || control.getAttribute('aria-label')
        || control.getAttribute('aria-labelledby');
      if (!labelled) {
        problems.push('control without label: ' + (control.id || control.name));
      }
    });
    document.querySelectorAll('button, a[href]').forEach((element) => {
      if (!element.textContent.trim() && !element.getAttribute('aria-label')) {
        problems.push('button or link without a name: ' + element.outerHTML.slice(0, 80));
      }
    });
    document.querySelectorAll('fieldset').forEach((fieldset) => {
      if (!fieldset.querySelector(':scope > legend')) {
        problems.push('fieldset without legend');
      }
    });
    let level = 0;
    document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
      const next = Number(heading.tagName.charAt(1));
      if (next > level + 1) {
        problems.push('heading level skips to ' + heading.tagName + ': ' + heading.textContent.trim());
      }
      level = next;
    });
    const rgb = (value) => {
      const match = value.match(/rgba?\(([^)]+)\)/);
      if (!match) {
        return null;
      }
      const parts = match[1].split(',').map((part) => parseFloat(part));
      return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
    };
    const background = (element) => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color && color.a > 0) {
          return color;
        }
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const luminance = (color) => {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      };
      return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
    };
    let checked = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element || element.getClientRects().length === 0) {
        continue;
      }
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0' || element.closest('[hidden]')) {
        continue;
      }
      const fg = rgb(style.color);
      const bg = background(element);
      const l1 = luminance(fg);
      const l2 = luminance(bg);
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      checked += 1;
      if (ratio < (large ? 3 : 4.5)) {
        problems.push('contrast ' + ratio.toFixed(2) + ' for "' + node.textContent.trim().slice(0, 40) + '"');
      }
    }
    return { problems, textNodesChecked: checked };
  });
}
