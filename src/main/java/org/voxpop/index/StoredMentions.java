package org.voxpop.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voxpop.enrich.StancedMention;
import org.voxpop.enrich.entity.EntityMention;

/**
 * How a document's entity mentions are kept in {@link Schema#MENTIONS}: grouped by entity, so that
 * the id, name and type are written once per entity, and without the mention's surface text, which
 * is the stored text between its offsets. An archive's mentions otherwise take more room than its
 * text.
 *
 * <p>Stored form, one JSON array: {@code [[id, name, type, [start, length, stance, source,
 * confidence], ...], ...]}, where the start of each mention after an entity's first is counted from
 * the start of the mention before it (small numbers, which compress), stance is {@code null} when
 * unknown, and a sixth element, the surface, appears only when it is not the text between the
 * offsets. Before {@link Schema#VERSION} 6 the source and confidence were part of the entity, so an
 * entity found with two confidences was written twice with its id, name and type. {@link #toJson}
 * gives the documented, one-object-per-mention form for exports.
 */
public final class StoredMentions {
  /**
   * Jackson's fast number parsing: a page of article hits reads hundreds of stored confidences and
   * stances, and the JDK's double parser was a third of reading them.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .build();

  private StoredMentions() {}

  /**
   * One mention as read back.
   *
   * @param id canonical entity id
   * @param name canonical name
   * @param type entity type name
   * @param surface the text as written
   * @param start offset of the first character in the text
   * @param end offset after the last character
   * @param confidence recogniser confidence, 0..1
   * @param source which rule found it
   * @param stance stance toward the entity, when known
   */
  public record Mention(
      String id,
      String name,
      String type,
      String surface,
      int start,
      int end,
      double confidence,
      String source,
      Optional<Double> stance) {}

  /** The stored form of mentions found in {@code text}. */
  static String encode(List<StancedMention> mentions, String text) {
    Map<List<String>, List<StancedMention>> byEntity = new LinkedHashMap<>();
    for (StancedMention s : mentions) {
      EntityMention m = s.mention();
      byEntity
          .computeIfAbsent(List.of(m.id(), m.name(), m.type().name()), k -> new ArrayList<>())
          .add(s);
    }
    StringWriter out = new StringWriter(mentions.size() * 32 + byEntity.size() * 40);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (Map.Entry<List<String>, List<StancedMention>> entity : byEntity.entrySet()) {
        json.writeStartArray();
        for (String value : entity.getKey()) {
          json.writeString(value);
        }
        int previous = 0;
        for (StancedMention s : entity.getValue()) {
          EntityMention m = s.mention();
          json.writeStartArray();
          json.writeNumber(m.start() - previous);
          json.writeNumber(m.end() - m.start());
          previous = m.start();
          if (s.stance().value().isPresent()) {
            json.writeNumber(round(s.stance().value().get()));
          } else {
            json.writeNull();
          }
          json.writeString(m.source());
          json.writeNumber(round(m.confidence()));
          if (!m.surface().equals(between(text, m.start(), m.end()))) {
            json.writeString(m.surface());
          }
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The mentions kept in {@code stored}, in text order, for the document whose stored text is
   * {@code text}; none for {@code null}.
   *
   * @throws IOException when {@code stored} is not in the stored form
   */
  public static List<Mention> decode(String stored, String text) throws IOException {
    if (stored == null) {
      return List.of();
    }
    List<Mention> mentions = new ArrayList<>();
    // Streamed, not read as a tree: an article's mentions are read for every article hit.
    try (JsonParser p = JSON.createParser(stored)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      JsonToken entity;
      while ((entity = p.nextToken()) == JsonToken.START_ARRAY) {
        String id = nextString(p);
        String name = nextString(p);
        String type = nextString(p);
        int start = 0;
        JsonToken mention;
        while ((mention = p.nextToken()) == JsonToken.START_ARRAY) {
          p.nextToken();
          start += p.getIntValue();
          p.nextToken();
          int end = start + p.getIntValue();
          JsonToken s = p.nextToken();
          Optional<Double> stance =
              s.isNumeric() ? Optional.of(p.getDoubleValue()) : Optional.empty();
          String source = nextString(p);
          p.nextToken();
          double confidence = p.getDoubleValue();
          JsonToken after = p.nextToken();
          String surface;
          if (after == JsonToken.VALUE_STRING) {
            surface = p.getText();
            expect(p.nextToken(), JsonToken.END_ARRAY);
          } else {
            expect(after, JsonToken.END_ARRAY);
            surface = between(text, start, end);
          }
          mentions.add(
              new Mention(id, name, type, surface, start, end, confidence, source, stance));
        }
        expect(mention, JsonToken.END_ARRAY);
      }
      expect(entity, JsonToken.END_ARRAY);
    } catch (IllegalStateException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("stored entity mentions are damaged: " + e.getMessage(), e);
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return mentions;
  }

  /** The documented JSON of mentions: one object per mention, as exports write it. */
  public static String toJson(List<Mention> mentions) {
    StringWriter out = new StringWriter(mentions.size() * 128);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (Mention m : mentions) {
        json.writeStartObject();
        json.writeStringField("id", m.id());
        json.writeStringField("name", m.name());
        json.writeStringField("type", m.type());
        json.writeStringField("surface", m.surface());
        json.writeNumberField("start", m.start());
        json.writeNumberField("end", m.end());
        json.writeNumberField("confidence", m.confidence());
        json.writeStringField("source", m.source());
        if (m.stance().isPresent()) {
          json.writeNumberField("stance", m.stance().get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String nextString(JsonParser p) throws IOException {
    expect(p.nextToken(), JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static void expect(JsonToken actual, JsonToken wanted) {
    if (actual != wanted) {
      throw new IllegalStateException("expected " + wanted + " but found " + actual);
    }
  }

  private static String between(String text, int start, int end) {
    return text != null && end <= text.length() ? text.substring(start, end) : "";
  }

  private static double round(double value) {
    return Math.round(value * 10_000d) / 10_000d;
  }
}
