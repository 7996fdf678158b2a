package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.enrich.Enriched;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityType;

/** The compact stored form gives back every mention, and exports still get the documented JSON. */
class StoredMentionsTest {
  private static final String TEXT = "The US and Israel. The US again, and Allepo's \u00e9lite.";

  private static StancedMention mention(
      String id,
      String name,
      EntityType type,
      String surface,
      int start,
      int end,
      double confidence,
      String source,
      Enriched<Double> stance) {
    return new StancedMention(
        new EntityMention(id, name, type, "", surface, start, end, confidence, source), stance);
  }

  private static final List<StancedMention> MENTIONS =
      List.of(
          mention(
              "Q30",
              "United States",
              EntityType.LOCATION,
              "US",
              4,
              6,
              0.95,
              "gazetteer",
              new Enriched.Value<>(-0.5)),
          mention(
              "Q801",
              "Israel",
              EntityType.LOCATION,
              "Israel",
              11,
              17,
              0.95,
              "gazetteer",
              new Enriched.Skipped<>(Enriched.SkipReason.DISABLED)),
          mention(
              "Q30",
              "United States",
              EntityType.LOCATION,
              "US",
              23,
              25,
              0.9,
              "coref",
              new Enriched.Value<>(0.12345)),
          // a surface that is not the text between the offsets is kept as it was
          mention(
              "Q41183",
              "Aleppo",
              EntityType.LOCATION,
              "Allepo",
              37,
              45,
              0.7,
              "gazetteer-fuzzy",
              new Enriched.Value<>(0.0)));

  @Test
  void everyMentionComesBackInTextOrder() throws IOException {
    String stored = StoredMentions.encode(MENTIONS, TEXT);
    List<StoredMentions.Mention> back = StoredMentions.decode(stored, TEXT);
    assertEquals(4, back.size());
    for (int i = 0; i < MENTIONS.size(); i++) {
      EntityMention m = MENTIONS.get(i).mention();
      StoredMentions.Mention b = back.get(i);
      assertEquals(
          List.of(
              m.id(),
              m.name(),
              m.type().name(),
              m.surface(),
              m.start(),
              m.end(),
              m.confidence(),
              m.source()),
          List.of(
              b.id(),
              b.name(),
              b.type(),
              b.surface(),
              b.start(),
              b.end(),
              b.confidence(),
              b.source()));
    }
    assertEquals(Optional.of(-0.5), back.get(0).stance());
    assertEquals(Optional.empty(), back.get(1).stance());
    assertEquals(Optional.of(0.1235), back.get(2).stance());
    // the entity's id, name and type are written once however often it is mentioned, and by
    // whichever means and with whatever confidence
    assertEquals(stored.indexOf("United States"), stored.lastIndexOf("United States"), stored);
  }

  @Test
  void exportsGetOneObjectPerMention() throws IOException {
    String json =
        StoredMentions.toJson(
            StoredMentions.decode(StoredMentions.encode(MENTIONS.subList(0, 2), TEXT), TEXT));
    assertEquals(
        "[{\"id\":\"Q30\",\"name\":\"United States\",\"type\":\"LOCATION\",\"surface\":\"US\",\"start\":4,"
            + "\"end\":6,\"confidence\":0.95,\"source\":\"gazetteer\",\"stance\":-0.5},"
            + "{\"id\":\"Q801\",\"name\":\"Israel\",\"type\":\"LOCATION\",\"surface\":\"Israel\",\"start\":11,\"end\":17,"
            + "\"confidence\":0.95,\"source\":\"gazetteer\"}]",
        json);
  }

  @Test
  void nothingStoredIsNoMentionAndDamageIsAnError() throws IOException {
    assertTrue(StoredMentions.decode(null, TEXT).isEmpty());
    assertThrows(IOException.class, () -> StoredMentions.decode("[{\"id\":\"Q30\"}]", TEXT));
    assertThrows(
        IOException.class,
        () ->
            StoredMentions.decode(
                "[[\"Q30\",\"United States\",\"LOCATION\",[4,2,null,7,0.95]]]", TEXT));
    // the form before schema version 6, with the source and confidence beside the name
    assertThrows(
        IOException.class,
        () ->
            StoredMentions.decode(
                "[[\"Q30\",\"United States\",\"LOCATION\",\"gazetteer\",0.95,[4,6,null]]]", TEXT));
  }
}
