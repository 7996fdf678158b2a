package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Genre;

/** Training is reproducible, a model reads back the same, and the fast scores equal the slow. */
class EntityTaggerTest {

  static NerCorpus.Corpus tiny() throws IOException, URISyntaxException {
    return NerCorpus.read(Path.of(EntityTaggerTest.class.getResource("tiny-train.conll").toURI()));
  }

  static final TokenLexicon CAPITALS =
      words -> {
        String[][] out = new String[words.length][];
        for (int i = 0; i < words.length; i++) {
          out[i] =
              words[i].equals("London") || words[i].equals("Paris")
                  ? new String[] {"U-LOC.capital"}
                  : new String[0];
        }
        return out;
      };

  static EntityTagger train(NerCorpus.Corpus c, long seed) {
    return trainGenres(c, seed).tagger(Genre.NEWS);
  }

  static GenreTaggers trainGenres(NerCorpus.Corpus c, long seed) {
    List<String[]> text = new ArrayList<>();
    text.add(new String[] {"The", "man", "is", "in", "London", "and", "Paris"});
    text.add(new String[] {"A", "man", "is", "here"});
    text.add(new String[] {"The", "man", "is", "in", "Paris"});
    WordStatistics words =
        WordStatistics.build(
            text, Map.of("paris", "0110", "london", "0111", "man", "10"), Map.of("paris", "1011"));
    return GenreTaggers.train(
        List.of(c),
        CAPITALS,
        words,
        new EntityTagger.Options(5, seed, 1, 0, 1, 0.5, 0),
        () -> {},
        (e, m) -> {});
  }

  static byte[] bytes(GenreTaggers t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  static byte[] bytes(EntityTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  @Test
  void aTrainingRunIsByteIdenticalTwice() throws Exception {
    NerCorpus.Corpus c = tiny();
    byte[] a = bytes(trainGenres(c, 7));
    byte[] b = bytes(trainGenres(c, 7));
    assertArrayEquals(a, b);
    assertTrue(a.length > 100);
  }

  /**
   * Every genre's tagger is written and read back; a corpus of one genre teaches the weights all
   * genres share, so the other genre's tagger learns from it too.
   */
  @Test
  void bothGenresReadBackAndLearnFromEachOthersCorpora() throws Exception {
    GenreTaggers t = trainGenres(tiny(), 7);
    GenreTaggers back =
        GenreTaggers.read(new ByteArrayInputStream(bytes(t)), CAPITALS, WordClasses.NONE);
    assertArrayEquals(bytes(t), bytes(back));
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"Peter", "Blackburn", "said", "in", "Brussels", "."});
    for (Genre g : Genre.values()) {
      assertTrue(
          t.tagger(g).tagSentences(doc).get(0).stream().anyMatch(x -> x.type().equals("PER")),
          g + " tagger finds the person");
    }
  }

  /** Tweets naming people, every one with a handle: a corpus of social text. */
  static NerCorpus.Corpus tweets() {
    List<NerCorpus.Document> docs = new ArrayList<>();
    String[][] texts = {
      {"@bob", "saw", "peter", "blackburn", "today"},
      {"@amy", "lol", "jane", "smith", "is", "here"},
      {"@tom", "met", "john", "doe", "in", "town"}
    };
    for (int i = 0; i < texts.length; i++) {
      docs.add(
          new NerCorpus.Document(
              List.of(
                  new NerCorpus.Sentence(
                      List.of(texts[i]), List.of(new NerCorpus.Span(2, 4, "PER", "PER")), i + 1))));
    }
    return new NerCorpus.Corpus("tweets", docs, false);
  }

  /**
   * Trained on news and on tweets together, the news and social taggers differ (each adds its own
   * genre's copies), both read back the same, and the genres of the corpora are told apart.
   */
  @Test
  void newsAndTweetsTrainTwoDifferentTaggers() throws Exception {
    NerCorpus.Corpus news = tiny();
    NerCorpus.Corpus social = tweets();
    assertEquals(Genre.NEWS, news.genre());
    assertEquals(Genre.SOCIAL, social.genre());
    List<String[]> text = new ArrayList<>();
    text.add(new String[] {"The", "man", "is", "in", "London"});
    WordStatistics words = WordStatistics.build(text, Map.of(), Map.of());
    GenreTaggers t =
        GenreTaggers.train(
            List.of(news, social),
            CAPITALS,
            words,
            new EntityTagger.Options(5, 7, 1, 0, 1, 0, 0),
            () -> {},
            (e, m) -> {});
    assertTrue(
        !java.util.Arrays.equals(bytes(t.tagger(Genre.NEWS)), bytes(t.tagger(Genre.SOCIAL))),
        "the genres' copies make two taggers");
    GenreTaggers back =
        GenreTaggers.read(new ByteArrayInputStream(bytes(t)), CAPITALS, WordClasses.NONE);
    assertArrayEquals(bytes(t), bytes(back));
  }

  @Test
  void aFileOfAnotherKindIsRefusedWithAReason() {
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class,
            () ->
                GenreTaggers.read(
                    new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                    CAPITALS,
                    WordClasses.NONE));
    assertTrue(e.getMessage().contains("retrain"), e.getMessage());
  }

  /**
   * A single tagger written by an earlier version (kept with an index or in a node's model folder)
   * still reads: it then reads every genre.
   */
  @Test
  void aSingleTaggerOfAnEarlierVersionReadsEveryGenre() throws Exception {
    EntityTagger single = train(tiny(), 7);
    GenreTaggers read =
        GenreTaggers.read(new ByteArrayInputStream(bytes(single)), CAPITALS, WordClasses.NONE);
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"Peter", "Blackburn", "said", "in", "Brussels", "."});
    EntityTagger plain =
        EntityTagger.read(new ByteArrayInputStream(bytes(single)), CAPITALS, WordClasses.NONE);
    for (Genre g : Genre.values()) {
      assertEquals(plain.tagSentences(doc), read.tagger(g).tagSentences(doc), g.name());
    }
  }

  @Test
  void aWrittenModelReadsBackToTheSameTags() throws Exception {
    NerCorpus.Corpus c = tiny();
    EntityTagger t = train(c, 7);
    EntityTagger back =
        EntityTagger.read(new ByteArrayInputStream(bytes(t)), CAPITALS, WordClasses.NONE)
            .withLexicon(CAPITALS);
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"Peter", "Blackburn", "said", "in", "Brussels", "."});
    // The read model has no word statistics: compare it with the trained one on the same footing.
    EntityTagger plain =
        EntityTagger.read(new ByteArrayInputStream(bytes(t)), CAPITALS, WordClasses.NONE);
    assertEquals(plain.tagSentences(doc), back.tagSentences(doc));
    assertEquals(bytes(t).length, bytes(back).length);
  }

  @Test
  void theTrainingDataIsLearnt() throws Exception {
    EntityTagger t = train(tiny(), 7);
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"Peter", "Blackburn", "said", "in", "Brussels", "."});
    List<List<TaggedSpan>> s = t.tagSentences(doc);
    List<String> found = new ArrayList<>();
    for (TaggedSpan x : s.get(0)) {
      found.add(x.type() + " " + x.start() + "-" + x.end());
      assertTrue(x.confidence() > 0 && x.confidence() <= 1, x.toString());
    }
    assertEquals(List.of("PER 0-2", "LOC 4-5"), found);
  }

  /**
   * A caller that keeps the tagger's word scores in its own per-word records (the recogniser's
   * vocabulary) and hands them back gets the same names and confidences as the tagger's own cache.
   */
  @Test
  void wordScoresKeptByTheCallerTagAsTheTaggersOwn() throws Exception {
    EntityTagger t = train(tiny(), 7).withLexicon(CAPITALS);
    Tokens tokens =
        Tokenizer.tokenize("Mr Smith of Reuters went to London. Then Paris, and London again.");
    List<String[][]> codes = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceStarts().length; s++) {
      codes.add(
          CAPITALS.codes(
              java.util.Arrays.copyOfRange(
                  tokens.words(), tokens.sentenceStarts()[s], tokens.sentenceEnd(s))));
    }
    ScoredWord[] scores = new ScoredWord[tokens.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = t.score(tokens.words()[i]);
    }
    List<TaggedSpan> own = t.tag(tokens, codes).spans();
    assertTrue(!own.isEmpty(), "the tiny model finds a name here");
    assertEquals(own, t.tag(tokens, codes, scores).spans());
  }

  /** The tagger's cached word scores give what summing every feature of {@code extract} gives. */
  @Test
  void cachedWordScoresEqualTheFeatureSums() throws Exception {
    EntityTagger t = train(tiny(), 7);
    TaggerModel m = t.model();
    FeatureExtractor fx = t.features();
    String[] words = {"Mr", "Smith", "of", "Reuters", "reported", "from", "#Paris", "."};
    List<String[]> doc = new ArrayList<>();
    doc.add(words);
    TaggerModel.Sentence fast = m.tagDocument(doc, fx, new WordCache(m, fx)).get(0);
    long[][] keys = fx.extract(words).keys();
    for (int i = 0; i < words.length; i++) {
      for (int y = 0; y < Labels.COUNT; y++) {
        double slow = 0;
        for (long k : keys[i]) {
          int row = m.index.get(k);
          if (row >= 0) {
            slow += m.weights[row * Labels.COUNT + y];
          }
        }
        assertEquals(slow, fast.em()[i * Labels.COUNT + y], 1e-4, words[i] + " label " + y);
      }
    }
  }

  @Test
  void partialLabelsLetUnannotatedNamesBeMisc() {
    int[] mask = TaggerTrainer.goldMask(new String[] {"I", "love", "Tesla"}, List.of(), false);
    int misc = Labels.typeIndex("MISC");
    assertTrue((mask[2] & (1 << Labels.label(misc, Labels.U))) != 0);
    assertTrue((mask[2] & (1 << Labels.O)) != 0);
    int[] full = TaggerTrainer.goldMask(new String[] {"I", "love", "Tesla"}, List.of(), true);
    assertEquals(1 << Labels.O, full[2]);
    int[] handle =
        TaggerTrainer.goldMask(
            new String[] {"@", "NikoWavy", "hi"},
            List.of(new NerCorpus.Span(0, 2, "PER", "PER")),
            true);
    assertEquals(1 << Labels.O, handle[0], "handles are never labelled");
    assertEquals(1 << Labels.O, handle[1]);
  }
}
