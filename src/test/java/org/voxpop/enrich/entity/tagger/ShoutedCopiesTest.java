package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Genre;

/**
 * Social documents seen a second time with one word of each sentence in capitals while training the
 * taggers per genre: the shouted word is a lower-case word outside the names, the names keep their
 * spans, the shouted word is trained as no name even in a corpus that leaves some names
 * unannotated, the choice is seeded, and news is not copied.
 */
class ShoutedCopiesTest {

  private static EntityTagger.Options share(double s) {
    return new EntityTagger.Options(5, 7, 1, 0, 1, 0, s);
  }

  private static NerCorpus.Sentence sentence(List<String> tokens, NerCorpus.Span... spans) {
    return new NerCorpus.Sentence(tokens, List.of(spans), 1);
  }

  @Test
  void oneLowerCaseWordOutsideTheNamesIsShoutedAndKnownToBeNone() {
    NerCorpus.Sentence s =
        sentence(
            List.of("@x", "obama", "is", "in", "Paris", "!!"),
            new NerCorpus.Span(1, 2, "PER", "person"));
    for (int seed = 0; seed < 20; seed++) {
      NerCorpus.Sentence shouted =
          new NerCorpus.Document(List.of(s)).shouted(new Random(seed)).sentences().get(0);
      assertEquals(1, shouted.outside().size());
      int i = shouted.outside().get(0);
      assertTrue(i == 2 || i == 3, "shouted " + shouted.tokens());
      List<String> expected = new ArrayList<>(s.tokens());
      expected.set(i, expected.get(i).toUpperCase(java.util.Locale.ROOT));
      assertEquals(expected, shouted.tokens());
      assertEquals(s.spans(), shouted.spans());
      assertEquals(s.line(), shouted.line());
    }
    NerCorpus.Sentence none = sentence(List.of("@x", "Obama", "!!"));
    assertSame(
        none, new NerCorpus.Document(List.of(none)).shouted(new Random(1)).sentences().get(0));
  }

  @Test
  void aShoutedWordMayOnlyBeNoNameWhereAnyOtherWordMayBeAnUnannotatedName() {
    String[] words = {"what", "IS", "going", "on"};
    int o = 1 << Labels.O;
    int[] open = TaggerTrainer.goldMask(words, List.of(), false);
    assertTrue(open[1] != o, "an unannotated word of a tweet corpus may be a name");
    int[] shouted = TaggerTrainer.goldMask(words, List.of(), false, List.of(1));
    assertEquals(o, shouted[1]);
    assertEquals(open[0], shouted[0]);
  }

  @Test
  void socialTextIsCopiedBySeededShareEachCopyRightAfterItsDocumentAndNewsIsNot() throws Exception {
    NerCorpus.Corpus tweets = EntityTaggerTest.tweets();
    assertEquals(Genre.SOCIAL, tweets.genre());
    List<NerCorpus.Document> docs = tweets.documents();
    assertSame(docs, TaggerTrainer.withShoutedCopies(docs, tweets.genre(), share(0), 0));
    List<NerCorpus.Document> all =
        TaggerTrainer.withShoutedCopies(docs, tweets.genre(), share(1), 0);
    assertEquals(2 * docs.size(), all.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(docs.get(i), all.get(2 * i));
      assertEquals(
          docs.get(i).sentences().size(), all.get(2 * i + 1).sentences().size(), "copy " + i);
    }
    assertEquals(all, TaggerTrainer.withShoutedCopies(docs, tweets.genre(), share(1), 0));
    NerCorpus.Corpus news = EntityTaggerTest.tiny();
    assertSame(
        news.documents(),
        TaggerTrainer.withShoutedCopies(news.documents(), news.genre(), share(1), 1));
    assertThrows(IllegalArgumentException.class, () -> share(1.5));
    assertThrows(IllegalArgumentException.class, () -> share(Double.NaN));
  }
}
