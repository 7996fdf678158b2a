package org.voxpop.enrich;

import java.util.List;
import java.util.Objects;
import org.voxpop.model.Article;

/**
 * An article with the enrichment of its title, its body and each of its comments.
 *
 * @param article the article as read
 * @param title enrichment of the title (empty mentions and skipped scores when it has none)
 * @param body enrichment of the body
 * @param comments enrichment of each comment, in the order of {@code article.comments()}
 */
public record EnrichedArticle(
    Article article, TextEnrichment title, TextEnrichment body, List<TextEnrichment> comments) {
  public EnrichedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    comments = List.copyOf(comments);
    if (comments.size() != article.comments().size()) {
      throw new IllegalArgumentException("one enrichment per comment is required");
    }
  }
}
