package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training, evaluation and cross-validation cut a corpus file the same way, because they all read
 * it through {@link ConllFile}: documents at "-DOCSTART-" (or one per tweet), sentences at blank
 * lines, every line kept so that the evaluation can write the file back.
 */
class ConllFileTest {

  private static final List<String> NEWS =
      List.of(
          "-DOCSTART- -X- -X- O",
          "",
          "Leeds NNP B-NP B-ORG",
          "beat VBD B-VP O",
          "Chelsea NNP B-NP B-ORG",
          "",
          "Peter NNP B-NP B-PER",
          "Blackburn NNP I-NP I-PER",
          "said VBD B-VP O",
          "",
          "-DOCSTART- -X- -X- O",
          "",
          "The DT B-NP O",
          "EU NNP I-NP B-ORG",
          "met VBD B-VP O",
          "",
          "");

  private static final List<String> TWEETS =
      List.of(
          "going\tO",
          "to\tO",
          "london\tB-location",
          "\t",
          "💙\tO",
          "\tO",
          "",
          "\tO",
          "",
          "Obama\tB-person",
          "in\tO",
          "Leeds\tB-location");

  @Test
  void newsIsCutIntoDocumentsAtDocStartAndTweetsOneADocument() {
    ConllFile news = ConllFile.of("news", NEWS);
    assertEquals(2, news.documents().size());
    assertEquals(2, news.documents().get(0).sentences().size());
    assertEquals(
        List.of("Peter", "Blackburn", "said"),
        news.documents().get(0).sentences().get(1).tokens(),
        "the first column is the token, whatever columns follow");
    assertEquals(List.of("B-PER", "I-PER", "O"), news.documents().get(0).sentences().get(1).tags());
    ConllFile tweets = ConllFile.of("tweets", TWEETS);
    assertEquals(4, tweets.documents().size(), "without -DOCSTART-, every sentence is a document");
  }

  @Test
  void everyLineIsKeptInOrder() {
    for (List<String> lines : List.of(NEWS, TWEETS)) {
      ConllFile file = ConllFile.of("f", lines);
      List<String> back = new ArrayList<>();
      for (ConllFile.Document d : file.documents()) {
        for (ConllFile.Sentence s : d.sentences()) {
          back.addAll(s.before());
          s.rows().forEach(r -> back.add(r.text()));
        }
      }
      back.addAll(file.trailing());
      assertEquals(lines, back);
    }
    ConllFile.Row obama =
        ConllFile.of("f", TWEETS).documents().get(3).sentences().get(0).rows().get(0);
    assertEquals(10, obama.line(), "rows know their line in the file");
  }

  @Test
  void anEmptyTokenIsARowButNoWordOfTheCorpus() {
    ConllFile file = ConllFile.of("tweets", TWEETS);
    assertEquals(
        List.of("💙", ""),
        file.documents().get(1).sentences().get(0).tokens(),
        "the evaluation writes the row back");
    NerCorpus.Corpus corpus = NerCorpus.of(file);
    assertEquals(3, corpus.documents().size(), "a tweet of one empty token holds no word");
    assertEquals(List.of("💙"), corpus.documents().get(1).sentences().get(0).tokens());
    assertFalse(corpus.miscComplete(), "WNUT-style lower-case types do not tag every MISC");
  }

  @Test
  void aSentenceBeforeTheFirstDocStartIsADocumentAndEmptyDocumentsVanish() {
    ConllFile f =
        ConllFile.of(
            "f",
            List.of(
                "Obama B-PER",
                "",
                "-DOCSTART- O",
                "",
                "-DOCSTART- O",
                "Paris B-LOC",
                "",
                "Rome B-LOC",
                "-DOCSTART- O"));
    assertEquals(2, f.documents().size());
    assertEquals(List.of("Obama"), f.documents().get(0).sentences().get(0).tokens());
    assertEquals(2, f.documents().get(1).sentences().size(), "Paris and Rome, one document");
    assertEquals(List.of("-DOCSTART- O"), f.trailing());
  }

  @Test
  void tabSeparatedTokensKeepTheirSpacesAndInvisibleCharacters() {
    ConllFile f = ConllFile.of("f", List.of("New York\tB-LOC", "\u200b\tO", "!\tO"));
    assertEquals(
        List.of("New York", "\u200b", "!"), f.documents().get(0).sentences().get(0).tokens());
  }

  @Test
  void anEmptyTokenInsideASentenceDoesNotBreakIt() {
    NerCorpus.Corpus c =
        NerCorpus.of(ConllFile.of("f", List.of("\tO", "Obama\tB-PER", "\tB-MISC", "spoke\tO")));
    assertEquals(1, c.documents().size());
    NerCorpus.Sentence s = c.documents().get(0).sentences().get(0);
    assertEquals(List.of("Obama", "spoke"), s.tokens());
    assertEquals(2, s.line(), "a sentence starts at its first word");
    assertEquals(List.of(new NerCorpus.Span(0, 1, "PER", "PER")), s.spans());
    assertFalse(c.miscComplete(), "the empty token's tag is not read: no MISC in this file");
  }

  @Test
  void bioAndIob1SpellTheSameEntities() {
    assertEquals(
        List.of(
            new ConllFile.TaggedRun(0, 2, "PER"),
            new ConllFile.TaggedRun(2, 3, "PER"),
            new ConllFile.TaggedRun(4, 5, "LOC")),
        ConllFile.runs(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")),
        "IOB1: I- opens an entity, B- only separates two of one type");
    assertEquals(
        List.of(new ConllFile.TaggedRun(0, 1, "ORG"), new ConllFile.TaggedRun(1, 2, "PER")),
        ConllFile.runs(List.of("B-ORG", "I-PER")),
        "an I- of another type opens an entity of its own");
  }

  @Test
  void malformedLinesAreRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.conll");
    Files.writeString(f, "Syria\tB-location\n\nlonely\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConllFile.read(f));
    assertEquals(f + ":3: expected a token and a tag", e.getMessage());
    Files.writeString(f, "Syria\tLOC\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> NerCorpus.read(f));
    assertEquals(f + ":1: not a BIO tag: LOC", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConllFile.of("g", List.of("x B-")));
    assertEquals("g:1: not a BIO tag: B-", e.getMessage(), "a tag needs a type");
    assertThrows(IllegalArgumentException.class, () -> ConllFile.runs(List.of("B")));
  }
}
