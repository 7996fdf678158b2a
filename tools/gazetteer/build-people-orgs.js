#!/usr/bin/env node
// Builds src/main/resources/org/voxpop/enrich/entity/people-orgs.tsv.gz: people and organisations
// with Wikidata QIDs, from sources whose licences allow shipping them (see SOURCES.md there).
//
// Usage (from the project root; Node.js 18+, git and npm on PATH):
//   node tools/gazetteer/build-people-orgs.js \
//     --reep GITDIR --partyfacts GITDIR --congress GITDIR --wikitrivia GITDIR --captainfact GITDIR
// Each GITDIR is a clone (bare or not) of the repository named below; the files are read with
// `git show COMMIT:path` at the pinned commit, so a newer clone gives the same output. The
// name-suggestion-index is fetched with `npm pack` at the pinned version. Same inputs give a
// byte-identical output: rows sorted by QID, no timestamp but BUILD_DATE.
//
// Columns written (as gazetteer.tsv.gz): id name type subtype aliases(|) rank
// rank: a prominence score on one rough scale for all sources (see the file header written below
// and SOURCES.md). People are on one scale: rank = 100 x (Wikidata sitelinks)^2 where a source gives
// sitelinks (Wikitrivia), and fixed ranks at the same scale for the US Congress rows, which have none,
// and for the CaptainFact politicians (one low rank for all: see CAPTAINFACT_RANK).
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'src/main/resources/org/voxpop/enrich/entity');
const BUILD_DATE = '2026-12-03';
const NSI = 'name-suggestion-index@8.0.20260918';
const REPOS = {
  reep: { name: 'withqwerty/reep', commit: '7693881aa71ee10671892e0c523401b868191b69' },
  partyfacts: { name: 'hdigital/partyfactsdata', commit: '764de8978f84ba41a1c88752d6a00b9a4d05f599' },
  // gh-pages build of main @ dfa9622263dd4c8d08636926e498f1845704d7eb (it has the JSON files)
  congress: { name: 'unitedstates/congress-legislators', commit: '61c9ce6a4b093e76e1244a53ada21d8d30981f42',
    main: 'dfa9622263dd4c8d08636926e498f1845704d7eb' },
  // Wikidata Query Service results checked in by the Wikitrivia game (content/queries/*/rows.json):
  // people and organisations with their Wikidata sitelink counts.
  wikitrivia: { name: 'tom-james-watson/wikitrivia', commit: '1f0099d3bb6bf153e08d94d16e82958cb1550299' },
  // CaptainFact's 2017 Wikidata export (CC0): politicians born after 1945 with a picture, their
  // native-language name (P1559), birth date and citizenship (Wikidata/data/*.csv, Wikidata/LICENSE).
  // Later commits of the repository no longer hold the CSV, so this first one is the one read.
  captainfact: { name: 'CaptainFact/captain-fact-dev-data', commit: '30ea5b826a61a37aa2f50be0aab2a31401be3107' },
};
// Football clubs need at least this many provider ids (Transfermarkt, FBref, UEFA, ...) in the
// register: one id alone is mostly amateur, youth and defunct clubs.
const MIN_CLUB_IDS = 2;

// One rank scale for people: 100 x sitelinks^2 (the number of Wikimedia sites with a page on the
// person, as Wikidata counts them). 100 sitelinks -> 1,000,000 ("well known": the loader may link a
// lone surname to such a person when the next one of that surname is far below); 200 -> 4,000,000
// (Thatcher, George H. W. Bush); 300 -> 9,000,000 (Reagan, Lincoln); 30 -> 90,000 (a minor ruler).
// The Congress rows (no sitelinks in that source) use fixed ranks at the sitelink-equivalent of the
// office: president 5,000,000 (~224), vice president 1,000,000 (100), senator 200,000+ (~45),
// representative 50,000+ (~22). When a person is in two sources the higher rank wins.
const sitelinkRank = n => 100 * n * n;
// CaptainFact's politicians have no sitelinks either, and most are minor (state legislators, members
// of parliament): one fixed rank of 20,000 (~14 sitelinks), under every Congress row and far under the
// 1,000,000 a lone surname needs, so "Romney" alone never links to one of them while "Mitt Romney" does,
// and a CaptainFact namesake never blocks the surname of a well-known person (who must rank 3 times higher).
const CAPTAINFACT_RANK = 20_000;
// Organisations with sitelinks (Wikitrivia) use the same formula, which lands them on the NSI scale
// (a worldwide brand with many NSI entries is capped at 2,000,000; Toyota with 151 sitelinks -> 2.3M).

// Wikitrivia query ids (content/queries/ID/rows.json) -> type and subtype. Lists of people are the
// most linked holders of an office (heads of state and government, monarchs), the best-known dead
// people of an occupation (120 each) and the best-known Nobel laureates (500); each lists at most
// 100-500 rows, ordered by sitelinks. Product lists (drinks, games, buildings, films) are not read.
const WIKITRIVIA_PEOPLE = [ // in order of precedence for the subtype of a person in several lists
  [/^(us|french|russian|brazilian|mexican|indonesian|south-korean)-presidents-taking-office$/, 'head of state'],
  [/^(uk|australian|canadian|indian|israeli|italian|japanese|new-zealand|spanish)-prime-ministers-taking-office$|^german-chancellors-taking-office$/, 'head of government'],
  [/-taking-office$|^famous-monarchs-death-year$/, 'monarch'], // kings, emperors, sultans, caliphs, shahs, pharaohs
  [/^famous-statespeople-death-year$/, 'politician'],
  [/^famous-revolutionaries-death-year$/, 'revolutionary'],
  [/^famous-religious-leaders-death-year$/, 'religious leader'],
  [/^famous-military-officers-death-year$/, 'military officer'],
  // occupations, the defining one first (Leonardo: painter before composer; Newton: scientist
  // before philosopher; Shakespeare: writer before actor)
  [/^famous-painters-death-year$/, 'painter'],
  [/^famous-composers-death-year$/, 'composer'],
  [/^famous-scientists-death-year$/, 'scientist'],
  [/^famous-inventors-death-year$/, 'inventor'],
  [/^famous-philosophers-death-year$/, 'philosopher'],
  [/^famous-explorers-death-year$/, 'explorer'],
  [/^famous-novelists-death-year$/, 'novelist'],
  [/^famous-writers-death-year$/, 'writer'],
  [/^famous-musicians-death-year$/, 'musician'],
  [/^famous-actors-death-year$/, 'actor'],
  [/^famous-football-players-death-year$/, 'footballer'],
  [/^famous-basketball-players-death-year$/, 'basketball player'],
  [/^famous-boxers-death-year$/, 'boxer'],
  [/^nobel-laureates-award-year$/, 'Nobel laureate'], // last: Einstein is a scientist first
];
const WIKITRIVIA_ORGS = {
  'brands-and-companies-founding-year': null, // subtype from the description; products left out
  'airlines-founding-year': 'airline',
  'newspapers-launch-year': 'news media',
  'tv-channels-launch-year': 'television channel',
  'radio-stations-launch-year': 'radio station',
  'restaurant-chains-founding-year': 'restaurant chain',
  'football-clubs-founding-year': 'football club',
  'rugby-clubs-founding-year': 'rugby club',
  'f1-teams-founding-year': 'motor racing team',
  'mlb-franchises-founding-year': 'sports club',
  'nba-franchises-founding-year': 'sports club',
  'nfl-franchises-founding-year': 'sports club',
  'nhl-franchises-founding-year': 'sports club',
};
// "brands and companies" mixes firms with products (Fanta, Rubik's Cube, ThinkPad): keep a row only
// if its Wikidata description names an organisation and not a product.
const ORGISH = /\b(company|corporation|manufacturer|maker|chain|retailer|record label|group|conglomerate|airline|bank|brewery|hospitality|publisher|producer|firm|operator|store|franchise|enterprise|agency|subsidiary|division|marque|business|multinational)\b/i;
const PRODUCT = /\b(drinks?|beverages?|cola|soda|lager|beer|whisky|vodka|gin|rum|wine|cigarettes?|tobacco|chocolate|candy|chips|snacks?|cereal|condiment|coffee|tea|device|series|shoes|model|puzzle|toys?|console|software|app|service|museum)\b/i;
// Precedence of person subtypes when one person comes from two sources (Congress says 'politician').
const PERSON_SUBTYPES = [...new Set(WIKITRIVIA_PEOPLE.map(([, st]) => st))];
const subtypeOrder = st => { const i = PERSON_SUBTYPES.indexOf(st); return i < 0 ? PERSON_SUBTYPES.length : i; };

// ---------------------------------------------------------------- helpers
function args() {
  const a = {};
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i += 2) {
    if (!v[i].startsWith('--') || v[i + 1] === undefined) usage();
    a[v[i].slice(2)] = v[i + 1];
  }
  for (const k of Object.keys(REPOS)) if (!a[k]) usage();
  return a;
}
function usage() {
  console.error('usage: node tools/gazetteer/build-people-orgs.js --reep GITDIR --partyfacts GITDIR'
    + ' --congress GITDIR --wikitrivia GITDIR --captainfact GITDIR   (clones of '
    + Object.values(REPOS).map(r => r.name).join(', ') + ')');
  process.exit(2);
}
function gitShow(dir, commit, file) {
  return execFileSync('git', ['-C', dir, 'show', `${commit}:${file}`],
    { maxBuffer: 1 << 30 }).toString('utf8');
}
function npmPack(spec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voxpop-po-'));
  const file = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir }).toString().trim()
    .split('\n').pop();
  execFileSync('tar', ['xzf', path.join(dir, file), '-C', dir]);
  return path.join(dir, 'package');
}
// RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
function parseCsv(text) {
  const rows = [];
  let row = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(f); f = ''; rows.push(row); row = [];
    } else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  const head = rows.shift();
  return rows.filter(r => r.length > 1 || r[0] !== '').map(r => {
    const o = {};
    head.forEach((h, i) => { o[h] = r[i] === undefined ? '' : r[i]; });
    return o;
  });
}
const clean = s => String(s || '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
const fold = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
// Latin script only (with digits and punctuation): the text voxpop reads is English.
const latin = s => /[A-Za-z]/.test(s) && !/[^\u0000-\u024F\u1E00-\u1EFF\u2010-\u2019\u00B7]/.test(s);
const qnum = id => Number(id.slice(1));

function readLines(file) {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
}

// ---------------------------------------------------------------- mechanical variants
const LEGAL = /,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|plc|PLC|P\.L\.C\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|L\.P\.|AG|SA|S\.A\.|S\.A\.U\.|SE|SpA|S\.p\.A\.|NV|N\.V\.|BV|B\.V\.|GmbH|AB|ASA|A\/S|Oyj|KGaA|Pty\.? Ltd\.?|S\.A\.B\. de C\.V\.)$/;
function companyVariants(name) {
  const out = [];
  let n = name;
  for (let i = 0; i < 2; i++) { // "Foo Holdings Co., Ltd." -> two suffixes at most
    const m = n.replace(LEGAL, '').trim();
    if (m === n) break;
    n = m.replace(/[,&]$/, '').trim();
    out.push(n);
  }
  if (/^The\s+\S/.test(name)) out.push(name.replace(/^The\s+/, ''));
  return out;
}
const CLUB_AFFIX = /^(F\.?C\.?|A\.?F\.?C\.?|C\.?F\.?|S\.?C\.?|A\.?C\.?|F\.?K\.?|S\.?K\.?|K\.?V\.?|R\.?C\.?|C\.?D\.?|S\.?S\.?|U\.?S\.?|A\.?S\.?|R\.?S\.?C\.?|V\.?f\.?B\.?|VfL|TSG|SV|BV|NK|HNK|GNK|PFC|CSKA)\s+|\s+(F\.?C\.?|A\.?F\.?C\.?|C\.?F\.?|S\.?C\.?|F\.?K\.?|S\.?K\.?|W\.?F\.?C\.?|Football Club|Club de Fútbol|Futebol Clube|Fútbol Club|Calcio)$/;
function clubVariants(name) {
  const out = [];
  if (/\bF\.C\.|A\.F\.C\./.test(name)) out.push(name.replace(/\bA\.F\.C\./, 'AFC').replace(/\bF\.C\./, 'FC'));
  let n = name;
  for (let i = 0; i < 2; i++) {
    const m = n.replace(CLUB_AFFIX, '').trim();
    if (m === n || !m) break;
    n = m;
    out.push(n);
  }
  return out;
}
const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/;
const INITIAL = /^[A-Z]\.?$/;
// Name particles stay with the surname: "Leonardo da Vinci", "Charles de Gaulle", "Chris Van Hollen".
const PARTICLE = /^(da|de|del|della|der|den|di|do|dos|du|la|le|van|von|zu|bin|ibn|bint|al|el|ben|y)$/i;
// Variants of a person's name: without a generational suffix ("Jr.") and without middle names and
// initials ("Ronald Wilson Reagan" -> "Ronald Reagan"). Options: initialsOnly drops only initials
// ("George H. W. Bush" -> "George Bush"), for sources whose names are already the common form and
// where a dropped full middle name could be half of an East Asian name ("Kim Il Sung"); regnal keeps
// roman numerals, which are regnal numbers there ("Frederick William III", "John Paul II").
function personVariants(name, opt = {}) {
  const out = [];
  const base = opt.regnal ? name.replace(/,?\s+(Jr\.?|Sr\.?)$/, '').trim() : name.replace(SUFFIX, '').trim();
  if (base !== name) out.push(base);
  const t = base.split(/\s+/);
  // Epithets and regnal numbers ("Catherine the Great", "William of Orange", "Louis XIV") are kept whole.
  if (t.length < 3 || t.some(w => /^(of|the|and)$/i.test(w) || /^[IVXLC]+$/.test(w))) return out;
  let i = t.length - 1;
  while (i > 1 && PARTICLE.test(t[i - 1])) i--;
  const middle = t.slice(1, i);
  if (opt.initialsOnly && !middle.every(w => INITIAL.test(w))) {
    const kept = [t[0], ...middle.filter(w => !INITIAL.test(w)), ...t.slice(i)].join(' ');
    if (kept !== base) out.push(kept);
  } else if (middle.length) {
    out.push([t[0], ...t.slice(i)].join(' ')); // drop middle names and initials
  }
  return out;
}

// A CaptainFact native-language name as news write it, or '' when it is unusable. The export was
// written through a lossy encoding: every character past U+00FF lost its high byte or turned into an
// unrelated letter ("Jørgensen" -> "Jĝrgensen", "Szydło" -> "SzydBo", "Lebœuf" -> "LebSuf", Cyrillic,
// Arabic and Japanese names into control characters and stray Latin-1 letters), as the picture file
// names of the same rows show. So a name is kept only if it is ASCII and Latin-1 letters, every word
// starts with a capital (or is a name particle), and a capital inside a word follows a known prefix
// ("McCain", "DeSantis", "LaHood"). A trailing disambiguation ("Gerd Krämer (Hessen)") is cut.
const CF_LETTERS = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF .'’-]*$/;
const CF_INNER_CAPITAL = /^(Mc|Mac|De|Des|Del|Di|Da|Du|La|Le|Lo|Van|Fitz)\p{Lu}\p{Ll}/u;
// Lower-case words of names beyond the shared particles: Catalan "i", Portuguese "e", "das",
// "des", "las", "delle", "vom", "von und zu", Scandinavian "af"/"av", Dutch "ter"/"ten"; and elided
// "d'"/"l'" before a capital ("d'Alema").
const CF_LOWER = /^(i|e|das|des|las|los|delle|degli|dei|vom|und|af|av|zum|zur|ter|ten)$|^[dl]['’]\p{Lu}/u;
function captainFactName(raw) {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(String(raw || ''))) return ''; // damaged, see above
  // A British peer is "Claire Tyler, Baroness Tyler of Enfield": news call her Claire Tyler (or by the
  // title, which is no name of hers alone); "Donald Payne junior" is Donald Payne Jr.
  let n = clean(raw).replace(/\s*\([^()]*\)$/, '').replace(/, (Baron|Baroness|Barwn|Lord|Lady) .*$/, '')
    .replace(/ junior$/, ' Jr.');
  const suffix = n.match(SUFFIX); // ", Jr." is the one comma a name may have
  if (suffix) n = n.slice(0, suffix.index).trim();
  if (!CF_LETTERS.test(n)) return '';
  for (const w of n.split(' ')) { // "Halla-aho": a hyphen's second part may be lower case
    if (!w || PARTICLE.test(w) || CF_LOWER.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    if (/\p{Ll}\p{Lu}/u.test(w) && !CF_INNER_CAPITAL.test(w)) return '';
  }
  return suffix ? `${n} ${suffix[1]}` : n;
}

// ---------------------------------------------------------------- classification (NSI)
const PLACE = /^(the |a |an )?([\w-]+ )?(city|town|village|hamlet|municipality|commune|county|district|borough|parish|province|prefecture|township|census-designated place|unincorporated community|human settlement|barangay|state|region|canton|oblast|raion|comune|gmina|ward|island|river|lake|mountain|national park|protected area|nature reserve|capital)\b(?! (council|government|administration|school|police|fire|transit|utilit))/i;
const SUBTYPES = [
  [/\bpolitical party\b/i, 'political party'],
  [/\b(united nations|speciali[sz]ed agency|intergovernmental|international organi[sz]ation)\b/i, 'international organisation'],
  [/\b(central bank|federal reserve)\b/i, 'central bank'],
  [/\b(bank|banking|credit union|savings and loan|sparkasse|building society)\b/i, 'bank'],
  [/\b(investment|brokerage|stockbroker|financial (services?|group|institution|company|conglomerate)|asset management|wealth management|insurance|insurer|payment)\b/i, 'financial company'],
  [/\b(university|college|polytechnic)\b/i, 'university'],
  [/\bschool (district|board|division)\b/i, 'school district'],
  [/\b(football club|soccer club|sports club|sports team)\b/i, 'sports club'],
  [/\b(telecommunications?|telecom|mobile (network|operator|phone)|internet service)\b/i, 'telecom company'],
  [/\b(automaker|car manufacturer|automotive|motor company|vehicle manufacturer)\b/i, 'car maker'],
  [/\bairline\b/i, 'airline'],
  [/\b(restaurant|fast food|coffee|café|cafe|pizza|bakery|food chain)\b/i, 'restaurant chain'],
  [/\b(hotel|motel|resort)\b/i, 'hotel chain'],
  [/\b(chain|retailer|retail|stores|supermarket|hypermarket|department store|pharmacy|franchise|dealer)\b/i, 'retail chain'],
  [/\b(newspaper|broadcaster|broadcasting|television|radio|news agency|news media|media company)\b/i, 'news media'],
  [/\b(ministry|government (agency|department|body|organi[sz]ation)|agency|authority|police|fire (service|department|brigade)|public body|armed forces|army|navy|coast guard|post(al)? service|postal|council|local government|administration|department of|federal|government)\b/i, 'government agency'],
  [/\b(hospital|health ?care|clinic)\b/i, 'healthcare organisation'],
  [/\b(railway|railroad|rail operator|train operating|transit|transport|bus (company|operator)|ferry|metro|logistics|courier|shipping)\b/i, 'transport company'],
  [/\b(utility|utilities|energy|electric|electricity|power (company|utility|producer)|natural gas|oil|petroleum|water (company|supply|utility)|grid operator|transmission system operator|nuclear)\b/i, 'energy company'],
  [/\b(non-?profit|charity|charitable|foundation|non-governmental|ngo|association|society|trust|union|cooperative|co-operative)\b/i, 'nonprofit'],
  [/\b(company|corporation|manufacturer|business|enterprise|conglomerate|firm|group|multinational|subsidiary|producer|maker|provider|operator|holding|publisher|shop)\b/i, 'company'],
  [/\bbrand\b/i, 'brand'],
];
function nsiSubtype(desc, cats) {
  for (const [re, st] of SUBTYPES) if (re.test(desc)) return st;
  if (cats.some(c => c.startsWith('brands/amenity/bank'))) return 'bank';
  if (cats.some(c => c.startsWith('brands/shop/'))) return 'retail chain';
  if (cats.some(c => c.startsWith('operators/'))) return 'operator';
  return 'company';
}

// ---------------------------------------------------------------- main
function main() {
  const a = args();
  const src = {};
  for (const [k, r] of Object.entries(REPOS)) src[k] = f => gitShow(a[k], r.commit, f);
  const nsiDir = npmPack(NSI);

  const common = new Set(readLines(path.join(OUT, 'common-words.txt.gz')));
  const given = new Set(readLines(path.join(OUT, 'given-names.txt.gz')).map(s => s.toLowerCase()));
  // Ids and location names already in the gazetteer and the curated layer.
  const taken = new Map(); // id -> name
  const placeNames = new Set();
  for (const l of readLines(path.join(OUT, 'gazetteer.tsv.gz'))) {
    if (l.startsWith('#')) continue;
    const f = l.split('\t');
    taken.set(f[0], f[1]);
    if (f[2] === 'LOCATION') for (const n of [f[1], ...f[4].split('|')]) if (n) placeNames.add(fold(n));
  }
  const newsSlugs = [];
  for (const l of fs.readFileSync(path.join(OUT, 'news-layer.tsv'), 'utf8').split('\n')) {
    if (!l || l.startsWith('#')) continue;
    const f = l.split('\t');
    taken.set(f[0], f[1]);
    if (f[2] === 'LOCATION') for (const n of [f[1], ...(f[4] || '').split('|')]) if (n) placeNames.add(fold(n));
    if (f[0].startsWith('slug:') && /PERSON|ORGANIZATION|GROUP/.test(f[2])) {
      newsSlugs.push({ id: f[0], names: [f[1], ...(f[4] || '').split('|')].filter(Boolean) });
    }
  }

  const ents = new Map(); // qid -> {id,name,type,subtype,aliases:[],rank,top,src}
  const stats = { skippedTaken: [], droppedPlace: 0, droppedCommon: 0, droppedShort: 0 };
  function put(e) {
    if (!/^Q\d+$/.test(e.id)) return;
    if (taken.has(e.id)) { stats.skippedTaken.push(`${e.id} ${e.name} (${e.src}; have: ${taken.get(e.id)})`); return; }
    const o = ents.get(e.id);
    if (!o) { ents.set(e.id, e); return; }
    // Seen in two sources: keep the first name and type, pool the aliases, keep the higher rank.
    o.aliases.push(e.name, ...e.aliases);
    if (o.type === 'PERSON' && e.type === 'PERSON' && subtypeOrder(e.subtype) < subtypeOrder(o.subtype)) {
      o.subtype = e.subtype;
    }
    o.rank = Math.max(o.rank, e.rank);
    o.top = o.top || e.top;
    o.src += '+' + e.src;
  }

  // -- name-suggestion-index: brands and operators (companies, banks, chains, public bodies)
  {
    const nsi = JSON.parse(fs.readFileSync(path.join(nsiDir, 'dist/json/nsi.json'))).nsi;
    const wd = JSON.parse(fs.readFileSync(path.join(nsiDir, 'dist/wikidata/wikidata.json'))).wikidata;
    const acc = new Map();
    for (const cat of Object.keys(nsi).sort()) {
      for (const it of nsi[cat].items) {
        const t = it.tags || {};
        for (const role of ['brand', 'operator']) {
          const q = t[role + ':wikidata'];
          if (!q || !/^Q\d+$/.test(q)) continue;
          const x = acc.get(q) || { cats: new Set(), items: 0, world: false, names: [], short: new Set() };
          x.cats.add(cat);
          x.items++;
          if ((it.locationSet && it.locationSet.include || []).includes('001')) x.world = true;
          x.names.push(...[t[role], t[role + ':en'], t[role === 'brand' ? 'short_name' : 'operator:short']]
            .filter(Boolean));
          if (t[role + ':short']) x.short.add(t[role + ':short']);
          acc.set(q, x);
        }
      }
    }
    for (const q of [...acc.keys()].sort((x, y) => qnum(x) - qnum(y))) {
      const x = acc.get(q), w = wd[q] || {};
      const label = clean(w.label);
      const desc = clean(w.description);
      if (!label || !latin(label)) continue;
      if (PLACE.test(desc) || /\bflag\b/i.test(desc)) continue;
      const cats = [...x.cats];
      const subtype = nsiSubtype(desc, cats);
      const rank = Math.min(2_000_000, 2000 * x.items * (x.world ? 5 : 1));
      // NSI entries often carry a sub-brand under the parent's QID ("NIO Power Swap"): keep a
      // name only if it is the label, part of it or contains it, or is an acronym or short form.
      const lw = ` ${fold(label)} `;
      const aliases = x.names.map(clean).filter(latin).filter(n => {
        const nw = ` ${fold(n)} `;
        return lw.includes(nw) || nw.includes(lw) || /^[A-Z0-9&.\-]{2,6}$/.test(n) || x.short.has(n);
      });
      for (const n of [label, ...aliases]) aliases.push(...companyVariants(n));
      put({ id: q, name: label, type: 'ORGANIZATION', subtype, aliases, rank,
        top: x.world || x.items >= 20, src: 'nsi' });
    }
  }

  // -- Reep football register: clubs and national teams
  {
    const rows = parseCsv(src.reep('data/teams.csv'));
    for (const r of rows) {
      const q = r.key_wikidata, name = clean(r.name);
      if (!q || !name) continue;
      const ids = Object.keys(r).filter(k => k.startsWith('key_') && k !== 'key_wikidata' && r[k]).length;
      if (ids < MIN_CLUB_IDS) continue;
      let subtype = 'football club';
      if (/\bnational\b.*\bteam\b/i.test(name)) subtype = 'national football team';
      else if (/\b(women|ladies|femenino|féminin|feminino|frauen|damen|W\.?F\.?C\.?)\b/i.test(name)) subtype = "women's football club";
      else if (/\b(U-?\d\d|Under[- ]\d\d|reserves?|youth|academy|II|B)$/i.test(name) || /\bII\b|\bB\b/.test(name)) subtype = 'football club (reserve or youth)';
      const rank = 2000 * ids * ids;
      put({ id: q, name, type: 'ORGANIZATION', subtype, aliases: clubVariants(name), rank,
        top: ids >= 8, src: 'reep' });
    }
  }

  // -- Party Facts: political parties with Wikidata ids, vote share from the core table
  {
    const share = new Map(), english = new Map(), other = new Map();
    for (const r of parseCsv(src.partyfacts('import/elecglob/partyfacts-core-parties.csv'))) {
      share.set(r.partyfacts_id, Number(r.share) || 0);
      english.set(r.partyfacts_id, r.name_english);
      other.set(r.partyfacts_id, r.name);
    }
    const byQ = new Map();
    for (const r of parseCsv(src.partyfacts('import/wikipedia/wikidata.csv'))) {
      if (!/^Q\d+$/.test(r.wikidata_id)) continue;
      const x = byQ.get(r.wikidata_id) || { name: clean(r.name), share: 0, aliases: [] };
      x.share = Math.max(x.share, share.get(r.partyfacts_id) || 0);
      x.aliases.push(r.name, r.name_short, r.name_native,
        ...(english.get(r.partyfacts_id) || '').split(' / '), other.get(r.partyfacts_id) || '');
      byQ.set(r.wikidata_id, x);
    }
    for (const [q, x] of byQ) {
      if (!x.name) continue;
      const aliases = x.aliases.map(clean).filter(s => s && latin(s))
        .map(s => s.replace(/\s*\((Dutch|French|German|Spanish|English)\)$/, ''));
      put({ id: q, name: x.name, type: 'ORGANIZATION', subtype: 'political party', aliases,
        rank: Math.round(1000 + 20000 * x.share), top: x.share >= 15, src: 'partyfacts' });
    }
  }

  // -- US Congress (current members) and the executive (presidents, vice presidents)
  {
    const people = [
      ...JSON.parse(src.congress('legislators-current.json')),
      ...JSON.parse(src.congress('executive.json')),
    ];
    for (const p of people) {
      const q = p.id && p.id.wikidata;
      if (!q) continue;
      const n = p.name || {};
      const first = n.first || '', last = n.last || '';
      const full = clean(n.official_full || `${first} ${n.middle || ''} ${last} ${n.suffix || ''}`);
      const types = new Set(p.terms.map(t => t.type));
      let subtype = 'politician', rank = 0;
      if (types.has('prez')) { subtype = 'head of state'; rank = 5_000_000; }
      else if (types.has('viceprez')) rank = 1_000_000;
      else if (types.has('sen')) rank = 200_000 + 10_000 * p.terms.filter(t => t.type === 'sen').length;
      else rank = 50_000 + 5_000 * p.terms.length;
      const aliases = [`${first} ${last}`, `${first} ${n.middle || ''} ${last}`];
      if (n.nickname) aliases.push(`${n.nickname} ${last}`);
      if (n.suffix) aliases.push(`${first} ${last} ${n.suffix}`);
      for (const s of [full, ...aliases]) aliases.push(...personVariants(clean(s)));
      put({ id: q, name: full, type: 'PERSON', subtype, aliases: aliases.map(clean), rank,
        top: rank >= 200_000, src: 'congress' });
    }
  }

  // -- Wikitrivia: Wikidata query results with sitelink counts (people and organisations)
  {
    const ids = src.wikitrivia('content/queries/').split('\n').filter(l => /^[a-z0-9-]+\/$/.test(l))
      .map(l => l.slice(0, -1)).sort();
    const people = [];
    for (const [re, st] of WIKITRIVIA_PEOPLE) {
      if (!ids.some(id => re.test(id))) throw new Error(`wikitrivia: no query matches ${re} at the pinned commit`);
      for (const id of ids) {
        if (!re.test(id) || people.some(p => p.id === id)) continue;
        people.push({ id, subtype: st });
      }
    }
    const lists = [...people.map(p => ({ ...p, type: 'PERSON' })),
      ...Object.entries(WIKITRIVIA_ORGS).map(([id, subtype]) => ({ id, subtype, type: 'ORGANIZATION' }))];
    stats.wikitrivia = { rows: 0, people: 0, orgs: 0, products: 0, oneWord: 0, label: 0 };
    for (const l of lists) {
      if (!ids.includes(l.id)) throw new Error(`wikitrivia: no query ${l.id} at the pinned commit`);
      for (const r of JSON.parse(src.wikitrivia(`content/queries/${l.id}/rows.json`))) {
        stats.wikitrivia.rows++;
        const q = String(r.item || '').replace('http://www.wikidata.org/entity/', '');
        const name = clean(r.itemLabel);
        const links = Number(r.sitelinks) || 0;
        // Labels that fell back to the QID, or that are not in Latin script, are of no use here.
        if (!/^Q\d+$/.test(q) || !name || /^Q\d+$/.test(name) || !latin(name)) { stats.wikitrivia.label++; continue; }
        // A one-word name that is a common word or a given name ("Subway", "Lions", "Victoria"), or a
        // person's one-word name that is a place name, is left out; a given name is kept for the very
        // best known (200+ sitelinks: Aristotle, Augustus, Virgil), whom a lone mention usually means.
        const k = fold(name);
        if (!/\s/.test(name) && (common.has(k) || (l.type === 'PERSON' && placeNames.has(k))
            || (given.has(k) && links < 200))) {
          stats.wikitrivia.oneWord++; continue;
        }
        let subtype = l.subtype;
        if (l.type === 'ORGANIZATION' && subtype === null) {
          const desc = clean(r.description);
          if (!ORGISH.test(desc) || PRODUCT.test(desc)) { stats.wikitrivia.products++; continue; }
          subtype = SUBTYPES.find(([re]) => re.test(desc));
          subtype = subtype ? subtype[1] : 'company';
        }
        const aliases = l.type === 'PERSON' ? personVariants(name, { initialsOnly: true, regnal: true })
          : /club|team/.test(subtype) ? clubVariants(name) : companyVariants(name);
        put({ id: q, name, type: l.type, subtype, aliases, rank: sitelinkRank(links),
          top: links >= 100, src: 'wikitrivia' });
        stats.wikitrivia[l.type === 'PERSON' ? 'people' : 'orgs']++;
      }
    }
  }

  // -- CaptainFact: Wikidata politicians born after 1945 (read last: a person another source has keeps that row)
  {
    const st = stats.captainfact = { rows: 0, badRow: 0, badName: 0, oneWord: 0, place: 0, known: 0, people: 0 };
    const byQ = new Map(); // qid -> valid names, in file order
    for (const r of parseCsv(src.captainfact('Wikidata/data/politicians_born_after_1945_having_a_picture.csv'))) {
      st.rows++;
      const q = String(r.politician || '').replace('http://www.wikidata.org/entity/', '');
      // Where the lossy encoding (see captainFactName) turned a byte of a name into a line break, a quote
      // or a comma ("Petr Nečas" broke after "Petr Ne"), the row's columns shifted: such rows are known
      // by a birth date or country code out of place, or a value in the unnamed trailing columns.
      if (!/^Q\d+$/.test(q) || !/^\d{4}-\d\d-\d\dT/.test(r.date_of_birth) || !/^[A-Z]{2}$/.test(r.country)
          || r[''] !== '') { st.badRow++; continue; }
      const name = captainFactName(r.name_in_native_language);
      if (!name) { st.badName++; continue; }
      if (!byQ.has(q)) byQ.set(q, []);
      byQ.get(q).push(name);
    }
    for (const q of [...byQ.keys()].sort((x, y) => qnum(x) - qnum(y))) {
      const names = [...new Set(byQ.get(q))];
      const name = names[0];
      // A one-word name would link a lone word to a minor politician; a full name that is also a
      // place's name would shadow the place.
      if (!/\s/.test(name)) { st.oneWord++; continue; }
      if (placeNames.has(fold(name))) { st.place++; continue; }
      // Another source's row (Congress, Wikitrivia) has a better rank and its names are the common form.
      if (ents.has(q)) { st.known++; continue; }
      const aliases = [...names.slice(1)];
      // Native names are often the full civil name ("Emmanuel Jean-Michel Frédéric Macron"): the
      // variants without middle names and initials are the ones news use, as for Congress.
      for (const n of names) aliases.push(...personVariants(n));
      const before = stats.skippedTaken.length;
      put({ id: q, name, type: 'PERSON', subtype: 'politician', aliases, rank: CAPTAINFACT_RANK,
        top: false, src: 'captainfact' });
      if (stats.skippedTaken.length === before) st.people++;
    }
  }

  // -- filter names, write
  const rows = [];
  for (const e of [...ents.values()].sort((x, y) => qnum(x.id) - qnum(y.id))) {
    const seen = new Set([fold(e.name)]);
    const keep = [];
    for (const raw of e.aliases) {
      const a = clean(raw);
      const k = fold(a);
      if (!a || seen.has(k)) continue;
      seen.add(k);
      if (a.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) { stats.droppedShort++; continue; }
      const oneWord = !/\s/.test(a);
      // A well-known holder keeps a longer one ("Arsenal" for Arsenal F.C.), not "Lab" or "Con".
      if (oneWord && (common.has(k) || (e.type === 'PERSON' && given.has(k)))
          && !(e.top && a.length >= 5)) {
        stats.droppedCommon++; continue;
      }
      // A short form that is also a place name would shadow the place ("Liverpool" for
      // Liverpool F.C.); the full name still matches.
      if (placeNames.has(k)) { stats.droppedPlace++; continue; }
      keep.push(a);
    }
    if (e.name.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) continue;
    keep.sort();
    rows.push([e.id, e.name, e.type, e.subtype, keep.join('|'), String(e.rank)].join('\t'));
  }
  const header = [
    `# voxpop people and organisations, generated by tools/gazetteer/build-people-orgs.js on ${BUILD_DATE}`,
    `# sources: ${NSI} (BSD-3-Clause, data from Wikidata CC0); `
      + Object.values(REPOS).map(r => `${r.name}@${r.commit}`).join('; ')
      + ' (licences in LICENSE-*.txt beside this file; see SOURCES.md)',
    '# rank: prominence on one rough scale, like a population. People: 100*sitelinks^2 where the source gives'
      + ' Wikidata sitelinks (Wikitrivia), so 100 sitelinks = 1,000,000 = well known (Reagan 304 -> 9,241,600;'
      + ' Thatcher 207 -> 4,284,900; Kohl 128 -> 1,638,400); US Congress rows at fixed ranks on the same scale'
      + ' (president 5,000,000; vice president 1,000,000; senator 200,000+10,000/term; representative'
      + ' 50,000+5,000/term); CaptainFact politicians (Wikidata, born after 1945) at a fixed 20,000, under the'
      + ' surname threshold; a person in two sources keeps the higher rank.',
    '# Organisations: party 1000+20000*best vote share %; club 2000*(provider ids)^2; brand/operator 2000*NSI'
      + ' entries, x5 if worldwide, at most 2,000,000; Wikitrivia companies, airlines, media, teams 100*sitelinks^2.',
    '# id\tname\ttype\tsubtype\taliases(|)\trank',
  ];
  const text = header.join('\n') + '\n' + rows.join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, 'people-orgs.tsv.gz'), zlib.gzipSync(Buffer.from(text), { level: 9 }));

  // licence files of the sources
  fs.copyFileSync(path.join(nsiDir, 'LICENSE.md'), path.join(OUT, 'LICENSE-name-suggestion-index.txt'));
  fs.writeFileSync(path.join(OUT, 'LICENSE-reep-CC0.txt'), src.reep('LICENSE'));
  fs.writeFileSync(path.join(OUT, 'LICENSE-partyfacts.txt'), src.partyfacts('LICENSE.md'));
  fs.writeFileSync(path.join(OUT, 'LICENSE-congress-legislators-CC0.txt'),
    gitShow(a.congress, REPOS.congress.main, 'LICENSE'));
  fs.writeFileSync(path.join(OUT, 'LICENSE-wikitrivia.txt'), src.wikitrivia('LICENSE.md'));
  fs.writeFileSync(path.join(OUT, 'LICENSE-captainfact-wikidata-CC0.txt'), src.captainfact('Wikidata/LICENSE'));

  // report
  const count = {};
  for (const r of rows) { const f = r.split('\t'); const k = f[2] + ' / ' + f[3]; count[k] = (count[k] || 0) + 1; }
  console.log(`rows: ${rows.length}`);
  for (const k of Object.keys(count).sort()) console.log(`  ${k}: ${count[k]}`);
  console.log(`aliases dropped: ${stats.droppedShort} too short, ${stats.droppedCommon} common word or given name,`
    + ` ${stats.droppedPlace} place names`);
  const w = stats.wikitrivia;
  console.log(`wikitrivia: ${w.rows} rows read, ${w.people} person and ${w.orgs} organisation rows taken;`
    + ` left out: ${w.products} products, ${w.oneWord} one-word common names, ${w.label} without a usable label`);
  const c = stats.captainfact;
  console.log(`captainfact: ${c.rows} rows read, ${c.people} people taken; left out: ${c.badRow} rows with shifted`
    + ` columns, ${c.badName} rows whose name is damaged or not in Latin script, ${c.oneWord} one-word names,`
    + ` ${c.place} place names, ${c.known} people another source has`);
  console.log(`skipped, id already in gazetteer/news layer: ${stats.skippedTaken.length}`);
  for (const s of stats.skippedTaken) console.log('  ' + s);
  // News-layer slug entries whose name matches one of ours: candidates for a QID.
  const byName = new Map();
  for (const r of rows) {
    const f = r.split('\t');
    for (const n of [f[1], ...f[4].split('|')]) if (n) {
      const k = fold(n);
      if (!byName.has(k)) byName.set(k, new Set());
      byName.get(k).add(`${f[0]} ${f[1]}`);
    }
  }
  console.log('news-layer slugs that could take a QID (same name here):');
  for (const s of newsSlugs) {
    const hits = new Set();
    for (const n of s.names) for (const h of byName.get(fold(n)) || []) hits.add(h);
    if (hits.size) console.log(`  ${s.id} -> ${[...hits].join(' ; ')}`);
  }
}

main();
