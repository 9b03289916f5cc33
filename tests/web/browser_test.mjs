// Browser tests of `claimgraph serve`: Debian's chromium, headless, driven by puppeteer-core (from
// tools/js, installed by tools/install-npm.sh; it never downloads a browser). One browser for all.
//
//   node tests/web/browser_test.mjs [--screenshot FILE.png]
// Environment: CLAIMGRAPH_BINARY (the CLI), CLAIMGRAPH_HOSTILE_STORE (tests/web/make_hostile_store),
// CHROMIUM (default /usr/bin/chromium). With --screenshot it also writes the Hegseth view there
// (that is how docs/web-explorer.png is made).
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'tools/js/package.json'));
const puppeteer = require('puppeteer-core');

const cli = process.env.CLAIMGRAPH_BINARY || path.join(root, 'build/claimgraph');
const hostileMaker = process.env.CLAIMGRAPH_HOSTILE_STORE || path.join(root, 'build/tests/claimgraph_hostile_store');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const shotArg = process.argv.indexOf('--screenshot');
const screenshot = shotArg > 0 ? path.resolve(process.argv[shotArg + 1]) : '';

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log('ok    ' + name);
  } else {
    failed++;
    console.log('FAIL  ' + name + (detail !== undefined ? ': ' + JSON.stringify(detail) : ''));
  }
}

// `claimgraph serve --port 0` on loopback; resolves with its URL once it prints it.
function serve(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(cli, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error('serve printed no URL: ' + err)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], child });
      }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => reject(new Error('serve exited ' + code + ': ' + err)));
  });
}

function stop(server) {
  return new Promise((resolve) => {
    server.child.removeAllListeners('exit');
    server.child.on('exit', (code, signal) => resolve(code));
    server.child.kill('SIGINT');
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-web-'));
const servers = [];
let browser = null;

async function waitText(page, selector, text, timeout = 10000) {
  await page.waitForFunction((sel, t) => {
    const e = document.querySelector(sel);
    return e && e.textContent.includes(t);
  }, { timeout }, selector, text);
}

// The said edges out of a node in the drawn graph.
function saidEdges(page, key) {
  return page.evaluate((k) => window.claimgraphView.cy.edges(`[type = "said"]`).filter((e) => e.source().id() === k).length, key);
}

async function hegsethTests(url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url, { waitUntil: 'networkidle0' });
  check('the page loads with its search box', (await page.$('#q')) !== null);

  await page.type('#q', 'hegseth');
  await page.waitForSelector('#suggestions li', { visible: true });
  const first = await page.$eval('#suggestions li', (li) => li.textContent);
  check('completion offers Pete Hegseth for "hegseth"', first.includes('Pete Hegseth'), first);
  await page.keyboard.press('Enter');
  await waitText(page, '#entity-name', 'Pete Hegseth');
  await page.waitForFunction(() => window.claimgraphView.cy.getElementById('person:pete hegseth').length === 1);
  check('his node is drawn', true);
  const claims = await page.$$eval('#entity-claims li', (lis) => lis.length);
  check('his panel lists his seven claims', claims === 7, claims);
  check('the graph draws seven said edges from him', (await saidEdges(page, 'person:pete hegseth')) === 7);
  const roles = await page.$eval('#node-panel', (p) => p.textContent);
  check('the panel shows his role', roles.includes('Defense Secretary'));
  const legend = await page.$eval('#legend', (l) => l.textContent);
  check('the legend names the types drawn', legend.includes('person') && legend.includes('said') && legend.includes('opposes'), legend);
  check('the URL keeps the focus', page.url().includes('focus=person%3Apete+hegseth'), page.url());

  // A claim: its sentence with the quote highlighted, and its appearances.
  const target = await page.$$eval('#entity-claims li', (lis) => {
    const li = lis.find((x) => x.textContent.includes('illusionary goal'));
    return li ? li.dataset.claim : '';
  });
  await page.click(`#entity-claims li[data-claim="${target}"]`);
  await page.waitForSelector('blockquote.passage mark');
  const mark = await page.$eval('blockquote.passage mark', (m) => m.textContent);
  const passage = await page.$eval('blockquote.passage', (b) => b.textContent);
  check('clicking a claim highlights its quote in the sentence',
    mark === 'Chasing this illusionary goal will only prolong the war and cause more suffering.', mark);
  check('the passage is the article text around it', passage.length >= mark.length, passage);
  const appearances = await page.$$eval('#claim-panel li', (lis) => lis.map((li) => li.textContent));
  check('the claim lists its appearances', appearances.length >= 1 && appearances[0].includes('2025-02-12'), appearances);
  check('the URL keeps the claim', page.url().includes('claim=' + encodeURIComponent(target).replace('%3A', '%3A')), page.url());

  // A claim node in the graph opens the same panel.
  const tapped = await page.evaluate(() => {
    const node = window.claimgraphView.cy.nodes('[type = "claim"]').filter((n) => n.data('name').includes('Ukraine joining NATO'))[0];
    if (node) node.emit('tap');
    return !!node;
  });
  check('a claim node about Ukraine joining NATO is drawn', tapped);
  await waitText(page, 'blockquote.passage mark', 'Ukraine joining NATO');
  check('tapping a claim node shows its sentence', true);

  // A quote carried by two articles: both appearances listed, the second one's sentence on a click.
  const twice = await page.$$eval('#entity-claims li', (lis) => {
    const li = lis.find((x) => x.textContent.includes('2 appearances'));
    return li ? li.dataset.claim : '';
  });
  check('a claim carried by two articles says so in the panel', twice !== '');
  await page.click(`#entity-claims li[data-claim="${twice}"]`);
  await page.waitForFunction(() => document.querySelectorAll('#claim-panel li').length === 2);
  await waitText(page, 'blockquote.passage mark', 'NATO membership for Ukraine');
  const before = await page.$eval('blockquote.passage', (b) => b.textContent);
  await page.click('#claim-panel li:nth-child(2) button');
  await page.waitForFunction((f) => document.querySelector('blockquote.passage').textContent !== f, {}, before);
  const other = await page.$eval('blockquote.passage mark', (m) => m.textContent);
  check('its other appearance shows that article\'s sentence', other.includes('NATO membership for Ukraine'), other);

  if (screenshot) {
    await page.$eval('#panel', (p) => { p.scrollTop = 0; });
    await page.screenshot({ path: screenshot });
    console.log('wrote ' + screenshot);
  }

  // A shared URL opens the same view.
  const shared = page.url();
  const shownMark = await page.$eval('blockquote.passage mark', (m) => m.textContent);
  const page2 = await browser.newPage();
  await page2.goto(shared, { waitUntil: 'networkidle0' });
  await waitText(page2, '#entity-name', 'Pete Hegseth');
  await page2.waitForSelector('blockquote.passage mark');
  const mark2 = await page2.$eval('blockquote.passage mark', (m) => m.textContent);
  // (it opens the claim's first appearance; the page showed its second)
  check('a shared URL opens the same entity and claim', mark2.includes('NATO membership for Ukraine') &&
    shownMark.includes('NATO membership for Ukraine') && mark2 !== shownMark, [mark2, shownMark]);

  // Filters: only opposes edges.
  await page2.click('#types summary');
  await page2.evaluate(() => {
    for (const b of document.querySelectorAll('#type-boxes input')) b.checked = b.value === 'opposes';
    document.querySelector('#type-boxes').dispatchEvent(new Event('change'));
  });
  await page2.waitForFunction(() => location.search.includes('type=opposes'));
  await page2.waitForFunction(() => {
    const cy = window.claimgraphView.cy;
    return cy.edges().length > 0 && cy.edges().every((e) => e.data('type') === 'opposes');
  });
  check('the relation filter keeps only opposes edges', true);
  await page2.$eval('#since', (e) => { e.value = '2030-01-01'; e.dispatchEvent(new Event('change')); });
  await page2.waitForFunction(() => location.search.includes('since=2030-01-01'));
  await page2.waitForFunction(() => window.claimgraphView.cy.edges().length === 0);
  check('a date range after every article leaves no edges', true);

  // Export of the view as PNG: the file the button downloads is a PNG image.
  await page.bringToFront();  // a tab in the background may not be drawn
  await page.evaluate(() => {
    window.downloaded = null;
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.blob = blob; return createObjectURL(blob); };
    HTMLAnchorElement.prototype.click = function () {
      window.downloaded = { name: this.getAttribute('download'), href: this.href };
    };
  });
  await page.click('#export-png');
  await page.waitForFunction(() => window.downloaded !== null);
  const png = await page.evaluate(async () => {
    const bytes = new Uint8Array(await window.blob.arrayBuffer());
    return { name: window.downloaded.name, size: bytes.length, magic: String.fromCharCode(...bytes.slice(1, 4)) };
  });
  check('PNG export downloads a PNG image', png.size > 1000 && png.magic === 'PNG' && png.name.endsWith('.png'), png);
  // Export of the view as JSON-LD: the link answers the schema.org graph of what is drawn.
  await page.waitForSelector('#export-jsonld:not([hidden])');
  const jsonld = await page.$eval('#export-jsonld', async (a) => {
    const res = await fetch(a.href);
    return { type: res.headers.get('content-type'), body: await res.json(), download: a.getAttribute('download') };
  });
  const people = JSON.stringify(jsonld.body);
  check('JSON-LD export links to the schema.org graph of the view',
    jsonld.type.startsWith('application/ld+json') && people.includes('Pete Hegseth') && people.includes('schema.org') &&
    jsonld.download === 'claimgraph.jsonld', jsonld.type);
  check('no dialog opened', dialogs.length === 0, dialogs);
  await page2.close();
  await page.close();
}

// A store with fact-checks imported: the verdict is shown beside the claim.
async function factCheckTests(url) {
  const page = await browser.newPage();
  await page.goto(url + '?focus=' + encodeURIComponent('person:pete hegseth'), { waitUntil: 'networkidle0' });
  await page.waitForSelector('#entity-claims li');
  const verdicts = await page.$$eval('#entity-claims .verdict', (v) => v.map((x) => x.textContent));
  check('a fact-check verdict is shown beside its claim',
    verdicts.some((v) => v.includes('Accurate as a statement of policy')), verdicts);
  await page.close();
}

async function hostileTests(url) {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const img = '<img src=x onerror="window.pwned=1;alert(1)">';
  await page.goto(url, { waitUntil: 'networkidle0' });
  // The graph answers slowly here, so the claim below is opened while the graph is still drawn.
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url().includes('/api/graph')) setTimeout(() => req.continue(), 800);
    else req.continue();
  });
  const graphAnswered = page.waitForResponse((res) => res.url().includes('/api/graph'), { timeout: 20000 });
  await page.type('#q', '<img');
  await page.waitForSelector('#suggestions li', { visible: true });
  const sugg = await page.$eval('#suggestions li', (li) => li.textContent);
  check('a hostile name is offered as text in the completion', sugg.includes(img), sugg);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#entity-name');
  const name = await page.$eval('#entity-name', (h) => h.textContent);
  check('a hostile name is shown as its text', name === img, name);
  await page.click('#entity-claims li');
  await page.waitForSelector('blockquote.passage mark');
  await page.evaluate(() => { window.firstPassage = document.querySelector('blockquote.passage'); });
  await graphAnswered;
  await new Promise((r) => setTimeout(r, 500));
  const kept = await page.evaluate(() => document.querySelector('blockquote.passage') === window.firstPassage);
  check('a claim opened while the graph loads stays open (its passage is not drawn again)', kept);
  const mark = await page.$eval('blockquote.passage mark', (m) => m.textContent);
  check('a hostile quote is shown as its text', mark.includes('<script>window.pwned=3</script>'), mark);
  const panel = await page.$eval('#panel', (p) => p.textContent);
  check('a hostile role and relation target are shown as text',
    panel.includes('<u>Role</u>') && panel.includes('</script><script>window.pwned=2;alert(2)</script>'), panel);
  // Nothing from the store became an element, and nothing ran.
  const injected = await page.evaluate(() => document.querySelectorAll('#panel img, #panel script, #panel b, #panel u, #panel i, #panel marquee, #suggestions img').length);
  check('no element was made from a name or a quote', injected === 0, injected);
  await new Promise((r) => setTimeout(r, 300));
  const pwned = await page.evaluate(() => window.pwned);
  check('no script from the store ran', pwned === undefined && dialogs.length === 0, { pwned, dialogs });
  await page.close();
}

async function main() {
  const examples = path.join(tmp, 'examples.db');
  execFileSync(cli, ['ingest', '--db', examples, 'examples'], { stdio: 'ignore', cwd: root });
  const hostile = path.join(tmp, 'hostile.db');
  execFileSync(hostileMaker, [hostile]);
  const reviewed = path.join(tmp, 'reviewed.db');
  fs.copyFileSync(examples, reviewed);
  execFileSync(cli, ['import-claimreview', '--db', reviewed, path.join(root, 'tests/data/claimreview/hegseth-nato.jsonld')],
    { stdio: 'ignore' });
  servers.push(await serve(examples), await serve(hostile), await serve(reviewed));
  const profile = path.join(tmp, 'profile');
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    dumpio: !!process.env.CLAIMGRAPH_BROWSER_LOG,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
  });
  await hegsethTests(servers[0].url);
  await hostileTests(servers[1].url);
  await factCheckTests(servers[2].url);
}

try {
  await main();
} catch (err) {
  failed++;
  console.log('FAIL  ' + (err && err.stack ? err.stack : err));
} finally {
  if (browser) await browser.close();
  for (const s of servers) {
    const code = await stop(s);
    check('serve stops on SIGINT with exit 0', code === 0, code);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
