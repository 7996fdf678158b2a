package org.voxpop.enrich.entity.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sentences of unlabelled text for learning word classes: JSON lines or a JSON array of objects
 * whose text sits in {@code title}, {@code body}, {@code text} or {@code sentence_normalized}
 * (Reuters-21578, the Fox News comments, NewsMTSC), or the first column of a CoNLL file (the words
 * of a labelled corpus, labels ignored). Each text is tokenised as the tagger tokenises.
 */
public final class UnlabelledText {

  private static final List<String> TEXT_FIELDS =
      List.of("title", "body", "text", "sentence_normalized", "sentence");

  private UnlabelledText() {}

  /** Feeds each sentence's tokens, in file order. */
  public static void read(Path file, Consumer<String[]> sentences) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      readJson(file, sentences);
    } else {
      NerCorpus.Corpus c = NerCorpus.read(file);
      for (NerCorpus.Document d : c.documents()) {
        for (NerCorpus.Sentence s : d.sentences()) {
          sentences.accept(s.tokens().toArray(new String[0]));
        }
      }
    }
  }

  private static void readJson(Path file, Consumer<String[]> sentences) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    // Comment files repeat their article's title on every comment: count each text once.
    Set<String> seen = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.mark(16);
      int first = r.read();
      r.reset();
      if (first == '[') {
        for (JsonNode o : mapper.readTree(r)) {
          emit(o, sentences, seen);
        }
        return;
      }
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          emit(mapper.readTree(line), sentences, seen);
        }
      }
    }
  }

  private static void emit(JsonNode o, Consumer<String[]> sentences, Set<String> seen) {
    for (String f : TEXT_FIELDS) {
      JsonNode v = o.get(f);
      if (v == null || !v.isTextual() || v.asText().isBlank() || !seen.add(v.asText())) {
        continue;
      }
      Tokens t = Tokenizer.tokenize(v.asText());
      for (int s = 0; s < t.sentenceStarts().length; s++) {
        List<String> words = new ArrayList<>();
        for (int i = t.sentenceStarts()[s]; i < t.sentenceEnd(s); i++) {
          words.add(t.token(i));
        }
        sentences.accept(words.toArray(new String[0]));
      }
      if (f.equals("sentence_normalized")) {
        return; // NewsMTSC has the same sentence under two names
      }
    }
  }
}
