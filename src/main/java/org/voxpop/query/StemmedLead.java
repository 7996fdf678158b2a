package org.voxpop.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.voxpop.index.Schema;

/**
 * Rewrites "a word in the exact field OR the same word in the stemmed field" so that the stemmed
 * field alone finds the matches and the exact field only adds to their score: same documents, same
 * scores, about a quarter less work per match than Lucene's disjunction of two postings lists that
 * mostly hold the same documents.
 *
 * <p>It is only done where it is exact. A document whose exact field holds word {@code q} holds
 * {@code stem(q)} in its stemmed field, because both fields fold case and accents the same way and
 * the stemmed one then drops possessives and stems; the only ways out are a stop word (whose
 * stemmed query is empty, so there is no pair to rewrite) and an apostrophe, which the possessive
 * filter treats differently from folding. So the rewrite applies to words of letters and digits
 * only ("raqqa", "blaming"), never to "raqqa's" or "u.s", and only where the stemmed clause is that
 * word's own stem.
 */
final class StemmedLead {
  private StemmedLead() {}

  /** Each exact field and its stemmed twin. */
  private static final Map<String, String> STEMMED_TWIN =
      Map.of(Schema.TEXT, Schema.TEXT_STEMMED, Schema.TITLE, Schema.TITLE_STEMMED);

  /**
   * The query with every rewritable pair rewritten, in its optional clauses and in those of the
   * boolean queries it is made of.
   */
  static Query rewrite(Query query, Analyzer analyzer) {
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    if (bool.getMinimumNumberShouldMatch() != 0
        || !bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      // "U.S.-backed" is one query of two required words: each word is such a disjunction
      BooleanQuery.Builder out =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      bool.clauses().forEach(c -> out.add(rewrite(c.query(), analyzer), c.occur()));
      return out.build();
    }
    List<Query> clauses = new ArrayList<>();
    bool.clauses().forEach(c -> clauses.add(c.query()));
    boolean changed = false;
    for (Map.Entry<String, String> twin : STEMMED_TWIN.entrySet()) {
      int exact = indexOf(clauses, twin.getKey());
      int stemmed = indexOf(clauses, twin.getValue());
      if (exact < 0 || stemmed < 0) {
        continue;
      }
      String word = term(clauses.get(exact)).orElseThrow();
      // The two clauses must be one word: the query parser lines the fields' clauses up by
      // position, and for "in-depth" the stemmed field (which drops "in") puts "depth" beside "in".
      if (!lettersAndDigits(word)
          || !stemmedForm(analyzer, twin.getValue(), word).equals(term(clauses.get(stemmed)))) {
        continue;
      }
      Query pair =
          new BooleanQuery.Builder()
              .add(clauses.get(stemmed), BooleanClause.Occur.MUST)
              .add(clauses.get(exact), BooleanClause.Occur.SHOULD)
              .build();
      clauses.set(Math.min(exact, stemmed), pair);
      clauses.remove(Math.max(exact, stemmed));
      changed = true;
    }
    if (!changed) {
      return query;
    }
    if (clauses.size() == 1) {
      return clauses.get(0);
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    clauses.forEach(c -> out.add(c, BooleanClause.Occur.SHOULD));
    return out.build();
  }

  /** Index of the clause that is a single (possibly boosted) term query on the field, or -1. */
  private static int indexOf(List<Query> clauses, String field) {
    int found = -1;
    for (int i = 0; i < clauses.size(); i++) {
      if (fieldOf(clauses.get(i)).filter(field::equals).isPresent()) {
        if (found >= 0) {
          return -1; // the field twice: not the shape this rewrite knows
        }
        found = i;
      }
    }
    return found;
  }

  private static Optional<String> fieldOf(Query q) {
    Query inner = q instanceof BoostQuery boost ? boost.getQuery() : q;
    return inner instanceof TermQuery term ? Optional.of(term.getTerm().field()) : Optional.empty();
  }

  private static Optional<String> term(Query q) {
    Query inner = q instanceof BoostQuery boost ? boost.getQuery() : q;
    return inner instanceof TermQuery term ? Optional.of(term.getTerm().text()) : Optional.empty();
  }

  /** The one token the stemmed field's analysis makes of a word; empty for none or several. */
  private static Optional<String> stemmedForm(Analyzer analyzer, String field, String word) {
    try (TokenStream stream = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      Optional<String> only =
          stream.incrementToken() ? Optional.of(term.toString()) : Optional.empty();
      if (stream.incrementToken()) {
        only = Optional.empty();
      }
      stream.end();
      return only;
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query word in memory", e);
    }
  }

  private static boolean lettersAndDigits(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(Character::isLetterOrDigit);
  }
}
