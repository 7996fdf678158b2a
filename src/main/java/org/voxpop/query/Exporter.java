package org.voxpop.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.voxpop.index.Schema;
import org.voxpop.index.StoredMentions;

/**
 * Streams every matching document to a writer as JSON Lines or CSV, as the search visits it.
 * Comments get their article's URL from the article document that closes their block, read once
 * per article.
 */
final class Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Thrown to stop collecting once the export limit is reached. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super(null, null, false, false);
    }
  }

  private final List<ExportField> fields;
  private final ExportFormat format;
  private final Writer out;
  private final BitSetProducer articleDocs;
  private final long limit;
  private long written;

  Exporter(List<ExportField> fields, ExportFormat format, Writer out, BitSetProducer articleDocs, long limit) {
    this.fields = List.copyOf(fields);
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
      out.write(Csv.row(fields.stream().map(ExportField::key).toArray(String[]::new)));
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

  private final class ExportCollector extends SimpleCollector {
    private StoredFields stored;
    private BitSet parents;
    private int cachedArticle = -1;
    private String cachedUrl = "";

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      stored = context.reader().storedFields();
      parents = articleDocs.getBitSet(context);
      cachedArticle = -1;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (written >= limit) {
        throw new LimitReached();
      }
      Document d = stored.document(doc);
      boolean comment = Schema.TYPE_COMMENT.equals(d.get(Schema.TYPE));
      String url = comment ? articleUrl(doc) : value(d.get(Schema.URL));
      List<String> values = new ArrayList<>(fields.size());
      for (ExportField field : fields) {
        values.add(value(d, field, comment, url));
      }
      try {
        if (format == ExportFormat.CSV) {
          out.write(Csv.row(values.toArray(String[]::new)));
        } else {
          ObjectNode node = JSON.createObjectNode();
          for (int i = 0; i < fields.size(); i++) {
            ExportField field = fields.get(i);
            String v = values.get(i);
            if (field == ExportField.ENTITIES) {
              node.set(field.key(), JSON.readTree(v.isEmpty() ? "[]" : v));
            } else if ((field == ExportField.COMPOUND || field == ExportField.ABUSE) && !v.isEmpty()) {
              node.put(field.key(), Double.parseDouble(v));
            } else if (!v.isEmpty()) {
              node.put(field.key(), v);
            }
          }
          out.write(JSON.writeValueAsString(node));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written++;
    }

    private String articleUrl(int doc) throws IOException {
      int article = parents == null ? -1 : parents.nextSetBit(doc);
      if (article != cachedArticle) {
        cachedArticle = article;
        cachedUrl = article < 0 ? "" : value(stored.document(article).get(Schema.URL));
      }
      return cachedUrl;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static String value(Document d, ExportField field, boolean comment, String url) {
    return switch (field) {
      case TYPE -> value(d.get(Schema.TYPE));
      case ARTICLE_ID -> value(d.get(Schema.ARTICLE_ID));
      case COMMENT_ID -> value(d.get(Schema.COMMENT_ID));
      case PARENT_ID -> value(d.get(Schema.PARENT_ID));
      case TITLE -> value(d.get(comment ? Schema.ARTICLE_TITLE : Schema.TITLE));
      case URL -> url;
      case AUTHOR -> String.join("; ", d.getValues(Schema.AUTHOR));
      case DATE -> date(d, comment);
      case TEXT -> value(d.get(Schema.TEXT));
      case COMPOUND -> number(d.getField(Schema.COMPOUND));
      case SENTIMENT -> d.getField(Schema.COMPOUND) == null ? ""
          : org.voxpop.enrich.sentiment.SentimentLabel.of(d.getField(Schema.COMPOUND).numericValue().doubleValue())
              .name().toLowerCase(java.util.Locale.ROOT);
      case ABUSE -> number(d.getField(Schema.ABUSE_SCORE));
      case ENTITIES -> entities(d);
    };
  }

  private static String entities(Document d) {
    if (d.get(Schema.MENTIONS) == null) {
      return "";
    }
    try {
      return StoredMentions.toJson(StoredMentions.decode(d.get(Schema.MENTIONS), d.get(Schema.TEXT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String date(Document d, boolean comment) {
    IndexableField f = d.getField(comment ? Schema.POSTED_MS : Schema.PUBLISHED_MS);
    if (f == null && comment) {
      f = d.getField(Schema.PUBLISHED_MS);
    }
    return f == null ? "" : Instant.ofEpochMilli(f.numericValue().longValue()).atOffset(ZoneOffset.UTC).toString();
  }

  private static String number(IndexableField f) {
    return f == null ? "" : Double.toString(f.numericValue().doubleValue());
  }

  private static String value(String v) {
    return v == null ? "" : v;
  }
}
