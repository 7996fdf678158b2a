package org.voxpop.query;

import static org.voxpop.input.InputLimits.echo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.Dimension;
import org.voxpop.index.Schema;

// Over 500 lines: one grammar, the field syntax on top of Lucene's classic parser (entity names,
// facet dimensions, numeric and partial-date ranges), whose cases share the parser's state; the
// error messages are QuerySyntaxErrors'.
/**
 * Turns query text in voxpop's syntax into a Lucene query.
 *
 * <p>The syntax is Lucene's classic one (terms, "phrases", AND/OR/NOT, +/-, grouping, {@code *} and
 * {@code ?} wildcards but not leading ones) over the title and text, plus field filters: {@code
 * entity:} (an id or any name the gazetteer knows: {@code entity:"United States"} = {@code
 * entity:Q30} = {@code entity:America}), {@code type:}, the facet dimensions ({@code
 * sentiment:negative}, {@code source:BBC}, ...), numeric ranges ({@code compound:[* TO -0.5]}) and
 * date ranges with partial dates ({@code published:[2017-10 TO 2017-11]} covers October and
 * November). Unknown fields are an error, not a silent miss. Thread safe: a new parser per call.
 */
public final class QueryTranslator {

  private static final String[] TEXT_FIELDS = {
    Schema.TEXT, Schema.TEXT_STEMMED, Schema.TITLE, Schema.TITLE_STEMMED
  };
  private static final Map<String, Float> BOOSTS =
      Map.of(
          Schema.TEXT,
          1.0f,
          Schema.TEXT_STEMMED,
          0.5f,
          Schema.TITLE,
          1.5f,
          Schema.TITLE_STEMMED,
          0.75f);

  private static final Set<String> DOUBLE_FIELDS =
      Set.of(Schema.COMPOUND, Schema.ABUSE_SCORE, Schema.NEGATIVE_SHARE, Schema.DIVERGENCE);
  private static final Set<String> LONG_FIELDS = Set.of(Schema.LIKES, Schema.COMMENT_COUNT);

  /** The field names a user may write before a colon, for error messages and help. */
  public static final List<String> FIELDS = fields();

  private static List<String> fields() {
    List<String> fields = new java.util.ArrayList<>(List.of("title", "text"));
    for (Dimension d : Dimension.all()) {
      switch (d.values()) {
        case STANCES -> {} // drilled into, not written in a query
        case DOC_TYPES -> fields.add("type");
        default -> fields.add(d.name());
      }
    }
    fields.addAll(
        List.of(
            Schema.COMPOUND,
            Schema.ABUSE_SCORE,
            Schema.LIKES,
            Schema.COMMENT_COUNT,
            Schema.NEGATIVE_SHARE,
            Schema.DIVERGENCE));
    return List.copyOf(fields);
  }

  /**
   * Dimensions whose values are labels of ours, always lower case, so that sentiment:Negative works
   * too.
   */
  static boolean lowerCase(String dim) {
    return Dimension.named(dim).map(d -> d.values() == Dimension.Values.LABELS).orElse(false);
  }

  private final Resolver resolver;
  private final QueryLimits limits;

  /** One analyzer for all queries: analyzers are thread safe and reuse their components. */
  private final Analyzer analyzer = Schema.analyzer();

  /** A translator that resolves entity names with the given gazetteer, with default limits. */
  public QueryTranslator(Gazetteer gazetteer) {
    this(gazetteer, QueryLimits.defaults());
  }

  /** A translator with the given limits on query size and automaton effort. */
  public QueryTranslator(Gazetteer gazetteer, QueryLimits limits) {
    this(gazetteerOnly(gazetteer), limits);
  }

  /**
   * A translator that resolves values with {@code resolver} (a searcher's, which knows the index).
   */
  QueryTranslator(Resolver resolver, QueryLimits limits) {
    this.resolver = resolver;
    this.limits = limits;
  }

  /** Turns what a user typed after {@code entity:} or a keyword field into indexed values. */
  interface Resolver {
    /** The entity ids a name, alias or id stands for; never empty. */
    List<String> entityIds(String name);

    /** The indexed values a value of a keyword dimension stands for; never empty. */
    List<String> values(String dim, String value);
  }

  private static Resolver gazetteerOnly(Gazetteer gazetteer) {
    return new Resolver() {
      @Override
      public List<String> entityIds(String name) {
        return List.of(gazetteer.lookup(name).map(e -> e.id()).orElse(name));
      }

      @Override
      public List<String> values(String dim, String value) {
        return List.of(lowerCase(dim) ? value.toLowerCase(Locale.ROOT) : value);
      }
    };
  }

  /** Forgets the queries translated so far: the index, and so what its names stand for, changed. */
  void forget() {
    recent.clear();
  }

  /**
   * The Lucene query for the text; blank text matches everything.
   *
   * @throws QuerySyntaxException with a message that points at the problem
   */
  public Query translate(String text) {
    Query known = recent.get(text);
    if (known != null) {
      return known;
    }
    Query query = parse(text);
    if (recent.size() >= RECENT_QUERIES) {
      recent.clear(); // a crude bound, but an even cruder workload: paging and facet clicks repeat
      // the last few queries
    }
    recent.put(text, query);
    return query;
  }

  /**
   * Queries translated lately, by their text: a journalist pages through hits and clicks facet
   * values with the same query text, and translating it again each time (parsing, analysing,
   * resolving entity names) cost about a tenth of a selective search. Lucene queries are immutable,
   * so one can be shared by every search; failures are not kept.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Query> recent =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int RECENT_QUERIES = 1_000;

  private Query parse(String text) {
    if (text.isBlank() || text.strip().equals("*") || text.strip().equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > limits.maxQueryChars()) {
      throw new QuerySyntaxException(
          "the query has " + text.length() + " characters; the limit is " + limits.maxQueryChars());
    }
    Parser parser = new Parser(analyzer);
    try {
      Query query = withPositiveClause(parser.parse(text));
      int[] terms = {0};
      query.visit(
          new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... t) {
              terms[0] += t.length;
            }

            @Override
            public void visitLeaf(Query q) {
              terms[0]++;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(
                BooleanClause.Occur occur, Query parent) {
              return this;
            }
          });
      if (terms[0] > limits.maxTerms()) {
        throw new QuerySyntaxException(
            "the query has "
                + terms[0]
                + " terms; the limit is "
                + limits.maxTerms()
                + ". Narrow it, or split it.");
      }
      return query;
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "the query has too many clauses; the limit is " + limits.maxTerms());
    } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw new QuerySyntaxException(
          String.format(
              Locale.ROOT,
              "'%s' is too complex to search: a regular expression or wildcard in it would take more than %,d steps to"
                  + " prepare. Use a simpler pattern, with fewer or smaller repetitions than {1,1000}",
              echo(text),
              limits.determinizeWorkLimit()));
    } catch (ParseException e) {
      throw QuerySyntaxErrors.explain(text, e);
    } catch (QuerySyntaxException | UnknownValueException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new QuerySyntaxException("cannot search for '" + echo(text) + "': " + e.getMessage());
    }
  }

  /**
   * "NOT x" alone would match nothing in Lucene: a query of only exclusions means "everything but",
   * so it gets an everything clause to exclude from.
   */
  private static Query withPositiveClause(Query query) {
    if (query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(all::add);
      return all.build();
    }
    return query;
  }

  /** Classic query parser with voxpop's fields. */
  private final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(TEXT_FIELDS, analyzer, BOOSTS);
      setDefaultOperator(QueryParser.Operator.AND);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setDeterminizeWorkLimit(limits.determinizeWorkLimit());
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field == null) {
        return StemmedLead.rewrite(super.getFieldQuery(null, queryText, quoted), getAnalyzer());
      }
      return switch (fieldKind(field)) {
        case "text" -> super.getFieldQuery(field, queryText, quoted);
        case "text-alias" -> textAlias(field, queryText, quoted);
        case "entity" -> entity(queryText);
        case "type" -> typeQuery(queryText);
        case "keyword" -> keyword(field, queryText);
        default -> getRangeQuery(field, queryText, queryText, true, true);
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field == null) {
        // Phrases match word for word, on the exact fields: the stemmed ones keep no positions.
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        for (String f : List.of(Schema.TEXT, Schema.TITLE)) {
          Query q = getFieldQuery(f, queryText, slop);
          if (q != null) {
            exact.add(
                new org.apache.lucene.search.BoostQuery(q, BOOSTS.get(f)),
                BooleanClause.Occur.SHOULD);
          }
        }
        BooleanQuery built = exact.build();
        // A phrase of nothing but punctuation ("") adds no clause: drop it, do not match nothing.
        return built.clauses().isEmpty() ? null : built;
      }
      if (field.equals(Schema.TEXT_STEMMED) || field.equals(Schema.TITLE_STEMMED)) {
        throw new ParseException(
            "phrases match exact words: use text:\"...\" or title:\"...\", not " + field);
      }
      if (!fieldKind(field).startsWith("text")) {
        // Quoted values of keyword-like fields ("United States") are one value, not a phrase.
        return getFieldQuery(field, queryText, true);
      }
      if (fieldKind(field).equals("text-alias")) {
        // A phrase is matched word for word, on the exact field only.
        return super.getFieldQuery(aliasFields(field).get(0), queryText, slop);
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String lower, String upper, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      if (field == null) {
        return super.getRangeQuery(null, lower, upper, startInclusive, endInclusive);
      }
      String kind = fieldKind(field);
      try {
        if (kind.equals("double")) {
          double lo =
              lower == null || lower.equals("*")
                  ? Double.NEGATIVE_INFINITY
                  : Double.parseDouble(lower);
          double hi =
              upper == null || upper.equals("*")
                  ? Double.POSITIVE_INFINITY
                  : Double.parseDouble(upper);
          lo = startInclusive ? lo : Math.nextUp(lo);
          hi = endInclusive ? hi : Math.nextDown(hi);
          return DoubleField.newRangeQuery(field, lo, hi);
        }
        if (kind.equals("long")) {
          long lo = lower == null || lower.equals("*") ? Long.MIN_VALUE : Long.parseLong(lower);
          long hi = upper == null || upper.equals("*") ? Long.MAX_VALUE : Long.parseLong(upper);
          return LongField.newRangeQuery(
              field, startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
        }
        if (kind.equals("date")) {
          long lo =
              lower == null || lower.equals("*")
                  ? Long.MIN_VALUE
                  : startInclusive ? periodStart(lower) : periodEnd(lower) + 1;
          long hi =
              upper == null || upper.equals("*")
                  ? Long.MAX_VALUE
                  : endInclusive ? periodEnd(upper) : periodStart(upper) - 1;
          return LongField.newRangeQuery(Schema.DATE_DIM_FIELDS.get(field), lo, hi);
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new ParseException(
            "'"
                + field
                + "' takes "
                + (kind.equals("date") ? "dates such as 2017, 2017-11 or 2017-11-13" : "numbers")
                + "; '"
                + echo(lower == null ? upper : lower)
                + (upper != null && !upper.equals(lower) ? " TO " + echo(upper) : "")
                + "' is not one");
      }
      if (field.equals(Schema.DIM_DEPTH)) {
        try {
          long lo = lower == null || lower.equals("*") ? 0 : Long.parseLong(lower);
          long hi = upper == null || upper.equals("*") ? Long.MAX_VALUE : Long.parseLong(upper);
          return LongField.newRangeQuery(
              Schema.DEPTH, startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
        } catch (NumberFormatException e) {
          throw new ParseException("'depth' takes whole numbers, e.g. depth:[2 TO *]");
        }
      }
      if (kind.startsWith("text")) {
        return super.getRangeQuery(field, lower, upper, startInclusive, endInclusive);
      }
      throw new ParseException(
          "'" + field + "' does not take a range; use " + field + ":VALUE, or OR between values");
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      checkTextField(field);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      checkTextField(field);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      checkTextField(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      checkTextField(field);
      return super.getRegexpQuery(field, termStr);
    }

    private void checkTextField(String field) throws ParseException {
      if (field != null && !fieldKind(field).startsWith("text")) {
        throw new ParseException(
            "wildcards, fuzzy and regular expressions work on text only, not on '" + field + "'");
      }
    }

    private Query textAlias(String field, String queryText, boolean quoted) throws ParseException {
      BooleanQuery.Builder both = new BooleanQuery.Builder();
      for (String f : aliasFields(field)) {
        Query q = super.getFieldQuery(f, queryText, quoted);
        if (q != null) {
          both.add(q, BooleanClause.Occur.SHOULD);
        }
      }
      BooleanQuery built = both.build();
      return built.clauses().isEmpty() ? null : StemmedLead.rewrite(built, getAnalyzer());
    }

    private Query entity(String name) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String id : resolver.entityIds(name)) {
        any.add(new TermQuery(new Term(Schema.ENTITY, id)), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.TITLE_ENTITY, id)), BooleanClause.Occur.SHOULD);
      }
      return any.build();
    }

    private Query keyword(String field, String value) {
      List<String> values = resolver.values(field, value);
      if (values.size() == 1) {
        return new TermQuery(DrillDownQuery.term(Schema.facetField(field), field, values.get(0)));
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String v : values) {
        any.add(
            new TermQuery(DrillDownQuery.term(Schema.facetField(field), field, v)),
            BooleanClause.Occur.SHOULD);
      }
      return any.build();
    }

    private Query typeQuery(String value) throws ParseException {
      String type = value.toLowerCase(Locale.ROOT);
      if (!type.equals(Schema.TYPE_ARTICLE) && !type.equals(Schema.TYPE_COMMENT)) {
        throw new ParseException("type is 'article' or 'comment', not '" + echo(value) + "'");
      }
      return new TermQuery(new Term(Schema.TYPE, type));
    }

    private String fieldKind(String field) throws ParseException {
      if (field.equals(Schema.TEXT_STEMMED) || field.equals(Schema.TITLE_STEMMED)) {
        return "text";
      }
      if (field.equals(Schema.TEXT)
          || field.equals(Schema.TITLE)
          || field.equals("body")
          || field.equals("comment")) {
        return "text-alias";
      }
      if (field.equals(Schema.TYPE)) {
        return "type";
      }
      Optional<Dimension> dim = Dimension.named(field);
      if (dim.isPresent()) {
        switch (dim.get().values()) {
          case ENTITIES:
            return "entity";
          case DOC_TYPES:
            return "type";
          case KEYWORDS, LABELS, DEPTHS:
            return "keyword";
          case DATES:
            return "date";
          case STANCES:
            break; // not a query field: unknown, below
        }
      }
      if (DOUBLE_FIELDS.contains(field)) {
        return "double";
      }
      if (LONG_FIELDS.contains(field)) {
        return "long";
      }
      throw new ParseException(
          "unknown field '" + echo(field) + "'; fields are: " + String.join(", ", FIELDS));
    }

    /** A user's text field means its exact and its stemmed form ("Raqqa's" finds raqqa). */
    private List<String> aliasFields(String field) {
      return field.equals(Schema.TITLE)
          ? List.of(Schema.TITLE, Schema.TITLE_STEMMED)
          : List.of(Schema.TEXT, Schema.TEXT_STEMMED);
    }
  }

  /** First millisecond of the period a partial date names (year, month, day or full time). */
  static long periodStart(String value) {
    return switch (value.length()) {
      case 4 ->
          LocalDate.of(Integer.parseInt(value), 1, 1)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC)
              .toEpochMilli();
      case 7 ->
          YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      case 10 -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      default -> OffsetDateTime.parse(value).toInstant().toEpochMilli();
    };
  }

  /** Last millisecond of the period a partial date names. */
  static long periodEnd(String value) {
    return switch (value.length()) {
      case 4 ->
          LocalDate.of(Integer.parseInt(value) + 1, 1, 1)
                  .atStartOfDay()
                  .toInstant(ZoneOffset.UTC)
                  .toEpochMilli()
              - 1;
      case 7 ->
          YearMonth.parse(value)
                  .plusMonths(1)
                  .atDay(1)
                  .atStartOfDay()
                  .toInstant(ZoneOffset.UTC)
                  .toEpochMilli()
              - 1;
      case 10 ->
          LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
              - 1;
      default -> OffsetDateTime.parse(value).toInstant().toEpochMilli();
    };
  }
}
