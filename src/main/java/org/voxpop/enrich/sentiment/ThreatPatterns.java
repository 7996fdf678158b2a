package org.voxpop.enrich.sentiment;

import java.util.Set;

/**
 * Violence promised to or wished on someone, beyond the fixed threat phrases of the lexicon:
 *
 * <ul>
 *   <li>a speaker who means it, then a violent verb, then a person: "I will find you and kill you",
 *       "we should hang them all", "someone needs to shoot him", "I hope somebody stabs her" (the
 *       verb within five words of "I"/"we"/"someone" with a modal, "I'll", "gonna");
 *   <li>a person, then "should/must/needs to/deserves to be" and a violent participle: "he should
 *       be hanged", "they must be shot", "Muslims should be gassed".
 * </ul>
 *
 * <p>A report of violence is not a threat: "police shot him" has no speaker who means it, "the bill
 * should be killed" no person. Stateless; the caller supplies the target flags.
 */
final class ThreatPatterns {
  private ThreatPatterns() {}

  /** Role bit ({@link AbuseScorer} looks each word up once): a violent verb. */
  static final int VERB = 4;

  /** Role bit: a violent participle. */
  static final int PARTICIPLE = 8;

  static final Set<String> VERBS =
      Lexicons.set(
          "kill",
          "kills",
          "shoot",
          "shoots",
          "hang",
          "hangs",
          "stab",
          "stabs",
          "murder",
          "behead",
          "lynch",
          "strangle",
          "choke",
          "slaughter",
          "butcher",
          "execute",
          "burn",
          "rape",
          "gut",
          "torture",
          "beat",
          "hurt",
          "punch",
          "slap",
          "bash",
          "smash",
          "gas",
          "nuke",
          "bomb",
          "skin",
          "hunt",
          "whack",
          "shank",
          "stomp",
          "curb-stomp");
  static final Set<String> PARTICIPLES =
      Lexicons.set(
          "hanged",
          "hung",
          "shot",
          "killed",
          "executed",
          "lynched",
          "burned",
          "burnt",
          "beheaded",
          "gassed",
          "stabbed",
          "murdered",
          "strangled",
          "slaughtered",
          "tortured",
          "raped",
          "castrated",
          "stoned",
          "beaten",
          "nuked",
          "butchered",
          "skinned",
          "electrocuted",
          "gutted",
          "exterminated");

  /** Speakers who promise: they need a modal after them ("I will", "we should"). */
  private static final Set<String> SPEAKERS =
      Lexicons.set("i", "we", "someone", "somebody", "anyone", "anybody", "everyone", "people");

  /**
   * Speakers with the promise built in. Not "ill", "im", "i'm" or "lets": "mentally ill people hurt
   * him", "I'm sick of watching police beat him", "he lets them beat him" report violence ("I'm
   * gonna" is caught by "gonna").
   */
  private static final Set<String> PROMISES =
      Lexicons.set("i'll", "i'd", "we'll", "we'd", "gonna", "wanna", "let's");

  private static final Set<String> MODALS =
      Lexicons.set(
          "will", "shall", "should", "must", "need", "needs", "ought", "gonna", "going", "wanna",
          "want", "would", "could", "hope", "wish", "to");
  private static final Set<String> WISHES = Lexicons.set("hope", "wish", "pray");
  private static final Set<String> PASSIVE_MODALS =
      Lexicons.set(
          "should",
          "must",
          "ought",
          "need",
          "needs",
          "deserve",
          "deserves",
          "deserved",
          "oughta",
          "gotta");

  /**
   * "will be shot" is news about a third person ("He will be executed on Monday"), a threat to
   * "you".
   */
  private static final Set<String> FUTURE = Lexicons.set("will", "shall", "'ll");

  private static final Set<String> SECOND_PERSON = Lexicons.set("you", "u", "ya", "you'll");
  private static final Set<String> OBJECT_FILLERS =
      Lexicons.set(
          "the", "all", "every", "those", "these", "that", "this", "a", "each", "up", "down", "out",
          "of");

  /**
   * Marks each threat: {@code out[i]} is set at the violent verb or participle, 1 when aimed at a
   * person, 2 when aimed at an identity group.
   *
   * @param lw lower-case tokens
   * @param n how many
   * @param roles each token's role bits, {@link #VERB} and {@link #PARTICIPLE} among them
   * @param person tokens that point at a person: "you", "him", a name, a political camp
   * @param group tokens of an identity group
   * @return how many threats were marked
   */
  static int mark(String[] lw, int n, int[] roles, boolean[] person, boolean[] group, byte[] out) {
    int found = 0;
    for (int i = 0; i < n; i++) {
      byte aim = 0;
      if ((roles[i] & VERB) != 0 && promised(lw, i)) {
        aim = objectAfter(lw, n, i + 1, person, group);
      } else if ((roles[i] & PARTICIPLE) != 0
          && i >= 2
          && lw[i - 1].equals("be")
          && passiveModal(lw, i - 2)) {
        aim = subjectBefore(i - 2, person, group);
      }
      if (aim > 0) {
        out[i] = aim;
        found++;
      }
    }
    return found;
  }

  /** A speaker who means it, within the five words before the verb, with a modal between. */
  private static boolean promised(String[] lw, int verb) {
    boolean modal = false;
    for (int j = verb - 1; j >= Math.max(0, verb - 5); j--) {
      String w = lw[j];
      if (PROMISES.contains(w)) {
        return true;
      }
      if (SPEAKERS.contains(w) && (modal || (j > 0 && WISHES.contains(lw[j - 1])))) {
        return true;
      }
      if (WISHES.contains(w) && j > 0 && lw[j - 1].equals("i")) {
        return true; // "I hope ... kills him"
      }
      modal |= MODALS.contains(w) || w.endsWith("'ll");
    }
    return false;
  }

  /** "should be", "needs to be", "deserves to be": {@code at} is the word before "be". */
  private static boolean passiveModal(String[] lw, int at) {
    if (PASSIVE_MODALS.contains(lw[at])) {
      return true;
    }
    if (FUTURE.contains(lw[at]) && at > 0 && SECOND_PERSON.contains(lw[at - 1])) {
      return true; // "you will be shot"
    }
    if (lw[at].equals("you'll")) {
      return true;
    }
    return lw[at].equals("to") && at > 0 && PASSIVE_MODALS.contains(lw[at - 1]);
  }

  private static byte objectAfter(String[] lw, int n, int from, boolean[] person, boolean[] group) {
    for (int j = from, skipped = 0; j < n && skipped <= 2; j++, skipped++) {
      if (group[j]) {
        return 2;
      }
      if (person[j]) {
        return 1;
      }
      if (!OBJECT_FILLERS.contains(lw[j])) {
        return 0;
      }
    }
    return 0;
  }

  private static byte subjectBefore(int modal, boolean[] person, boolean[] group) {
    for (int j = modal - 1; j >= Math.max(0, modal - 4); j--) {
      if (group[j]) {
        return 2;
      }
      if (person[j]) {
        return 1;
      }
    }
    return 0;
  }
}
