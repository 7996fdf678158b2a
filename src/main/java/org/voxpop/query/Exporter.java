package org.voxpop.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.voxpop.enrich.EntityFacets;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.sentiment.SentimentLabel;
import org.voxpop.index.NumericValues;
import org.voxpop.index.Schema;
import org.voxpop.index.StoredMentions;
import org.voxpop.input.StoredRecord;

/**
 * Writes hits as rows of {@link ExportColumns}, in CSV or JSON Lines: every match as the search
 * visits it ({@link #collectorManager}), or a page of hits ({@link #write}). Each value is made
 * once, as JSON, and each format writes it its own way: lists joined by "; " and named values as
 * "name: value" in CSV, arrays and objects in JSON Lines.
 *
 * <p>Comments get their article's URL, source, section, language and input fields from the article
 * document that closes their block, read once per article.
 */
final class Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Thrown to stop collecting once the export limit is reached. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super(null, null, false, false);
    }
  }

  private final List<ExportColumn> columns;
  private final ExportFormat format;
  private final Writer out;
  private final BitSetProducer articleDocs;
  private final long limit;
  private long written;
  private ArticleFields lastArticle;

  Exporter(
      ExportColumns columns,
      ExportFormat format,
      Writer out,
      BitSetProducer articleDocs,
      long limit) {
    this.columns = columns.columns();
    this.format = format;
    this.out = out;
    this.articleDocs = articleDocs;
    this.limit = limit;
  }

  long written() {
    return written;
  }

  void header() throws IOException {
    if (format == ExportFormat.CSV) {
      out.write(Csv.row(columns.stream().map(ExportColumn::key).toArray(String[]::new)));
    }
  }

  /** A single-collector manager: exports must be written in one thread, in index order. */
  CollectorManager<SimpleCollector, Void> collectorManager() {
    return new CollectorManager<>() {
      private boolean created;

      @Override
      public SimpleCollector newCollector() {
        if (created) {
          throw new IllegalStateException("exports run on one thread");
        }
        created = true;
        return new ExportCollector();
      }

      @Override
      public Void reduce(Collection<SimpleCollector> collectors) {
        return null;
      }
    };
  }

  /**
   * Writes one hit.
   *
   * @param doc the hit's stored fields
   * @param article its article's stored fields (the hit itself for an article)
   */
  void write(Document doc, Document article) throws IOException {
    if (written >= limit) {
      throw new LimitReached();
    }
    boolean comment = Schema.TYPE_COMMENT.equals(doc.get(Schema.TYPE));
    if (lastArticle == null || lastArticle.doc != article) {
      // an article's comments come one after another: its record is read once for all of them
      lastArticle = new ArticleFields(article);
    }
    Row row = new Row(doc, comment, lastArticle);
    if (format == ExportFormat.CSV) {
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cell(row.value(columns.get(i)));
      }
      out.write(Csv.row(cells));
    } else {
      ObjectNode line = JSON.createObjectNode();
      for (ExportColumn column : columns) {
        JsonNode value = row.value(column);
        if (!value.isMissingNode() && !value.isNull()) {
          line.set(column.key(), value);
        }
      }
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    }
    written++;
  }

  /**
   * How a CSV cell shows a value: text as it is, lists joined by "; ", named values as "name:
   * value".
   */
  static String cell(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isNumber()) {
      // plain digits: Double.toString would write 1.0E-4, which some spreadsheets read as text
      return value.isIntegralNumber() ? value.asText() : value.decimalValue().toPlainString();
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    List<String> parts = new ArrayList<>();
    if (value.isArray() && allScalars(value)) {
      value.forEach(v -> parts.add(cell(v)));
      return String.join("; ", parts);
    }
    if (value.isObject() && allScalars(value)) {
      value.fields().forEachRemaining(f -> parts.add(f.getKey() + ": " + cell(f.getValue())));
      return String.join("; ", parts);
    }
    return value.toString(); // nested structures of an input field: their JSON
  }

  private static boolean allScalars(JsonNode container) {
    for (JsonNode v : container) {
      if (v.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private final class ExportCollector extends SimpleCollector {
    private StoredFields stored;
    private NumericValues numbers;
    private BitSet parents;
    private int cachedArticle = -1;
    private Document cachedDoc = new Document();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      stored = context.reader().storedFields();
      numbers = new NumericValues(context.reader());
      parents = articleDocs.getBitSet(context);
      cachedArticle = -1;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (written >= limit) {
        throw new LimitReached();
      }
      Document d = numbers.addTo(doc, stored.document(doc));
      Document article = Schema.TYPE_COMMENT.equals(d.get(Schema.TYPE)) ? article(doc) : d;
      try {
        write(d, article);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Document article(int doc) throws IOException {
      int article = parents == null ? -1 : parents.nextSetBit(doc);
      if (article != cachedArticle) {
        cachedArticle = article;
        cachedDoc = article < 0 ? new Document() : stored.document(article);
      }
      return cachedDoc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** The article's fields a row of it or of one of its comments shows. */
  private static final class ArticleFields {
    private final Document doc;
    private StoredRecord record;

    ArticleFields(Document doc) {
      this.doc = doc;
    }

    String url() {
      return doc.get(Schema.URL);
    }

    StoredRecord record() {
      if (record == null) {
        String json = doc.get(Schema.RECORD);
        record = json == null ? StoredRecord.EMPTY : StoredRecord.parse(json, true);
      }
      return record;
    }
  }

  /** One hit's values, each made when a column asks for it. */
  private static final class Row {
    private final Document d;
    private final boolean comment;
    private final ArticleFields article;
    private List<StoredMentions.Mention> mentions;
    private StoredRecord own;

    Row(Document d, boolean comment, ArticleFields article) {
      this.d = d;
      this.comment = comment;
      this.article = article;
    }

    JsonNode value(ExportColumn column) {
      if (column instanceof ExportColumn.InputColumn input) {
        JsonNode value = ownRecord().extra().get(input.key());
        if (value == null && comment) {
          value = article.record().extra().get(input.key());
        }
        return value == null ? MissingNode.getInstance() : value;
      }
      return switch ((ExportField) column) {
        case TYPE -> text(d.get(Schema.TYPE));
        case ARTICLE_ID -> text(d.get(Schema.ARTICLE_ID));
        case COMMENT_ID -> text(d.get(Schema.COMMENT_ID));
        case PARENT_ID -> text(d.get(Schema.PARENT_ID));
        case TITLE -> text(d.get(comment ? Schema.ARTICLE_TITLE : Schema.TITLE));
        case URL -> text(article.url());
        case SOURCE -> text(article.record().source().orElse(null));
        case SECTION -> text(article.record().section().orElse(null));
        case LANGUAGE -> text(article.record().language().orElse(null));
        case AUTHOR ->
            d.getValues(Schema.AUTHOR).length == 0
                ? MissingNode.getInstance()
                : NODES.textNode(String.join("; ", d.getValues(Schema.AUTHOR)));
        case DATE -> date();
        case LIKES -> number(d.getField(Schema.LIKES));
        case TEXT -> text(d.get(Schema.TEXT));
        case COMPOUND -> number(d.getField(Schema.COMPOUND));
        case SENTIMENT ->
            d.getField(Schema.COMPOUND) == null
                ? MissingNode.getInstance()
                : NODES.textNode(
                    SentimentLabel.of(d.getField(Schema.COMPOUND).numericValue().doubleValue())
                        .name()
                        .toLowerCase(Locale.ROOT));
        case ABUSE -> number(d.getField(Schema.ABUSE_SCORE));
        case ENTITIES -> entities(true);
        case ENTITY_IDS -> entities(false);
        case STANCE -> stance();
        case MENTIONS -> mentionsJson();
      };
    }

    private StoredRecord ownRecord() {
      if (own == null) {
        String json = d.get(Schema.RECORD);
        own = json == null ? StoredRecord.EMPTY : StoredRecord.parse(json, !comment);
      }
      return own;
    }

    private List<StoredMentions.Mention> mentions() {
      if (mentions == null) {
        try {
          mentions = StoredMentions.decode(d.get(Schema.MENTIONS), d.get(Schema.TEXT));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return mentions;
    }

    /** Each entity once, in order of first mention: its name, or its id. */
    private JsonNode entities(boolean names) {
      Map<String, String> byId = new LinkedHashMap<>();
      mentions().forEach(m -> byId.putIfAbsent(m.id(), m.name()));
      if (byId.isEmpty()) {
        return MissingNode.getInstance();
      }
      ArrayNode array = NODES.arrayNode();
      byId.forEach((id, name) -> array.add(names ? name : id));
      return array;
    }

    /**
     * The label of the mean stance toward each entity, by name, labelled as the stance facet labels
     * it (a name two entities share gets the id beside it).
     */
    private JsonNode stance() {
      Map<String, double[]> sums = new LinkedHashMap<>();
      Map<String, StoredMentions.Mention> first = new LinkedHashMap<>();
      for (StoredMentions.Mention m : mentions()) {
        first.putIfAbsent(m.id(), m);
        double[] sum = sums.computeIfAbsent(m.id(), k -> new double[2]);
        m.stance()
            .ifPresent(
                s -> {
                  sum[0] += s;
                  sum[1]++;
                });
      }
      ObjectNode stances = NODES.objectNode();
      sums.forEach(
          (id, sum) -> {
            if (sum[1] > 0) {
              StoredMentions.Mention m = first.get(id);
              Optional<String> label =
                  new EntityFacets.Entry(
                          id, EntityType.valueOf(m.type()), Optional.of(sum[0] / sum[1]))
                      .stanceLabel();
              String name = m.name();
              stances.put(stances.has(name) ? name + " (" + id + ")" : name, label.orElseThrow());
            }
          });
      return stances.isEmpty() ? MissingNode.getInstance() : stances;
    }

    private JsonNode mentionsJson() {
      if (mentions().isEmpty()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(StoredMentions.toJson(mentions()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private JsonNode date() {
      IndexableField f = d.getField(comment ? Schema.POSTED_MS : Schema.PUBLISHED_MS);
      if (f == null && comment) {
        f = d.getField(Schema.PUBLISHED_MS);
      }
      return f == null
          ? MissingNode.getInstance()
          : NODES.textNode(
              Instant.ofEpochMilli(f.numericValue().longValue())
                  .atOffset(ZoneOffset.UTC)
                  .toString());
    }
  }

  private static JsonNode number(IndexableField f) {
    if (f == null) {
      return MissingNode.getInstance();
    }
    Number n = f.numericValue();
    return n instanceof Double || n instanceof Float
        ? NODES.numberNode(n.doubleValue())
        : NODES.numberNode(n.longValue());
  }

  private static JsonNode text(String v) {
    return v == null ? MissingNode.getInstance() : NODES.textNode(v);
  }
}
