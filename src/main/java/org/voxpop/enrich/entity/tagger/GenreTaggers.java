package org.voxpop.enrich.entity.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.voxpop.model.Genre;

/**
 * One tagger per {@link Genre}. The news and social taggers are trained together: every training
 * corpus teaches the weights both share and those of its own genre (feature augmentation, Daume III
 * 2007; see {@link GenreCopies}). News and tweets disagree on what a capital, a lone surname or a
 * lower-case word says, and each of these two reads its own genre better than one tagger does. Text
 * between the two (careful reader comments) reads worse with either than with that one tagger,
 * trained on the same corpora without telling them apart, which is the {@link Genre#MIXED} tagger.
 *
 * <p>Immutable and thread safe.
 */
public final class GenreTaggers {

  private static final int MAGIC = 0x564e4754; // "VNGT"
  private static final int FORMAT = 1;

  /**
   * Told about each finished epoch with the taggers so far (for model selection), made only when
   * asked for: folding the genres copies the whole table of weights.
   */
  @FunctionalInterface
  public interface Progress {
    void epoch(int epoch, java.util.function.Supplier<GenreTaggers> taggers);
  }

  private final Map<Genre, EntityTagger> taggers;

  private GenreTaggers(Map<Genre, EntityTagger> taggers) {
    EnumMap<Genre, EntityTagger> m = new EnumMap<>(Genre.class);
    m.putAll(taggers);
    for (Genre g : Genre.values()) {
      Objects.requireNonNull(m.get(g), () -> "no tagger for " + g);
    }
    this.taggers = Collections.unmodifiableMap(m);
  }

  /**
   * Trains the taggers on labelled corpora, each corpus of the genre its writing shows ({@link
   * NerCorpus.Corpus#genre}): first the {@link Genre#MIXED} tagger, which does not tell the genres
   * apart, then the news and social taggers in one run with genre copies of the features.
   *
   * @param mixedDone told when the first run is done
   * @param progress told after each epoch of the second run, with the first run's tagger beside it
   */
  public static GenreTaggers train(
      List<NerCorpus.Corpus> corpora,
      TokenLexicon lexicon,
      WordClasses classes,
      EntityTagger.Options options,
      Runnable mixedDone,
      Progress progress) {
    FeatureExtractor fx = new FeatureExtractor(lexicon, classes);
    EntityTagger mixed =
        new EntityTagger(
            TaggerTrainer.train(corpora, fx, options, false, (e, model) -> {}).compact(),
            lexicon,
            classes);
    mixedDone.run();
    TaggerModel m =
        TaggerTrainer.train(
            corpora,
            fx,
            options,
            true,
            (e, model) -> progress.epoch(e, () -> fold(model, mixed, lexicon, classes)));
    return fold(m, mixed, lexicon, classes);
  }

  private static GenreTaggers fold(
      TaggerModel m, EntityTagger mixed, TokenLexicon lexicon, WordClasses classes) {
    Map<Genre, EntityTagger> out = new EnumMap<>(Genre.class);
    for (Genre g : GenreCopies.TRAINED) {
      out.put(g, new EntityTagger(m.fold(g), lexicon, classes));
    }
    out.put(Genre.MIXED, mixed);
    return new GenreTaggers(out);
  }

  /** The tagger of a genre. */
  public EntityTagger tagger(Genre genre) {
    return taggers.get(genre);
  }

  /** The same weights over another dictionary (see {@link EntityTagger#withLexicon}). */
  public GenreTaggers withLexicon(TokenLexicon lexicon) {
    Map<Genre, EntityTagger> out = new EnumMap<>(Genre.class);
    // One tagger serving several genres (a model of an earlier version) stays one.
    Map<EntityTagger, EntityTagger> done = new java.util.IdentityHashMap<>();
    taggers.forEach((g, t) -> out.put(g, done.computeIfAbsent(t, x -> x.withLexicon(lexicon))));
    return new GenreTaggers(out);
  }

  /**
   * Each tagger calibrated ({@link EntityTagger#calibrated}) on the development corpora of its
   * genre, or on all of them where none is of its genre.
   */
  public GenreTaggers calibrated(List<NerCorpus.Corpus> dev) {
    Map<Genre, List<NerCorpus.Corpus>> byGenre = new EnumMap<>(Genre.class);
    for (NerCorpus.Corpus c : dev) {
      byGenre.computeIfAbsent(c.genre(), g -> new ArrayList<>()).add(c);
    }
    Map<Genre, EntityTagger> out = new EnumMap<>(Genre.class);
    for (Genre g : Genre.values()) {
      out.put(g, taggers.get(g).calibrated(byGenre.getOrDefault(g, dev)));
    }
    return new GenreTaggers(out);
  }

  /**
   * These weights with the temperatures of other taggers, one calibrated on data these were trained
   * on (see {@link EntityTagger#withTemperature}).
   */
  public GenreTaggers withTemperaturesOf(GenreTaggers other) {
    Map<Genre, EntityTagger> out = new EnumMap<>(Genre.class);
    taggers.forEach((g, t) -> out.put(g, t.withTemperature(other.tagger(g).temperature())));
    return new GenreTaggers(out);
  }

  /** Number of features with weights, over all genres' taggers. */
  public int featureCount() {
    int n = 0;
    for (EntityTagger t : taggers.values()) {
      n += t.featureCount();
    }
    return n;
  }

  /** Writes the taggers, genre by genre; the same taggers always give the same bytes. */
  public void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(os);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(taggers.size());
    for (Map.Entry<Genre, EntityTagger> e : taggers.entrySet()) {
      out.writeUTF(e.getKey().name());
      e.getValue().write(out);
    }
    out.flush();
  }

  /**
   * Reads taggers written by {@link #write}, or the single tagger an earlier version wrote (a model
   * kept with an index, or in an OpenSearch node's folder), which then reads every genre.
   */
  public static GenreTaggers read(InputStream is, TokenLexicon lexicon, WordClasses classes)
      throws IOException {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(is, 1 << 16);
    DataInputStream in = new DataInputStream(buffered);
    buffered.mark(4);
    int magic = in.readInt();
    if (magic == TaggerModel.MAGIC) {
      buffered.reset();
      EntityTagger single = EntityTagger.read(in, lexicon, classes);
      Map<Genre, EntityTagger> all = new EnumMap<>(Genre.class);
      for (Genre g : Genre.values()) {
        all.put(g, single);
      }
      return new GenreTaggers(all);
    }
    if (magic != MAGIC || in.readInt() != FORMAT) {
      throw new IOException(
          "not a voxpop tagger of format " + FORMAT + " (retrain it: voxpop train entities)");
    }
    int n = in.readInt();
    Map<Genre, EntityTagger> out = new EnumMap<>(Genre.class);
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      Genre g;
      try {
        g = Genre.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IOException("the model has a tagger for an unknown genre " + name, e);
      }
      out.put(g, EntityTagger.read(in, lexicon, classes));
    }
    for (Genre g : Genre.values()) {
      if (!out.containsKey(g)) {
        throw new IOException("the model has no tagger for " + g);
      }
    }
    return new GenreTaggers(out);
  }
}
