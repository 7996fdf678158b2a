package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

  static final Gazetteer G = Gazetteer.defaultGazetteer();

  @ParameterizedTest
  @CsvSource({
    "United States,Q30",
    "Q30,Q30",
    "q30,Q30",
    "America,Q30",
    "USA,Q30",
    "US,Q30",
    "U.S.,Q30",
    "united states,Q30",
    "American,Q30",
    "IS,Q2429253",
    "ISIS,Q2429253",
    "ISIL,Q2429253",
    "Daesh,Q2429253",
    "Islamic State,Q2429253",
    "daesh,Q2429253",
    "Israel,Q801",
    "Israeli,Q801",
    "Syria,Q858",
    "Aleppo,Q41183",
    "Deraa,slug:daraa",
    "Dar'a,slug:daraa",
    "EU,Q458",
    "European Union,Q458",
    "Kurds,slug:kurds",
    "Middle East,Q7204",
    "slug:ar-raqqah-sy,slug:raqqa",
    "Ar Raqqah,slug:raqqa",
    "Tabqa dam,slug:tabqa-dam",
    // English and former names of cities the generated layer knows by another name
    "Kiev,slug:kyiv-ua",
    "Kyiv,slug:kyiv-ua",
    "Bombay,slug:mumbai-in",
    "Peking,slug:beijing-cn",
    "Cologne,slug:koln-de",
    "Köln,slug:koln-de",
    "Geneva,slug:geneve-ch",
    "Leningrad,slug:saint-petersburg-ru",
    // one place per name, the bigger one: not a US town, not St. Petersburg, Florida
    "Hanover,slug:hannover-de",
    "St. Petersburg,slug:saint-petersburg-ru"
  })
  void resolvesNamesAliasesAndIds(String name, String id) {
    assertEquals(id, G.lookup(name).orElseThrow(() -> new AssertionError(name)).id());
  }

  @ParameterizedTest
  @CsvSource({"us", "is", "Is", "eu", "the", "xyzzy"})
  void shortNamesNeedTheirCase(String name) {
    assertTrue(G.lookup(name).isEmpty(), name);
  }

  @Test
  void isLargeVersionedAndShared() {
    assertTrue(G.size() > 20_000, "entities: " + G.size());
    assertTrue(G.nameCount() > 20_000, "names: " + G.nameCount());
    assertTrue(G.version().startsWith("20"));
    assertSame(G, Gazetteer.defaultGazetteer());
    assertEquals("United States", G.byId("Q30").orElseThrow().name());
    assertTrue(G.byId("Q30").orElseThrow().aliases().contains("Americans"));
  }

  @Test
  void newsroomTsvAddsAndOverrides(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("newsroom.tsv");
    Files.writeString(
        tsv,
        """
        # our own list
        slug:jane-doe-mp\tJane Doe\tPERSON\tpolitician\tDoe|J. Doe\t\t
        Q858\t\t\t\tSham|Bilad al-Sham\t\t
        """,
        StandardCharsets.UTF_8);
    Gazetteer g = G.withOverrides(tsv);
    assertEquals("slug:jane-doe-mp", g.lookup("Jane Doe").orElseThrow().id());
    assertEquals("Q858", g.lookup("Bilad al-Sham").orElseThrow().id());
    assertEquals("Syria", g.lookup("Sham").orElseThrow().name());
    assertTrue(G.lookup("Jane Doe").isEmpty(), "the default gazetteer is unchanged");
    assertTrue(g.version().endsWith("+newsroom.tsv"));
    EntityRecognizer r = EntityRecognizer.create(g);
    assertEquals("slug:jane-doe-mp", r.recognize("We spoke to Jane Doe on Friday").get(0).id());
  }

  @Test
  void newsroomRowsCanFoldGeneratedEntries(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("fold.tsv");
    Files.writeString(
        tsv,
        "slug:homs\tHoms\tLOCATION\tcity\tHims|Emesa\t\tslug:homs-sy\n",
        StandardCharsets.UTF_8);
    Gazetteer g = G.withOverrides(tsv);
    assertEquals("slug:homs", g.lookup("Emesa").orElseThrow().id());
    assertEquals("slug:homs", g.byId("slug:homs-sy").orElseThrow().id());
    assertEquals("slug:homs-sy", G.lookup("Homs").orElseThrow().id());
  }

  @Test
  void newsroomJsonAddsEntities(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("newsroom.json");
    Files.writeString(
        json,
        """
        [{"id": "slug:raqqa-civil-council", "name": "Raqqa Civil Council",
          "type": "organization", "subtype": "council", "aliases": ["RCC"]}]
        """,
        StandardCharsets.UTF_8);
    Gazetteer g = G.withOverrides(json);
    assertEquals(EntityType.ORGANIZATION, g.lookup("RCC").orElseThrow().type());
  }

  @Test
  void badRowsAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "slug:x\tX\tPLANET\t\t\t\t\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> G.withOverrides(tsv));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "Khān Shaykhūn,Khan Sheikhoun",
    "Jisr ash Shughūr,Jisr al-Shughur",
    "Tall Rif‘at,Tal Rifaat",
    "Ḩadīthah,Haditha",
    "Sarāqib,Saraqeb",
    "Al Mayādīn,al-Mayadeen",
    "Al Qaryatayn,Al-Qaryatain",
    "Bayjī,Baiji"
  })
  void romanisationsOfOneArabicNameMeet(String geoNames, String newswire) {
    assertEquals(Text.romanisedPieces(geoNames), Text.romanisedPieces(newswire));
  }

  @ParameterizedTest
  @CsvSource({
    "Khan Sheikhoun,slug:khan-shaykhun-sy",
    "Saraqeb,slug:saraqib-sy",
    "Jisr al-Shughur,slug:jisr-ash-shughur-sy",
    "al-Mayadeen,slug:al-mayadin-sy",
    "Mayadeen,slug:al-mayadin-sy",
    "Qaryatain,slug:al-qaryatayn-sy",
    "Haditha,slug:hadithah-iq"
  })
  void arabicPlacesAreFoundInOtherRomanisations(String spelling, String id) {
    assertEquals(id, G.romanisedEntries(spelling).get(0).entity().id());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dana", "Homes", "Toranto", "Minchen", "Qassem", "Jassim", "Obaid", "Seddon", "Martel"
      })
  void otherWordsAndPlacesHaveNoRomanisedPlace(String word) {
    // A given name ("Ad Dānā"), an English word, places outside the Arab world, and surnames
    // whose folded spelling is a short place name's (Al-Qassim, Jāsim, El Obeid, Sidon, Martil).
    assertEquals(List.of(), G.romanisedEntries(word));
  }

  @Test
  void anArticleWrittenApartIsPartOfTheArabicName() {
    List<NameMatches.Match> m =
        NameMatches.find(G, new String[] {"near", "Jisr", "esh", "Shughur", "."});
    assertTrue(
        m.stream()
            .anyMatch(
                x ->
                    x.first() == 1
                        && x.last() == 3
                        && x.entries().get(0).entity().id().equals("slug:jisr-ash-shughur-sy")),
        m.toString());
    // "As" the English word opens no name: "As Raqqa fell" is no "Ar Raqqah".
    assertTrue(
        NameMatches.find(G, new String[] {"As", "Raqqa", "fell"}).stream()
            .noneMatch(x -> x.first() == 0),
        "As Raqqa");
  }

  @Test
  void loadsWithinOneSecond() {
    long t0 = System.nanoTime();
    Gazetteer.loadDefaultForTest();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("gazetteer load ms: " + ms);
    assertTrue(ms < 3000, "load took " + ms + " ms");
  }
}
