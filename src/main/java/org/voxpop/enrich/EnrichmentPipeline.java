package org.voxpop.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.voxpop.enrich.entity.DocumentContext;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;
import org.voxpop.model.Genre;

/**
 * Runs a list of {@link EnrichmentStep}s over a text, in order, each adding one {@link Attribute}:
 * by default entities, sentiment, stance toward each mention, and abuse.
 *
 * <p>Immutable and thread safe: one pipeline serves every indexing thread. A step that is not in
 * the list, or that could not run because a step it requires did not, leaves a {@link
 * Enriched.Skipped} saying why, never a null. Texts longer than {@link Options#maxTextChars()} are
 * enriched on their first {@code maxTextChars} characters only, so that one huge comment cannot
 * stall a batch.
 */
public final class EnrichmentPipeline {

  /**
   * The standard steps to run, and the text length the steps read at most.
   *
   * @param entities recognise entity mentions
   * @param sentiment score sentiment, and stance toward each mention
   * @param abuse score abuse
   * @param maxTextChars characters of a text the steps read at most
   */
  public record Options(boolean entities, boolean sentiment, boolean abuse, int maxTextChars) {
    /** Default: every step on, texts read up to 200,000 characters. */
    public static Options defaults() {
      return new Options(true, true, true, 200_000);
    }

    /** Every step off: plain indexing. */
    public static Options none() {
      return new Options(false, false, false, 200_000);
    }
  }

  private final Options options;
  private final List<EnrichmentStep<?>> steps;

  private EnrichmentPipeline(Options options, List<EnrichmentStep<?>> steps) {
    this.options = Objects.requireNonNull(options, "options");
    this.steps = List.copyOf(steps);
    Set<Attribute<?>> added = new HashSet<>();
    Set<Attribute<?>> later = new HashSet<>();
    steps.forEach(s -> later.add(s.adds()));
    for (EnrichmentStep<?> step : this.steps) {
      for (Attribute<?> needed : step.requires()) {
        if (!added.contains(needed) && later.contains(needed)) {
          throw new IllegalArgumentException(
              "the step adding "
                  + step.adds()
                  + " requires "
                  + needed
                  + ", which a later step adds: put that step first");
        }
      }
      if (!added.add(step.adds())) {
        throw new IllegalArgumentException("two steps add " + step.adds());
      }
    }
  }

  /** A pipeline with the default gazetteer and every step on. */
  public static EnrichmentPipeline create() {
    return create(Options.defaults(), EntityRecognizer.create());
  }

  /** A pipeline of the standard steps the options switch on, with the given recognizer. */
  public static EnrichmentPipeline create(Options options, EntityRecognizer recognizer) {
    List<EnrichmentStep<?>> steps = new ArrayList<>(4);
    if (options.sentiment()) {
      steps.add(new SentimentStep());
    }
    if (options.entities()) {
      steps.add(new EntitiesStep(recognizer));
    }
    if (options.entities() && options.sentiment()) {
      steps.add(new StanceStep());
    }
    if (options.abuse()) {
      steps.add(new AbuseStep());
    }
    return new EnrichmentPipeline(options, steps);
  }

  /**
   * A pipeline of these steps, run in this order. A step may only require attributes of steps
   * before it (or of none: then it is skipped as {@link Enriched.SkipReason#DISABLED}).
   *
   * @throws IllegalArgumentException if two steps add the same attribute, or a step comes before
   *     one it requires
   */
  public static EnrichmentPipeline of(List<EnrichmentStep<?>> steps, int maxTextChars) {
    Set<Attribute<?>> adds = new HashSet<>();
    steps.forEach(s -> adds.add(s.adds()));
    Options o =
        new Options(
            adds.contains(Attribute.MENTIONS),
            adds.contains(Attribute.SENTIMENT),
            adds.contains(Attribute.ABUSE),
            maxTextChars);
    return new EnrichmentPipeline(o, steps);
  }

  /** The options this pipeline runs with. */
  public Options options() {
    return options;
  }

  /** The steps, in the order they run. */
  public List<EnrichmentStep<?>> steps() {
    return steps;
  }

  /**
   * Enriches an article's title, body and every comment. The body is read with what the title
   * names, and each comment with what the title and body name (see {@link DocumentContext}); the
   * title and body as {@link Genre#NEWS}, each comment as its writing shows: {@link Genre#SOCIAL}
   * with a handle, hashtag or link, {@link Genre#MIXED} otherwise (many comments are written as
   * carefully as the article).
   */
  public EnrichedArticle enrich(Article article) {
    TextEnrichment title = enrich(article.title().orElse(""), Genre.NEWS, DocumentContext.NONE);
    DocumentContext context = DocumentContext.of(mentionsOf(title));
    TextEnrichment body = enrich(article.body(), Genre.NEWS, context);
    context = context.with(mentionsOf(body));
    List<TextEnrichment> comments = new ArrayList<>(article.comments().size());
    for (Comment comment : article.comments()) {
      comments.add(enrich(comment.text(), context));
    }
    return new EnrichedArticle(article, title, body, comments);
  }

  private static List<EntityMention> mentionsOf(TextEnrichment e) {
    return e.get(Attribute.MENTIONS).value().orElse(List.of());
  }

  /**
   * Enriches one text, its genre told from its writing. Offsets in the result point into {@code
   * text}.
   */
  public TextEnrichment enrich(String text) {
    return enrich(text, DocumentContext.NONE);
  }

  /**
   * Enriches one text read in a context (a comment under its article), its genre told from its
   * writing. Offsets in the result point into {@code text}.
   */
  public TextEnrichment enrich(String text, DocumentContext context) {
    return enrich(text, Optional.empty(), context);
  }

  /**
   * Enriches one text of a known genre read in a context. Offsets in the result point into {@code
   * text}.
   */
  public TextEnrichment enrich(String text, Genre genre, DocumentContext context) {
    return enrich(text, Optional.of(genre), context);
  }

  private TextEnrichment enrich(String text, Optional<Genre> genre, DocumentContext context) {
    String read =
        text.length() > options.maxTextChars() ? text.substring(0, options.maxTextChars()) : text;
    Map<Attribute<?>, Enriched<?>> values = new LinkedHashMap<>();
    EnrichmentStep.Input input = new StepInput(read, context, genre, values);
    for (EnrichmentStep<?> step : steps) {
      values.put(step.adds(), run(step, input));
    }
    return new TextEnrichment(values, read.length() < text.length());
  }

  private static <T> Enriched<T> run(EnrichmentStep<T> step, EnrichmentStep.Input input) {
    for (Attribute<?> needed : step.requires()) {
      if (input.get(needed) instanceof Enriched.Skipped<?> skipped) {
        return Enriched.skipped(skipped.reason());
      }
    }
    return Enriched.of(step.compute(input));
  }

  /** What the steps of one text see: its text, its context and what earlier steps added. */
  private record StepInput(
      String text,
      DocumentContext context,
      Optional<Genre> genre,
      Map<Attribute<?>, Enriched<?>> values)
      implements EnrichmentStep.Input {
    @Override
    public <V> Enriched<V> get(Attribute<V> attribute) {
      return TextEnrichment.valueIn(values, attribute);
    }
  }
}
