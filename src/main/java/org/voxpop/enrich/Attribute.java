package org.voxpop.enrich;

import java.util.List;
import java.util.Objects;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.DocumentSentiment;

/**
 * What one enrichment step adds to a text: a name and the type of its value. The pipeline keeps
 * each text's values by attribute, so a new step adds an attribute instead of a field to every
 * record that carries enrichment.
 *
 * @param <T> the type of the value
 * @param name a short lower-case name, unique among the pipeline's steps (used in messages)
 * @param type the value's class, for messages and checks (the raw class for generic types)
 */
public record Attribute<T>(String name, Class<?> type) {

  /** The entity mentions of the text, in text order ({@link EntitiesStep}). */
  public static final Attribute<List<EntityMention>> MENTIONS =
      new Attribute<>("mentions", List.class);

  /** Sentiment of the text and its sentences ({@link SentimentStep}). */
  public static final Attribute<DocumentSentiment> SENTIMENT =
      new Attribute<>("sentiment", DocumentSentiment.class);

  /** Stance toward each of {@link #MENTIONS}, in the same order, -1..1 ({@link StanceStep}). */
  public static final Attribute<List<Double>> STANCES = new Attribute<>("stances", List.class);

  /** Abuse score and its kinds ({@link AbuseStep}). */
  public static final Attribute<AbuseScore> ABUSE = new Attribute<>("abuse", AbuseScore.class);

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
