package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In a Turkish default locale "I".toLowerCase() is a dotless ı: names must still match. */
class TurkishLocaleTest {

  private static Locale saved;

  @BeforeAll
  static void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "So when ISIS asked for a surender, they were granted a conditional one.|ISIS|Q2429253",
        "the streets of Istanbul were quiet|Istanbul|slug:istanbul-tr",
        "This IS was created by Iran & America & Russia|Iran|Q794",
        "Islamic State fighters left. This IS was created by Iran & America & Russia|IS|Q2429253",
        "blaming the USA and Israel for everything|Israel|Q801",
        "IRAQI forces entered the city|IRAQI|Q796",
        "the IS made a similar deal whith the russians in Allepo, Yarmook, Ghouta south Damascas|Allepo|Q41183",
        "the president of İran spoke|İran|Q794",
        "Islamic State fighters left|Islamic State|Q2429253"
      })
  void namesWithAnIAreFound(String text, String surface, String id) {
    EntityRecognizer r = EntityRecognizer.create();
    List<EntityMention> all = r.recognize(text);
    EntityMention m =
        all.stream()
            .filter(x -> x.surface().equals(surface))
            .findFirst()
            .orElseThrow(() -> new AssertionError(surface + " not in " + all));
    assertEquals(id, m.id());
  }

  @ParameterizedTest
  @CsvSource({
    "ISIS,Q2429253",
    "isis,Q2429253",
    "IRAN,Q794",
    "Israel,Q801",
    "ISTANBUL,slug:istanbul-tr"
  })
  void lookupIgnoresTheLocale(String name, String id) {
    assertEquals(id, Gazetteer.defaultGazetteer().lookup(name).orElseThrow().id());
    assertTrue(Gazetteer.defaultGazetteer().lookup("is").isEmpty());
  }
}
