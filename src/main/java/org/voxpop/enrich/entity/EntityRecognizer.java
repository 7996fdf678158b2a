package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds entity mentions in a text: gazetteer names (longest match first, over a token trie, so
 * linear in the text length), misspellings of well-known names, unknown capitalised names, and
 * later short references to a person named in full earlier in the same text.
 *
 * <p>Immutable and thread safe; create once and share.
 */
public final class EntityRecognizer {

  /** Source values of {@link EntityMention#source()}. */
  static final String GAZETTEER = "gazetteer";
  static final String SHORT_FORM = "short-form";
  static final String DEMONYM = "demonym";
  static final String FUZZY = "gazetteer-fuzzy";
  static final String SPAN = "capitalised-span";
  static final String COREF = "coref";
  static final String HANDLE = "handle";

  // Words around an all-caps "IS" (or "WHO") that show the group rather than the verb.
  private static final Set<String> PREV_SHOWS_GROUP = Set.of(
      "the", "called", "of", "by", "against", "with", "from", "fight", "fighting", "fought",
      "defeat", "defeated", "join", "joined", "joining", "and", "or", "vs", "versus", "between",
      "like", "than", "about", "into", "to", "support", "supported", "supporting", "funded",
      "fund", "created", "armed", "backed", "beat", "destroy", "destroyed", "bomb", "bombed",
      "bombing", "attack", "attacked", "oppose", "opposed", "pro", "anti", "defeating");
  private static final Set<String> NEXT_SHOWS_GROUP = Set.of(
      "fighters", "fighter", "militants", "militant", "members", "member", "group", "leader",
      "leaders", "jihadists", "jihadist", "held", "controlled", "supporters", "forces",
      "territory", "stronghold", "strongholds", "caliphate", "terrorists", "terrorist",
      "commander", "commanders", "cells", "cell", "was", "were", "has", "had", "have", "made",
      "make", "makes", "leave", "left", "took", "take", "takes", "are", "will", "would", "did",
      "does", "claimed", "claims", "killed", "kills", "captured", "seized", "attacked", "used",
      "uses", "wants", "wanted", "is", "beheaded", "executed", "recruits", "recruited",
      "gunmen", "flag", "propaganda", "bride", "brides", "suicide", "bombers", "affiliate",
      "affiliated", "linked", "inspired", "remnants", "prisoners", "detainees", "families");
  private static final Set<String> CONNECTORS = Set.of(
      "of", "al", "el", "bin", "ibn", "de", "del", "della", "da", "la", "le", "van", "von", "der",
      "du", "abu", "ul");
  private static final Set<String> PERSON_TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "president", "senator", "sen", "rep", "gen", "general",
      "king", "queen", "duke", "duchess", "lady", "emperor", "empress", "saint", "prince",
      "princess", "minister", "pope", "sheikh", "sir", "lord",
      "colonel", "col", "governor", "gov", "mayor", "judge", "ayatollah", "imam", "rev",
      "reverend", "chancellor", "secretary", "prof", "professor", "captain", "capt", "sgt",
      "lt", "officer", "coach");
  // Titles that are part of the name ("Prince William"), unlike "President" or "Mr".
  private static final Set<String> NAME_TITLES = Set.of(
      "prince", "princess", "king", "queen", "duke", "duchess", "lord", "lady", "sir", "pope",
      "sheikh", "emperor", "empress", "saint");
  private static final Set<String> LOCATION_PREPS = Set.of("in", "at", "near", "from", "to", "into");
  private static final Set<String> GROUP_HEADS = Set.of(
      "army", "front", "brigade", "brigades", "militia", "militias", "movement", "forces", "rebels",
      "legion", "battalion");
  private static final Set<String> ORG_HEADS = Set.of(
      "council", "party", "union", "committee", "organization", "organisation", "association",
      "agency", "ministry", "department", "corps", "company", "corp", "inc", "ltd", "llc",
      "group", "bank", "university", "college", "institute", "court", "police", "news", "times",
      "post", "foundation", "commission", "federation", "club", "fc", "school", "church",
      "society", "network", "tv", "radio", "airlines", "records", "studios");
  private static final Set<String> LOCATION_HEADS = Set.of(
      "city", "dam", "river", "lake", "mountain", "mountains", "mount", "island", "islands",
      "province", "county", "street", "st", "square", "airport", "valley", "bay", "sea", "ocean",
      "camp", "desert", "bridge", "park", "beach", "blvd", "avenue", "ave", "road", "district",
      "region", "state", "village", "town", "hill", "hills", "gulf", "strait", "canyon", "falls",
      "heights", "peninsula", "coast");
  // Capitalised words that are never names on their own, though no dictionary calls them common.
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "ok", "okay", "lol", "omg", "wtf", "lmao", "rt", "im", "ive", "dont",
      "cant", "didnt", "doesnt", "isnt", "wont", "thats", "youre", "theyre", "hes", "shes", "ill",
      "id", "ya", "yall", "gonna", "wanna", "gotta", "haha", "hahaha", "yes", "no", "oh", "yeah",
      "thank", "thanks", "please", "hey", "hi", "hello", "wow", "mr", "mrs", "ms", "dr", "god",
      "amen", "url", "http", "https", "www", "com", "via", "pm", "am", "tv", "th", "st", "nd", "rd",
      "christmas", "easter", "ramadan", "english", "muslim", "christian", "liberal", "liberals",
      "democrat", "republican", "conservative", "conservatives", "left", "right", "fake", "breaking");

  /** One unknown span the classifier was asked about: for training it. */
  record SpanExample(int start, int end, List<String> features) {}

  private final Gazetteer gazetteer;
  private final SpanClassifier classifier;
  private final List<SpanExample> recorder;

  private EntityRecognizer(Gazetteer gazetteer, SpanClassifier classifier, List<SpanExample> recorder) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.classifier = classifier;
    this.recorder = recorder;
  }

  /** A recogniser over the default gazetteer. */
  public static EntityRecognizer create() {
    return create(Gazetteer.defaultGazetteer());
  }

  /** A recogniser over the given gazetteer (e.g. one with a newsroom's overrides). */
  public static EntityRecognizer create(Gazetteer gazetteer) {
    return new EntityRecognizer(gazetteer, SpanClassifier.defaultModel(), null);
  }

  /** Rules only, recording the spans the classifier would decide (single-threaded use). */
  static EntityRecognizer recording(Gazetteer gazetteer, List<SpanExample> recorder) {
    return new EntityRecognizer(gazetteer, null, recorder);
  }

  /** The gazetteer this recogniser matches against. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The entity mentions of a text, sorted by start offset and never overlapping.
   *
   * @return an immutable list, empty for a null or blank text
   */
  public List<EntityMention> recognize(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Text t = Text.of(text);
    EntityMention[] at = new EntityMention[t.size];
    int[] lastToken = new int[t.size];
    matchHandles(t, at, lastToken);
    matchGazetteer(t, at, lastToken);
    matchFuzzy(t, at, lastToken);
    matchSpans(t, at, lastToken);
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : at) {
      if (m != null) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- handles

  /**
   * "@name" addresses an account, a person or organisation; the gazetteer resolves known ones
   * ("@CNN"), the rest become low-confidence PERSON mentions with source "handle".
   */
  private void matchHandles(Text t, EntityMention[] at, int[] lastToken) {
    String s = t.text;
    for (int i = 0; i < t.size; i++) {
      int b = t.start[i];
      if (b == 0 || s.charAt(b - 1) != '@' || (b > 1 && (Character.isLetterOrDigit(s.charAt(b - 2))
          || s.charAt(b - 2) == '_'))) {
        continue;
      }
      int j = i;
      while (j + 1 < t.size && t.start[j + 1] == t.end[j] + 1 && s.charAt(t.end[j]) == '_') {
        j++;
      }
      String handle = s.substring(b, t.end[j]);
      if (handle.length() < 2) {
        continue;
      }
      Entity known = handle.length() >= 3 ? gazetteer.lookup(handle).orElse(null) : null;
      EntityMention m = known != null
          ? new EntityMention(known.id(), known.name(), known.type(), known.subtype(), "@" + handle,
              b - 1, t.end[j], 0.6, HANDLE)
          : new EntityMention("slug:@" + handle.toLowerCase(Locale.ROOT), "@" + handle,
              EntityType.PERSON, "handle", "@" + handle, b - 1, t.end[j], 0.3, HANDLE);
      at[i] = m;
      lastToken[i] = j;
      for (int k = i + 1; k <= j; k++) {
        lastToken[k] = -1;
      }
      i = j;
    }
  }

  // ---------------------------------------------------------------- gazetteer

  private void matchGazetteer(Text t, EntityMention[] at, int[] lastToken) {
    Gazetteer.Node root = gazetteer.root();
    int i = 0;
    while (i < t.size) {
      if (covered(at, lastToken, i)) {
        i = at[i] != null ? lastToken[i] + 1 : i + 1;
        continue;
      }
      Gazetteer.Node node = root;
      Gazetteer.Entry best = null;
      int bestEnd = -1;
      for (int j = i; j < t.size; j++) {
        if (j > i && (!joinable(t, j - 1, j) || covered(at, lastToken, j))) {
          break;
        }
        node = node.next.get(t.norm[j]);
        if (node == null) {
          break;
        }
        if (!node.entries.isEmpty()) {
          Gazetteer.Entry e = accept(t, i, j, node.entries);
          if (e != null) {
            best = e;
            bestEnd = j;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      String source = best.kind() == Gazetteer.Kind.DEMONYM ? DEMONYM
          : best.exactCase() ? SHORT_FORM : GAZETTEER;
      double conf = switch (source) {
        case DEMONYM -> 0.85;
        case SHORT_FORM -> best.ambiguousShortForm() ? 0.75 : 0.85;
        default -> best.commonWord() ? 0.7 : 0.95;
      };
      at[i] = mention(t, i, bestEnd, best.entity(), conf, source);
      if (best.form().endsWith(".") && t.end[bestEnd] < t.text.length()
          && t.text.charAt(t.end[bestEnd]) == '.') {
        EntityMention m = at[i];
        at[i] = new EntityMention(m.id(), m.name(), m.type(), m.subtype(), m.surface() + ".",
            m.start(), m.end() + 1, m.confidence(), m.source());
      }
      lastToken[i] = bestEnd;
      for (int k = i + 1; k <= bestEnd; k++) {
        lastToken[k] = -1;
      }
      i = bestEnd + 1;
    }
  }

  /** Tokens may be parts of one name only across spaces, hyphens, apostrophes or dots. */
  private static boolean joinable(Text t, int a, int b) {
    int from = t.end[a];
    int to = t.start[b];
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.text.charAt(k);
      if (!(c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.' || c == '\u00a0')) {
        return false;
      }
    }
    return true;
  }

  private Gazetteer.Entry accept(Text t, int i, int j, List<Gazetteer.Entry> entries) {
    boolean allLower = true;
    boolean anyCap = false;
    for (int k = i; k <= j; k++) {
      allLower &= t.has(k, Text.LOWER);
      anyCap |= t.has(k, Text.CAP);
    }
    String letters = null;
    for (Gazetteer.Entry e : entries) {
      if (e.exactCase()) {
        if (letters == null) {
          letters = Text.letters(t.text.substring(t.start[i], t.end[j]));
        }
        if (!letters.equals(Text.letters(e.form()))) {
          continue;
        }
        if (e.ambiguousShortForm() && !shortFormInContext(t, i, j, e)) {
          continue;
        }
        return e;
      }
      if (allLower) {
        // Lower case is weak evidence: fine for "the russians" or "middle east", not for
        // "turkey" the bird or a town whose name nobody writes in lower case.
        if (e.commonWord() || e.priority() <= 1) {
          continue;
        }
      } else if (e.commonWord() && !anyCap) {
        continue;
      }
      if (e.commonWord() && t.has(i, Text.ALL_CAPS) && shouting(t, i, j)) {
        continue;
      }
      return e;
    }
    return null;
  }

  /** "US" is the country unless the text shouts; "IS", "WHO" need a neighbour that shows them. */
  private static boolean shortFormInContext(Text t, int i, int j, Gazetteer.Entry e) {
    if (j > i) {
      return true; // "U.S.", "I.S.": dotted letters are never the verb or the pronoun
    }
    if (shouting(t, i, j)) {
      return false;
    }
    String prev = i > 0 && joinableWords(t, i - 1, i) ? t.norm[i - 1] : "";
    String next = j + 1 < t.size && joinableWords(t, j, j + 1) ? t.norm[j + 1] : "";
    if ("us".equals(Text.letters(e.form()).toLowerCase(Locale.ROOT))) {
      // Writers who capitalise a pronoun mid-sentence are rarer than writers who mean the country.
      return !prev.equals("let");
    }
    if (!prev.isEmpty() && (PREV_SHOWS_GROUP.contains(prev) || prevIsAmpersand(t, i))) {
      return true;
    }
    return NEXT_SHOWS_GROUP.contains(next) || (j + 1 < t.size && next.isEmpty()
        && hyphenNext(t, j));
  }

  private static boolean prevIsAmpersand(Text t, int i) {
    if (i == 0) {
      return false;
    }
    String gap = t.text.substring(t.end[i - 1], t.start[i]);
    return gap.strip().equals("&");
  }

  private static boolean hyphenNext(Text t, int j) {
    String gap = t.text.substring(t.end[j], t.start[j + 1]);
    return gap.equals("-");
  }

  /** Neighbouring words in one clause: no sentence or clause punctuation between them. */
  private static boolean joinableWords(Text t, int a, int b) {
    for (int k = t.end[a]; k < t.start[b]; k++) {
      char c = t.text.charAt(k);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n'
          || c == '(' || c == ')' || c == '"' || c == '…') {
        return false;
      }
    }
    return true;
  }

  /** Most neighbouring words are upper case too: capitals carry no information there. */
  private static boolean shouting(Text t, int i, int j) {
    int words = 0;
    int caps = 0;
    for (int k = Math.max(0, i - 5); k <= Math.min(t.size - 1, j + 5); k++) {
      if (k >= i && k <= j || t.end[k] - t.start[k] < 2 || t.has(k, Text.DIGIT)) {
        continue;
      }
      words++;
      if (t.has(k, Text.ALL_CAPS)) {
        caps++;
      }
    }
    return caps >= 2 && caps * 2 >= words;
  }

  // ---------------------------------------------------------------- misspellings

  private void matchFuzzy(Text t, EntityMention[] at, int[] lastToken) {
    Map<String, List<Gazetteer.Entry>> dels = gazetteer.deletions();
    for (int i = 0; i < t.size; i++) {
      if (covered(at, lastToken, i)) {
        continue;
      }
      String w = t.norm[i];
      int len = w.length();
      if (len < 5 || !t.has(i, Text.CAP) || t.has(i, Text.ALL_CAPS) || t.has(i, Text.DIGIT)
          || (t.has(i, Text.SENTENCE_START) && len < 6)
          || gazetteer.isCommonWord(w) || gazetteer.isGivenName(w) || gazetteer.hasName(w)
          || NOT_NAMES.contains(w) || isPlural(w)) {
        continue;
      }
      Gazetteer.Entry best = null;
      int bestDist = 3;
      String cw = Text.collapse(w);
      for (String d : Gazetteer.deletes(cw, len >= 8 ? 2 : 1)) {
        List<Gazetteer.Entry> cands = dels.get(d);
        if (cands == null) {
          continue;
        }
        for (Gazetteer.Entry e : cands) {
          String target = e.key();
          if (target.charAt(0) != w.charAt(0)) {
            continue;
          }
          int allowed = Math.max(target.length(), len) >= 9 ? 2 : 1;
          // Doubled letters are the commonest slip in transliterated names; they cost nothing.
          int dist = Math.max(1, damerau(cw, Text.collapse(target), allowed));
          if (dist <= allowed && (dist < bestDist || (dist == bestDist && e.better(best)))) {
            best = e;
            bestDist = dist;
          }
        }
      }
      if (best != null) {
        at[i] = mention(t, i, i, best.entity(), bestDist == 1 ? 0.7 : 0.6, FUZZY);
        lastToken[i] = i;
      }
    }
  }

  /** "Germans" is a word of its own; a plural ending is no typo of "German". */
  private boolean isPlural(String w) {
    return w.endsWith("s") && gazetteer.hasName(w.substring(0, w.length() - 1));
  }

  static int damerau(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }

  // ---------------------------------------------------------------- unknown names and coref

  private void matchSpans(Text t, EntityMention[] at, int[] lastToken) {
    // Last names of persons named in full so far: a later "Sommerville" is the same person.
    Map<String, EntityMention> persons = new HashMap<>();
    int i = 0;
    while (i < t.size) {
      EntityMention m = at[i];
      if (m != null && lastToken[i] == i && isTown(m) && persons.containsKey(t.norm[i])) {
        EntityMention p = persons.get(t.norm[i]);
        at[i] = new EntityMention(p.id(), p.name(), p.type(), p.subtype(), t.surface(i), t.start[i],
            t.end[i], Math.min(0.8, p.confidence()), COREF);
        i++;
        continue;
      }
      if (m != null && lastToken[i] == i && isTown(m) && i > 0 && t.has(i - 1, Text.CAP)
          && PERSON_TITLES.contains(t.norm[i - 1]) && joinable(t, i - 1, i)) {
        EntityMention c = candidate(t, i, i, persons, true);
        if (c != null) {
          at[i] = c;
          i++;
          continue;
        }
      }
      if (m != null) {
        int e = placeNamedInstitution(t, at, lastToken, i);
        if (e > lastToken[i]) {
          EntityMention c = candidate(t, i, e, persons, false);
          at[i] = c;
          for (int k = i + 1; k <= e; k++) {
            lastToken[k] = -1;
          }
          lastToken[i] = e;
          i = e + 1;
          continue;
        }
        remember(t, persons, m, i, lastToken[i]);
        i = lastToken[i] + 1;
        continue;
      }
      if (!nameToken(t, i)) {
        i++;
        continue;
      }
      EntityMention fuller = givenNameBeforeSurname(t, at, lastToken, i);
      if (fuller != null) {
        int e = lastToken[i + 1];
        at[i + 1] = null;
        lastToken[i + 1] = -1;
        at[i] = fuller;
        lastToken[i] = e;
        remember(t, persons, fuller, i, e);
        i = e + 1;
        continue;
      }
      int j = i;
      while (j + 1 < t.size && !covered(at, lastToken, j + 1) && joinable(t, j, j + 1)) {
        if (nameToken(t, j + 1)) {
          j++;
        } else if (j + 2 < t.size && CONNECTORS.contains(t.norm[j + 1]) && t.has(j + 1, Text.LOWER)
            && !covered(at, lastToken, j + 2) && joinable(t, j + 1, j + 2) && nameToken(t, j + 2)) {
          j += 2;
        } else {
          break;
        }
      }
      int b = i;
      // Sentence-initial capitals are no evidence: drop leading ordinary words there.
      boolean headed = j > i && isHead(t.norm[j]);
      while (!headed && b <= j && (t.has(b, Text.SENTENCE_START) || b > i) && isOrdinary(t, b)) {
        b++;
      }
      int e = j;
      boolean titled = b < e && PERSON_TITLES.contains(t.norm[b]);
      if (titled && !NAME_TITLES.contains(t.norm[b])) {
        b++;
      }
      if (b <= e) {
        EntityMention c = candidate(t, b, e, persons, titled || (b > 0 && PERSON_TITLES.contains(t.norm[b - 1])));
        if (c != null) {
          at[b] = c;
          lastToken[b] = e;
          remember(t, persons, c, b, e);
        }
      }
      i = j + 1;
    }
  }

  /**
   * A place name followed by capitalised words that end in an institution or feature word
   * ("Raqqa Civil Council", "Mosul Dam") names that institution, not the place.
   *
   * @return the last token of the longer name, or the place's own last token
   */
  private int placeNamedInstitution(Text t, EntityMention[] at, int[] lastToken, int i) {
    int e = lastToken[i];
    EntityMention m = at[i];
    if (m.type() != EntityType.LOCATION || SPAN.equals(m.source())) {
      return e;
    }
    // A country followed by one institution word names a national body ("Malaysia Airlines",
    // "Irish News"); before longer names it stays a mention of its own ("U.S. Agriculture
    // Department" is about the U.S.).
    int maxRun = m.subtype().contains("country") ? 1 : 4;
    int j = e;
    int best = e;
    while (j + 1 < t.size && !covered(at, lastToken, j + 1) && joinable(t, j, j + 1)
        && nameToken(t, j + 1) && j - e < 4) {
      if (j - e >= maxRun) {
        return best;
      }
      j++;
      String w = t.norm[j];
      if (ORG_HEADS.contains(w) || GROUP_HEADS.contains(w) || LOCATION_HEADS.contains(w)) {
        best = j;
      }
    }
    return best;
  }

  /**
   * "Michelle Obama" is not Barack Obama: a given name the known person does not bear, right
   * before his surname, makes a different person.
   */
  private EntityMention givenNameBeforeSurname(Text t, EntityMention[] at, int[] lastToken, int i) {
    if (i + 1 >= t.size || at[i + 1] == null || lastToken[i + 1] != i + 1
        || !(at[i + 1].type() == EntityType.PERSON || isTown(at[i + 1]))
        || !GAZETTEER.equals(at[i + 1].source())
        || !gazetteer.isGivenName(t.norm[i]) || t.has(i, Text.ALL_CAPS) || !joinable(t, i, i + 1)
        || t.has(i, Text.SENTENCE_START) && isOrdinary(t, i)) {
      return null;
    }
    Entity known = gazetteer.byId(at[i + 1].id()).orElse(null);
    if (known == null || Text.tokens(known.name()).contains(t.norm[i])) {
      return null;
    }
    for (String a : known.aliases()) {
      if (Text.tokens(a).contains(t.norm[i])) {
        return null;
      }
    }
    String surface = t.text.substring(t.start[i], t.end[i + 1]);
    String name = titleCase(surface);
    return new EntityMention(slug(name), name, EntityType.PERSON, "", surface, t.start[i],
        t.end[i + 1], 0.6, SPAN);
  }

  /** A town's name is often a surname too ("Kate Middleton", "James Foley"). */
  private static boolean isTown(EntityMention m) {
    return m.type() == EntityType.LOCATION && m.subtype().equals("city");
  }

  private static void remember(Text t, Map<String, EntityMention> persons, EntityMention m, int b, int e) {
    if (m.type() == EntityType.PERSON && e > b) {
      persons.putIfAbsent(t.norm[e], m);
    }
  }

  private EntityMention candidate(Text t, int b, int e, Map<String, EntityMention> persons, boolean titled) {
    int n = e - b + 1;
    if (n == 1) {
      EntityMention antecedent = persons.get(t.norm[b]);
      if (antecedent != null) {
        return new EntityMention(antecedent.id(), antecedent.name(), antecedent.type(),
            antecedent.subtype(), t.surface(b), t.start[b], t.end[b],
            Math.min(0.8, antecedent.confidence()), COREF);
      }
      if (isOrdinary(t, b) || (t.has(b, Text.SENTENCE_START) && !titled) || isHead(t.norm[b])) {
        return null;
      }
    }
    if (titleCased(t, b, e) && !(n > 1 && (gazetteer.isGivenName(t.norm[b]) || isHead(t.norm[e])))
        && !titled) {
      return null;
    }
    String surface = t.text.substring(t.start[b], t.end[e]);
    String first = t.norm[b];
    String last = t.norm[e];
    EntityType type;
    String subtype;
    double conf = 0.5;
    String next = e + 1 < t.size && joinableWords(t, e, e + 1) ? t.norm[e + 1] : "";
    String prev = b > 0 && joinableWords(t, b - 1, b) ? t.norm[b - 1] : "";
    if (LOCATION_HEADS.contains(last) && n > 1 || next.equals("city") || next.equals("dam")) {
      type = EntityType.LOCATION;
      subtype = next.equals("city") ? "city" : next.equals("dam") ? "landmark" : "place";
    } else if (GROUP_HEADS.contains(last) && n > 1) {
      type = EntityType.GROUP;
      subtype = "armed group";
    } else if (ORG_HEADS.contains(last) && n > 1) {
      type = EntityType.ORGANIZATION;
      subtype = last.equals("party") ? "party" : "organisation";
    } else if (titled || (gazetteer.isGivenName(first) && n > 1 && n <= 3 && !gazetteer.hasName(first))) {
      type = EntityType.PERSON;
      subtype = "";
      conf = 0.6;
    } else if (classifier != null || recorder != null) {
      List<String> features = spanFeatures(t, b, e);
      if (recorder != null) {
        recorder.add(new SpanExample(t.start[b], t.end[e], features));
      }
      int label = classifier == null ? 0 : classifier.predict(features);
      if (label == 0) {
        return null;
      }
      type = EntityType.valueOf(SpanClassifier.LABELS[label]);
      subtype = type == EntityType.OTHER ? "unknown" : "";
      conf = type == EntityType.OTHER ? 0.35 : 0.45;
    } else if (gazetteer.isGivenName(first) && n <= 3 && !gazetteer.hasName(first)) {
      type = EntityType.PERSON;
      subtype = "";
      conf = 0.45;
    } else if (LOCATION_PREPS.contains(prev) && n <= 3) {
      type = EntityType.LOCATION;
      subtype = "place";
      conf = 0.4;
    } else {
      type = EntityType.OTHER;
      subtype = "unknown";
      conf = 0.35;
    }
    String name = titleCase(surface);
    return new EntityMention(slug(name), name, type, subtype, surface, t.start[b], t.end[e], conf, SPAN);
  }

  /** What the span classifier sees of an unknown capitalised span. */
  List<String> spanFeatures(Text t, int b, int e) {
    List<String> f = new ArrayList<>(24);
    int n = e - b + 1;
    f.add("bias");
    f.add("n=" + Math.min(n, 4));
    for (int k = b; k <= e; k++) {
      f.add("w=" + t.norm[k]);
    }
    String first = t.norm[b];
    String last = t.norm[e];
    f.add("f=" + first);
    f.add("l=" + last);
    f.add("sf=" + shapeOf(t, b));
    f.add("sl=" + shapeOf(t, e));
    f.add("suf=" + last.substring(Math.max(0, last.length() - 3)));
    f.add("pre=" + first.substring(0, Math.min(3, first.length())));
    if (gazetteer.isGivenName(first)) {
      f.add("given-first");
    }
    if (n > 1 && gazetteer.isGivenName(last)) {
      f.add("given-last");
    }
    boolean anyCommon = false;
    for (int k = b; k <= e; k++) {
      anyCommon |= isOrdinary(t, k);
    }
    f.add("common=" + anyCommon + "/" + isOrdinary(t, b));
    if (t.has(b, Text.SENTENCE_START)) {
      f.add("sentence-start");
    }
    String prev = b > 0 && joinableWords(t, b - 1, b) ? t.norm[b - 1] : "<s>";
    String next = e + 1 < t.size && joinableWords(t, e, e + 1) ? t.norm[e + 1] : "</s>";
    f.add("prev=" + prev);
    f.add("next=" + next);
    f.add("prev-next=" + prev + "|" + next);
    if (b > 0 && t.start[b] > 0 && t.text.charAt(t.start[b] - 1) == '#') {
      f.add("hashtag");
    }
    if (titleCased(t, b, e)) {
      f.add("title-case-context");
    }
    if (shouting(t, b, e)) {
      f.add("shouting-context");
    }
    return f;
  }

  private static String shapeOf(Text t, int i) {
    if (t.has(i, Text.DIGIT)) {
      return "d";
    }
    if (t.has(i, Text.ALL_CAPS)) {
      return t.end[i] - t.start[i] <= 3 ? "XX" : "XXXX";
    }
    if (t.has(i, Text.CAP)) {
      for (int k = t.start[i] + 1; k < t.end[i]; k++) {
        if (Character.isUpperCase(t.text.charAt(k))) {
          return "XxX";
        }
      }
      return "Xx";
    }
    return "x";
  }

  /**
   * Headlines and some writers capitalise every word; there a capital says nothing, so unknown
   * names need other evidence.
   */
  private static boolean titleCased(Text t, int b, int e) {
    int words = 0;
    int caps = 0;
    for (int k = Math.max(0, b - 6); k <= Math.min(t.size - 1, e + 6); k++) {
      if (k >= b && k <= e || t.end[k] - t.start[k] < 2 || t.has(k, Text.DIGIT)) {
        continue;
      }
      words++;
      if (t.has(k, Text.CAP)) {
        caps++;
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }

  private static boolean isHead(String w) {
    return ORG_HEADS.contains(w) || GROUP_HEADS.contains(w) || LOCATION_HEADS.contains(w);
  }

  /** Could be part of a name: capitalised, not shouted, not a number. */
  private boolean nameToken(Text t, int i) {
    if (!t.has(i, Text.CAP) || t.has(i, Text.DIGIT) || t.end[i] - t.start[i] < 2) {
      return false;
    }
    if (t.has(i, Text.ALL_CAPS)) {
      int len = t.end[i] - t.start[i];
      return len >= 3 && len <= 5 && !gazetteer.isCommonWord(t.norm[i]) && !NOT_NAMES.contains(t.norm[i])
          && !shouting(t, i, i);
    }
    return true;
  }

  private boolean isOrdinary(Text t, int i) {
    String w = t.norm[i];
    return gazetteer.isCommonWord(w) || NOT_NAMES.contains(w);
  }

  private static boolean covered(EntityMention[] at, int[] lastToken, int i) {
    return at[i] != null || lastToken[i] == -1;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean startOfWord = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
        startOfWord = false;
      } else {
        sb.append(c);
        startOfWord = c == ' ' || c == '-';
      }
    }
    return sb.toString().replaceAll("\\s+", " ");
  }

  /** A stable id for a name the gazetteer lacks: the normalised tokens joined by hyphens. */
  static String slug(String name) {
    return "slug:" + String.join("-", Text.tokens(name.replace("'", "").replace("’", "")));
  }

  private static EntityMention mention(Text t, int b, int e, Entity entity, double conf, String source) {
    return new EntityMention(entity.id(), entity.name(), entity.type(), entity.subtype(),
        t.text.substring(t.start[b], t.end[e]), t.start[b], t.end[e], conf, source);
  }
}
