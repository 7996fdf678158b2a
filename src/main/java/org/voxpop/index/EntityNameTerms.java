package org.voxpop.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.voxpop.enrich.StancedMention;

/**
 * The names documents gave their entities, written in {@link Schema#ENTITY_NAME} and read back as
 * each entity's most common name: how the facets label an entity the gazetteer does not know
 * ("USDA", "Standard and Poor's"), where the id alone gives "Usda" and "Standard And Poors".
 */
public final class EntityNameTerms {

  /**
   * Longest term written, in characters: a name this long is a recogniser's mistake on run-on text,
   * and the id alone labels it well enough (Lucene refuses terms over 32,766 bytes).
   */
  static final int MAX_CHARS = 1_000;

  private EntityNameTerms() {}

  /** The terms of one document: each (id, name) pair of its mentions once, in order. */
  static Set<String> of(List<StancedMention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (StancedMention m : mentions) {
      String id = m.mention().id();
      String name = m.mention().name();
      if (id.length() + name.length() < MAX_CHARS) {
        out.add(id + Schema.ENTITY_NAME_SEPARATOR + name);
      }
    }
    return out;
  }

  /**
   * Each entity's name in the most live documents (ties: the name first in Unicode order), so that
   * the label depends neither on segment order nor on deleted documents. Empty for indexes written
   * before this field.
   *
   * @throws IOException if the index cannot be read
   */
  public static Map<String, String> read(IndexReader reader) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.ENTITY_NAME);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        int n = 0;
        if (live == null) {
          n = te.docFreq();
        } else {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc();
              d != DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            n += live.get(d) ? 1 : 0;
          }
        }
        if (n > 0) {
          counts.merge(t.utf8ToString(), n, Integer::sum);
        }
      }
    }
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    counts.forEach(
        (pair, n) -> {
          int sep = pair.indexOf(Schema.ENTITY_NAME_SEPARATOR);
          if (sep <= 0) {
            return;
          }
          String id = pair.substring(0, sep);
          String name = pair.substring(sep + 1);
          Integer seen = best.get(id);
          if (seen == null
              || n > seen
              || (n == seen.intValue() && name.compareTo(names.get(id)) < 0)) {
            best.put(id, n);
            names.put(id, name);
          }
        });
    return names;
  }
}
