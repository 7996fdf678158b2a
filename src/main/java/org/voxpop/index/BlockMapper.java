package org.voxpop.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.voxpop.analysis.MentionTokenStream;
import org.voxpop.enrich.CommentStances;
import org.voxpop.enrich.EnrichedArticle;
import org.voxpop.enrich.EntityFacets;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.TextEnrichment;
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentimentLabel;
import org.voxpop.input.ArticleJson;
import org.voxpop.input.InputLimits;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;
import org.voxpop.model.Threads;

/**
 * Maps an enriched article to its Lucene document block: one document per comment, then the
 * article, with the fields and facets that {@link Schema} names.
 *
 * <p>Stateless and thread safe; every indexing thread shares one instance.
 */
public final class BlockMapper {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Exact text: positions for phrases, stored for display, no offsets. Offsets in the postings took
   * a sixth of an archive's index; the highlighter re-analyses the page of hits instead.
   */
  private static final FieldType EXACT_TEXT = exactText();

  /** Entity id tokens keep their offsets: they are what points at a mention in the text. */
  private static final FieldType ENTITY_TOKENS = entityTokens();

  /**
   * Stemmed text serves word matching only: phrases go to the exact field, so positions here would
   * be a second copy of the exact field's, for nothing.
   */
  private static final FieldType STEMMED = stemmed();

  private static FieldType stemmed() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private final FacetsConfig facets = Schema.facetsConfig();

  private static FieldType exactText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static FieldType entityTokens() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * A block ready to write.
   *
   * @param documents the comments first, the article last
   * @param cuts one line per value cut to fit the index's limits ({@link FieldLimits})
   */
  public record Mapped(List<Document> documents, List<String> cuts) {}

  /** The block for an article: its comments first, the article last. */
  public Mapped map(EnrichedArticle enriched) throws IOException {
    Article article = enriched.article();
    List<Comment> comments = article.comments();
    ValueCutter cutter = new ValueCutter();
    String articleWhere = "article " + InputLimits.echo(article.id());
    Context context =
        new Context(
            article.source().map(s -> cutter.label(Schema.DIM_SOURCE, s, articleWhere)),
            article.section().map(s -> cutter.label(Schema.DIM_SECTION, s, articleWhere)),
            article.language().map(s -> cutter.label(Schema.DIM_LANGUAGE, s, articleWhere)));
    Map<String, Integer> depth = Threads.depths(comments);
    Set<String> withReplies = Threads.withReplies(comments);
    Optional<Double> articleCompound = compound(enriched.body());
    List<Document> block = new ArrayList<>(comments.size() + 1);
    int negative = 0;
    CommentStances stances = new CommentStances();
    for (int i = 0; i < comments.size(); i++) {
      Comment comment = comments.get(i);
      String where = articleWhere + ", comment '" + InputLimits.echo(comment.id()) + "'";
      TextEnrichment enrichment = enriched.comments().get(i);
      List<StancedMention> mentions = cutter.mentions(enrichment.mentions(), where);
      Document doc = new Document();
      doc.add(new StringField(Schema.TYPE, Schema.TYPE_COMMENT, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(Schema.DIM_TYPE, Schema.TYPE_COMMENT));
      addArticleContext(doc, article, context);
      doc.add(new StringField(Schema.COMMENT_ID, comment.id(), Field.Store.YES));
      comment.parentId().ifPresent(p -> doc.add(new StoredField(Schema.PARENT_ID, p)));
      doc.add(new StoredField(Schema.RECORD, ArticleJson.fieldsWithoutText(comment)));
      comment.author().ifPresent(a -> addAuthor(doc, a, cutter, where));
      comment.posted().ifPresent(p -> addDate(doc, Schema.POSTED_MS, Schema.DIM_POSTED, p));
      comment
          .posted()
          .or(article::published)
          .ifPresent(
              p ->
                  doc.add(
                      new LongField(Schema.DATE_MS, p.toInstant().toEpochMilli(), Field.Store.NO)));
      comment.likes().ifPresent(l -> doc.add(new LongField(Schema.LIKES, l, Field.Store.NO)));
      int d = depth.getOrDefault(comment.id(), 0);
      doc.add(new LongField(Schema.DEPTH, d, Field.Store.NO));
      doc.add(
          new SortedSetDocValuesFacetField(Schema.DIM_DEPTH, d >= 3 ? "3+" : Integer.toString(d)));
      doc.add(
          new SortedSetDocValuesFacetField(
              Schema.DIM_HAS_REPLIES, withReplies.contains(comment.id()) ? "yes" : "no"));
      addText(doc, comment.text(), enrichment, mentions, List.of());
      Optional<Double> commentCompound = compound(enrichment);
      if (commentCompound.isPresent() && articleCompound.isPresent()) {
        doc.add(
            new DoubleField(
                Schema.DIVERGENCE, commentCompound.get() - articleCompound.get(), Field.Store.NO));
      }
      if (commentCompound.isPresent()
          && SentimentLabel.of(commentCompound.get()) == SentimentLabel.NEGATIVE) {
        negative++;
      }
      stances.add(mentions);
      block.add(facets.build(doc));
    }

    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(Schema.DIM_TYPE, Schema.TYPE_ARTICLE));
    addArticleContext(doc, article, context);
    article.title().ifPresent(t -> doc.add(new Field(Schema.TITLE_STEMMED, t, STEMMED)));
    article.url().ifPresent(u -> doc.add(new StoredField(Schema.URL, u)));
    article
        .published()
        .ifPresent(
            p ->
                doc.add(
                    new LongField(Schema.DATE_MS, p.toInstant().toEpochMilli(), Field.Store.NO)));
    article.authors().forEach(a -> addAuthor(doc, a, cutter, articleWhere));
    // Title and body mentions share one entity facet and one stance per entity.
    List<StancedMention> titleMentions = cutter.mentions(enriched.title().mentions(), articleWhere);
    addText(
        doc,
        article.body(),
        enriched.body(),
        cutter.mentions(enriched.body().mentions(), articleWhere),
        titleMentions);
    if (!titleMentions.isEmpty()) {
      doc.add(
          new Field(
              Schema.TITLE_ENTITY,
              new MentionTokenStream(spans(titleMentions), article.title().orElse("").length()),
              ENTITY_TOKENS));
    }
    doc.add(new LongField(Schema.COMMENT_COUNT, comments.size(), Field.Store.NO));
    if (!comments.isEmpty() && articleCompound.isPresent()) {
      doc.add(
          new DoubleField(
              Schema.NEGATIVE_SHARE, negative / (double) comments.size(), Field.Store.NO));
    }
    if (!stances.summaries().isEmpty()) {
      ObjectNode stance = JSON.createObjectNode();
      stances
          .summaries()
          .forEach(
              (id, sum) ->
                  stance.putObject(id).put("mean", round(sum.mean())).put("n", sum.mentions()));
      doc.add(new StoredField(Schema.ENTITY_STANCE, stance.toString()));
    }
    doc.add(new StoredField(Schema.RECORD, ArticleJson.fieldsWithoutText(article)));
    block.add(facets.build(doc));
    return new Mapped(block, cutter.cuts());
  }

  /** The article's facet labels that its comments carry too, each cut to fit once per block. */
  private record Context(
      Optional<String> source, Optional<String> section, Optional<String> language) {}

  /** Article-level values that comments carry too, so that facets over comments can use them. */
  private static void addArticleContext(Document doc, Article article, Context context) {
    doc.add(new StringField(Schema.ARTICLE_ID, article.id(), Field.Store.YES));
    article
        .title()
        .ifPresent(
            t -> {
              if (Schema.TYPE_ARTICLE.equals(doc.get(Schema.TYPE))) {
                doc.add(new Field(Schema.TITLE, t, EXACT_TEXT));
              } else {
                doc.add(new StoredField(Schema.ARTICLE_TITLE, t));
              }
            });
    context
        .source()
        .ifPresent(s -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SOURCE, s)));
    context
        .section()
        .ifPresent(s -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SECTION, s)));
    context
        .language()
        .ifPresent(s -> doc.add(new SortedSetDocValuesFacetField(Schema.DIM_LANGUAGE, s)));
    article.published().ifPresent(p -> addDate(doc, Schema.PUBLISHED_MS, Schema.DIM_PUBLISHED, p));
  }

  private static void addAuthor(Document doc, String author, ValueCutter cutter, String where) {
    doc.add(new StoredField(Schema.AUTHOR, author));
    doc.add(
        new SortedSetDocValuesFacetField(
            Schema.DIM_AUTHOR, cutter.label(Schema.DIM_AUTHOR, author, where)));
  }

  private static void addDate(Document doc, String field, String dim, OffsetDateTime when) {
    doc.add(new LongField(field, when.toInstant().toEpochMilli(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(dim, Schema.datePath(when)));
  }

  /** The text with its enrichment; {@code mentions} are the enrichment's, with ids cut to fit. */
  private void addText(
      Document doc,
      String text,
      TextEnrichment enrichment,
      List<StancedMention> mentions,
      List<StancedMention> titleMentions) {
    doc.add(new Field(Schema.TEXT, text, EXACT_TEXT));
    doc.add(new Field(Schema.TEXT_STEMMED, text, STEMMED));
    if (!mentions.isEmpty()) {
      doc.add(
          new Field(
              Schema.ENTITY,
              new MentionTokenStream(spans(mentions), text.length()),
              ENTITY_TOKENS));
      doc.add(new StoredField(Schema.MENTIONS, StoredMentions.encode(mentions, text)));
    }
    List<StancedMention> all = new ArrayList<>(titleMentions);
    all.addAll(mentions);
    addEntityFacets(doc, all);
    enrichment.sentiment().value().ifPresent(s -> addSentiment(doc, s));
    enrichment.abuse().value().ifPresent(a -> addAbuse(doc, a));
    if (enrichment.truncated()) {
      doc.add(new StoredField(Schema.TRUNCATED, "true"));
    }
  }

  /**
   * One entity facet value per entity, and one stance per entity: the mean stance of the document's
   * mentions of it (see {@link EntityFacets}).
   */
  private static void addEntityFacets(Document doc, List<StancedMention> mentions) {
    for (String pair : EntityNameTerms.of(mentions)) {
      doc.add(new StringField(Schema.ENTITY_NAME, pair, Field.Store.NO));
    }
    for (EntityFacets.Entry entity : EntityFacets.of(mentions).entities()) {
      doc.add(new SortedSetDocValuesFacetField(Schema.DIM_ENTITY, entity.id()));
      doc.add(new SortedSetDocValuesFacetField(Schema.dimFor(entity.type()), entity.id()));
      entity
          .stanceLabel()
          .ifPresent(
              label ->
                  doc.add(new SortedSetDocValuesFacetField(Schema.DIM_STANCE, entity.id(), label)));
    }
  }

  private static void addSentiment(Document doc, DocumentSentiment sentiment) {
    doc.add(new DoubleField(Schema.COMPOUND, sentiment.compound(), Field.Store.NO));
    doc.add(
        new SortedSetDocValuesFacetField(
            Schema.DIM_SENTIMENT, sentiment.label().name().toLowerCase(Locale.ROOT)));
  }

  /**
   * The abuse score and label, and each kind's label as its own dimension with its score stored
   * (only above 0: most texts have none of most kinds) for the hit.
   */
  private static void addAbuse(Document doc, AbuseScore abuse) {
    doc.add(new DoubleField(Schema.ABUSE_SCORE, abuse.score(), Field.Store.NO));
    doc.add(
        new SortedSetDocValuesFacetField(
            Schema.DIM_ABUSE, abuse.label().name().toLowerCase(Locale.ROOT)));
    for (AbuseKind kind : AbuseKind.values()) {
      double score = abuse.kinds().score(kind);
      doc.add(
          new SortedSetDocValuesFacetField(
              Schema.dimFor(kind), abuse.kinds().label(kind).name().toLowerCase(Locale.ROOT)));
      if (score > 0) {
        doc.add(new StoredField(Schema.abuseKindScoreField(kind), score));
      }
    }
  }

  private static Optional<Double> compound(TextEnrichment enrichment) {
    return enrichment.sentiment().value().map(DocumentSentiment::compound);
  }

  private static List<MentionTokenStream.Span> spans(List<StancedMention> mentions) {
    List<MentionTokenStream.Span> spans = new ArrayList<>(mentions.size());
    for (StancedMention m : mentions) {
      spans.add(
          new MentionTokenStream.Span(m.mention().id(), m.mention().start(), m.mention().end()));
    }
    return spans;
  }

  private static double round(double value) {
    return Math.round(value * 10_000d) / 10_000d;
  }
}
