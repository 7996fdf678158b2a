package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Genre;

/**
 * News documents seen a second time in lower case while training the taggers per genre: names keep
 * their spans, the choice is seeded, social text is not copied, the news tagger then finds a name
 * its training data only ever capitalised, and the mixed tagger (most comments) does not.
 */
class LowerCaseCopiesTest {

  private static EntityTagger.Options share(double s) {
    return new EntityTagger.Options(5, 7, 1, 0, 1, s, 0);
  }

  @Test
  void aLowerCaseCopyKeepsTheNamesAndTheirSpans() throws Exception {
    NerCorpus.Document d = EntityTaggerTest.tiny().documents().get(0);
    NerCorpus.Sentence s = d.lowerCased().sentences().get(1);
    assertEquals(List.of("peter", "blackburn", "said", "in", "brussels", "."), s.tokens());
    assertEquals(d.sentences().get(1).spans(), s.spans());
    assertEquals(d.sentences().get(1).line(), s.line());
  }

  @Test
  void newsIsCopiedBySeededShareEachCopyRightAfterItsDocumentAndSocialTextIsNot() throws Exception {
    NerCorpus.Corpus news = EntityTaggerTest.tiny();
    List<NerCorpus.Document> docs = news.documents();
    assertSame(docs, TaggerTrainer.withLowerCaseCopies(docs, news.genre(), share(0), 0));
    List<NerCorpus.Document> all =
        TaggerTrainer.withLowerCaseCopies(docs, news.genre(), share(1), 0);
    assertEquals(2 * docs.size(), all.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(docs.get(i), all.get(2 * i));
      assertEquals(docs.get(i).lowerCased(), all.get(2 * i + 1));
    }
    NerCorpus.Corpus tweets = EntityTaggerTest.tweets();
    assertEquals(Genre.SOCIAL, tweets.genre());
    assertSame(
        tweets.documents(),
        TaggerTrainer.withLowerCaseCopies(tweets.documents(), tweets.genre(), share(1), 1));
    List<NerCorpus.Document> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.addAll(docs);
    }
    NerCorpus.Corpus big = new NerCorpus.Corpus("news", many, true);
    List<NerCorpus.Document> some =
        TaggerTrainer.withLowerCaseCopies(many, big.genre(), share(0.25), 3);
    assertEquals(some, TaggerTrainer.withLowerCaseCopies(many, big.genre(), share(0.25), 3));
    int copies = some.size() - many.size();
    assertTrue(copies > 150 && copies < 250, copies + " copies of 800 documents");
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> share(1.5));
    assertThrows(IllegalArgumentException.class, () -> share(-0.1));
    assertThrows(IllegalArgumentException.class, () -> share(Double.NaN));
  }

  /**
   * The training data writes "Peter Blackburn" with capitals only. Trained with a lower-case copy
   * of every news document, the news tagger finds him written in lower case; the mixed tagger,
   * which reads comments where most lower-case words are no names, is trained without the copies
   * and does not.
   */
  @Test
  void onlyTheTaggersPerGenreLearnNamesWrittenInLowerCase() throws Exception {
    List<String[]> text = new ArrayList<>();
    text.add(new String[] {"The", "man", "is", "in", "London"});
    WordStatistics words = WordStatistics.build(text, Map.of(), Map.of());
    GenreTaggers taggers =
        GenreTaggers.train(
            List.of(EntityTaggerTest.tiny()),
            EntityTaggerTest.CAPITALS,
            words,
            share(1),
            () -> {},
            (e, m) -> {});
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"peter", "blackburn", "said", "in", "brussels", "."});
    List<TaggedSpan> news = taggers.tagger(Genre.NEWS).tagSentences(doc).get(0);
    assertTrue(
        news.stream().anyMatch(s -> s.start() == 0 && s.end() == 2 && s.type().equals("PER")),
        news.toString());
    List<TaggedSpan> mixed = taggers.tagger(Genre.MIXED).tagSentences(doc).get(0);
    assertTrue(mixed.stream().noneMatch(s -> s.type().equals("PER")), mixed.toString());
  }
}
