package org.voxpop.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.DocumentSentiment;

/**
 * Everything the enrichment pipeline learnt about one text (an article body or a comment): one
 * value, or the reason there is none, per {@link Attribute} its steps add. Immutable.
 */
public final class TextEnrichment {

  private final Map<Attribute<?>, Enriched<?>> values;
  private final boolean truncated;
  private final List<StancedMention> mentions;

  TextEnrichment(Map<Attribute<?>, Enriched<?>> values, boolean truncated) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.truncated = truncated;
    this.mentions = stanced(get(Attribute.MENTIONS), get(Attribute.STANCES));
  }

  /**
   * The value a step added, or why there is none: {@link Enriched.SkipReason#DISABLED} when no step
   * of the pipeline adds this attribute.
   */
  public <T> Enriched<T> get(Attribute<T> attribute) {
    return valueIn(values, attribute);
  }

  /**
   * An attribute's value in a map the pipeline filled, or {@link Enriched.SkipReason#DISABLED} when
   * no step added it: what the finished enrichment and the steps still running both read.
   */
  @SuppressWarnings("unchecked") // the pipeline stores each attribute's value under it
  static <T> Enriched<T> valueIn(Map<Attribute<?>, Enriched<?>> values, Attribute<T> attribute) {
    Enriched<?> e = values.get(attribute);
    return e == null ? Enriched.skipped(Enriched.SkipReason.DISABLED) : (Enriched<T>) e;
  }

  /** The attributes the pipeline's steps added (with a value or skipped), in step order. */
  public Set<Attribute<?>> attributes() {
    return values.keySet();
  }

  /**
   * Recognised entity mentions in text order, each with its stance; empty when the entity step is
   * off.
   */
  public List<StancedMention> mentions() {
    return mentions;
  }

  /** Sentence and document sentiment, or why there is none. */
  public Enriched<DocumentSentiment> sentiment() {
    return get(Attribute.SENTIMENT);
  }

  /** Abuse score, or why there is none. */
  public Enriched<AbuseScore> abuse() {
    return get(Attribute.ABUSE);
  }

  /** Whether the text was longer than the pipeline's limit and read only in part. */
  public boolean truncated() {
    return truncated;
  }

  private static List<StancedMention> stanced(
      Enriched<List<EntityMention>> mentions, Enriched<List<Double>> stances) {
    List<EntityMention> found = mentions.value().orElse(List.of());
    List<StancedMention> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Enriched<Double> stance =
          switch (stances) {
            case Enriched.Value<List<Double>> v -> Enriched.of(v.get().get(i));
            case Enriched.Skipped<List<Double>> s -> Enriched.skipped(s.reason());
          };
      out.add(new StancedMention(found.get(i), stance));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "TextEnrichment" + values + (truncated ? " (truncated)" : "");
  }
}
