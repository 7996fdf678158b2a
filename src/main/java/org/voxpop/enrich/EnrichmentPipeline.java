package org.voxpop.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voxpop.enrich.entity.DocumentContext;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.AbuseScorer;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentimentScorer;
import org.voxpop.enrich.sentiment.StanceScorer;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Runs the enrichment steps (entities, sentiment with stance, abuse) over a text.
 *
 * <p>Immutable and thread safe: one pipeline serves every indexing thread. Each step can be
 * switched off; a switched-off step leaves a {@link Enriched.Skipped} saying so, never a null.
 * Texts longer than {@link Options#maxTextChars()} are enriched on their first {@code
 * maxTextChars} characters only, so that one huge comment cannot stall a batch.
 */
public final class EnrichmentPipeline {

  /**
   * Which steps run, and the text length each step reads at most.
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
  private final EntityRecognizer recognizer;
  private final SentimentScorer sentimentScorer;
  private final StanceScorer stanceScorer;
  private final AbuseScorer abuseScorer;

  private EnrichmentPipeline(Options options, EntityRecognizer recognizer) {
    this.options = Objects.requireNonNull(options, "options");
    this.recognizer = recognizer;
    this.sentimentScorer = SentimentScorer.create();
    this.stanceScorer = StanceScorer.create();
    this.abuseScorer = AbuseScorer.create();
  }

  /** A pipeline with the default gazetteer and every step on. */
  public static EnrichmentPipeline create() {
    return create(Options.defaults(), EntityRecognizer.create());
  }

  /** A pipeline with the given options and recognizer (e.g. one with a newsroom gazetteer). */
  public static EnrichmentPipeline create(Options options, EntityRecognizer recognizer) {
    return new EnrichmentPipeline(options, recognizer);
  }

  /** The options this pipeline runs with. */
  public Options options() {
    return options;
  }

  /**
   * Enriches an article's title, body and every comment. The body is read with what the title
   * names, and each comment with what the title and body name (see {@link DocumentContext}).
   */
  public EnrichedArticle enrich(Article article) {
    TextEnrichment title = enrich(article.title().orElse(""));
    DocumentContext context = DocumentContext.of(mentionsOf(title));
    TextEnrichment body = enrich(article.body(), context);
    context = context.with(mentionsOf(body));
    List<TextEnrichment> comments = new ArrayList<>(article.comments().size());
    for (Comment comment : article.comments()) {
      comments.add(enrich(comment.text(), context));
    }
    return new EnrichedArticle(article, title, body, comments);
  }

  private static List<EntityMention> mentionsOf(TextEnrichment e) {
    List<EntityMention> out = new ArrayList<>(e.mentions().size());
    e.mentions().forEach(m -> out.add(m.mention()));
    return out;
  }

  /** Enriches one text. Offsets in the result point into {@code text}. */
  public TextEnrichment enrich(String text) {
    return enrich(text, DocumentContext.NONE);
  }

  /**
   * Enriches one text read in a context (a comment under its article). Offsets in the result
   * point into {@code text}.
   */
  public TextEnrichment enrich(String text, DocumentContext context) {
    String read = text.length() > options.maxTextChars() ? text.substring(0, options.maxTextChars()) : text;
    Enriched<DocumentSentiment> sentiment =
        options.sentiment()
            ? Enriched.of(sentimentScorer.score(read))
            : Enriched.skipped(Enriched.SkipReason.DISABLED);
    List<StancedMention> mentions = new ArrayList<>();
    if (options.entities()) {
      List<EntityMention> found = recognizer.recognize(read, context);
      switch (sentiment) {
        case Enriched.Value<DocumentSentiment> scored -> {
          List<StanceScorer.Span> spans = new ArrayList<>(found.size());
          found.forEach(m -> spans.add(new StanceScorer.Span(m.start(), m.end())));
          List<Double> stances = stanceScorer.stances(read, scored.get(), spans);
          for (int i = 0; i < found.size(); i++) {
            mentions.add(new StancedMention(found.get(i), Enriched.of(stances.get(i))));
          }
        }
        case Enriched.Skipped<DocumentSentiment> skipped ->
            found.forEach(m -> mentions.add(new StancedMention(m, Enriched.skipped(skipped.reason()))));
      }
    }
    Enriched<AbuseScore> abuse =
        options.abuse()
            ? Enriched.of(sentiment.value().map(s -> abuseScorer.score(read, s)).orElseGet(() -> abuseScorer.score(read)))
            : Enriched.skipped(Enriched.SkipReason.DISABLED);
    return new TextEnrichment(mentions, sentiment, abuse, read.length() < text.length());
  }
}
