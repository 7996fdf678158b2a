#!/usr/bin/env node
// Checks people-orgs.tsv.gz: six columns, known types, QIDs sorted and unique, no id that
// gazetteer.tsv.gz or news-layer.tsv already has, integer ranks, no name of 2 characters or fewer;
// people ranks on the one sitelink scale (100 x sitelinks^2, so at most 25,000,000 = 500 sitelinks),
// a few well-known people present with a "well-known" rank (1,000,000+), a few CaptainFact-only
// politicians present below it (so that their surname alone never links), and the licence file of
// every source beside the file.
// Usage: node tools/gazetteer/check-people-orgs.js   (exit 1 on the first kind of problem found)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIR = path.resolve(__dirname, '..', '..', 'src/main/resources/org/voxpop/enrich/entity');
const TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'GROUP', 'EVENT', 'OTHER']);
const lines = f => zlib.gunzipSync(fs.readFileSync(path.join(DIR, f))).toString('utf8').split('\n');

const taken = new Set();
for (const l of lines('gazetteer.tsv.gz')) if (l && !l.startsWith('#')) taken.add(l.split('\t')[0]);
for (const l of fs.readFileSync(path.join(DIR, 'news-layer.tsv'), 'utf8').split('\n')) {
  if (l && !l.startsWith('#')) taken.add(l.split('\t')[0]);
}
const problems = [];
const LICENCES = ['LICENSE-name-suggestion-index.txt', 'LICENSE-reep-CC0.txt', 'LICENSE-partyfacts.txt',
  'LICENSE-congress-legislators-CC0.txt', 'LICENSE-wikitrivia.txt', 'LICENSE-captainfact-wikidata-CC0.txt'];
for (const f of LICENCES) if (!fs.existsSync(path.join(DIR, f))) problems.push(`missing licence file ${f}`);
// Regression guard: these must be here, as PERSON, ranked as well known.
const WELL_KNOWN = { Q9960: 'Ronald Reagan', Q23505: 'George H. W. Bush', Q7416: 'Margaret Thatcher',
  Q2518: 'Helmut Kohl', Q30487: 'Mikhail Gorbachev' };
// From CaptainFact only: present, as PERSON, at its fixed rank under the surname threshold.
const MINOR = { Q4496: 'Mitt Romney', Q438465: 'Michel Barnier' };
const seen = new Map();
let prev = 0, n = 0;
const count = {};
for (const l of lines('people-orgs.tsv.gz')) {
  if (!l || l.startsWith('#')) continue;
  n++;
  const f = l.split('\t');
  const where = `line ${n}: ${l.slice(0, 80)}`;
  if (f.length !== 6) { problems.push(`${where}: ${f.length} columns`); continue; }
  const [id, name, type, subtype, aliases, rank] = f;
  if (!/^Q\d+$/.test(id)) problems.push(`${where}: id is not a QID`);
  const q = Number(id.slice(1));
  if (q <= prev) problems.push(`${where}: ids not sorted or duplicated`);
  prev = q;
  if (taken.has(id)) problems.push(`${where}: id already in gazetteer or news layer`);
  if (!TYPES.has(type)) problems.push(`${where}: type ${type}`);
  if (!subtype) problems.push(`${where}: no subtype`);
  if (!/^\d+$/.test(rank)) problems.push(`${where}: rank ${rank}`);
  for (const a of [name, ...aliases.split('|').filter(Boolean)]) {
    if (a.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) problems.push(`${where}: short name "${a}"`);
    if (a !== a.trim()) problems.push(`${where}: untrimmed name "${a}"`);
  }
  if (type === 'PERSON' && Number(rank) > 25_000_000) problems.push(`${where}: person rank above the sitelink scale`);
  if (WELL_KNOWN[id] || MINOR[id]) seen.set(id, { name, type, rank: Number(rank) });
  count[type] = (count[type] || 0) + 1;
}
for (const [id, name] of Object.entries(WELL_KNOWN)) {
  const e = seen.get(id);
  if (!e) problems.push(`${id} ${name}: missing`);
  else if (e.type !== 'PERSON' || e.rank < 1_000_000) problems.push(`${id} ${name}: ${e.type} rank ${e.rank}`);
}
for (const [id, name] of Object.entries(MINOR)) {
  const e = seen.get(id);
  if (!e) problems.push(`${id} ${name}: missing`);
  else if (e.type !== 'PERSON' || e.rank >= 1_000_000) problems.push(`${id} ${name}: ${e.type} rank ${e.rank}`);
}
console.log(`${n} rows`, count);
if (problems.length) {
  console.log(problems.slice(0, 50).join('\n'));
  console.log(`${problems.length} problems`);
  process.exit(1);
}
console.log('people-orgs.tsv.gz: ok');
