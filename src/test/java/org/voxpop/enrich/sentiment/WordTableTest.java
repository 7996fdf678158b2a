package org.voxpop.enrich.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The scorers read each token's VADER valence, booster value, list memberships and stance flags
 * from {@link WordTable} by the id looked up once when tokenising; a user relies on those answers
 * being exactly what the word lists themselves say, or the sentiment, stance and abuse of a text
 * would quietly change. Checked here word by word against the lists.
 */
class WordTableTest {
  private static final Vader VADER = SentimentScorer.create().vader();
  private static final WordTable TABLE = VADER.words();

  private static Set<String> everyListedWord() {
    Set<String> all = new TreeSet<>(VADER.lexicon().keySet());
    all.addAll(Vader.BOOSTERS.keySet());
    all.addAll(Vader.NEGATE);
    all.addAll(Vader.IDIOM_WORDS);
    all.addAll(StanceSentence.CLAUSE_WORDS);
    all.addAll(StanceFeatures.flagWords());
    return all;
  }

  @Test
  void eachWordHasTheValenceBoosterAndListsOfTheWordLists() {
    Map<String, Double> lexicon = VADER.lexicon();
    for (String w : everyListedWord()) {
      int id = TABLE.id(w);
      if (w.indexOf(' ') >= 0) {
        continue; // "kind of": two-word boosters are never one token
      }
      assertNotEquals(WordTable.NONE, id, w);
      Double v = lexicon.get(w);
      assertEquals(v == null ? Double.NaN : v, TABLE.valence(id), w);
      assertEquals(Vader.BOOSTERS.getOrDefault(w, 0.0), TABLE.booster(id), w);
      assertEquals(Vader.NEGATE.contains(w), TABLE.is(id, WordTable.NEGATE), w);
      assertEquals(Vader.IDIOM_WORDS.contains(w), TABLE.is(id, WordTable.IDIOM), w);
      assertEquals(StanceSentence.CLAUSE_WORDS.contains(w), TABLE.is(id, WordTable.CLAUSE), w);
      assertEquals(StanceFeatures.flags(w), TABLE.stanceFlags(id), w);
    }
  }

  @Test
  void anUnlistedWordHasNoIdNoValenceAndOnlyItsNegationFlag() {
    for (String w : new String[] {"raqqa", "xyzzy", "wouldn't've", "", "\u00e9t\u00e9"}) {
      int id = TABLE.id(w);
      assertEquals(WordTable.NONE, id, w);
      assertEquals(Double.NaN, TABLE.valence(id));
      assertEquals(0.0, TABLE.booster(id));
      assertEquals(StanceFeatures.flags(w), StanceFeatures.unlistedFlags(w), w);
    }
  }

  @Test
  void tokensCarryTheIdOfTheirLowerCaseWordAndWhetherTheyAreInCapitals() {
    String text = "The movie was GREAT, but Raqqa... not so much :)";
    Tokens t = VADER.tokenize(text, 0, text.length());
    for (int i = 0; i < t.size; i++) {
      assertEquals(TABLE.id(t.lower[i]), t.id[i], t.raw[i]);
      assertEquals(Tokens.isUpper(t.raw[i]), t.upper[i], t.raw[i]);
    }
    assertEquals(3.1, TABLE.valence(t.id[3]), "great"); // VADER's valence of "great"
  }

  @Test
  void theTokeniserFindsEveryWordHoweverItIsCapitalisedAndGivesItsTextBack() {
    // the tokeniser lowers, hashes and looks up a word of ASCII in one pass without a lower-case
    // string: whatever the capitals, it must find the same id, and raw and lower text as before
    for (String w : everyListedWord()) {
      if (w.indexOf(' ') >= 0 || w.isEmpty()) {
        continue;
      }
      for (String written :
          new String[] {w, w.toUpperCase(java.util.Locale.ROOT), capitalised(w)}) {
        String text = "x " + written + " y";
        Tokens t = VADER.tokenize(text, 2, 2 + written.length());
        for (int i = 0; i < t.size; i++) {
          assertEquals(t.raw[i].toLowerCase(java.util.Locale.ROOT), t.lower[i], written);
          assertEquals(TABLE.id(t.lower[i]), t.id[i], written);
          assertEquals(Tokens.isUpper(t.raw[i]), t.upper[i], written);
        }
      }
    }
  }

  @Test
  void aTokenIsFoundByItsCharactersInPlace() {
    for (String w : new String[] {"Great", "GREAT", "great", "Raqqa", "x", ":)", "NOT", "n't"}) {
      String text = "[" + w + "]";
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      assertEquals(TABLE.id(lower), TABLE.id(text, 1, 1 + w.length(), lower.hashCode()), w);
    }
  }

  private static String capitalised(String w) {
    return w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
  }
}
