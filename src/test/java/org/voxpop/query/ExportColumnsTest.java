package org.voxpop.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxpop.FixtureIndex;
import org.voxpop.enrich.EnrichmentPipeline;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.index.IndexListener;
import org.voxpop.index.Indexer;
import org.voxpop.index.IndexerSettings;

/**
 * The one column set of exports (golden on {@code index-fixtures/}): readable names instead of JSON
 * blobs, the article's source and the input's own fields on every row, any kept field by name, and
 * a clear error for a name that is none of them.
 */
class ExportColumnsTest {
  private static final VoxpopSearcher searcher = FixtureIndex.searcher();

  private static String csv(SearchRequest request, List<String> fields) throws IOException {
    StringWriter out = new StringWriter();
    searcher.export(request, searcher.exportColumns(fields), ExportFormat.CSV, out, Long.MAX_VALUE);
    return out.toString();
  }

  @Test
  void theDefaultHeaderHasEveryDerivedColumnThenTheInputsOwnFields() throws IOException {
    String header =
        csv(SearchRequest.builder("Raqqa").build(), List.of()).lines().findFirst().orElseThrow();
    assertEquals(
        "type,article_id,comment_id,parent_id,title,url,source,section,language,author,date,likes,text,"
            + "compound,sentiment,abuse,entities,entity_ids,stance,hateful,succ_text,reply_to_user",
        header);
  }

  @Test
  void rowsShowNamesSourceAndStanceReadably() throws IOException {
    String csv =
        csv(
            SearchRequest.builder("Raqqa").scope(Scope.BOTH).build(),
            List.of(
                "type",
                "article_id",
                "comment_id",
                "source",
                "section",
                "date",
                "likes",
                "sentiment",
                "entities",
                "entity_ids",
                "stance",
                "hateful"));
    assertEquals(
        List.of(
            "type,article_id,comment_id,source,section,date,likes,sentiment,entities,entity_ids,stance,hateful",
            "comment,bbc-raqqa-deal,7,BBC,Middle East,2017-11-13T00:00Z,,negative,Tabqa Dam; Kurds; Islamic State; Raqqa,"
                + "slug:tabqa-dam; slug:kurds; Q2429253; slug:raqqa,"
                + "Tabqa Dam: neutral; Kurds: negative; Islamic State: neutral; Raqqa: neutral,",
            "article,bbc-raqqa-deal,,BBC,Middle East,2017-11-13T00:00Z,,positive,"
                + "United States; Syria; Raqqa; Islamic State; BBC; Middle East; Quentin Sommerville,"
                + "Q30; Q858; slug:raqqa; Q2429253; Q9531; Q7204; slug:quentin-sommerville,"
                + "United States: negative; Syria: negative; Raqqa: positive; Islamic State: neutral; BBC: negative;"
                + " Middle East: neutral; Quentin Sommerville: positive,"),
        csv.lines().toList());
  }

  @Test
  void inputFieldsAreColumnsAndFormulaCellsStayNeutralised() throws IOException {
    List<String> rows =
        csv(
                SearchRequest.builder("Merkel").build(),
                List.of("comment_id", "parent_id", "author", "source", "hateful", "reply_to_user"))
            .lines()
            .toList();
    assertTrue(rows.contains("fox-30-c1,,barryswallows,Fox News,true,"), String.join("\n", rows));
    // a reply's "@user" would run as a formula in a spreadsheet
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.startsWith("fox-30-c30,fox-30-c29,Catholica,Fox News,")
                        && r.endsWith(",'@12345abcde")),
        String.join("\n", rows));
  }

  @Test
  void anUnknownFieldNamesEveryKnownOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.exportColumns(List.of("source", "topicz")));
    assertTrue(
        e.getMessage().startsWith("unknown field 'topicz'; known fields: type, article_id,"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("stance, mentions, hateful, succ_text, reply_to_user"),
        e.getMessage());
  }

  @Test
  void jsonLinesHaveTheSameColumnsAsArraysAndObjects() throws IOException {
    StringWriter out = new StringWriter();
    searcher.export(
        SearchRequest.builder("Raqqa").build(),
        searcher.exportColumns(List.of("comment_id", "entities", "stance", "compound")),
        ExportFormat.JSONL,
        out,
        Long.MAX_VALUE);
    JsonNode row = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
    assertEquals("7", row.get("comment_id").asText());
    assertEquals("Tabqa Dam", row.get("entities").get(0).asText());
    assertEquals("negative", row.get("stance").get("Kurds").asText());
    assertTrue(row.get("compound").isNumber());
  }

  @Test
  void articleFieldsOfAFeedStandOnTheArticleAndOnEachOfItsComments(@TempDir Path tmp)
      throws IOException {
    Path input = tmp.resolve("feed.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"a1\",\"source\":\"Reuters\",\"title\":\"OPEC talks\",\"body\":\"OPEC met in Vienna.\","
            + "\"topics\":[\"crude\",\"oil\"],\"places\":[\"austria\"],"
            + "\"comments\":[{\"id\":\"c1\",\"text\":\"=1+1 prices will rise\",\"likes\":3}]}\n",
        StandardCharsets.UTF_8);
    Path dir = tmp.resolve("idx");
    try (Indexer indexer =
        Indexer.open(
            dir, EnrichmentPipeline.create(), IndexerSettings.defaults().withThreads(1), "test")) {
      indexer.index(List.of(input), IndexListener.silent());
    }
    try (VoxpopSearcher feed = VoxpopSearcher.open(dir, Gazetteer.defaultGazetteer())) {
      StringWriter out = new StringWriter();
      feed.export(
          SearchRequest.builder("").scope(Scope.BOTH).build(),
          feed.exportColumns(List.of("type", "source", "likes", "text", "topics", "places")),
          ExportFormat.CSV,
          out,
          Long.MAX_VALUE);
      assertEquals(
          List.of(
              "type,source,likes,text,topics,places",
              "comment,Reuters,3,'=1+1 prices will rise,crude; oil,austria",
              "article,Reuters,,OPEC met in Vienna.,crude; oil,austria"),
          out.toString().lines().toList());
      StringWriter all = new StringWriter();
      feed.export(
          SearchRequest.builder("").build(),
          feed.exportColumns(List.of()),
          ExportFormat.CSV,
          all,
          Long.MAX_VALUE);
      String header = all.toString().lines().findFirst().orElseThrow();
      assertTrue(
          header.endsWith(",stance,places,topics") || header.endsWith(",stance,topics,places"),
          header);
    }
  }
}
