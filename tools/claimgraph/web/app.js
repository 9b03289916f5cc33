// claimgraph's web explorer. Everything it shows from the store (names, quotes, titles) is put
// in the page as text nodes (textContent, createTextNode), never parsed as HTML.
'use strict';

const RELATIONS = ['said', 'denies', 'proposed', 'opposes', 'supports', 'spoke_to', 'met', 'member_of',
  'leads', 'mentions'];
const NODE_TYPES = ['person', 'country', 'organization', 'place', 'event', 'claim'];
// Graphviz shapes of the render command, as cytoscape names them.
const SHAPES = { ellipse: 'ellipse', hexagon: 'hexagon', box: 'round-rectangle', house: 'tag',
  octagon: 'octagon', note: 'rectangle', folder: 'rectangle', diamond: 'diamond' };

const $ = (id) => document.getElementById(id);
let cy = null;
let style = null;  // the render colours, from /api/style
let view = null;   // the state the URL keeps: focus, depth, types, since, until, claim

// el('li', {class: 'x'}, 'text', child): an element; strings become text nodes.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const res = await fetch('/api/' + path + (q.toString() ? '?' + q : ''));
  const body = await res.json();
  if (!res.ok) {
    const err = new Error(body.error || res.statusText);
    err.status = res.status;
    err.candidates = body.candidates || [];
    throw err;
  }
  return body;
}

function setStatus(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

// ---- URL state -------------------------------------------------------------------------------

function readView() {
  const p = new URLSearchParams(location.search);
  return {
    focus: p.get('focus') || '',
    depth: p.get('depth') || '1',
    types: p.get('type') ? p.get('type').split(',') : [],
    since: p.get('since') || '',
    until: p.get('until') || '',
    claim: p.get('claim') || '',
  };
}

function writeView(push) {
  const p = new URLSearchParams();
  if (view.focus) p.set('focus', view.focus);
  if (view.depth !== '1') p.set('depth', view.depth);
  if (view.types.length) p.set('type', view.types.join(','));
  if (view.since) p.set('since', view.since);
  if (view.until) p.set('until', view.until);
  if (view.claim) p.set('claim', view.claim);
  const url = location.pathname + (p.toString() ? '?' + p : '');
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function graphParams() {
  return { focus: view.focus, depth: view.depth, type: view.types.join(','), since: view.since,
    until: view.until };
}

// ---- Search with completion --------------------------------------------------------------------

let suggestTimer = 0;
let suggestions = [];
let active = -1;

function showSuggestions(rows) {
  suggestions = rows;
  active = rows.length ? 0 : -1;
  const ul = $('suggestions');
  ul.replaceChildren(...rows.map((r, i) => el('li', {
    role: 'option', id: 'sugg-' + i, 'aria-selected': i === active ? 'true' : 'false',
    on: { mousedown: (ev) => { ev.preventDefault(); choose(r); } },
  }, el('span', {}, r.name), el('span', { class: 'muted' },
    (r.alias && r.alias !== r.name ? r.alias + ' · ' : '') + r.type + (r.claims ? ' · ' + r.claims + ' claims' : '')))));
  ul.hidden = rows.length === 0;
  $('q').setAttribute('aria-expanded', rows.length ? 'true' : 'false');
}

function moveActive(step) {
  if (!suggestions.length) return;
  active = (active + step + suggestions.length) % suggestions.length;
  [...$('suggestions').children].forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
}

function choose(row) {
  $('q').value = row.name;
  showSuggestions([]);
  focusOn(row.key);
}

async function submitSearch() {
  if (active >= 0 && suggestions[active]) return choose(suggestions[active]);
  const text = $('q').value.trim();
  if (!text) return;
  try {
    const rows = await api('complete', { q: text, limit: 1 });
    if (rows.length) return choose(rows[0]);
    await api('entity', { name: text });  // answers 404 with the closest names
  } catch (err) {
    showProblem(err);
  }
}

function initSearch() {
  const q = $('q');
  q.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const text = q.value.trim();
    if (!text) return showSuggestions([]);
    suggestTimer = setTimeout(async () => {
      try {
        const rows = await api('complete', { q: text, limit: 10 });
        if (q.value.trim() === text) showSuggestions(rows);
      } catch (err) {
        showSuggestions([]);
      }
    }, 100);
  });
  q.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); moveActive(1); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); moveActive(-1); }
    if (ev.key === 'Escape') showSuggestions([]);
  });
  q.addEventListener('blur', () => setTimeout(() => showSuggestions([]), 150));
  $('search').addEventListener('submit', (ev) => { ev.preventDefault(); submitSearch(); });
}

// An error from the API, with its candidates as buttons.
function showProblem(err) {
  const box = el('div', { class: 'problem' }, el('p', {}, err.message));
  if (err.candidates && err.candidates.length) {
    box.append(el('p', {}, 'Did you mean: ', ...err.candidates.flatMap((c, i) => [i ? ', ' : '',
      el('button', { class: 'linklike', type: 'button', on: { click: () => focusOn(c.key) } }, c.name)])));
  }
  $('node-panel').replaceChildren(box);
  setStatus(err.message, true);
}

// ---- Graph -------------------------------------------------------------------------------------

function shortLabel(n) {
  if (n.type !== 'claim') return n.name;
  const words = n.name.split(/\s+/);
  let s = words.slice(0, 7).join(' ');
  if (words.length > 7) s += '…';
  return n.kind === 'direct' ? '“' + s + '”' : s;
}

function cyStyle() {
  const rules = [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
      'text-valign': 'bottom', 'text-margin-y': 3, width: 26, height: 26, 'border-width': 1.5 } },
    { selector: 'node[type = "claim"]', style: { 'font-size': 9, width: 18, height: 18, color: '#495057' } },
    { selector: 'node.focus', style: { width: 40, height: 40, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3 } },
    { selector: 'node:selected', style: { 'overlay-color': '#0d6efd', 'overlay-opacity': 0.15 } },
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, label: 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
  ];
  for (const [type, s] of Object.entries(style.nodes)) {
    rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': s.fill, 'border-color': s.border,
      shape: SHAPES[s.shape] || 'ellipse' } });
  }
  for (const [type, s] of Object.entries(style.edges)) {
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color,
      color: s.color, 'line-style': s.style === 'dashed' || s.style === 'dotted' ? s.style : 'solid',
      width: s.style === 'bold' ? 2.5 : 1.5 } });
  }
  return rules;
}

function drawLegend(nodes, edges) {
  const items = [];
  const nodeTypes = NODE_TYPES.filter((t) => nodes.some((n) => n.type === t));
  for (const t of nodeTypes) {
    const s = style.nodes[t];
    const sw = el('span', { class: 'swatch' });
    sw.style.background = s.fill;
    sw.style.borderColor = s.border;
    items.push(el('span', { class: 'item' }, sw, t));
  }
  for (const t of RELATIONS.filter((r) => edges.some((e) => e.type === r))) {
    const s = style.edges[t];
    const line = el('span', { class: 'line' });
    line.style.borderTopColor = s.color;
    line.style.borderTopStyle = s.style === 'dashed' || s.style === 'dotted' ? s.style : 'solid';
    items.push(el('span', { class: 'item' }, line, t.replace('_', ' ')));
  }
  $('legend').replaceChildren(...items);
  $('legend').hidden = items.length === 0;
}

async function drawGraph() {
  if (!view.focus) return;
  setStatus('loading…');
  let g;
  try {
    g = await api('graph', graphParams());
  } catch (err) {
    return showProblem(err);
  }
  const elements = [];
  for (const n of g.nodes) {
    elements.push({ group: 'nodes', classes: n.key === focusKey ? 'focus' : '',
      data: { id: n.key, type: n.type, label: shortLabel(n), name: n.name, kind: n.kind } });
  }
  g.edges.forEach((e, i) => elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source,
    target: e.target, type: e.type, label: e.type === 'said' ? '' : e.type.replace('_', ' ') } }));
  cy.elements().remove();
  cy.add(elements);
  cy.layout({ name: 'concentric', animate: false, minNodeSpacing: 70, startAngle: 3 * Math.PI / 2,
    concentric: (n) => (n.hasClass('focus') ? 3 : n.data('type') === 'claim' ? 1 : 2), levelWidth: () => 1 }).run();
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, position: cy.getElementById(focusKey).position() });
  cy.center(cy.getElementById(focusKey));
  drawLegend(g.nodes, g.edges);
  const shown = g.nodes.length + ' nodes, ' + g.edges.length + ' edges';
  setStatus(g.omitted ? shown + ' (' + g.omitted + ' more not shown)' : shown);
  $('export-png').disabled = false;
  const jsonld = $('export-jsonld');
  if (style.jsonld) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(graphParams())) if (v) q.set(k, v);
    jsonld.href = '/api/jsonld?' + q;
    jsonld.setAttribute('download', 'claimgraph.jsonld');
    jsonld.hidden = false;
  }
}

let focusKey = '';
// Each load and each claim opened takes a number; an answer that comes back after a newer request
// gives way, so a claim the user opens while the graph is still being drawn stays open.
let loadSeq = 0;
let claimSeq = 0;

async function focusOn(nameOrKey, keepClaim) {
  view.focus = nameOrKey;
  if (!keepClaim) view.claim = '';
  writeView(true);
  await load();
}

async function load() {
  if (!view.focus) return;
  const seq = ++loadSeq;
  const opened = claimSeq;
  let report;
  try {
    report = await api('entity', { name: view.focus });
  } catch (err) {
    return seq === loadSeq ? showProblem(err) : undefined;
  }
  if (seq !== loadSeq) return;
  focusKey = report.key;
  $('q').value = report.name;
  showEntity(report);
  await drawGraph();
  if (seq !== loadSeq) return;
  if (cy.getElementById(focusKey).length) cy.getElementById(focusKey).select();
  if (claimSeq !== opened) return;  // a claim was opened meanwhile: it stays
  if (view.claim) await showClaim(view.claim);
  else $('claim-panel').replaceChildren();
}

// ---- Panels ------------------------------------------------------------------------------------

function verdictOf(row) {
  const v = row.verdict || row.fact_check || row.rating;
  if (!v) return null;
  const text = typeof v === 'string' ? v : (v.text || v.rating || JSON.stringify(v));
  return el('span', { class: 'verdict', title: 'fact-check' }, text);
}

function claimItem(row) {
  const outlets = row.outlets && row.outlets.length ? row.outlets.join(', ') : (row.first_outlet || '');
  return el('li', { 'data-claim': row.claim, on: { click: () => openClaim(row.claim) } },
    el('span', { class: 'muted' }, (row.date || 'undated') + (outlets ? ' · ' + outlets : '') +
      (row.appearances > 1 ? ' · ' + row.appearances + ' appearances' : '')),
    ' ', verdictOf(row), el('br'),
    row.polarity === 'denied' ? el('strong', { class: 'denied' }, 'denies: ') : null,
    el('span', { class: 'text ' + row.kind }, row.text));
}

function listOrNone(items) {
  return items.length ? el('ul', {}, ...items) : el('p', { class: 'muted' }, 'none');
}

function showEntity(r) {
  const relations = r.relations.map((x) => el('li', {},
    x.direction === 'out' ? x.type.replace('_', ' ') + ' → ' : '← ' + x.type.replace('_', ' ') + ' ',
    x.other_key ? el('button', { class: 'linklike', type: 'button', on: { click: () => focusOn(x.other_key) } }, x.other)
      : el('span', {}, x.other),
    x.count > 1 ? ' ×' + x.count : ''));
  const affiliations = r.affiliations.map((x) => el('li', {}, x.type.replace('_', ' ') + ' ',
    x.other_key ? el('button', { class: 'linklike', type: 'button', on: { click: () => focusOn(x.other_key) } }, x.other)
      : x.other));
  $('node-panel').replaceChildren(...[
    el('h2', { id: 'entity-name' }, r.name),
    el('p', {}, el('span', { class: 'tag' }, r.type), r.claims + ' claims, ' + r.mentions + ' mentions'),
    r.aliases.length ? el('p', {}, el('span', { class: 'muted' }, 'also: '), r.aliases.join(', ')) : null,
    el('h3', {}, 'Roles'), listOrNone(r.roles.map((x) => el('li', {}, x))),
    el('h3', {}, 'Affiliations'), listOrNone(affiliations),
    el('h3', {}, 'Claims (' + r.said.length + ')'), el('ul', { class: 'claims', id: 'entity-claims' }, ...r.said.map(claimItem)),
    r.said_about.length ? el('h3', {}, 'Said about ' + r.name) : null,
    r.said_about.length ? el('ul', { class: 'claims' }, ...r.said_about.map((row) => {
      const li = claimItem(row);
      li.prepend(el('strong', {}, row.speaker || '(unknown)'), ' ');
      return li;
    })) : null,
    el('h3', {}, 'Relations'), listOrNone(relations),
    el('h3', {}, 'Articles'), listOrNone(r.articles.map((a) => el('li', {}, (a.date || 'undated') + ' · ',
      a.title || a.source, a.outlet ? ' (' + a.outlet + ')' : '')))].filter(Boolean));
}

async function openClaim(key) {
  view.claim = key;
  writeView(true);
  await showClaim(key);
}

// The claim's appearances (the quote query on its text) and the first one's sentence.
async function showClaim(key) {
  const seq = ++claimSeq;
  document.querySelectorAll('.claims li').forEach((li) => li.classList.toggle('current', li.dataset.claim === key));
  const node = cy.getElementById(key);
  let text = node.length ? node.data('name') : '';
  if (!text) {
    const li = document.querySelector(`.claims li[data-claim="${CSS.escape(key)}"] .text`);
    text = li ? li.textContent : '';
  }
  if (!text) return;
  let rows;
  try {
    rows = (await api('quote', { text, limit: 0 })).filter((r) => r.claim === key);
  } catch (err) {
    return seq === claimSeq ? showProblem(err) : undefined;
  }
  if (seq !== claimSeq || !rows.length) return;
  const panel = $('claim-panel');
  const passageBox = el('div', { id: 'passage-box' });
  const links = rows.map((r, i) => el('li', {}, el('button', { class: 'linklike', type: 'button',
    on: { click: () => showPassage(r, passageBox) } }, (r.date || 'undated') + ' · ' + (r.outlet || r.title || r.source)),
    r.first ? el('span', { class: 'muted' }, ' first appearance') : null));
  panel.replaceChildren(el('h3', {}, 'Claim'),
    el('p', {}, el('strong', {}, rows[0].speaker || '(unknown speaker)'), ' · ' + rows[0].kind),
    passageBox, el('h3', {}, 'Appearances (' + rows.length + ')'), el('ul', {}, ...links));
  await showPassage(rows[0], passageBox);
}

async function showPassage(row, box) {
  const seq = String(Number(box.dataset.seq || 0) + 1);
  box.dataset.seq = seq;
  let p;
  try {
    p = await api('passage', { article: row.article, start: row.start, end: row.end });
  } catch (err) {
    if (box.dataset.seq === seq) box.replaceChildren(el('p', { class: 'muted' }, err.message));
    return;
  }
  if (box.dataset.seq !== seq) return;  // another appearance was chosen meanwhile
  box.replaceChildren(
    el('blockquote', { class: 'passage' }, p.before, el('mark', {}, p.highlight), p.after),
    el('p', { class: 'muted' }, [p.date, p.outlet, p.title || p.source].filter(Boolean).join(' · '), ' ',
      p.url ? el('a', { href: p.url, rel: 'noopener noreferrer', target: '_blank' }, 'article') : null));
}

// ---- Filters and exports -----------------------------------------------------------------------

function initFilters() {
  $('type-boxes').replaceChildren(...RELATIONS.map((t) => el('label', {},
    el('input', { type: 'checkbox', value: t, checked: !view.types.length || view.types.includes(t) }),
    ' ' + t.replace('_', ' '))));
  const apply = () => {
    const boxes = [...document.querySelectorAll('#type-boxes input')];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    view.types = on.length === boxes.length ? [] : on;
    view.depth = $('depth').value;
    view.since = $('since').value;
    view.until = $('until').value;
    writeView(true);
    drawGraph();
  };
  for (const id of ['depth', 'since', 'until']) $(id).addEventListener('change', apply);
  $('type-boxes').addEventListener('change', apply);
  $('export-png').addEventListener('click', async () => {
    const blob = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'claimgraph.png' });
    document.body.append(a);
    a.click();
    a.remove();
  });
}

function syncControls() {
  $('depth').value = view.depth;
  $('since').value = view.since;
  $('until').value = view.until;
  document.querySelectorAll('#type-boxes input').forEach((b) => {
    b.checked = !view.types.length || view.types.includes(b.value);
  });
}

async function main() {
  view = readView();
  style = await api('style');
  cy = cytoscape({ container: $('cy'), style: cyStyle(), minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
  window.claimgraphView = { cy };  // for the browser tests
  cy.on('tap', 'node', (ev) => {
    const n = ev.target;
    if (n.data('type') === 'claim') openClaim(n.id());
    else focusOn(n.id());
  });
  initSearch();
  initFilters();
  syncControls();
  window.addEventListener('popstate', () => { view = readView(); syncControls(); load(); });
  await load();
  document.body.dataset.ready = 'true';
}

main().catch((err) => setStatus(err.message, true));
