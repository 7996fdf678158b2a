package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.TaggedSpan;
import org.voxpop.enrich.entity.tagger.Tokens;

// Over 500 lines: one decision (which entity a span is) made from trimming, type rules,
// company suffixes, document coreference, acronyms, surnames and fuzzy matches that all read the
// same per-text state; each step is a method of its own.
/**
 * Resolves the names the tagger found in one document to canonical entities: the gazetteer's name
 * or alias of a compatible type, forms of one company name ("IBM Corp", "IBM"), a person named in
 * full elsewhere in the document ("Obama" after "Barack Obama"), an acronym of an organisation
 * named in the document, the well-known bearer of a surname, a misspelt place or group; else a
 * stable slug of the name, so that the same unknown name is one entity everywhere.
 *
 * <p>One instance per document; not thread safe.
 */
final class EntityLinker {

  /** Legal forms that do not change which company is meant. */
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "co",
          "cos",
          "company",
          "ltd",
          "limited",
          "plc",
          "llc",
          "lp",
          "ag",
          "sa",
          "nv",
          "bv",
          "gmbh",
          "spa",
          "ab",
          "asa",
          "oy",
          "kk",
          "pty",
          "holdings",
          "group");

  /**
   * Last words of an organisation's name that make it a group of fighters or a movement (voxpop's
   * GROUP), a line the training corpora do not draw.
   */
  private static final Set<String> GROUP_HEADS =
      Set.of(
          "army",
          "front",
          "brigade",
          "brigades",
          "militia",
          "militias",
          "movement",
          "forces",
          "rebels",
          "legion",
          "battalion",
          "battalions",
          "regiment",
          "guard",
          "guards");

  /**
   * First words of an Arabic name that make it a group of fighters, where English puts the head
   * last: "Jaysh al-Islam" is the Army of Islam, "Jabhat al-Nusra" a front, "Liwa al-Quds" a
   * brigade, "Kataib Hezbollah" brigades, "Harakat Nour al-Din al-Zenki" a movement. No person's
   * name starts with one, so a person the tagger saw there is the group too.
   */
  private static final Set<String> ARABIC_GROUP_HEADS =
      Set.of(
          "jaysh", "jaish", "jabhat", "jabhet", "liwa", "liwaa", "kataib", "katibat", "katiba",
          "harakat", "harakah", "faylaq", "failaq", "ahrar", "asaib");

  /** Titles before a person's name; royal ones ("Prince William") are part of it. */
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "president",
          "senator",
          "sen",
          "rep",
          "gen",
          "general",
          "minister",
          "colonel",
          "col",
          "governor",
          "gov",
          "mayor",
          "judge",
          "ayatollah",
          "imam",
          "rev",
          "reverend",
          "chancellor",
          "secretary",
          "prof",
          "professor",
          "captain",
          "capt",
          "sgt",
          "lt",
          "officer",
          "coach",
          "premier",
          "chairman",
          "sir");

  /** Tagger confidence that needs no support from how a name is written. */
  private static final double CONFIDENT = 0.9;

  /** Below this the tagger's type is a guess, and a known name of another type may win. */
  private static final double UNSURE = 0.5;

  private final Gazetteer gazetteer;
  private final Misspellings misspellings;
  private final Tokens tokens;
  private final String[] words;

  /** Whether each token's sentence is written mostly in capitals. */
  private final boolean[] shouted;

  /** Whether each token is its sentence's first. */
  private final boolean[] sentenceStart;

  /** Persons named with two or more words in this document, by each of their name words. */
  private final Map<String, EntityMention> personsByWord = new HashMap<>();

  /** Organisations named with two or more words, by their first word and by their initials. */
  private final Map<String, EntityMention> orgsByFirstWord = new HashMap<>();

  private final Map<String, EntityMention> orgsByInitials = new HashMap<>();

  /**
   * Organisations named with two or more words, by the common noun at their head ("bank" of "Bank
   * of France" and of "World Bank"); a head two of them share ("White House", "House of
   * Representatives") refers to neither.
   */
  private final Map<String, EntityMention> orgsByHead = new HashMap<>();

  private final Set<String> sharedHeads = new HashSet<>();

  /**
   * @param misspellings the gazetteer's misspellings, kept from text to text
   * @param tagged the tagger's reading of the same tokens (which sentences are shouted)
   */
  EntityLinker(
      Gazetteer gazetteer,
      Misspellings misspellings,
      Tokens tokens,
      String[] words,
      EntityTagger.TaggedText tagged) {
    this.gazetteer = gazetteer;
    this.misspellings = misspellings;
    this.tokens = tokens;
    this.words = words;
    this.shouted = new boolean[words.length];
    this.sentenceStart = new boolean[words.length];
    for (int s = 0; s < tokens.sentenceStarts().length; s++) {
      int from = tokens.sentenceStarts()[s];
      sentenceStart[from] = true;
      int to = tokens.sentenceEnd(s);
      boolean loud = tagged.shouted(s);
      for (int i = from; i < to; i++) {
        shouted[i] = loud;
      }
    }
  }

  /**
   * The mentions of the tagger's spans, in text order. Names of two or more words are resolved
   * first, so that a lone surname or acronym anywhere in the document can refer to them.
   */
  List<EntityMention> link(List<TaggedSpan> spans) {
    EntityMention[] out = new EntityMention[spans.size()];
    // trimmed once for both passes: trimming reads the text and the gazetteer, nothing linked
    TaggedSpan[] trimmed = new TaggedSpan[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      trimmed[i] = trim(spans.get(i));
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < spans.size(); i++) {
        TaggedSpan s = trimmed[i];
        if (s == null) {
          continue;
        }
        boolean single = s.end() - s.start() == 1;
        if ((pass == 0) == single) {
          continue;
        }
        EntityMention m = resolve(s);
        if (m != null) {
          remember(s, m);
          out[i] = m;
        }
      }
    }
    List<EntityMention> list = new ArrayList<>(out.length);
    for (EntityMention m : out) {
      if (m != null) {
        list.add(m);
      }
    }
    return list;
  }

  /** Drops punctuation the span may have taken in at its ends, and a title before a name. */
  private TaggedSpan trim(TaggedSpan s) {
    int a = s.start();
    int b = s.end();
    while (b > a && !Text.hasWordChar(words[b - 1]) && !closesBracket(a, b - 1)) {
      b--;
    }
    while (a < b && !Text.hasWordChar(words[a])) {
      a++;
    }
    // "The Royal Marines" at a sentence's start: the article is no part of the name.
    if (b - a > 1 && words[a].equalsIgnoreCase("the")) {
      a++;
    }
    String type = s.type();
    // "Mr Fontaine", "President Obama": the title says who, but is no part of the name. Not in
    // "General Motors Corp" or "General Electric": a company's legal form or a known name as a
    // whole says the first word is part of the name, not a rank.
    if (b - a > 1 && isTitle(a) && !companyOrKnownName(a, b)) {
      while (b - a > 1 && isTitle(a)) {
        a++;
        type = "PER";
      }
    }
    // "General Petraeus" where the tagger took only the name: a rank written before it says who,
    // unless the name ends in an ordinary word ("the General Assembly").
    if (a == s.start()
        && a > 0
        && !type.equals("PER")
        && Character.isUpperCase(words[a - 1].charAt(0))
        && isTitle(a - 1)
        && !companyOrKnownName(a - 1, b)
        && !knownAsOther(a, b)
        && !gazetteer.isCommonWord(Text.key(words[b - 1]))) {
      type = "PER";
    }
    if (type.equals("ORG")) {
      // "(Japan) Ltd and Hoare Govett": the legal forms that close one company's name open no
      // other's, and alone they name no company. Not "Limited Brands Inc": without the "and"
      // after it, a first word that is also a legal form is part of the name.
      int c = a;
      while (c < b && legalForm(c)) {
        c++;
      }
      if (c == b) {
        return null;
      }
      if (c > a && words[c].equalsIgnoreCase("and")) {
        a = c + 1;
      }
    }
    if (a >= b) {
      return null;
    }
    return new TaggedSpan(a, b, type, s.confidence());
  }

  /** Whether token {@code i} is a title or rank ("Mr", "President", "General"). */
  private boolean isTitle(int i) {
    return TITLES.contains(Text.key(words[i]));
  }

  /**
   * Whether token {@code i} is a company's legal form ("Ltd", "Co", "Inc"), not written in
   * capitals: "CO" is Colorado and "ASA" an authority as often as a legal form.
   */
  private boolean legalForm(int i) {
    String w = words[i];
    return COMPANY_SUFFIXES.contains(Text.key(w)) && !isAcronym(w);
  }

  /**
   * Whether words {@code a..b} end in a company's legal form ("Corp", "Co", "Inc") or are, as a
   * whole, a name the gazetteer knows as something other than a person.
   */
  private boolean companyOrKnownName(int a, int b) {
    if (b - a < 2) {
      return false;
    }
    String key = Text.key(String.join(" ", java.util.Arrays.copyOfRange(words, a, b)));
    return !stripCompanySuffix(key).equals(key) || knownAsOther(a, b);
  }

  /** Whether words {@code a..b} are a name the gazetteer knows as something other than a person. */
  private boolean knownAsOther(int a, int b) {
    String key = Text.key(String.join(" ", java.util.Arrays.copyOfRange(words, a, b)));
    for (Gazetteer.Entry e : gazetteer.entries(key)) {
      if (e.entity().type() != EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * A first name and surname the gazetteer does not know, with a slip in the first name of a
   * well-known bearer of the surname: "Barok Obama" is Barack Obama. Commenters misspell famous
   * people as they misspell places; the surname must be exact, and a short first name ("Jill
   * Clinton") gets no leeway.
   */
  private Optional<Entity> misspeltPerson(String key) {
    int sp = key.indexOf(' ');
    if (sp < 0 || key.indexOf(' ', sp + 1) >= 0) {
      return Optional.empty();
    }
    String first = key.substring(0, sp);
    int maxEdits = first.length() >= 5 ? 2 : first.length() == 4 ? 1 : 0;
    if (maxEdits == 0 || !first.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return gazetteer.wellKnownWithSurname(key.substring(sp + 1), first, maxEdits);
  }

  /** "Mladost ( L )": a closing bracket whose opening one is inside the span stays. */
  private boolean closesBracket(int a, int i) {
    if (!words[i].equals(")")) {
      return false;
    }
    for (int k = a; k < i; k++) {
      if (words[k].equals("(")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("'S");
  }

  private EntityMention resolve(TaggedSpan s) {
    String surface = tokens.text().substring(tokens.start()[s.start()], tokens.end()[s.end() - 1]);
    String type = s.type();
    boolean single = s.end() - s.start() == 1;
    double p = s.confidence();
    // "Lord 's" keeps its possessive as written; the name is looked up without it.
    int nameEnd = s.end();
    while (nameEnd - s.start() > 1 && isPossessive(words[nameEnd - 1])) {
      nameEnd--;
    }
    String nameSurface =
        tokens.text().substring(tokens.start()[s.start()], tokens.end()[nameEnd - 1]);
    String key = Text.key(nameSurface);
    if (key.isEmpty()) {
      return null;
    }
    List<Gazetteer.Entry> known = gazetteer.entries(key);
    if (known.isEmpty() && (type.equals("LOC") || !single)) {
      // "Saraqeb" is GeoNames' "Sarāqib". A single word the tagger took for a person or an
      // organisation stays one: it is more often a surname ("Qassem") than a town.
      known = gazetteer.romanisedEntries(nameSurface);
    }
    boolean oneWord = nameEnd - s.start() == 1;
    if (oneWord && type.equals("PER")) {
      EntityMention named = personsByWord.get(key);
      boolean titled = s.start() > 0 && isTitle(s.start() - 1);
      if (named == null && p < CONFIDENT && !titled) {
        // "Wendy's retreated" after "Wendy's International Inc": the first word of a company the
        // document named, which no person of the document bears, is that company; not after a
        // title ("President Ford" beside "Ford Motor Co").
        named = orgsByFirstWord.get(key);
      }
      if (named != null) {
        return mention(
            s, named.id(), named.name(), named.type(), named.subtype(), p, EntityRecognizer.COREF);
      }
    }
    Gazetteer.Entry e = choose(known, type, surface);
    if (e == null && type.equals("ORG")) {
      String bare = stripCompanySuffix(key);
      if (!bare.equals(key)) {
        e = choose(gazetteer.entries(bare), type, surface);
      }
    }
    if (e != null && weakEvidence(e, s)) {
      return null;
    }
    if (e != null) {
      return mention(s, e.entity(), p, EntityRecognizer.sourceOf(e));
    }
    if (type.equals("ORG")) {
      EntityMention named = oneWord ? orgsByFirstWord.get(key) : null;
      if (named == null && single && isAcronym(surface)) {
        named = orgsByInitials.get(key);
      }
      if (named == null && single && !sentenceStart[s.start()] && gazetteer.isCommonWord(key)) {
        // "a Bank spokesman said", after "the Bank of France": a capitalised common noun is the
        // organisation the document named by it, not an organisation called "Bank".
        named = sharedHeads.contains(key) ? null : orgsByHead.get(key);
      }
      if (named != null) {
        return mention(
            s, named.id(), named.name(), named.type(), named.subtype(), p, EntityRecognizer.COREF);
      }
    }
    if (!single && type.equals("PER") && nameEnd - s.start() == 2) {
      Optional<Entity> slip = misspeltPerson(key);
      if (slip.isPresent()) {
        return mention(s, slip.get(), p * 0.8, EntityRecognizer.FUZZY);
      }
    }
    if (single && type.equals("PER")) {
      Optional<Entity> bearer = gazetteer.wellKnownBearer(key);
      if (bearer.isPresent()) {
        return mention(s, bearer.get(), p * 0.8, EntityRecognizer.SURNAME);
      }
    }
    if (single && type.equals("PER") && p < CONFIDENT) {
      // A lone word no list knows as a person, which the curated news layer knows as an
      // organisation ("Reuter" signing a wire story): the tagger took it for a surname.
      for (Gazetteer.Entry any : known) {
        if (any.priority() >= 3
            && any.entity().type() == EntityType.ORGANIZATION
            && !any.commonWord()
            && (!any.exactCase() || Text.letters(surface).equals(Text.letters(any.form())))) {
          return mention(s, any.entity(), p, EntityRecognizer.sourceOf(any));
        }
      }
    }
    if (p < UNSURE) {
      // The tagger hesitates over the kind of name: the gazetteer's own type decides. Of the
      // generated layers only places: their lists of brands and shops hold names like people's.
      for (Gazetteer.Entry any : known) {
        if ((any.priority() >= 2 || any.entity().type() == EntityType.LOCATION)
            && !any.commonWord()
            && (!any.exactCase() || Text.letters(surface).equals(Text.letters(any.form())))) {
          return mention(s, any.entity(), p, EntityRecognizer.sourceOf(any));
        }
      }
    }
    if (single && (!type.equals("PER") || p < UNSURE)) {
      Optional<Gazetteer.Entry> fuzzy = fuzzy(surface, key, p < UNSURE ? "MISC" : type);
      if (fuzzy.isPresent()) {
        return mention(s, fuzzy.get().entity(), p * 0.8, EntityRecognizer.FUZZY);
      }
    }
    if (type.equals("MISC")) {
      // Works, products, events and nationalities the gazetteer does not know: no entity a
      // journalist asks "who" about.
      return null;
    }
    String slugKey = Text.key(surface.replace("'", "").replace("’", ""));
    if (slugKey.isEmpty()) {
      return null;
    }
    String canonical = type.equals("ORG") ? stripCompanySuffix(slugKey) : slugKey;
    String name = displayName(surface, type.equals("ORG") ? canonical : null);
    boolean arabicGroup =
        canonical.indexOf(' ') > 0
            && ARABIC_GROUP_HEADS.contains(canonical.substring(0, canonical.indexOf(' ')));
    EntityType t =
        switch (type) {
          case "PER" -> arabicGroup ? EntityType.GROUP : EntityType.PERSON;
          case "LOC" -> EntityType.LOCATION;
          case "ORG" ->
              arabicGroup
                      || GROUP_HEADS.contains(canonical.substring(canonical.lastIndexOf(' ') + 1))
                  ? EntityType.GROUP
                  : EntityType.ORGANIZATION;
          default -> EntityType.OTHER;
        };
    String id = "slug:" + canonical.replace(' ', '-');
    Optional<Entity> taken = gazetteer.byId(id);
    if (taken.isPresent() && taken.get().type() != t) {
      // A curated slug of another kind ("slug:allah"): this name is something else.
      id = id + "-" + t.name().toLowerCase(Locale.ROOT);
    }
    return mention(s, id, name, t, "", p, EntityRecognizer.TAGGER);
  }

  /**
   * Where the writing carries no sign of a name, a name that is also an English word needs a
   * confident tagger: "china plates" in lower case, "KILL US ALL" in capitals.
   */
  private boolean weakEvidence(Gazetteer.Entry e, TaggedSpan s) {
    if (s.confidence() >= CONFIDENT) {
      return false;
    }
    // A sentence's first capital is no sign of a name: "Navy seals are cute" is lower case.
    boolean lower = true;
    for (int i = s.start(); i < s.end(); i++) {
      int from = sentenceStart[i] ? 1 : 0;
      for (int k = from; k < words[i].length(); k++) {
        lower &= !Character.isUpperCase(words[i].charAt(k));
      }
    }
    boolean words = true;
    for (String w : e.key().split(" ")) {
      words &= gazetteer.isCommonWord(w);
    }
    return (lower && (e.commonWord() || words)) || (e.ambiguousShortForm() && shouted[s.start()]);
  }

  /** The best entry whose entity fits the tagger's type; short forms only as written. */
  private static Gazetteer.Entry choose(
      List<Gazetteer.Entry> entries, String type, String surface) {
    String letters = null;
    for (Gazetteer.Entry e : entries) {
      if (e.commonWord() && e.priority() <= 1) {
        // A generated list's shop or party called "Blacks" or "Liberals" is not what the word
        // means in a comment; only countries and curated names that are words ("Turkey") link.
        continue;
      }
      if (e.exactCase()) {
        if (letters == null) {
          letters = Text.letters(surface);
        }
        if (!letters.equals(Text.letters(e.form()))) {
          continue;
        }
      }
      if (compatible(e, type)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether an entry can be what the tagger found. Places are often teams or surnames ("Leeds beat
   * Chelsea", "Kate Middleton"), so a name the tagger calls a person or organisation never links to
   * a town; countries acting as governments may be tagged as organisations.
   */
  private static boolean compatible(Gazetteer.Entry e, String type) {
    EntityType t = e.entity().type();
    String sub = e.entity().subtype();
    if (e.kind() == Gazetteer.Kind.DEMONYM) {
      return type.equals("MISC") || (type.equals("ORG") && t == EntityType.GROUP);
    }
    if (e.priority() >= 3
        && (t == EntityType.OTHER || t == EntityType.EVENT || t == EntityType.GROUP)) {
      // Curated deities, events and peoples have no type of the tagger's own: trust the list.
      return true;
    }
    if (e.priority() >= 3 && t == EntityType.ORGANIZATION && type.equals("LOC")) {
      // An institution named by its building ("the White House said"): the list knows which.
      // The other way round is not safe: teams are named after their towns.
      return true;
    }
    return switch (type) {
      case "PER" -> t == EntityType.PERSON || (t == EntityType.OTHER && e.priority() >= 3);
      case "LOC" -> t == EntityType.LOCATION;
      case "ORG" ->
          t == EntityType.ORGANIZATION
              || t == EntityType.GROUP
              || (t == EntityType.LOCATION
                  && (sub.equals("country") || sub.equals("continent"))
                  && e.priority() >= 3);
      // "Middle East" in "our Middle East correspondent" is tagged as part of a title (MISC),
      // yet names the region.
      default ->
          t == EntityType.GROUP
              || t == EntityType.EVENT
              || t == EntityType.OTHER
              || (t == EntityType.LOCATION && e.priority() >= 2);
    };
  }

  /** "international business machines corp" is "international business machines". */
  static String stripCompanySuffix(String key) {
    String k = key;
    boolean stripped = false;
    while (true) {
      int sp = k.lastIndexOf(' ');
      String last = sp < 0 ? "" : k.substring(sp + 1);
      // "Morgan Stanley and Co": the "and" belongs to the legal form that went.
      if (sp < 0 || !(COMPANY_SUFFIXES.contains(last) || stripped && last.equals("and"))) {
        return k;
      }
      stripped = true;
      k = k.substring(0, sp);
    }
  }

  private static boolean isAcronym(String surface) {
    String l = Text.letters(surface);
    if (l.length() < 2 || l.length() > 6) {
      return false;
    }
    for (int i = 0; i < l.length(); i++) {
      if (!Character.isUpperCase(l.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A well-known place or group this capitalised word may misspell (see {@link #fuzzy}). */
  Optional<Gazetteer.Entry> misspelling(String surface, String key) {
    return surface.isEmpty() ? Optional.empty() : fuzzy(surface, key, "MISC");
  }

  /**
   * A misspelt place or group ("Allepo", "Damascas"; see {@link Misspellings}): never for common
   * words, given names, names the gazetteer holds, acronyms or anything with digits.
   */
  private Optional<Gazetteer.Entry> fuzzy(String surface, String key, String type) {
    int len = key.length();
    if (len < 5
        || key.indexOf(' ') >= 0
        || !Character.isUpperCase(surface.charAt(0))
        || isAcronym(surface)
        || !key.chars().allMatch(Character::isLetter)
        || gazetteer.isCommonWord(key)
        || gazetteer.isGivenName(key)
        || gazetteer.hasName(key)
        || (key.endsWith("s") && gazetteer.hasName(key.substring(0, len - 1)))) {
      return Optional.empty();
    }
    return misspellings.nearest(key, type.equals("LOC"));
  }

  private void remember(TaggedSpan s, EntityMention m) {
    int n = s.end() - s.start();
    if (n < 2) {
      return;
    }
    if (m.type() == EntityType.PERSON) {
      for (int i = s.start(); i < s.end(); i++) {
        String w = Text.key(words[i]);
        if (w.length() > 1 && !gazetteer.isCommonWord(w)) {
          personsByWord.putIfAbsent(w, m);
        }
      }
    } else if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.GROUP) {
      String first = Text.key(words[s.start()]);
      if (!gazetteer.isCommonWord(first)) {
        orgsByFirstWord.putIfAbsent(first, m);
      }
      StringBuilder initials = new StringBuilder();
      for (int i = s.start(); i < s.end(); i++) {
        String w = words[i];
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(Character.toLowerCase(w.charAt(0)));
        }
      }
      if (initials.length() >= 2) {
        orgsByInitials.putIfAbsent(initials.toString(), m);
      }
      String head = head(s);
      if (m.type() == EntityType.ORGANIZATION && gazetteer.isCommonWord(head)) {
        EntityMention before = orgsByHead.putIfAbsent(head, m);
        if (before != null && !before.id().equals(m.id())) {
          sharedHeads.add(head);
        }
      }
    }
  }

  /**
   * The noun an organisation's name is built on, by which news writing refers back to it ("the
   * Bank", "the Commission"): the first word before "of" or "for" ("Bank of France"), else the last
   * word before any legal form ("World Bank", "EC Commission", "Swiss Bank Corp").
   */
  private String head(TaggedSpan s) {
    if (s.end() - s.start() > 2) {
      String second = Text.key(words[s.start() + 1]);
      if (second.equals("of") || second.equals("for")) {
        return Text.key(words[s.start()]);
      }
    }
    String bare =
        stripCompanySuffix(
            Text.key(String.join(" ", Arrays.copyOfRange(words, s.start(), s.end()))));
    return bare.substring(bare.lastIndexOf(' ') + 1);
  }

  /** The name as written, unless it is shouted or all lower case: then capitalised words. */
  private static String displayName(String surface, String canonicalKey) {
    String s = surface.replaceAll("\\s+", " ");
    boolean anyLower = false;
    boolean anyUpper = false;
    for (int i = 0; i < s.length(); i++) {
      anyLower |= Character.isLowerCase(s.charAt(i));
      anyUpper |= Character.isUpperCase(s.charAt(i));
    }
    if (canonicalKey != null && !Text.key(s).equals(canonicalKey)) {
      // Drop the legal form so that "Chrysler Corp" and "Chrysler" read alike.
      int words = canonicalKey.split(" ").length;
      List<String> parts = List.of(s.split(" "));
      if (parts.size() > words) {
        s = String.join(" ", parts.subList(0, words));
      }
    }
    if (anyLower && anyUpper) {
      return s;
    }
    if (!anyLower && Text.letters(s).length() <= 4) {
      return s; // an acronym: "IBM", "SEC"
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c) && c != '\'' && c != '’';
    }
    return sb.toString().toLowerCase(Locale.ROOT).equals(sb.toString()) ? s : sb.toString();
  }

  private EntityMention mention(TaggedSpan s, Entity x, double conf, String source) {
    return mention(s, x.id(), x.name(), x.type(), x.subtype(), conf, source);
  }

  private EntityMention mention(
      TaggedSpan s,
      String id,
      String name,
      EntityType type,
      String subtype,
      double conf,
      String source) {
    int b = tokens.start()[s.start()];
    int e = tokens.end()[s.end() - 1];
    return new EntityMention(
        id,
        name,
        type,
        subtype,
        tokens.text().substring(b, e),
        b,
        e,
        Math.max(0.01, Math.min(1, conf)),
        source);
  }

  /** Damerau-Levenshtein distance, or {@code max + 1} once it is certain to exceed {@code max}. */
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
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
