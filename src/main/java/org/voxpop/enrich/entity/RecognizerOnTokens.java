package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voxpop.model.Genre;

/**
 * The recogniser on a document's tokens: the tokens joined by spaces and the sentences by blank
 * lines into one text, read whole as an article is, and each mention mapped back to the tokens it
 * overlaps.
 */
final class RecognizerOnTokens implements ConllEntityEvaluation.DocumentRecognizer {

  private final EntityRecognizer recognizer;

  private final Genre genre;

  RecognizerOnTokens(EntityRecognizer recognizer, Genre genre) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.genre = Objects.requireNonNull(genre, "genre");
  }

  @Override
  public List<List<ConllEntityEvaluation.TokenSpan>> recognize(List<List<String>> sentences) {
    // Tokens come pre-split: join them with single spaces, sentences with a blank line (a
    // paragraph, where the tokenizer always ends a sentence), and remember where each sits.
    List<int[]> starts = new ArrayList<>();
    List<int[]> ends = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (List<String> words : sentences) {
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      int n = words.size();
      int[] start = new int[n];
      int[] end = new int[n];
      for (int i = 0; i < n; i++) {
        // A lone "@" is a handle split from its name by the corpus' tokeniser: glue it back.
        if (i > 0 && !words.get(i - 1).equals("@")) {
          sb.append(' ');
        }
        start[i] = sb.length();
        sb.append(words.get(i));
        end[i] = sb.length();
      }
      starts.add(start);
      ends.add(end);
    }
    List<EntityMention> mentions = recognizer.recognize(sb.toString(), genre, DocumentContext.NONE);
    List<List<ConllEntityEvaluation.TokenSpan>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      int[] start = starts.get(s);
      int[] end = ends.get(s);
      int n = words.size();
      int sentenceEnd = end[n - 1];
      boolean[] taken = new boolean[n];
      List<ConllEntityEvaluation.TokenSpan> found = new ArrayList<>();
      while (next < mentions.size() && mentions.get(next).start() < sentenceEnd) {
        EntityMention m = mentions.get(next++);
        int first = -1;
        int last = -1;
        for (int t = 0; t < n; t++) {
          if (end[t] > m.start() && start[t] < m.end()) {
            if (first < 0) {
              first = t;
            }
            last = t;
          }
        }
        // Two mentions inside one token ("Syria/Iraq"): the token keeps the first.
        if (first < 0 || taken[first]) {
          continue;
        }
        for (int t = first; t <= last; t++) {
          taken[t] = true;
        }
        boolean handle = EntityRecognizer.HANDLE.equals(m.source());
        boolean scored = scored(m);
        EntityType type = EntityRecognizer.DEMONYM.equals(m.source()) ? EntityType.OTHER : m.type();
        // Where "@" is a token of its own, the corpus tags it and the name as two entities.
        boolean split = m.surface().startsWith("@") && words.get(first).equals("@") && last > first;
        if (split) {
          found.add(new ConllEntityEvaluation.TokenSpan(first, first + 1, type, scored, handle));
          found.add(new ConllEntityEvaluation.TokenSpan(first + 1, last + 1, type, scored, handle));
        } else {
          found.add(new ConllEntityEvaluation.TokenSpan(first, last + 1, type, scored, handle));
        }
      }
      out.add(found);
    }
    return out;
  }

  /**
   * Whether a mention counts as a prediction: demonyms and nationality or religious groups are not
   * names in either tag set (CoNLL calls them MISC), nor are types no tag set scores.
   */
  private static boolean scored(EntityMention m) {
    if (EntityRecognizer.DEMONYM.equals(m.source())
        || m.type() == EntityType.GROUP
            && (m.subtype().equals("nationality") || m.subtype().equals("religious group"))) {
      return false;
    }
    return ConllEntityEvaluation.scoredClass(m.type()).isPresent();
  }
}
