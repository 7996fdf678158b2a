package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voxpop.enrich.entity.tagger.TaggedSpan;
import org.voxpop.enrich.entity.tagger.Tokens;

/**
 * Resolves the names the tagger found in one document to canonical entities: the gazetteer's
 * name or alias of a compatible type, forms of one company name ("IBM Corp", "IBM"), a person
 * named in full elsewhere in the document ("Obama" after "Barack Obama"), an acronym of an
 * organisation named in the document, the well-known bearer of a surname, a misspelt place or
 * group; else a stable slug of the name, so that the same unknown name is one entity everywhere.
 *
 * <p>One instance per document; not thread safe.
 */
final class EntityLinker {

  /** Legal forms that do not change which company is meant. */
  private static final Set<String> COMPANY_SUFFIXES = Set.of(
      "corp", "corporation", "inc", "incorporated", "co", "cos", "company", "ltd", "limited",
      "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oy", "kk", "pty",
      "holdings", "group");

  /**
   * Last words of an organisation's name that make it a group of fighters or a movement
   * (voxpop's GROUP), a line the training corpora do not draw.
   */
  private static final Set<String> GROUP_HEADS = Set.of(
      "army", "front", "brigade", "brigades", "militia", "militias", "movement", "forces",
      "rebels", "legion", "battalion", "battalions", "regiment", "guard", "guards");

  /** Titles before a person's name; royal ones ("Prince William") are part of it. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "president", "senator", "sen", "rep", "gen", "general",
      "minister", "colonel", "col", "governor", "gov", "mayor", "judge", "ayatollah", "imam",
      "rev", "reverend", "chancellor", "secretary", "prof", "professor", "captain", "capt", "sgt",
      "lt", "officer", "coach", "premier", "chairman", "sir");

  private final Gazetteer gazetteer;
  private final Tokens tokens;
  private final String[] words;
  /** Persons named with two or more words in this document, by each of their name words. */
  private final Map<String, EntityMention> personsByWord = new HashMap<>();
  /** Organisations named with two or more words, by their first word and by their initials. */
  private final Map<String, EntityMention> orgsByFirstWord = new HashMap<>();
  private final Map<String, EntityMention> orgsByInitials = new HashMap<>();

  EntityLinker(Gazetteer gazetteer, Tokens tokens, String[] words) {
    this.gazetteer = gazetteer;
    this.tokens = tokens;
    this.words = words;
  }

  /**
   * The mentions of the tagger's spans, in text order. Names of two or more words are resolved
   * first, so that a lone surname or acronym anywhere in the document can refer to them.
   */
  List<EntityMention> link(List<TaggedSpan> spans) {
    EntityMention[] out = new EntityMention[spans.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < spans.size(); i++) {
        TaggedSpan s = trim(spans.get(i));
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

  /** Drops a trailing possessive and punctuation the span may have taken in. */
  private TaggedSpan trim(TaggedSpan s) {
    int a = s.start();
    int b = s.end();
    while (b > a && (isPossessive(words[b - 1]) || Text.tokens(words[b - 1]).isEmpty())) {
      b--;
    }
    while (a < b && Text.tokens(words[a]).isEmpty()) {
      a++;
    }
    String type = s.type();
    // "Mr Fontaine", "President Obama": the title says who, but is no part of the name.
    while (b - a > 1 && TITLES.contains(Text.key(words[a]))) {
      a++;
      type = "PER";
    }
    if (a >= b) {
      return null;
    }
    return new TaggedSpan(a, b, type, s.confidence());
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")
        || w.equals("'S");
  }

  private EntityMention resolve(TaggedSpan s) {
    String surface = tokens.text().substring(tokens.start()[s.start()], tokens.end()[s.end() - 1]);
    String type = s.type();
    boolean single = s.end() - s.start() == 1;
    double p = s.confidence();
    String key = Text.key(surface);
    if (key.isEmpty()) {
      return null;
    }
    if (single && type.equals("PER")) {
      EntityMention named = personsByWord.get(key);
      if (named != null) {
        return mention(s, named.id(), named.name(), named.type(), named.subtype(), p,
            EntityRecognizer.COREF);
      }
    }
    Gazetteer.Entry e = choose(gazetteer.entries(key), type, surface);
    if (e == null && type.equals("ORG")) {
      String bare = stripCompanySuffix(key);
      if (!bare.equals(key)) {
        e = choose(gazetteer.entries(bare), type, surface);
      }
    }
    if (e != null) {
      String source = e.kind() == Gazetteer.Kind.DEMONYM ? EntityRecognizer.DEMONYM
          : EntityRecognizer.GAZETTEER;
      Entity x = e.entity();
      return mention(s, x.id(), x.name(), x.type(), x.subtype(), p, source);
    }
    if (type.equals("ORG")) {
      EntityMention named = single ? orgsByFirstWord.get(key) : null;
      if (named == null && single && isAcronym(surface)) {
        named = orgsByInitials.get(key);
      }
      if (named != null) {
        return mention(s, named.id(), named.name(), named.type(), named.subtype(), p,
            EntityRecognizer.COREF);
      }
    }
    if (single && type.equals("PER")) {
      Optional<Entity> bearer = gazetteer.wellKnownBearer(key);
      if (bearer.isPresent()) {
        Entity x = bearer.get();
        return mention(s, x.id(), x.name(), x.type(), x.subtype(), p * 0.8,
            EntityRecognizer.SURNAME);
      }
    }
    if (single && !type.equals("PER")) {
      Optional<Gazetteer.Entry> fuzzy = fuzzy(surface, key, type);
      if (fuzzy.isPresent()) {
        Entity x = fuzzy.get().entity();
        return mention(s, x.id(), x.name(), x.type(), x.subtype(), p * 0.8,
            EntityRecognizer.FUZZY);
      }
    }
    if (type.equals("MISC")) {
      // Works, products, events and nationalities the gazetteer does not know are no entity a
      // journalist asks "who" about; but "U.S. Citizen" or "Syrian Arab" still name a place.
      return innerName(s);
    }
    String slugKey = Text.key(surface.replace("'", "").replace("’", ""));
    if (slugKey.isEmpty()) {
      return null;
    }
    String canonical = type.equals("ORG") ? stripCompanySuffix(slugKey) : slugKey;
    String name = displayName(surface, type.equals("ORG") ? canonical : null);
    EntityType t = switch (type) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      case "ORG" -> GROUP_HEADS.contains(canonical.substring(canonical.lastIndexOf(' ') + 1))
          ? EntityType.GROUP : EntityType.ORGANIZATION;
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

  /** The longest country or curated name inside a span, as its own mention. */
  private EntityMention innerName(TaggedSpan s) {
    String[] inner = java.util.Arrays.copyOfRange(words, s.start(), s.end());
    NameMatches.Match best = null;
    for (NameMatches.Match m : NameMatches.find(gazetteer, inner)) {
      if (m.aligned() && (best == null || m.last() - m.first() > best.last() - best.first())) {
        String surface = tokens.text().substring(tokens.start()[s.start() + m.first()],
            tokens.end()[s.start() + m.last()]);
        for (Gazetteer.Entry e : m.entries()) {
          if (e.priority() >= 2 && !e.commonWord()
              && (!e.exactCase() || Text.letters(surface).equals(Text.letters(e.form())))) {
            best = new NameMatches.Match(m.first(), m.last(), true, List.of(e));
            break;
          }
        }
      }
    }
    if (best == null) {
      return null;
    }
    Gazetteer.Entry e = best.entries().get(0);
    Entity x = e.entity();
    TaggedSpan part = new TaggedSpan(s.start() + best.first(), s.start() + best.last() + 1, s.type(),
        s.confidence());
    return mention(part, x.id(), x.name(), x.type(), x.subtype(), s.confidence() * 0.9,
        e.kind() == Gazetteer.Kind.DEMONYM ? EntityRecognizer.DEMONYM : EntityRecognizer.GAZETTEER);
  }

  /** The best entry whose entity fits the tagger's type; short forms only as written. */
  private static Gazetteer.Entry choose(List<Gazetteer.Entry> entries, String type, String surface) {
    String letters = null;
    for (Gazetteer.Entry e : entries) {
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
   * Whether an entry can be what the tagger found. Places are often teams or surnames
   * ("Leeds beat Chelsea", "Kate Middleton"), so a name the tagger calls a person or organisation
   * never links to a town; countries acting as governments may be tagged as organisations.
   */
  private static boolean compatible(Gazetteer.Entry e, String type) {
    EntityType t = e.entity().type();
    String sub = e.entity().subtype();
    if (e.kind() == Gazetteer.Kind.DEMONYM) {
      return type.equals("MISC") || (type.equals("ORG") && t == EntityType.GROUP);
    }
    if (e.priority() >= 3 && !type.equals("PER") && t != EntityType.PERSON) {
      // Curated names are checked by hand and mean one thing: whether the White House is a
      // place or an institution, and what a deity or a people is, the tagger's four types do not
      // settle. A person is never anything else, though.
      return true;
    }
    if (e.priority() >= 3 && type.equals("PER") && t == EntityType.OTHER) {
      return true;
    }
    return switch (type) {
      case "PER" -> t == EntityType.PERSON || (t == EntityType.OTHER && e.priority() >= 3);
      case "LOC" -> t == EntityType.LOCATION;
      case "ORG" -> t == EntityType.ORGANIZATION || t == EntityType.GROUP
          || (t == EntityType.LOCATION && (sub.equals("country") || sub.equals("continent"))
              && e.priority() >= 3);
      default -> t == EntityType.GROUP || t == EntityType.EVENT || t == EntityType.OTHER;
    };
  }

  /** "international business machines corp" is "international business machines". */
  static String stripCompanySuffix(String key) {
    String k = key;
    while (true) {
      int sp = k.lastIndexOf(' ');
      if (sp < 0 || !COMPANY_SUFFIXES.contains(k.substring(sp + 1))) {
        return k;
      }
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

  /**
   * A misspelt place or group ("Allepo", "Damascas"): edit distance 1 (2 for long names) to a
   * well-known name of the tagger's kind, same first letter, doubled letters free. Never for
   * common words, given names, shouted words or anything with digits.
   */
  private Optional<Gazetteer.Entry> fuzzy(String surface, String key, String type) {
    int len = key.length();
    if (len < 5 || key.indexOf(' ') >= 0 || !Character.isUpperCase(surface.charAt(0))
        || isAcronym(surface) || !key.chars().allMatch(Character::isLetter)
        || gazetteer.isCommonWord(key) || gazetteer.isGivenName(key) || gazetteer.hasName(key)
        || (key.endsWith("s") && gazetteer.hasName(key.substring(0, len - 1)))) {
      return Optional.empty();
    }
    Map<String, List<Gazetteer.Entry>> dels = gazetteer.deletions();
    Gazetteer.Entry best = null;
    int bestDist = 3;
    String cw = Text.collapse(key);
    for (String d : Gazetteer.deletes(cw, len >= 8 ? 2 : 1)) {
      List<Gazetteer.Entry> cands = dels.get(d);
      if (cands == null) {
        continue;
      }
      for (Gazetteer.Entry e : cands) {
        EntityType t = e.entity().type();
        boolean kind = switch (type) {
          case "LOC" -> t == EntityType.LOCATION;
          case "MISC" -> t == EntityType.LOCATION || t == EntityType.GROUP;
          default -> t == EntityType.GROUP;
        };
        String target = e.key();
        if (!kind || target.charAt(0) != key.charAt(0)) {
          continue;
        }
        int allowed = Math.max(target.length(), len) >= 9 ? 2 : 1;
        // Doubled letters are the commonest slip in transliterated names; they cost nothing.
        int dist = Math.max(1, EntityRecognizer.damerau(cw, Text.collapse(target), allowed));
        if (dist <= allowed && (dist < bestDist || (dist == bestDist && e.better(best)))) {
          best = e;
          bestDist = dist;
        }
      }
    }
    return Optional.ofNullable(best);
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
    }
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

  private EntityMention mention(TaggedSpan s, String id, String name, EntityType type,
      String subtype, double conf, String source) {
    int b = tokens.start()[s.start()];
    int e = tokens.end()[s.end() - 1];
    return new EntityMention(id, name, type, subtype, tokens.text().substring(b, e), b, e,
        Math.max(0.01, Math.min(1, conf)), source);
  }
}
