'use strict';
// voxpop's single-page UI. All state lives in the URL (location.hash), so every view can be shared.
// Text from the index is only ever inserted with textContent, never as HTML: comments are hostile input.

// The facet dimensions come from the server's one registry (/api/dimensions) at start.
let ENTITY_DIMS = [];
let FACETS = [];
const DIM_LABELS = new Map();
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

// Newswire bodies are hard-wrapped: a line break inside a paragraph is shown as a space and a
// blank line stays a paragraph break. The text keeps its length, so entity offsets still hold.
function unwrapped(text) {
  return text.replace(/\r?\n/g, (br, at, all) => {
    const before = all[at - 1];
    const after = all[at + br.length];
    const edge = before === undefined || before === '\n' || after === undefined || after === '\n' || after === '\r';
    return edge ? br : ' '.repeat(br.length);
  });
}

// The text with query matches and entity mentions (from their offsets) marked.
function richText(hit) {
  const terms = matchedTerms(hit);
  const text = unwrapped(hit.text);
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
    const box = el('fieldset', { 'data-dim': dim.dim }, el('legend', {}, DIM_LABELS.get(dim.dim) || dim.dim.replace('_', ' '), ' ', mode));
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

// Where a period's tick is labelled, at least minGap periods apart so that labels never overlap:
// on year starts when the periods span years (a month axis reads "2015-06 2016 2017"), else on
// every n-th period.
function axisLabels(buckets, minGap) {
  const spansYears = buckets.length > 12 && buckets[0].period.length > 4;
  const candidates = spansYears
    ? buckets.map((b, i) => [i, i === 0 ? b.period : b.start.slice(0, 4)]).filter(([i]) => i === 0 || buckets[i].start.slice(0, 4) !== buckets[i - 1].start.slice(0, 4))
    : buckets.map((b, i) => [i, b.period]).filter(([i]) => i % Math.max(1, Math.ceil(buckets.length / 6)) === 0);
  const kept = [];
  candidates.forEach(([i, text]) => { if (kept.length === 0 || i - kept[kept.length - 1][0] >= minGap) kept.push([i, text]); });
  return kept;
}

// A bar per period on a time axis: the API lists every period from the first match to the last,
// empty ones as zeros, so a quiet stretch shows as a gap and bars keep their place in time.
async function renderTimeline(state) {
  const box = $('timeline');
  box.replaceChildren();
  $('timeline-hint').textContent = 'Select an entity in the facets to see its tone over time.';
  $('timeline-hint').hidden = !!state.entity;
  if (!state.entity) return;
  const buckets = await api('/api/timeline', apiParams({ ...state, drill: state.drill.filter((d) => !d.endsWith(':' + state.entity)) },
    { entity: state.entity, interval: 'month' }));
  // Articles are counted when no comment matched (an archive of articles alone).
  const unit = buckets.some((b) => b.comments > 0) ? 'comments' : 'articles';
  const width = 300; const height = 160; const left = 30; const right = 6; const top = 18; const bottom = 30;
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'timeline-chart', role: 'img',
    'aria-label': unit[0].toUpperCase() + unit.slice(1) + ' per month and net stance toward ' + state.entity });
  const max = Math.max(1, ...buckets.map((b) => b[unit]));
  const plot = height - top - bottom;
  // a month is at most 24 units wide: one month alone is a bar, not a block
  const step = Math.min(24, (width - left - right) / Math.max(1, buckets.length));
  const gap = step > 4 ? 1 : 0;
  buckets.forEach((b, i) => {
    const h = plot * b[unit] / max;
    const stance = b.net_stance === undefined ? 0 : b.net_stance;
    const colour = stance <= -0.05 ? '#c0392b' : stance >= 0.05 ? '#1e8449' : '#7f8c8d';
    const bar = svg('rect', { x: left + i * step, y: top + plot - h, width: Math.max(0.5, step - gap), height: h, fill: colour,
      'data-period': b.period, 'data-count': b[unit] });
    const title = svg('title', {});
    title.textContent = b.period + ': ' + b[unit] + ' ' + unit + (b[unit] > 0 ? ', net stance ' + stance.toFixed(2) : '');
    bar.append(title);
    chart.append(bar);
  });
  const axis = svg('g', { class: 'axis', 'font-size': 10, fill: '#5d6675' });
  axis.append(svg('line', { x1: left, x2: width - right, y1: top + plot + 0.5, y2: top + plot + 0.5, stroke: '#5d6675' }));
  // about 44 units hold the widest label ("2016-W22"); the ones near the right edge end at their tick
  axisLabels(buckets, Math.ceil(44 / step)).forEach(([i, text]) => {
    const x = left + i * step;
    axis.append(svg('line', { x1: x, x2: x, y1: top + plot, y2: top + plot + 4, stroke: '#5d6675' }));
    const label = svg('text', { x, y: top + plot + 15, class: 'tick', 'text-anchor': x > width - 44 ? 'end' : 'start' });
    label.textContent = text;
    axis.append(label);
  });
  [[0, top + plot], [max, top + 4]].forEach(([value, y]) => {
    const label = svg('text', { x: left - 4, y, 'text-anchor': 'end', class: 'count-tick' });
    label.textContent = value.toLocaleString('en');
    axis.append(label);
  });
  const caption = svg('text', { x: left, y: 11, class: 'caption' });
  caption.textContent = buckets.length ? buckets[0].period + ' to ' + buckets[buckets.length - 1].period + ', ' + buckets.length + (buckets.length === 1 ? ' month' : ' months')
    : 'no dated ' + unit;
  axis.append(caption);
  chart.append(axis);
  box.append(chart, el('p', { class: 'hint' }, 'Bar height: ' + unit + ' per month, empty months as gaps; colour: net stance (red negative, green positive).'));
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
  const dims = api('/api/dimensions', new URLSearchParams()).then((all) => {
    ENTITY_DIMS = all.filter((d) => d.values === 'entities').map((d) => d.name);
    FACETS = all.filter((d) => d.on_page).map((d) => d.name);
    all.forEach((d) => DIM_LABELS.set(d.name, d.label));
  });
  const stats = api('/api/stats', new URLSearchParams())
    .then((s) => { if (s.documents > 0 && s.documents === s.articles) defaultScope = 'articles'; });
  Promise.allSettled([dims, stats]).finally(render); // the search itself reports what is wrong
});
