package org.voxpop.enrich.entity.tagger;

import java.util.Locale;

/**
 * The kind of text the tagger reads, for its domain-specific weights (see {@link EntityTagger}):
 * edited news, or social text (comments, tweets, forum posts), where capitals, spelling and the
 * names talked about differ. {@link #AUTO} lets the tagger tell them apart itself ({@link
 * DomainClassifier}).
 */
public enum TextDomain {
  /** Told from the text by {@link DomainClassifier}. */
  AUTO,
  /** Edited news: articles, headlines, encyclopaedia text. */
  NEWS,
  /** Social text: reader comments, tweets, forum posts. */
  SOCIAL;

  /** The two domains the tagger has weights for, in the order of the model's weight blocks. */
  static final TextDomain[] KNOWN = {NEWS, SOCIAL};

  /** The weight block of a known domain: 1 for news, 2 for social (0 is the shared block). */
  int block() {
    return switch (this) {
      case NEWS -> 1;
      case SOCIAL -> 2;
      case AUTO -> throw new IllegalStateException("AUTO has no weights of its own");
    };
  }

  /** Parses "news", "social" or "auto", in any case. */
  public static TextDomain parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
