package org.voxpop.query;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.voxpop.index.Schema;

/** Co-occurrence and timeline counting over matching documents, from doc values only. */
final class Analytics {
  private Analytics() {}

  /**
   * Top entity pairs among the matching documents: comments, articles or both, as the scope matched
   * them (the count of a pair is named "comments" for the usual scope).
   */
  static List<EntityPair> pairs(
      FacetFields.Dim entities,
      List<FacetsCollector.MatchingDocs> matches,
      BitSetProducer articleDocs,
      int top,
      UnaryOperator<String> names)
      throws IOException {
    Map<Long, int[]> counts = new HashMap<>();
    SortedSetDocValues global = entities.state().getDocValues();
    int[] ords = new int[16];
    for (FacetsCollector.MatchingDocs docs : matches) {
      DocIdSetIterator it = docs.bits() == null ? null : docs.bits().iterator();
      if (it == null) {
        continue;
      }
      BitSet parents = articleDocs.getBitSet(docs.context());
      SortedSetDocValues values =
          DocValues.getSortedSet(docs.context().reader(), entities.state().getField());
      int[] toGlobal = entities.segmentToGlobal()[docs.context().ord];
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!values.advanceExact(doc)) {
          continue;
        }
        int n = 0;
        for (int i = 0, count = values.docValueCount(); i < count; i++) {
          if (n == ords.length) {
            ords = java.util.Arrays.copyOf(ords, n * 2);
          }
          ords[n++] = toGlobal[(int) values.nextOrd()];
        }
        for (int a = 0; a < n; a++) {
          for (int b = a + 1; b < n; b++) {
            long key = ((long) Math.min(ords[a], ords[b]) << 32) | Math.max(ords[a], ords[b]);
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
          }
        }
      }
    }
    List<Map.Entry<Long, int[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(
        (x, y) ->
            x.getValue()[0] != y.getValue()[0]
                ? Integer.compare(y.getValue()[0], x.getValue()[0])
                : Long.compare(x.getKey(), y.getKey()));
    List<EntityPair> pairs = new ArrayList<>();
    for (Map.Entry<Long, int[]> entry : ranked.subList(0, Math.min(top, ranked.size()))) {
      String first = leaf(global, (int) (entry.getKey() >>> 32));
      String second = leaf(global, (int) (entry.getKey() & 0xFFFFFFFFL));
      pairs.add(
          new EntityPair(
              first, names.apply(first), second, names.apply(second), entry.getValue()[0]));
    }
    return pairs;
  }

  private static String leaf(SortedSetDocValues dv, int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }

  /** Accumulates one timeline period. */
  private static final class Bucket {
    int comments;
    int articles;
    int lastArticle = -1;
    double compoundSum;
    int scored;
    int negative;
    int neutral;
    int positive;
  }

  /**
   * The most periods a timeline has (13 years of days): beyond, a table is unreadable and a chart's
   * bars thinner than a pixel, and one wrong date (a 1970 epoch) would make an answer of millions
   * of empty days.
   */
  static final int MAX_PERIODS = 5000;

  /**
   * Comments (and, at article scope, articles) per period, with their tone and, for an entity, the
   * stance toward it; every period from the first match to the last, empty ones as zeros.
   */
  static List<TimelineBucket> timeline(
      Optional<FacetFields.Dim> stances,
      List<FacetsCollector.MatchingDocs> matches,
      BitSetProducer articleDocs,
      Interval interval,
      Optional<String> entity)
      throws IOException {
    TreeMap<LocalDate, Bucket> buckets = new TreeMap<>();
    long[] stanceOrds = {-1, -1, -1};
    if (entity.isPresent() && stances.isPresent()) {
      SortedSetDocValues global = stances.get().state().getDocValues();
      String[] labels = {"negative", "neutral", "positive"};
      for (int i = 0; i < 3; i++) {
        stanceOrds[i] =
            global.lookupTerm(
                new BytesRef(
                    FacetsConfig.pathToString(
                        new String[] {Schema.DIM_STANCE, entity.get(), labels[i]})));
      }
    }
    for (FacetsCollector.MatchingDocs docs : matches) {
      DocIdSetIterator it = docs.bits() == null ? null : docs.bits().iterator();
      if (it == null) {
        continue;
      }
      BitSet parents = articleDocs.getBitSet(docs.context());
      SortedNumericDocValues dates =
          DocValues.getSortedNumeric(docs.context().reader(), Schema.DATE_MS);
      SortedNumericDocValues compound =
          DocValues.getSortedNumeric(docs.context().reader(), Schema.COMPOUND);
      SortedSetDocValues facets =
          stances.isPresent()
              ? DocValues.getSortedSet(docs.context().reader(), stances.get().state().getField())
              : null;
      int[] toGlobal =
          stances.isPresent() ? stances.get().segmentToGlobal()[docs.context().ord] : null;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        // Articles count as well as comments: at article scope (an archive without comments)
        // the timeline is one of articles, dated by their publication.
        boolean isArticle = parents == null || parents.get(doc);
        if (!dates.advanceExact(doc)) {
          continue;
        }
        LocalDate day =
            Instant.ofEpochMilli(dates.nextValue()).atOffset(ZoneOffset.UTC).toLocalDate();
        Bucket bucket = buckets.computeIfAbsent(interval.start(day), k -> new Bucket());
        bucket.comments += isArticle ? 0 : 1;
        int articleKey = docs.context().docBase + (isArticle ? doc : parents.nextSetBit(doc));
        if (bucket.lastArticle != articleKey) {
          bucket.articles++;
          bucket.lastArticle = articleKey;
        }
        if (compound.advanceExact(doc)) {
          bucket.compoundSum += NumericUtils.sortableLongToDouble(compound.nextValue());
          bucket.scored++;
        }
        if (entity.isPresent() && facets != null && facets.advanceExact(doc)) {
          for (int i = 0, n = facets.docValueCount(); i < n; i++) {
            long ord = toGlobal[(int) facets.nextOrd()];
            if (ord == stanceOrds[0]) {
              bucket.negative++;
            } else if (ord == stanceOrds[1]) {
              bucket.neutral++;
            } else if (ord == stanceOrds[2]) {
              bucket.positive++;
            }
          }
        }
      }
    }
    return filled(buckets, interval);
  }

  /**
   * The periods from the first bucket to the last, each empty one as zeros: a chart or table of
   * them then shows a quiet year as one, not as two neighbouring bars.
   *
   * @throws IllegalArgumentException when that is more than {@link #MAX_PERIODS} periods
   */
  private static List<TimelineBucket> filled(
      TreeMap<LocalDate, Bucket> buckets, Interval interval) {
    List<TimelineBucket> out = new ArrayList<>();
    if (buckets.isEmpty()) {
      return out;
    }
    LocalDate first = buckets.firstKey();
    LocalDate last = buckets.lastKey();
    long periods = interval.periods(first, last);
    if (periods > MAX_PERIODS) {
      String unit = interval.name().toLowerCase(java.util.Locale.ROOT);
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "the matches span %,d %ss (%s to %s), more than the %,d a timeline shows: use a wider interval"
                  + " or narrow the query, e.g. with a published:[... TO ...] range",
              periods,
              unit,
              interval.label(first),
              interval.label(last),
              MAX_PERIODS));
    }
    Bucket none = new Bucket();
    for (LocalDate start = first; !start.isAfter(last); start = interval.next(start)) {
      Bucket b = buckets.getOrDefault(start, none);
      out.add(
          new TimelineBucket(
              interval.label(start),
              start.toString(),
              b.comments,
              b.articles,
              b.scored == 0 ? Optional.empty() : Optional.of(b.compoundSum / b.scored),
              b.negative,
              b.neutral,
              b.positive));
    }
    return out;
  }
}
