package org.voxpop.enrich.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the surrounding document already names: a comment is read under its article, so the entities
 * of the article's title and body make a short form in the comment ("IS" under an article on
 * Islamic State) far more likely to mean them.
 *
 * @param entityIds canonical ids of the entities named around the text
 */
public record DocumentContext(Set<String> entityIds) {

  /** No surrounding document. */
  public static final DocumentContext NONE = new DocumentContext(Set.of());

  public DocumentContext {
    entityIds = Set.copyOf(entityIds);
  }

  /** The context made of these mentions' entities. */
  public static DocumentContext of(Collection<EntityMention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      ids.add(m.id());
    }
    return new DocumentContext(ids);
  }

  /** This context and the entities of more mentions. */
  public DocumentContext with(Collection<EntityMention> mentions) {
    Set<String> ids = new LinkedHashSet<>(entityIds);
    for (EntityMention m : mentions) {
      ids.add(m.id());
    }
    return new DocumentContext(ids);
  }
}
