'use strict';
// voxpop's single-page UI. All state lives in the URL (location.hash), so every view can be shared.
// Text from the index is only ever inserted with textContent, never as HTML: comments are hostile input.

const ENTITY_DIMS = ['entity', 'person', 'location', 'organization', 'group', 'event', 'other', 'account'];
// the kinds of abuse (docs/sentiment.md), each its own dimension with none/possible/likely
const ABUSE_KINDS = ['identity_attack', 'insult', 'profanity', 'threat'];
const FACETS = ['entity', 'person', 'location', 'organization', 'group', 'account', 'sentiment', 'abuse', ...ABUSE_KINDS, 'source', 'section', 'author', 'published'];
const $ = (id) => document.getElementById(id);
// The scope when the address names none: comments, or articles when the index holds no comments
// (an archive of articles alone would otherwise look empty); set from /api/stats at start.
let defaultScope = 'comments';

function readState() {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    q: p.get('q') || '',
    scope: p.get('scope') || defaultScope,
    sort: p.get('sort') || 'relevance',
    drill: p.getAll('drill'),
    after: p.get('after') || '',
    prev: p.getAll('prev'),
    entity: p.get('entity') || '',
  };
}

function writeState(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.scope !== defaultScope) p.set('scope', state.scope);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  state.drill.forEach((d) => p.append('drill', d));
  if (state.after) p.set('after', state.after);
  state.prev.forEach((c) => p.append('prev', c));
  if (state.entity) p.set('entity', state.entity);
  const hash = '#' + p.toString();
  if (location.hash !== hash) location.hash = hash; else render();
}

function apiParams(state, extra) {
  const p = new URLSearchParams();
  p.set('q', state.q);
  p.set('scope', state.scope);
  state.drill.forEach((d) => p.append('drill', d));
  Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
  return p;
}

async function api(path, params) {
  const response = await fetch(path + '?' + params.toString(), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function stanceClass(value) {
  if (value === undefined || value === null) return '';
  return value <= -0.05 ? 'stance-negative' : value >= 0.05 ? 'stance-positive' : 'stance-neutral';
}

// The words the highlighter marked in the snippet, to mark them in the full text as well.
function matchedTerms(hit) {
  const terms = new Set();
  (hit.snippet.match(/\[\[(.*?)\]\]/g) || []).forEach((m) => terms.add(m.slice(2, -2).toLowerCase()));
  return [...terms].filter((t) => t.length > 0);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Plain text with the matched words wrapped in <mark>, built as DOM nodes (never as HTML).
function marked(text, terms) {
  const fragment = document.createDocumentFragment();
  if (terms.length === 0) {
    fragment.append(document.createTextNode(text));
    return fragment;
  }
  const pattern = new RegExp('(' + terms.map(escapeRegExp).join('|') + ')', 'gi');
  text.split(pattern).forEach((part, i) => {
    fragment.append(i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part));
  });
  return fragment;
}

// The text with query matches and entity mentions (from their offsets) marked.
function richText(hit) {
  const terms = matchedTerms(hit);
  const text = hit.text;
  const marks = new Array(text.length).fill(null);
  (hit.entities || []).forEach((m, i) => { for (let k = m.start; k < m.end && k < text.length; k++) marks[k] = i; });
  const fragment = document.createDocumentFragment();
  let k = 0;
  while (k < text.length) {
    const index = marks[k];
    let end = k;
    while (end < text.length && marks[end] === index) end++;
    const piece = text.slice(k, end);
    if (index === null) {
      fragment.append(marked(piece, terms));
    } else {
      const m = hit.entities[index];
      const title = m.name + ' (' + m.id + ', ' + m.type.toLowerCase() + (m.stance !== undefined ? ', stance ' + m.stance.toFixed(2) : '') + ')';
      fragment.append(el('span', { class: 'mention ' + stanceClass(m.stance) + (m.matched ? ' matched' : ''), title }, marked(piece, terms)));
    }
    k = end;
  }
  return fragment;
}

function snippet(text) {
  const fragment = document.createDocumentFragment();
  text.split(/(\[\[.*?\]\])/).forEach((part) => {
    if (part.startsWith('[[') && part.endsWith(']]')) fragment.append(el('mark', {}, part.slice(2, -2)));
    else fragment.append(document.createTextNode(part));
  });
  return fragment;
}

function badges(hit) {
  const out = [];
  if (hit.sentiment) out.push(el('span', { class: 'badge ' + hit.sentiment }, hit.sentiment + ' ' + hit.compound.toFixed(2)));
  if (hit.abuse !== undefined && hit.abuse >= 0.5) out.push(el('span', { class: 'badge abuse' }, 'abuse ' + hit.abuse.toFixed(2)));
  // each kind from "possible" (0.3) up: an identity attack and mere swearing look different
  Object.entries(hit.abuse_kinds || {}).forEach(([kind, score]) => {
    if (score >= 0.3) out.push(el('span', { class: 'badge abuse-kind ' + kind }, kind.replace('_', ' ') + ' ' + score.toFixed(2)));
  });
  return out;
}

function renderHits(result, state) {
  const hits = $('hits');
  hits.replaceChildren();
  const threads = new Map();
  result.hits.forEach((hit) => {
    if (!threads.has(hit.article_id)) threads.set(hit.article_id, { title: hit.title || hit.article_id, article: null, comments: [] });
    const thread = threads.get(hit.article_id);
    if (hit.type === 'article') thread.article = hit; else thread.comments.push(hit);
  });
  threads.forEach((thread, id) => {
    const box = el('article', { class: 'thread' }, el('h3', {}, thread.title));
    if (thread.article) {
      const a = thread.article;
      box.append(el('div', { class: 'meta' }, [a.author || '', a.date ? a.date.slice(0, 10) : '',
        a.matched_comments ? a.matched_comments + ' matching comments' : ''].filter(Boolean).join(' · '), ...badges(a)));
      box.append(el('p', { class: 'article-text' }, richText(a)));
    }
    thread.comments.forEach((c) => {
      box.append(el('div', { class: 'comment ' + (c.sentiment || ''), 'data-comment': c.comment_id },
        el('div', { class: 'meta' }, (c.author || 'anonymous') + (c.date ? ' · ' + c.date.slice(0, 10) : '') + ' · #' + c.comment_id, ...badges(c)),
        el('p', {}, richText(c)),
        // Long comments get the passage around the match too, so the reader need not hunt for it.
        c.text.length > 600 && c.snippet.includes('[[') ? el('p', { class: 'meta' }, 'match: ', snippet(c.snippet)) : ''));
    });
    hits.append(box);
  });
  $('summary').textContent = result.total_hits.toLocaleString('en') + ' hits in ' + result.distinct_articles.toLocaleString('en') +
    ' articles (' + result.took_ms + ' ms)';
  $('next').disabled = !result.next_cursor;
  $('next').onclick = () => { state.prev.push(state.after || '-'); state.after = result.next_cursor; writeState(state); };
  $('prev').disabled = state.prev.length === 0;
  $('prev').onclick = () => { const c = state.prev.pop(); state.after = c === '-' ? '' : c; writeState(state); };
}

function renderFacets(result, state) {
  const nav = $('facets');
  nav.replaceChildren();
  // A count that is 0 everywhere (comments, when the hits are articles) is left out.
  const articlesOnly = result.facets.every((d) => d.missing_comments === 0 && d.values.every((v) => v.comments === 0));
  result.facets.forEach((dim) => {
    if (dim.values.length === 0 && !state.drill.some((d) => d.startsWith(dim.dim + ':'))) return;
    // How a second selected value combines (the server's DrillMode): all of them where a document
    // has several values (entities), any of them where it has one (source); the latter's counts
    // are sideways while one is selected, so they may add up to more than the hits.
    const allOf = dim.select === 'all_of';
    const mode = el('span', { class: 'mode', 'data-select': dim.select || '',
      title: allOf ? 'Select several: hits have all of them. Counts are within the current hits.'
        : 'Select several: hits have any of them. While one is selected, the counts are as if none were, so you can add another.' },
    dim.select ? (allOf ? 'all of' : 'any of') : '');
    const box = el('fieldset', { 'data-dim': dim.dim }, el('legend', {}, dim.dim.replace('_', ' '), ' ', mode));
    dim.values.forEach((v) => {
      const key = dim.dim + ':' + v.value;
      const id = 'f-' + key.replace(/[^A-Za-z0-9_-]/g, '_');
      const checked = state.drill.includes(key);
      const box2 = el('input', { type: 'checkbox', id, 'data-value': v.value });
      box2.checked = checked;
      box2.addEventListener('change', () => {
        state.drill = checked ? state.drill.filter((d) => d !== key) : state.drill.concat(key);
        state.after = ''; state.prev = [];
        if (ENTITY_DIMS.includes(dim.dim)) {
          if (!checked) state.entity = v.value;
          else if (state.entity === v.value) state.entity = '';
        }
        writeState(state);
      });
      const label = el('label', { for: id, title: v.label + (v.label !== v.value ? ' (' + v.value + ')' : '') }, v.label);
      box.append(el('div', { class: 'facet-row' }, box2, label,
        articlesOnly
          ? el('span', { class: 'count', title: v.articles + ' articles' }, String(v.articles))
          : el('span', { class: 'count', title: v.comments + ' comments in ' + v.articles + ' articles' }, v.comments + ' / ' + v.articles)));
    });
    if (dim.sideways) box.append(el('p', { class: 'hint sideways' }, 'Counts as if no ' + dim.dim.replace('_', ' ') + ' were selected.'));
    nav.append(box);
  });
  nav.append(el('p', { class: 'hint' }, (articlesOnly ? 'Counts: articles.' : 'Counts: comments / articles.') +
    ' "all of": several selected values narrow the hits; "any of": they widen them.'));
}

function renderChips(state, labels, modes) {
  const chips = $('chips');
  chips.replaceChildren();
  // The chips of a dimension side by side, joined by how they combine: "and" (all of) or "or".
  const dimOf = (d) => d.slice(0, d.indexOf(':'));
  const dims = [...new Set(state.drill.map(dimOf))];
  const ordered = dims.flatMap((dim) => state.drill.filter((d) => dimOf(d) === dim));
  ordered.forEach((d, i) => {
    const [dim, value] = [dimOf(d), d.slice(d.indexOf(':') + 1)];
    if (i > 0 && dimOf(ordered[i - 1]) === dim) {
      chips.append(el('span', { class: 'chip-join' }, modes.get(dim) === 'all_of' ? 'and' : 'or'));
    }
    chips.append(el('span', { class: 'chip', 'data-select': modes.get(dim) || '' }, dim + ': ' + (labels.get(d) || value),
      el('button', { type: 'button', 'aria-label': 'Remove filter ' + dim + ' ' + value,
        onclick: () => {
          state.drill = state.drill.filter((x) => x !== d);
          if (ENTITY_DIMS.includes(dim) && state.entity === value) state.entity = '';
          state.after = ''; state.prev = [];
          writeState(state);
        } }, '×')));
  });
}

async function renderTimeline(state) {
  const box = $('timeline');
  box.replaceChildren();
  $('timeline-hint').textContent = 'Select an entity in the facets to see its tone over time.';
  $('timeline-hint').hidden = !!state.entity;
  if (!state.entity) return;
  const buckets = await api('/api/timeline', apiParams({ ...state, drill: state.drill.filter((d) => !d.endsWith(':' + state.entity)) },
    { entity: state.entity, interval: 'month' }));
  const width = 270; const height = 150; const pad = 24;
  const chart = svg('svg', { width, height, role: 'img', 'aria-label': 'Comments per month and net stance toward ' + state.entity });
  const max = Math.max(1, ...buckets.map((b) => b.comments));
  const step = (width - pad) / Math.max(1, buckets.length);
  buckets.forEach((b, i) => {
    const h = (height - 2 * pad) * b.comments / max;
    const stance = b.net_stance === undefined ? 0 : b.net_stance;
    const colour = stance <= -0.05 ? '#c0392b' : stance >= 0.05 ? '#1e8449' : '#7f8c8d';
    const bar = svg('rect', { x: pad + i * step, y: height - pad - h, width: Math.max(2, step - 2), height: h, fill: colour });
    const title = svg('title', {});
    title.textContent = b.start.slice(0, 7) + ': ' + b.comments + ' comments, net stance ' + stance.toFixed(2);
    bar.append(title);
    chart.append(bar);
  });
  const caption = svg('text', { x: pad, y: 14, 'font-size': 11 });
  caption.textContent = (buckets.length ? buckets[0].start.slice(0, 7) + ' … ' + buckets[buckets.length - 1].start.slice(0, 7) : 'no dated comments') + ', max ' + max;
  chart.append(caption);
  box.append(chart, el('p', { class: 'hint' }, 'Bar height: comments; colour: net stance (red negative, green positive).'));
}

async function renderCooccur(state) {
  const body = $('cooccur').querySelector('tbody');
  body.replaceChildren();
  const graph = await api('/api/cooccur', apiParams(state, { top: 10 }));
  graph.pairs.forEach((p) => body.append(el('tr', {}, el('td', {}, p.first_name), el('td', {}, p.second_name), el('td', {}, p.comments))));
  $('graphml').href = '/api/cooccur?' + apiParams(state, { top: 200, format: 'graphml' }).toString();
}

// Each render has a number; an answer that arrives after a newer render started is dropped,
// so fast clicks never leave an older page on screen.
let renderCount = 0;

async function render() {
  const ticket = ++renderCount;
  const state = readState();
  $('q').value = state.q;
  $('scope').value = state.scope;
  $('sort').value = state.sort;
  $('error').hidden = true;
  const params = apiParams(state, { sort: state.sort, size: 20, facets: FACETS.join(','), top: 8 });
  if (state.after) params.set('after', state.after);
  $('export-csv').href = '/api/export?' + apiParams(state, { format: 'csv' }).toString();
  $('export-jsonl').href = '/api/export?' + apiParams(state, { format: 'jsonl' }).toString();
  try {
    const result = await api('/api/search', params);
    if (ticket !== renderCount) return;
    const labels = new Map();
    result.facets.forEach((dim) => dim.values.forEach((v) => labels.set(dim.dim + ':' + v.value, v.label)));
    // The server names every selected value, also those outside the facets' top values.
    (result.selected || []).forEach((s) => labels.set(s.dim + ':' + s.value, s.label));
    const modes = new Map((result.selected || []).map((s) => [s.dim, s.select]));
    renderChips(state, labels, modes);
    renderFacets(result, state);
    renderHits(result, state);
  } catch (e) {
    if (ticket !== renderCount) return;
    $('error').textContent = e.message;
    $('error').hidden = false;
    $('hits').replaceChildren();
    $('summary').textContent = '';
  }
  // The side panels fail on their own: a timeline error must not hide the hits.
  await Promise.all([renderTimeline(state), renderCooccur(state)].map((p) => p.catch((e) => {
    $('timeline-hint').hidden = false;
    $('timeline-hint').textContent = 'Could not draw: ' + e.message;
  })));
  if (ticket !== renderCount) return;
  document.body.dataset.ready = 'true';
  document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readState();
    state.q = $('q').value;
    state.scope = $('scope').value;
    state.sort = $('sort').value;
    state.after = ''; state.prev = [];
    writeState(state);
  });
  $('help-toggle').addEventListener('click', () => {
    const help = $('help');
    help.hidden = !help.hidden;
    $('help-toggle').setAttribute('aria-expanded', String(!help.hidden));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== $('q')) { event.preventDefault(); $('q').focus(); }
  });
  window.addEventListener('hashchange', render);
  api('/api/stats', new URLSearchParams())
    .then((stats) => { if (stats.documents > 0 && stats.documents === stats.articles) defaultScope = 'articles'; })
    .catch(() => {}) // the search itself reports what is wrong
    .finally(render);
});
