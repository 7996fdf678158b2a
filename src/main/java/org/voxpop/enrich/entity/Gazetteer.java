package org.voxpop.enrich.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

// Over 500 lines: loading the layered files and answering look-ups (names, tries, surnames,
// token views) share one set of indexes built at load; the look-up caches are candidates to move
// out (issue 18).
/**
 * An immutable, thread-safe dictionary of canonical entities and all their names, with a token trie
 * for matching and a deletion index for misspellings.
 *
 * <p>The default gazetteer is the generated layers ({@code gazetteer.tsv.gz}: countries from
 * countries-list and i18n-iso-countries, cities of 15,000+ people from GeoNames; then {@code
 * people-orgs.tsv.gz}: people and organisations with Wikidata ids) under the curated news layer
 * ({@code news-layer.tsv}). {@link #withOverrides(Path)} adds a newsroom's own file on top, in the
 * same format as the news layer: a TSV with the columns {@code id name type subtype aliases
 * demonyms replaces} (lists separated by {@code |}, lines starting with {@code #} ignored), or a
 * JSON array of objects with those keys (lists as arrays). A row with an existing id merges into
 * that entity: its names are added and its non-empty name, type and subtype win. "replaces" folds
 * other entities into this one (their ids redirect here).
 */
public final class Gazetteer {

  static final String RESOURCE_DIR = "/org/voxpop/enrich/entity/";
  private static final String VERSION = "2026.12-1";

  /** How a name relates to its entity. */
  enum Kind {
    NAME,
    ALIAS,
    DEMONYM
  }

  /** One name of one entity, as stored in the trie. */
  record Entry(
      Entity entity,
      String form,
      Kind kind,
      int priority,
      long rank,
      boolean exactCase,
      boolean ambiguousShortForm,
      boolean commonWord,
      int tokenCount,
      String key) {

    boolean better(Entry o) {
      return o == null || priority > o.priority || (priority == o.priority && rank > o.rank);
    }
  }

  /** A node of the token trie. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    List<Entry> entries = List.of();
  }

  private static final class Draft {
    String id;
    String name;
    EntityType type;
    String subtype;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final LinkedHashSet<String> demonyms = new LinkedHashSet<>();
    int priority;
    long rank;
  }

  private static volatile Gazetteer defaultInstance;

  private final List<Draft> drafts;
  private final Map<String, String> redirects;
  private final String version;
  private final Map<String, Entity> byId;
  private final Map<String, List<Entry>> byKey;
  private final Node root = new Node();
  // Arabic place names by their romanised pieces (Text#romanisedPieces): a second trie, walked only
  // from capitalised tokens, so that "Saraqeb" finds GeoNames' "Sarāqib".
  private final Node romanRoot = new Node();
  private final Map<String, List<Entry>> byRomanisedKey = new HashMap<>();
  // Built on first use: most of the load time would otherwise go to an index that only
  // misspelt capitalised words consult.
  private final List<Entry> fuzzyTargets = new ArrayList<>();
  private volatile Map<String, List<Entry>> deletions;
  private volatile Map<String, List<Entry>> surnames;

  /**
   * Least rank for a surname alone to name a person: the people layer's 1,000,000, about 100
   * Wikipedia editions with an article on the person (its rank is 100 times the square).
   */
  static final long MIN_WELL_KNOWN_RANK = 1_000_000;

  static final long SURNAME_DOMINANCE = 3;
  private final Set<String> givenNames;
  private final Set<String> commonWords;
  private final int nameCount;

  private Gazetteer(
      List<Draft> drafts,
      Map<String, String> redirects,
      String version,
      Set<String> givenNames,
      Set<String> commonWords) {
    this.drafts = drafts;
    this.redirects = Map.copyOf(redirects);
    this.version = version;
    this.givenNames = givenNames;
    this.commonWords = commonWords;
    Map<String, Entity> ids = new HashMap<>(drafts.size() * 2);
    Map<String, List<Entry>> keys = new HashMap<>(drafts.size() * 4);
    for (Draft d : drafts) {
      List<String> all = new ArrayList<>(d.aliases);
      all.addAll(d.demonyms);
      all.remove(d.name);
      Entity e = new Entity(d.id, d.name, d.type, d.subtype, all);
      ids.put(d.id, e);
      add(keys, e, d.name, Kind.NAME, d);
      for (String a : d.aliases) {
        add(keys, e, a, Kind.ALIAS, d);
      }
      for (String a : d.demonyms) {
        add(keys, e, a, Kind.DEMONYM, d);
      }
    }
    this.byId = ids;
    this.byKey = keys;
    this.nameCount = keys.size();
  }

  private void add(Map<String, List<Entry>> keys, Entity e, String form, Kind kind, Draft d) {
    List<String> toks = Text.nameTokens(form);
    if (toks.isEmpty()) {
      return;
    }
    String letters = Text.letters(form);
    // Short forms match only as written ("US", not "us"), also inside longer names: "IS group"
    // is not "is group".
    boolean exact = letters.length() <= 3 || hasShoutedShortWord(form);
    String lower = letters.toLowerCase(Locale.ROOT);
    boolean ambiguous = exact && commonWords.contains(lower);
    boolean common = toks.size() == 1 && commonWords.contains(toks.get(0));
    String key = String.join(" ", toks);
    Entry entry =
        new Entry(e, form, kind, d.priority, d.rank, exact, ambiguous, common, toks.size(), key);
    if (!file(keys, root, toks, entry)) {
      return;
    }
    if (e.type() == EntityType.LOCATION && ARAB_PLACE.matcher(d.id).matches()) {
      List<String> rp = Text.romanisedPieces(form);
      addRomanised(rp, entry);
      if (rp.size() > 1 && rp.get(0).equals("al")) {
        addRomanised(rp.subList(1, rp.size()), entry); // "Al Mayādīn" is "Mayadeen" too
      }
    }
    // Only well-known names are worth guessing from a misspelling (countries, curated names,
    // cities of a million): smaller towns would turn unknown names and typos into places.
    if (toks.size() == 1
        && !exact
        && !common
        && lower.length() >= 5
        && (e.type() == EntityType.LOCATION || e.type() == EntityType.GROUP)
        && (d.priority >= 2 || d.rank >= 1_000_000)) {
      fuzzyTargets.add(entry);
    }
  }

  /**
   * Generated places (GeoNames cities and regions, {@code slug:name-cc}) of the countries whose
   * place names English writes from Arabic.
   */
  private static final java.util.regex.Pattern ARAB_PLACE =
      java.util.regex.Pattern.compile(
          "slug:.+-(ae|bh|dz|eg|iq|jo|kw|lb|ly|ma|om|ps|qa|sa|sd|sy|tn|ye)(-region)?");

  private void addRomanised(List<String> pieces, Entry entry) {
    int letters = 0;
    for (String p : pieces) {
      letters += p.length();
    }
    if (romanisable(pieces, letters)) {
      file(byRomanisedKey, romanRoot, pieces, entry);
    }
  }

  /**
   * Files an entry under its pieces, in the map by their key and at the end of their path in the
   * trie, best entry first.
   *
   * @return false, and nothing filed, when the key already holds that name of that entity
   */
  private static boolean file(
      Map<String, List<Entry>> keys, Node root, List<String> pieces, Entry entry) {
    List<Entry> list = keys.computeIfAbsent(String.join(" ", pieces), k -> new ArrayList<>(1));
    for (Entry x : list) {
      if (x.entity() == entry.entity() && x.form().equals(entry.form())) {
        return false;
      }
    }
    list.add(entry);
    list.sort((a, b) -> a.better(b) ? -1 : b.better(a) ? 1 : 0);
    Node n = root;
    for (String p : pieces) {
      n = n.next.computeIfAbsent(p, k -> new Node());
    }
    n.entries = list;
    return true;
  }

  private boolean ordinaryWord(String norm) {
    return commonWords.contains(norm) || givenNames.contains(norm);
  }

  /** Fewest letters of a romanised key of one word, and of several. */
  private static final int MIN_ROMANISED_WORD = 7;

  private static final int MIN_ROMANISED_NAME = 5;

  /**
   * Whether a romanised key may name a place. One folded word of a few letters meets too many
   * surnames ("Qassem" and Al-Qassim, "Seddon" and Sidon, "Martel" and Martil), and a single common
   * word or given name is never one ("Ad Dānā" is not "Dana"); longer keys and names of several
   * words ("Khan Sheikhoun") are far apart from people's names.
   */
  private boolean romanisable(List<String> pieces, int letters) {
    if (pieces.size() == 1) {
      return letters >= MIN_ROMANISED_WORD && !ordinaryWord(pieces.get(0));
    }
    return letters >= MIN_ROMANISED_NAME;
  }

  /**
   * The Arabic places a name spells in another romanisation than the gazetteer's ("Khan Sheikhoun",
   * "al-Mayadeen"), best first; empty for any other name.
   */
  List<Entry> romanisedEntries(String surface) {
    if (byRomanisedKey.isEmpty()) {
      return List.of();
    }
    List<String> rp = Text.romanisedPieces(surface);
    if (rp.isEmpty()
        || (rp.size() == 1 && ordinaryWord(Text.normalize(surface, 0, surface.length())))) {
      return List.of();
    }
    // The index holds only keys that romanisable() lets in: a shorter one finds nothing.
    List<Entry> l = byRomanisedKey.get(String.join(" ", rp));
    if (l == null && rp.size() > 1 && rp.get(0).equals("al")) {
      l = byRomanisedKey.get(String.join(" ", rp.subList(1, rp.size())));
    }
    return l == null ? List.of() : l;
  }

  /** A word of two or three capitals that is also an English word ("IS", "US", "WHO"). */
  private boolean hasShoutedShortWord(String form) {
    for (String w : form.split("[\\s\\-]+")) {
      String l = Text.letters(w);
      if (l.length() >= 2
          && l.length() <= 3
          && l.equals(l.toUpperCase(Locale.ROOT))
          && commonWords.contains(l.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static Set<String> deletes(String w, int depth) {
    Set<String> out = new HashSet<>();
    out.add(w);
    Set<String> frontier = Set.of(w);
    for (int d = 0; d < depth; d++) {
      Set<String> nextFrontier = new HashSet<>();
      for (String s : frontier) {
        for (int i = 0; i < s.length(); i++) {
          String x = s.substring(0, i) + s.substring(i + 1);
          if (out.add(x)) {
            nextFrontier.add(x);
          }
        }
      }
      frontier = nextFrontier;
    }
    return out;
  }

  /** The gazetteer shipped with voxpop, loaded once on first use. */
  public static Gazetteer defaultGazetteer() {
    Gazetteer g = defaultInstance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = defaultInstance;
        if (g == null) {
          g = loadDefault();
          defaultInstance = g;
        }
      }
    }
    return g;
  }

  /** A fresh load, bypassing the shared instance, so that tests can time it. */
  static Gazetteer loadDefaultForTest() {
    return loadDefault();
  }

  private static Gazetteer loadDefault() {
    try {
      Map<String, Draft> drafts = new LinkedHashMap<>(40_000);
      Map<String, String> redirects = new HashMap<>();
      Set<String> common = readSet(RESOURCE_DIR + "common-words.txt.gz");
      for (String layer : GENERATED_LAYERS) {
        readGenerated(RESOURCE_DIR + layer, drafts, common);
      }
      try (BufferedReader r = reader(RESOURCE_DIR + "news-layer.tsv")) {
        mergeTsv(r, drafts, redirects, 3);
      }
      Set<String> given = readSet(RESOURCE_DIR + "given-names.txt.gz");
      return new Gazetteer(new ArrayList<>(drafts.values()), redirects, VERSION, given, common);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the entity gazetteer", e);
    }
  }

  /** Generated layers, in load order: places, then people and organisations (SOURCES.md). */
  private static final List<String> GENERATED_LAYERS =
      List.of("gazetteer.tsv.gz", "people-orgs.tsv.gz");

  /**
   * A one-word alias that is an English word or its plural ("Liberals", "Labour"): in generated
   * lists it names some party somewhere, but in text it is the word. Canonical names stay.
   */
  private static boolean ordinaryWord(String alias, Set<String> common) {
    List<String> t = Text.tokens(alias);
    if (t.size() != 1) {
      return false;
    }
    String w = t.get(0);
    return common.contains(w)
        || (w.endsWith("s") && common.contains(w.substring(0, w.length() - 1)));
  }

  private static void readGenerated(String resource, Map<String, Draft> drafts, Set<String> common)
      throws IOException {
    try (BufferedReader r = reader(resource)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (drafts.containsKey(f[0])) {
          continue; // a place's id wins over the same id in a later layer
        }
        Draft d = new Draft();
        d.id = f[0];
        d.name = f[1];
        d.type = EntityType.valueOf(f[2]);
        d.subtype = f[3];
        split(f[4], d.aliases);
        d.aliases.removeIf(a -> ordinaryWord(a, common));
        d.rank = Long.parseLong(f[5]);
        d.priority = "country".equals(d.subtype) || "territory".equals(d.subtype) ? 2 : 1;
        drafts.put(d.id, d);
      }
    }
  }

  /**
   * A new gazetteer with the entries of a newsroom file added on top of this one (see the class
   * comment for the format; ".json" files are read as JSON, anything else as TSV).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a row is malformed (message names the line)
   */
  public Gazetteer withOverrides(Path userFile) throws IOException {
    return withOverrides(
        userFile.getFileName().toString(), Files.readString(userFile, StandardCharsets.UTF_8));
  }

  /**
   * As {@link #withOverrides(Path)}, from a newsroom file's content: where the file cannot be read
   * from disk, as on an OpenSearch node that got it in its ingest pipeline's definition.
   *
   * @param fileName the file's name: ".json" is read as JSON, anything else as TSV
   * @throws IOException if JSON content cannot be parsed
   * @throws IllegalArgumentException if a row is malformed (message names the line)
   */
  public Gazetteer withOverrides(String fileName, String content) throws IOException {
    Map<String, Draft> copy = new LinkedHashMap<>(drafts.size() * 2);
    for (Draft d : drafts) {
      copy.put(d.id, copyOf(d));
    }
    Map<String, String> redirects = new HashMap<>(this.redirects);
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      JsonNode arr = new ObjectMapper().readTree(content);
      if (arr == null || !arr.isArray()) {
        throw new IllegalArgumentException(fileName + ": expected a JSON array of entities");
      }
      int i = 0;
      for (JsonNode o : arr) {
        i++;
        String[] f = new String[7];
        String[] keys = {"id", "name", "type", "subtype", "aliases", "demonyms", "replaces"};
        for (int k = 0; k < keys.length; k++) {
          JsonNode v = o.get(keys[k]);
          if (v == null || v.isNull()) {
            f[k] = "";
          } else if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            f[k] = String.join("|", parts);
          } else {
            f[k] = v.asText();
          }
        }
        mergeRow(f, copy, redirects, 4, fileName + " entry " + i);
      }
    } else {
      try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
        mergeTsv(r, copy, redirects, 4);
      }
    }
    return new Gazetteer(
        new ArrayList<>(copy.values()),
        redirects,
        version + "+" + fileName,
        givenNames,
        commonWords);
  }

  private static Draft copyOf(Draft d) {
    Draft c = new Draft();
    c.id = d.id;
    c.name = d.name;
    c.type = d.type;
    c.subtype = d.subtype;
    c.aliases.addAll(d.aliases);
    c.demonyms.addAll(d.demonyms);
    c.priority = d.priority;
    c.rank = d.rank;
    return c;
  }

  private static void mergeTsv(
      BufferedReader r, Map<String, Draft> drafts, Map<String, String> redirects, int priority)
      throws IOException {
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 7);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i] == null ? "" : f[i].strip();
      }
      mergeRow(f, drafts, redirects, priority, "line " + no);
    }
  }

  private static void mergeRow(
      String[] f,
      Map<String, Draft> drafts,
      Map<String, String> redirects,
      int priority,
      String where) {
    if (f[0].isEmpty()) {
      throw new IllegalArgumentException(where + ": missing id");
    }
    Draft d = drafts.get(f[0]);
    if (d == null) {
      if (f[1].isEmpty() || f[2].isEmpty()) {
        throw new IllegalArgumentException(where + ": a new entity needs a name and a type");
      }
      d = new Draft();
      d.id = f[0];
      d.subtype = "";
      drafts.put(d.id, d);
    }
    if (!f[1].isEmpty()) {
      if (d.name != null && !d.name.equals(f[1])) {
        d.aliases.add(d.name);
      }
      d.name = f[1];
    }
    if (!f[2].isEmpty()) {
      try {
        d.type = EntityType.valueOf(f[2].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown type " + f[2], e);
      }
    }
    if (!f[3].isEmpty()) {
      d.subtype = f[3];
    }
    split(f[4], d.aliases);
    split(f[5], d.demonyms);
    d.priority = Math.max(d.priority, priority);
    for (String old : f[6].split("\\|")) {
      old = old.strip();
      if (old.isEmpty() || old.equals(d.id)) {
        continue;
      }
      // The redirect stays even when the generated entry is gone, so old ids keep resolving.
      redirects.put(old, d.id);
      Draft o = drafts.remove(old);
      if (o != null) {
        d.aliases.add(o.name);
        d.aliases.addAll(o.aliases);
        d.demonyms.addAll(o.demonyms);
        d.rank = Math.max(d.rank, o.rank);
      }
    }
  }

  private static void split(String s, Set<String> into) {
    if (s == null || s.isEmpty()) {
      return;
    }
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        into.add(p.strip());
      }
    }
  }

  private static BufferedReader reader(String resource) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource);
    }
    if (resource.endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static Set<String> readSet(String resource) throws IOException {
    Set<String> out = new HashSet<>(50_000);
    try (BufferedReader r = reader(resource)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Resolves a name, alias, demonym or id to its entity. Names of 4+ letters match whatever the
   * case; shorter ones ("US", "IS", "EU"), and names holding a short capitalised word that is also
   * an English word ("US Navy", "IS group"), only as written, so "us" resolves to nothing.
   */
  public Optional<Entity> lookup(String nameOrAliasOrId) {
    if (nameOrAliasOrId == null || nameOrAliasOrId.isBlank()) {
      return Optional.empty();
    }
    String s = nameOrAliasOrId.strip();
    Optional<Entity> id = byId(s);
    if (id.isPresent()) {
      return id;
    }
    List<Entry> list = byKey.get(Text.key(s));
    if (list == null) {
      return Optional.empty();
    }
    String letters = Text.letters(s);
    for (Entry e : list) {
      if (!e.exactCase() || Text.letters(e.form()).equals(letters)) {
        return Optional.of(e.entity());
      }
    }
    return Optional.empty();
  }

  /** The entity with this id (QIDs case-insensitively), following ids folded into another. */
  public Optional<Entity> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String s = id.strip();
    if (s.length() > 1 && (s.charAt(0) == 'q') && Character.isDigit(s.charAt(1))) {
      s = "Q" + s.substring(1);
    }
    Entity e = byId.get(s);
    if (e == null && redirects.containsKey(s)) {
      e = byId.get(redirects.get(s));
    }
    return Optional.ofNullable(e);
  }

  /** Version of the data: the shipped release, plus the override file names applied. */
  public String version() {
    return version;
  }

  /** Number of entities. */
  public int size() {
    return byId.size();
  }

  /** Number of distinct normalised names (names, aliases and demonyms). */
  public int nameCount() {
    return nameCount;
  }

  Node root() {
    return root;
  }

  Map<String, List<Entry>> deletions() {
    Map<String, List<Entry>> d = deletions;
    if (d == null) {
      synchronized (this) {
        d = deletions;
        if (d == null) {
          d = new HashMap<>(1 << 18);
          for (Entry entry : fuzzyTargets) {
            String name = entry.key();
            for (String del : deletes(Text.collapse(name), name.length() >= 9 ? 2 : 1)) {
              d.computeIfAbsent(del, k -> new ArrayList<>(1)).add(entry);
            }
          }
          deletions = d;
        }
      }
    }
    return d;
  }

  /** Every entry stored under a normalised key ({@link Text#key}), best first. */
  List<Entry> entries(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /**
   * The best-known person whose name ends in this normalised surname, when one stands out: the most
   * linked person bearing it ranks at least {@link #SURNAME_DOMINANCE} times the next one. "Reagan"
   * alone is Ronald Reagan; "Smith" alone is nobody in particular.
   */
  Optional<Entity> wellKnownBearer(String surname) {
    List<Entry> list = surnameIndex().get(surname);
    if (list == null || list.isEmpty() || commonWords.contains(surname)) {
      return Optional.empty(); // "Bush" alone may be a shrub
    }
    Entry top = list.get(0);
    long second = list.size() > 1 ? list.get(1).rank() : 0;
    if (top.rank() < MIN_WELL_KNOWN_RANK || top.rank() < SURNAME_DOMINANCE * second) {
      return Optional.empty();
    }
    return Optional.of(top.entity());
  }

  /**
   * The well-known person (see {@link #MIN_WELL_KNOWN_RANK}, or in the curated layer) named by a
   * first name and surname with a slip in the first name ("Barok Obama", "Hilary Clinton"): the
   * surname exact, the first name starting with the same letter and within {@code maxEdits} of the
   * person's first name. The best-known such person wins.
   */
  Optional<Entity> wellKnownWithSurname(String surname, String first, int maxEdits) {
    for (Entry e : surnameIndex().getOrDefault(surname, List.of())) {
      // The curated layer's people are public figures picked by hand: well known by choice.
      if ((e.rank() < MIN_WELL_KNOWN_RANK && e.priority() < 3) || e.tokenCount() != 2) {
        continue;
      }
      String given = e.key().substring(0, e.key().indexOf(' '));
      if (given.charAt(0) == first.charAt(0)
          && !given.equals(first)
          && EntityLinker.damerau(given, first, maxEdits) <= maxEdits) {
        return Optional.of(e.entity());
      }
    }
    return Optional.empty();
  }

  /** People by the last word of their name, best known first; built on first use. */
  private Map<String, List<Entry>> surnameIndex() {
    Map<String, List<Entry>> idx = surnames;
    if (idx == null) {
      synchronized (this) {
        idx = surnames;
        if (idx == null) {
          idx = buildSurnames();
          surnames = idx;
        }
      }
    }
    return idx;
  }

  private Map<String, List<Entry>> buildSurnames() {
    Map<String, List<Entry>> idx = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<Entry> list : byKey.values()) {
      for (Entry e : list) {
        if (e.entity().type() != EntityType.PERSON
            || e.kind() != Kind.NAME
            || e.tokenCount() < 2
            || !seen.add(e.entity().id())) {
          continue;
        }
        String key = e.key();
        String last = key.substring(key.lastIndexOf(' ') + 1);
        if (last.length() >= 3) {
          idx.computeIfAbsent(last, k -> new ArrayList<>(2)).add(e);
        }
      }
    }
    for (List<Entry> list : idx.values()) {
      list.sort(
          (a, b) ->
              a.rank() != b.rank()
                  ? Long.compare(b.rank(), a.rank())
                  : a.entity().id().compareTo(b.entity().id()));
    }
    return idx;
  }

  /**
   * What the gazetteer knows of one token as written: its normalised word pieces (the trie's keys),
   * the trie node a name starting with each piece goes on from (empty where no name starts so), and
   * whether the whole token is a given name or a common word.
   */
  record TokenView(
      List<String> pieces,
      List<Optional<Node>> starts,
      boolean givenName,
      boolean commonWord,
      List<String> romanPieces,
      Optional<Node> romanStart) {}

  /** Most tokens of a text are among a few thousand words: each is looked at once. */
  private final org.voxpop.enrich.entity.tagger.WordMemo<TokenView> views =
      new org.voxpop.enrich.entity.tagger.WordMemo<>(MAX_VIEWS, this::viewOf);

  private static final int MAX_VIEWS = 100_000;

  /** The views of a sentence's tokens, in order. */
  TokenView[] views(String[] tokens) {
    TokenView[] out = new TokenView[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = view(tokens[i]);
    }
    return out;
  }

  TokenView view(String token) {
    return views.get(token);
  }

  /** A token's view, computed afresh (for callers that keep their own per-word records). */
  TokenView viewOf(String token) {
    String norm = Text.normalize(token, 0, token.length());
    List<String> pieces = List.copyOf(Text.tokens(token));
    List<Optional<Node>> starts = new ArrayList<>(pieces.size());
    for (String p : pieces) {
      starts.add(Optional.ofNullable(root.next.get(p)));
    }
    boolean given = givenNames.contains(norm);
    boolean common = commonWords.contains(norm);
    List<String> romanPieces = List.of();
    Optional<Node> romanStart = Optional.empty();
    if (!romanRoot.next.isEmpty() && !pieces.isEmpty()) {
      romanPieces = List.copyOf(Text.romanisedTokenPieces(token));
      // An article apart that is also an English word ("As", "At", "An") opens no name: "As Raqqa
      // fell" is no "Ar Raqqah".
      boolean englishArticle = common && pieces.size() == 1 && romanPieces.equals(List.of("al"));
      if (!romanPieces.isEmpty() && hasUpperCase(token) && !englishArticle) {
        romanStart = Optional.ofNullable(romanRoot.next.get(romanPieces.get(0)));
      }
    }
    return new TokenView(pieces, List.copyOf(starts), given, common, romanPieces, romanStart);
  }

  private static boolean hasUpperCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  boolean isGivenName(String norm) {
    return givenNames.contains(norm);
  }

  boolean isCommonWord(String norm) {
    return commonWords.contains(norm);
  }

  boolean hasName(String norm) {
    return byKey.containsKey(norm);
  }
}
