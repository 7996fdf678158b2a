package org.voxpop.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per rule, with real sentences from the seed and from the Fox News comments corpus (MIT,
 * copied here so that the tests need nothing outside the project).
 */
class RecognizerRulesTest {

  static final EntityRecognizer R = EntityRecognizer.create();

  static Optional<EntityMention> find(String text, String surface) {
    return R.recognize(text).stream().filter(m -> m.surface().equals(surface)).findFirst();
  }

  static void assertFound(String text, String surface, String id, String source) {
    List<EntityMention> all = R.recognize(text);
    EntityMention m =
        all.stream()
            .filter(x -> x.surface().equals(surface))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no \"" + surface + "\" in " + all));
    assertEquals(id, m.id(), m.toString());
    if (source != null) {
      assertEquals(source, m.source(), m.toString());
    }
    assertEquals(surface, text.substring(m.start(), m.end()));
  }

  /** Under an article on Islamic State, as the indexer reads comments. */
  static final DocumentContext ABOUT_IS = new DocumentContext(java.util.Set.of("Q2429253"));

  static Stream<Arguments> shortFormsInContext() {
    return Stream.of(
        Arguments.of(
            "IS made Raqqa in northern Syria its headquarters in early 2014.", "IS", ABOUT_IS),
        Arguments.of("a deal that let several hundred IS fighters escape.", "IS", ABOUT_IS),
        Arguments.of(
            "This IS was created by Iran & America & Russia to safe guard Assad regiem",
            "IS",
            ABOUT_IS),
        Arguments.of("When IS was near Bukmal city the US bombed them", "IS", ABOUT_IS),
        Arguments.of("the IS made a similar deal whith the russians in Allepo", "IS", ABOUT_IS),
        Arguments.of(
            "This was all the plan of US to kill two birds with one stone..",
            "US",
            DocumentContext.NONE),
        Arguments.of(
            "When US-backed Syrian fighters took full control of the city of Raqqa",
            "US",
            DocumentContext.NONE),
        Arguments.of(
            "In the US, gun control is not the answer...BLACK control is the ANSWER.",
            "US",
            DocumentContext.NONE),
        Arguments.of(
            "Wishing the death of US military personnel? Sounds like treason to me!",
            "US",
            DocumentContext.NONE),
        Arguments.of(
            "Maybe that is why the US is 39th in math and science among all civilized countries!",
            "US",
            DocumentContext.NONE),
        Arguments.of(
            "EU is doomed Merkel may need to do a magic trick to save it",
            "EU",
            DocumentContext.NONE));
  }

  @ParameterizedTest
  @MethodSource
  void shortFormsInContext(String text, String surface, DocumentContext context) {
    List<EntityMention> all = R.recognize(text, context);
    assertTrue(
        all.stream().anyMatch(m -> m.surface().equals(surface)), () -> surface + " in " + all);
  }

  /** The traps of issue 17: no cue list, the model and the context decide. */
  static Stream<Arguments> trapsWithoutAnEntity() {
    return Stream.of(
        Arguments.of("The real problem IS made worse"),
        Arguments.of("Navy seals are cute animals"),
        Arguments.of("What IS the answer to all this?"),
        Arguments.of("prices rose 9-11/16 pct in late trading"),
        Arguments.of("the is group said nothing"));
  }

  @ParameterizedTest
  @MethodSource
  void trapsWithoutAnEntity(String text) {
    assertTrue(R.recognize(text).isEmpty(), () -> text + ": " + R.recognize(text));
  }

  /**
   * A common word shouted in social text (a handle or hashtag sends it to the social tagger) is no
   * name, while a name among the shouted words still is (docs/entities.md, "Shouted copies").
   */
  static Stream<Arguments> shoutedWordsInSocialText() {
    return Stream.of(
        Arguments.of("@x what IS going on", ""),
        Arguments.of("@x this IS crazy #wow", ""),
        Arguments.of("@x he said it IS over", ""),
        Arguments.of("#news the problem IS real", ""),
        Arguments.of("@x the US troops left", "US"),
        Arguments.of("@x i saw obama in paris", "obama"));
  }

  @ParameterizedTest
  @MethodSource
  void shoutedWordsInSocialText(String text, String name) {
    List<EntityMention> all =
        R.recognize(text).stream().filter(m -> m.type() != EntityType.ACCOUNT).toList();
    if (name.isEmpty()) {
      assertTrue(all.isEmpty(), () -> text + ": " + all);
    } else {
      assertTrue(all.stream().anyMatch(m -> m.surface().equals(name)), () -> text + ": " + all);
      assertTrue(all.stream().noneMatch(m -> m.id().equals("Q2429253")), () -> text + ": " + all);
    }
  }

  @Test
  void theRoyalMarinesAreNotTheUsMarineCorps() {
    List<EntityMention> all = R.recognize("The Royal Marines landed at dawn.");
    assertTrue(all.stream().noneMatch(m -> m.id().equals("Q11218")), all.toString());
    EntityMention m =
        find("The Royal Marines landed at dawn.", "Royal Marines")
            .orElseThrow(() -> new AssertionError(all));
    assertEquals(EntityType.ORGANIZATION, m.type());
  }

  @Test
  void clubsNamedAfterTheirTownsAreOrganisations() {
    List<EntityMention> all = R.recognize("Leeds beat Chelsea 2-0");
    assertEquals(2, all.size(), all.toString());
    for (EntityMention m : all) {
      assertEquals(EntityType.ORGANIZATION, m.type(), m.toString());
    }
  }

  @Test
  void formsOfOneCompanyNameAreOneEntity() {
    String text =
        "International Business Machines Corp said on Monday its profit rose. "
            + "IBM Corp shares gained, and IBM said more.";
    List<EntityMention> all = R.recognize(text);
    List<String> ids =
        all.stream()
            .filter(m -> m.surface().contains("IBM") || m.surface().startsWith("International"))
            .map(EntityMention::id)
            .distinct()
            .toList();
    assertEquals(List.of("Q37156"), ids, all.toString());
    // Unknown companies fold their legal form too.
    List<EntityMention> acme =
        R.recognize("Zorblax Holdings Corp said profits rose. Zorblax shares fell.");
    assertEquals(1, acme.stream().map(EntityMention::id).distinct().count(), acme.toString());
    // "and Co" is the legal form as a whole: no "Morgan Stanley and" beside Morgan Stanley.
    assertFound(
        "Morgan Stanley and Co Inc lead managed the issue.",
        "Morgan Stanley and Co Inc",
        "Q334204",
        "gazetteer");
  }

  @Test
  void aLegalFormOnItsOwnIsNoCompany() {
    // Newswire lists companies so; the tagger took the "Ltd" after a bracket for a company.
    String text =
        "Bache Securities (Japan) Ltd and Hoare Govett (Far East) Ltd will each buy a seat, as"
            + " will Salomon Brothers Asia Ltd.";
    List<EntityMention> all = R.recognize(text);
    assertTrue(
        all.stream().noneMatch(m -> m.surface().startsWith("Ltd") || m.name().startsWith("Ltd")),
        all.toString());
    assertTrue(find(text, "Bache Securities").isPresent(), all.toString());
    assertTrue(find(text, "Hoare Govett").isPresent(), all.toString());
    // A first word that is also a legal form, without "and" after it, is part of the name.
    assertTrue(find("Limited Brands Inc said sales rose.", "Limited Brands Inc").isPresent());
    // In capitals it may be a name ("CO" for Colorado in a tweet): not dropped for its letters.
    assertTrue(find("Very bad traffic in CO today", "CO").isPresent());
  }

  @Test
  void theFirstWordOfACompanyTheDocumentNamedIsThatCompany() {
    String text =
        "Takeover talk lifted shares of Wendy's International Inc on Monday. Wendy's said it had"
            + " no comment, and Wendy fell later.";
    List<EntityMention> all = R.recognize(text);
    assertEquals(3, all.size(), all.toString());
    for (EntityMention m : all) {
      assertEquals("slug:wendys-international", m.id(), m.toString());
      assertEquals(EntityType.ORGANIZATION, m.type(), m.toString());
    }
    // A person of the document keeps the word: "Obama" after "Barack Obama", not a company.
    String both = "Barack Obama spoke at Obama Foundation Inc on Monday. Obama said little.";
    EntityMention obama =
        R.recognize(both).stream()
            .filter(m -> m.surface().equals("Obama"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(R.recognize(both)));
    assertEquals(EntityType.PERSON, obama.type(), obama.toString());
  }

  @Test
  void aCapitalisedCommonNounIsTheOrganisationTheDocumentNamedByIt() {
    assertFound(
        "The Bank of France is to inject liquidity at a tender this afternoon, a Bank spokesman said.",
        "Bank",
        "Q806950",
        EntityRecognizer.COREF);
    // Two organisations of one head: "the House" is neither of them.
    List<EntityMention> all =
        R.recognize(
            "The White House and the House of Representatives disagreed on the budget. "
                + "The House voted on Friday.");
    EntityMention house =
        all.stream().filter(m -> m.surface().equals("House")).findFirst().orElseThrow();
    assertNotEquals("slug:white-house", house.id(), all.toString());
    assertNotEquals(EntityRecognizer.COREF, house.source(), all.toString());
  }

  @Test
  void aRankThatBeginsACompanysNameIsNoTitle() {
    // "General" before a name is a rank ("General Petraeus"), but not in a company's name.
    List<EntityMention> all =
        R.recognize(
            "Daewoo Group and General Motors Corp said exports rose. General Electric Co <GE> agreed.");
    assertTrue(all.stream().noneMatch(m -> m.type() == EntityType.PERSON), all.toString());
    assertTrue(
        all.stream().anyMatch(m -> m.id().equals("Q81965") && m.surface().startsWith("General")),
        all.toString());
    EntityMention general =
        find("General Petraeus said the surge worked.", "Petraeus").orElseThrow();
    assertEquals(EntityType.PERSON, general.type());
  }

  @Test
  void aWellKnownPersonWithASlipInTheFirstNameIsThatPerson() {
    List<EntityMention> all =
        R.recognize("Barok Obama is the worst. Obama lied, and Hilary Clinton too.");
    assertEquals(
        List.of("Q76", "Q76", "Q6294"),
        all.stream().map(EntityMention::id).toList(),
        all.toString());
    assertEquals(EntityRecognizer.FUZZY, all.get(0).source());
    // Other people of the name are not slips: another first letter, or a short first name.
    for (String other :
        List.of("Michelle Obama spoke.", "Jill Clinton spoke.", "Jeb Bush spoke.")) {
      List<EntityMention> m = R.recognize(other);
      assertTrue(
          m.stream().noneMatch(x -> x.source().equals(EntityRecognizer.FUZZY)), m.toString());
    }
  }

  @Test
  void theNewswireSignOffIsTheAgencyNamedInTheText() {
    // Reuters stories of the 1980s end with "Reuter"; a separate entity beside Reuters split the
    // agency's facet value in two.
    List<EntityMention> all =
        R.recognize("Reuters reported that sales rose 5 pct in March. Reuter");
    assertEquals(
        List.of("slug:reuters"),
        all.stream().map(EntityMention::id).distinct().toList(),
        all.toString());
    // The sign-off alone, which the tagger takes for a surname: the curated agency, no person.
    List<EntityMention> alone =
        R.recognize("The company said sales of its paper mills rose 5 pct in March.\n REUTER\n");
    assertEquals(
        List.of("slug:reuters"),
        alone.stream().map(EntityMention::id).distinct().toList(),
        alone.toString());
  }

  @Test
  void aLoneSurnameIsThePersonNamedInFullOrTheWellKnownOne() {
    List<EntityMention> all =
        R.recognize("President Ronald Reagan met the press. Later Reagan said he was pleased.");
    assertTrue(
        all.stream()
            .filter(m -> m.surface().contains("Reagan"))
            .allMatch(m -> m.id().equals("Q9960")),
        all.toString());
    EntityMention alone =
        find("Reagan said on Monday he would veto the bill.", "Reagan").orElseThrow();
    assertEquals("Q9960", alone.id());
    assertEquals("surname", alone.source());
    // A document that names another bearer wins over the well-known one.
    List<EntityMention> other =
        R.recognize("Nancy Reagan opened the clinic. Reagan thanked the nurses.");
    assertTrue(
        other.stream()
            .filter(m -> m.surface().equals("Reagan"))
            .allMatch(m -> !m.id().equals("Q9960")),
        other.toString());
  }

  @Test
  void aMinorPoliticianIsLinkedByFullNameButNotBySurnameAlone() {
    // Michel Barnier and Mitt Romney come only from the CaptainFact politicians, at the people
    // layer's fixed rank of 20,000: far under the 1,000,000 a lone surname needs.
    assertFound(
        "Michel Barnier said the talks would go on.", "Michel Barnier", "Q438465", "gazetteer");
    assertFound("Mitt Romney won the primary in Utah.", "Mitt Romney", "Q4496", "gazetteer");
    for (String text :
        List.of("Barnier said the talks would go on.", "Romney won the primary in Utah.")) {
      List<EntityMention> all = R.recognize(text);
      assertTrue(
          all.stream().noneMatch(m -> m.id().equals("Q438465") || m.id().equals("Q4496")),
          all.toString());
    }
  }

  @Test
  void fuzzyMatchingNeverFiresOnNumbersDatesOrLowerCase() {
    for (String text :
        List.of(
            "prices rose 9-11/16 pct",
            "on 11-9 the markets closed",
            "the is group",
            "Christiania Bank said on Monday",
            "freight on the Kokan railway",
            "Kokan Christiania rose 9-11/16 pct",
            "Shares of Christiania fell")) {
      for (EntityMention m : R.recognize(text)) {
        assertFalse(m.source().equals("gazetteer-fuzzy"), text + ": " + m);
        assertFalse(
            m.name().equals("Quran")
                || m.name().equals("Christianity")
                || m.name().contains("September 11")
                || m.id().equals("Q2429253"),
            text + ": " + m);
      }
    }
  }

  @Test
  void onePlaceHasOneId() {
    assertEquals(
        R.recognize("fighting near Tabqa").get(0).id(),
        R.recognize("fighting near Ath Thawrah").get(0).id());
    assertEquals(
        R.recognize("protests began in Daraa").get(0).id(),
        R.recognize("protests began in Dar'a").get(0).id());
  }

  @Test
  void aKnownPlaceDecidesWhereTheTaggerHesitatesOverTheKindOfName() {
    // Syrian towns the gazetteer knows only as places, in sentences where the tagger hesitates
    // over the kind of name. Where it is surer of another kind its type wins ("took Manbij from
    // ISIL" is a person at 0.55 with the tagger of 2026-12-04, night): docs/entities.md, Linking,
    // step 3.
    assertFound("The SDF took Manbij.", "Manbij", "slug:manbij-sy", null);
    assertFound("Hayat Tahrir al-Sham would hold Idlib.", "Idlib", "slug:idlib-sy", null);
    assertEquals(EntityType.LOCATION, find("The SDF took Manbij.", "Manbij").orElseThrow().type());
  }

  @Test
  void arabicPlacesWrittenAsTheNewsWritesThemAreTheGazetteersPlaces() {
    // GeoNames writes "Khān Shaykhūn", "Tall Rif‘at", "Ḩadīthah".
    assertFound(
        "Government forces retook Khan Sheikhoun.",
        "Khan Sheikhoun",
        "slug:khan-shaykhun-sy",
        "gazetteer");
    assertFound("Troops entered Tal Rifaat.", "Tal Rifaat", "slug:tall-rif-at-sy", "gazetteer");
    assertFound("Troops entered Haditha on Sunday.", "Haditha", "slug:hadithah-iq", "gazetteer");
    assertEquals(
        EntityType.LOCATION,
        find("Government forces retook Khan Sheikhoun.", "Khan Sheikhoun").orElseThrow().type());
    // A given name is no town, whatever its spelling ("Ad Dānā" in Syria).
    assertEquals(
        EntityType.PERSON, find("Dana said the talks failed.", "Dana").orElseThrow().type());
  }

  @Test
  void arabicNamesOfArmedGroupsAreGroupsWhateverTheTaggerTypedThem() {
    // "Jaysh" is army, "Kataib" brigades: the head of the name comes first in Arabic.
    for (String[] t :
        new String[][] {
          {"Rebels of Jaysh al-Islam withdrew from Harasta.", "Jaysh al-Islam"},
          {"Jaysh al-Islam withdrew from Douma.", "Jaysh al-Islam"},
          {"Kataib Hezbollah claimed the attack.", "Kataib Hezbollah"}
        }) {
      EntityMention m = find(t[0], t[1]).orElseThrow(() -> new AssertionError(t[0]));
      assertEquals(EntityType.GROUP, m.type(), m.toString());
    }
  }

  static Stream<Arguments> verbsPronounsAndShouting() {
    return Stream.of(
        Arguments.of("This is a military agreement where IS leave there positions", "is"),
        Arguments.of(
            "only an idiot would not see this for what it is…. these people executed women", "is"),
        Arguments.of("let us go and see", "us"),
        Arguments.of(
            "No the people didn't the LOUSY LEADER DID, just like ODUMBO IS DOING HERE!", "IS"),
        Arguments.of("A DEATH SENTENCE IS THE ONLY CURE FOR STUPIDITY!", "IS"),
        Arguments.of("ONLY SHE IS BETTER OFF.......FOR THE LAST 7.5 YEARS.........", "IS"),
        Arguments.of("Correction; IS a failed state.", "IS"),
        Arguments.of("THEY WANT TO KILL US ALL AND NOBODY CARES", "US"),
        Arguments.of("Obama to white working Americans \"FU\"", "FU"));
  }

  @ParameterizedTest
  @MethodSource
  void verbsPronounsAndShouting(String text, String surface) {
    assertTrue(find(text, surface).isEmpty(), () -> surface + " in " + R.recognize(text));
  }

  static Stream<Arguments> gazetteerNames() {
    return Stream.of(
        Arguments.of("typical scum blaming the USA and Israel for everything", "USA", "Q30"),
        Arguments.of("its too easy to keep blaming America and Israel", "America", "Q30"),
        Arguments.of(
            "Always blaming United States always blaming United States", "United States", "Q30"),
        Arguments.of(
            "USA and Britain and rest of coalition rescued 4000-5000 of hardcore ISIS fighters",
            "Britain",
            "Q145"),
        Arguments.of(
            "USA and Britain and rest of coalition rescued 4000-5000 of hardcore ISIS fighters",
            "ISIS",
            "Q2429253"),
        Arguments.of(
            "it ended three years of rule there by so-called Islamic State.",
            "Islamic State",
            "Q2429253"),
        Arguments.of(
            "removal of Russian backed regimes in middle east by the so called Arab spring",
            "middle east",
            "Q7204"),
        Arguments.of(
            "thanks to the European union's WELCOME policy towards refugees",
            "European union",
            "Q458"),
        Arguments.of("we all know the dark side of communism thanks to USSR", "USSR", "Q15180"),
        Arguments.of(
            "If you are in Mexico working illegally any Mexican can arrest you", "Mexico", "Q96"),
        Arguments.of(
            "Any U.S. Citizen voting for Hillary Clinton is the intellectual equivalent",
            "Hillary Clinton",
            "Q6294"),
        Arguments.of(
            "I wish we had Napolitano on the US Supreme Court! Great article.",
            "US Supreme Court",
            "slug:supreme-court-us"),
        Arguments.of(
            "I will miss Michelle Obama- ski when she leaves the White House... NOT !!!!",
            "White House",
            "slug:white-house"),
        Arguments.of("sure it is unless you are on the side of ISIS", "ISIS", "Q2429253"),
        Arguments.of("Daesh fighters and ISIL commanders", "Daesh", "Q2429253"),
        Arguments.of("Daesh fighters and ISIL commanders", "ISIL", "Q2429253"),
        Arguments.of(
            "Marines or United States Army Brigade or Navy SEALS or Green Berets",
            "Navy SEALS",
            "slug:navy-seals"),
        Arguments.of(
            "Groping people in public wasn't already illegal? What's up with that, Deutschland?",
            "Deutschland",
            "Q183"));
  }

  @ParameterizedTest
  @MethodSource
  void gazetteerNames(String text, String surface, String id) {
    assertFound(text, surface, id, null);
  }

  static Stream<Arguments> possessivesAndHyphens() {
    return Stream.of(
        Arguments.of("the airport & ports where under Assad's brutal forces", "Assad", "Q44329"),
        Arguments.of(
            "Trump will clean house of these incompetent anti American democrat hacks of Obama's.",
            "Obama",
            "Q76"),
        Arguments.of("When US-backed Syrian fighters took full control", "US", "Q30"),
        Arguments.of("removal of Russian backed regimes in middle east", "Russian", "Q159"),
        Arguments.of("the Russian-backed offensive on Idlib", "Russian", "Q159"),
        Arguments.of("IS-held territory shrank all year", "IS", "Q2429253"),
        Arguments.of(
            "the Free Syrian Army's commanders met in Turkey",
            "Free Syrian Army",
            "slug:free-syrian-army"));
  }

  @ParameterizedTest
  @MethodSource
  void possessivesAndHyphens(String text, String surface, String id) {
    assertFound(text, surface, id, null);
  }

  static Stream<Arguments> misspellingsAndTransliterations() {
    return Stream.of(
        Arguments.of(
            "the IS made a similar deal whith the russians in Allepo, Yarmook",
            "Allepo",
            "Q41183",
            "gazetteer-fuzzy"),
        Arguments.of("Ghouta south Damascas, and Daraa", "Damascas", "Q3766", "gazetteer-fuzzy"),
        Arguments.of(
            "When IS was near Bukmal city the US bombed them",
            "Bukmal",
            "slug:abu-kamal",
            "gazetteer-fuzzy"),
        Arguments.of(
            "they exchanged prisiners in Suwaydaa. So fc them all",
            "Suwaydaa",
            "slug:as-suwayda",
            "gazetteer"),
        Arguments.of(
            "whith the russians in Allepo, Yarmook, Ghouta",
            "Yarmook",
            "slug:yarmouk-camp",
            "gazetteer"),
        Arguments.of("protests began in Deraa in 2011", "Deraa", "slug:daraa", "gazetteer"),
        Arguments.of("protests began in Dar'a in 2011", "Dar'a", "slug:daraa", "gazetteer"),
        Arguments.of("and Daraa, and last week", "Daraa", "slug:daraa", "gazetteer"),
        Arguments.of("the regime of Bashar al Assad", "Bashar al Assad", "Q44329", "gazetteer"),
        Arguments.of(
            "refugees from Afganistan keep arriving", "Afganistan", "Q889", "gazetteer-fuzzy"),
        Arguments.of(
            "the streets of Instanbul were quiet",
            "Instanbul",
            "slug:istanbul-tr",
            "gazetteer-fuzzy"),
        // a plural group name misspelt in the plural is still found
        Arguments.of(
            "Then the Christains came to the village",
            "Christains",
            "slug:christians",
            "gazetteer-fuzzy"));
  }

  @ParameterizedTest
  @MethodSource
  void misspellingsAndTransliterations(String text, String surface, String id, String source) {
    assertFound(text, surface, id, source);
  }

  static Stream<Arguments> commonWordsNeverFuzzy() {
    return Stream.of(
        Arguments.of("Groping people in public wasn't already illegal?", "Groping"),
        Arguments.of("Imagine that, Muslims are the problem...?", "Imagine"),
        Arguments.of("The woman is a disaster for Germany. She knows nothing", "She"),
        Arguments.of("Thankfully Obama is the first and last gay president.", "Thankfully"),
        Arguments.of("we had a turkey for dinner and some china plates", "turkey"),
        Arguments.of("we had a turkey for dinner and some china plates", "china"),
        Arguments.of("Human lives are secondary to the weapons sold in the market", "Human"));
  }

  @ParameterizedTest
  @MethodSource
  void commonWordsNeverFuzzy(String text, String surface) {
    assertTrue(find(text, surface).isEmpty(), () -> surface + " in " + R.recognize(text));
  }

  static Stream<Arguments> demonyms() {
    return Stream.of(
        Arguments.of("When US-backed Syrian fighters took full control", "Syrian", "Q858"),
        Arguments.of("the IS made a similar deal whith the russians in Allepo", "russians", "Q159"),
        Arguments.of(
            "they would be escorted by Kurdish fighters to Raqqa.", "Kurdish", "slug:kurds"),
        Arguments.of("German citizens elected Merkel, who LOVES Muslims", "German", "Q183"),
        Arguments.of(
            "The Japanese have no diversity at all and are way ahead of the US", "Japanese", "Q17"),
        Arguments.of(
            "Middle Eastern countries be having problem since way back", "Middle Eastern", "Q7204"),
        Arguments.of("Obama to white working Americans \"FU\"", "Americans", "Q30"));
  }

  @ParameterizedTest
  @MethodSource
  void demonyms(String text, String surface, String id) {
    assertFound(text, surface, id, "demonym");
  }

  static Stream<Arguments> unknownNames() {
    return Stream.of(
        Arguments.of(
            "Our Middle East Correspondent, Quentin Sommerville, has this exclusive report.",
            "Quentin Sommerville",
            EntityType.PERSON),
        Arguments.of(
            "I will miss Michelle Obama- ski when she leaves", "Michelle Obama", EntityType.PERSON),
        Arguments.of(
            "the equivalent of a chicken rooting for Colonel Sanders.",
            "Sanders",
            EntityType.PERSON),
        Arguments.of("a statement from Mr Fontaine on the matter", "Fontaine", EntityType.PERSON),
        Arguments.of(
            "fighters of the Hamza Brigade crossed the river", "Hamza Brigade", EntityType.GROUP),
        Arguments.of(
            "a statement by the Raqqa Civil Council on Monday",
            "Raqqa Civil Council",
            EntityType.ORGANIZATION),
        Arguments.of(
            "When IS was near Bukmal city the US bombed them", "Bukmal", EntityType.LOCATION),
        Arguments.of("the Mosul Dam could fail", "Mosul Dam", EntityType.LOCATION));
  }

  @ParameterizedTest
  @MethodSource
  void unknownNames(String text, String surface, EntityType type) {
    EntityMention m =
        find(text, surface).orElseThrow(() -> new AssertionError(R.recognize(text).toString()));
    assertEquals(type, m.type(), m.toString());
  }

  @Test
  void sentenceInitialCapitalsAreNoEvidence() {
    assertTrue(
        R.recognize("Always blaming. Stop stop blaming. Welcome to the real world").isEmpty());
    assertTrue(R.recognize("Gotta love all these comments. Typical scum.").isEmpty());
  }

  @Test
  void unknownNamesGetStableSlugs() {
    EntityMention a =
        find("Our Middle East Correspondent, Quentin Sommerville, has", "Quentin Sommerville")
            .orElseThrow();
    EntityMention b =
        find("a report by QUENTIN SOMMERVILLE today", "QUENTIN SOMMERVILLE").orElse(a);
    assertEquals("slug:quentin-sommerville", a.id());
    assertEquals(a.id(), b.id());
    assertEquals("tagger", a.source());
  }

  @Test
  void laterSurnameResolvesToTheFullName() {
    String text =
        "Our Middle East Correspondent, Quentin Sommerville, has this exclusive report. "
            + "Sommerville met the fighters in Raqqa.";
    List<EntityMention> all = R.recognize(text);
    EntityMention later =
        all.stream()
            .filter(m -> m.surface().equals("Sommerville"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(all.toString()));
    assertEquals("slug:quentin-sommerville", later.id());
    assertEquals("coref", later.source());
    assertEquals(EntityType.PERSON, later.type());
  }

  @Test
  void aTownNameAfterAGivenNameIsASurname() {
    String text = "Kate Middleton visited the hospital. Later Middleton waved to the crowd.";
    List<EntityMention> all = R.recognize(text);
    assertEquals(
        EntityType.PERSON, find(text, "Kate Middleton").orElseThrow().type(), all.toString());
    EntityMention later =
        all.stream().filter(m -> m.surface().equals("Middleton")).findFirst().orElseThrow();
    assertEquals("slug:kate-middleton", later.id());
    assertEquals("coref", later.source());
    assertEquals(
        EntityType.LOCATION,
        find("flooding in Middleton last night", "Middleton").orElseThrow().type());
  }

  @Test
  void royalTitlesArePartOfTheName() {
    assertEquals(
        "slug:prince-william",
        find("yesterday Prince William opened the bridge", "Prince William").orElseThrow().id());
    assertEquals(
        "slug:fontaine",
        find("a statement from Mr Fontaine on the matter", "Fontaine").orElseThrow().id(),
        R.recognize("a statement from Mr Fontaine on the matter").toString());
  }

  @Test
  void spellingVariantsAndAccentedTownsAreNoPlaces() {
    assertTrue(find("She is my Favorite singer", "Favorite").isEmpty());
    assertTrue(find("so we said: Come to the party", "Come").isEmpty());
  }

  @Test
  void handlesAreAccountsNotTopics() {
    EntityMention m =
        find("barker @CarpeNoctem Not yet! And, given Obama is a lame duck", "@CarpeNoctem")
            .orElseThrow();
    assertEquals("handle", m.source());
    assertEquals(EntityType.ACCOUNT, m.type(), "an unknown handle is an account, not a person");
    assertEquals(
        "Q9531", find("as @BBC reported", "@BBC").orElseThrow().id(), "a known handle links");
    assertTrue(m.confidence() < 0.5);
    assertTrue(find("mail me at someone@example.com", "@example").isEmpty());
  }

  @Test
  void sharedAcrossThreadsGivesTheSameAnswers() throws Exception {
    List<String> docs = List.copyOf(SeedGoldTest.seedDocuments().values());
    List<List<EntityMention>> expected = docs.stream().map(R::recognize).toList();
    List<List<EntityMention>> parallel =
        java.util.stream.IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> R.recognize(docs.get(i % docs.size())))
            .toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(expected.get(i % docs.size()), parallel.get(i));
    }
  }

  @Test
  void longestMatchWins() {
    assertFound(
        "to fight Free Syrian army & to kill",
        "Free Syrian army",
        "slug:free-syrian-army",
        "gazetteer");
    assertFound("the Tabqa dam back in 2017", "Tabqa dam", "slug:tabqa-dam", "gazetteer");
    assertFound(
        "Look what affirmative action did to the United States of America, Obama!",
        "United States of America",
        "Q30",
        "gazetteer");
  }

  @Test
  void theModelIsLoadedOnce() {
    assertTrue(BundledModel.tagger() == BundledModel.tagger());
    assertEquals(
        R.recognize("Angela Merkel met Vladimir Putin in Berlin."),
        EntityRecognizer.create().recognize("Angela Merkel met Vladimir Putin in Berlin."));
  }

  @Test
  void mentionsAreSortedImmutableAndDisjoint() throws Exception {
    for (String text : SeedGoldTest.seedDocuments().values()) {
      List<EntityMention> all = R.recognize(text);
      assertThrows(UnsupportedOperationException.class, () -> all.add(null));
      for (int i = 1; i < all.size(); i++) {
        assertTrue(all.get(i - 1).end() <= all.get(i).start(), all.get(i).toString());
      }
      for (EntityMention m : all) {
        assertTrue(m.confidence() > 0 && m.confidence() <= 1);
        assertFalse(m.source().isEmpty());
      }
    }
    assertTrue(R.recognize("").isEmpty());
    assertTrue(R.recognize(null).isEmpty());
  }
}
