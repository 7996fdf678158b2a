package org.voxpop.opensearch.plugin;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token that names an entity (a name, alias, demonym or id the gazetteer knows) by
 * the entity's canonical id, and leaves other tokens alone: as a search analyzer over the entity
 * ids, it makes "America", "United States", "USA" and "Q30" the same query, and keeps "us" none.
 * Meant after a {@code keyword} tokenizer, so that multi-word names stay one token.
 */
public final class EntityIdTokenFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Function<String, Optional<String>> resolver;

  /**
   * A filter over {@code input}.
   *
   * @param resolver the canonical id for a name, or empty when it names no entity
   */
  public EntityIdTokenFilter(TokenStream input, Function<String, Optional<String>> resolver) {
    super(input);
    this.resolver = resolver;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    resolver.apply(term.toString()).ifPresent(id -> term.setEmpty().append(id));
    return true;
  }
}
