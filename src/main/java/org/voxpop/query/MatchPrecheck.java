package org.voxpop.query;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.voxpop.index.Schema;

/**
 * Tells, without analysing a text, that the highlighter would find none of the query's words in it,
 * so that it need not analyse it. A hit found through its comments (the article of a join) seldom
 * holds the comments' words itself, and analysing its body only to find nothing was most of what
 * such a page cost.
 *
 * <p>It never says no to a text that holds a match: the exact analysis lower-cases and folds a
 * token character by character, so every token it makes, and every word the query asks the text
 * field for, is a substring of the whole text lower-cased and folded the same way. Queries whose
 * words are open-ended (wildcards, fuzzy terms, regular expressions) get no precheck.
 */
final class MatchPrecheck {
  private final Set<String> words;

  private MatchPrecheck(Set<String> words) {
    this.words = words;
  }

  /** The precheck for a query's words in {@link Schema#TEXT}; empty when it cannot be had. */
  static Optional<MatchPrecheck> of(Query query) {
    Set<String> words = new HashSet<>();
    boolean[] openEnded = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return Schema.TEXT.equals(field);
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term term : terms) {
              words.add(term.text());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            openEnded[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // words of excluded clauses too: checking more words can only say yes more
            // often
          }
        });
    return openEnded[0] ? Optional.empty() : Optional.of(new MatchPrecheck(Set.copyOf(words)));
  }

  /** False only when the text holds none of the query's words; true when it may. */
  boolean mayMatch(String text) {
    if (words.isEmpty()) {
      return false;
    }
    String folded = folded(text);
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The text as the exact analysis sees each of its tokens: lower-cased, then folded to ASCII. */
  static String folded(String text) {
    if (isAscii(text)) {
      // Most texts: lower-casing is all there is to do, and the JDK does it fastest.
      return text.toLowerCase(Locale.ROOT);
    }
    char[] chars = text.toCharArray();
    CharacterUtils.toLowerCase(chars, 0, chars.length);
    char[] out = new char[chars.length * 4]; // a character folds to at most four
    int length = 0;
    for (int i = 0; i < chars.length; i++) {
      // ASCII folds to itself; Lucene's folding table is one method too large for the JIT to
      // compile, so it is called only for the characters it can change.
      length =
          chars[i] < 0x80
              ? put(out, length, chars[i])
              : ASCIIFoldingFilter.foldToASCII(chars, i, out, length, 1);
    }
    return new String(out, 0, length);
  }

  private static boolean isAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int put(char[] out, int at, char c) {
    out[at] = c;
    return at + 1;
  }
}
