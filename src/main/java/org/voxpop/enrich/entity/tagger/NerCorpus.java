package org.voxpop.enrich.entity.tagger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.voxpop.model.Genre;

/**
 * Reads named-entity corpora in the column formats of CoNLL-2003, wikigold (IOB1), WNUT-17 and the
 * Broad Twitter Corpus into documents of sentences with typed spans.
 *
 * <p>Every corpus is mapped onto the tagger's four types: {@code PER}, {@code LOC}, {@code ORG} and
 * {@code MISC}. WNUT-17's "corporation" and "group" (companies, teams, bands) are {@code ORG}, its
 * "product" and "creative-work" {@code MISC}. Corpora that do not annotate every kind of {@code
 * MISC} (the two tweet corpora: BTC has no MISC at all, WNUT-17 tags products and works but not
 * nationalities or events) say so in {@link Corpus#miscComplete()}, so that training does not learn
 * their unannotated names as non-names.
 */
public final class NerCorpus {

  /** The tagger's entity types, in label order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  /**
   * One entity in a sentence.
   *
   * @param start first token
   * @param end one past the last token
   * @param type one of {@link #TYPES}
   * @param raw the tag as the file wrote it ("corporation", "ORG")
   */
  public record Span(int start, int end, String type, String raw) {
    public Span {
      Objects.requireNonNull(type, "type");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }

  /**
   * A sentence: its tokens and gold spans.
   *
   * @param tokens the tokens as the file gives them
   * @param spans gold entities, in order, never overlapping
   * @param line the 1-based line of the file where the sentence starts
   * @param outside tokens known for sure to be no name (a word shouted in a training copy, {@link
   *     Document#shouted}), which training allows no other label even in a corpus that leaves some
   *     names unannotated
   */
  public record Sentence(List<String> tokens, List<Span> spans, int line, List<Integer> outside) {
    public Sentence {
      tokens = List.copyOf(tokens);
      spans = List.copyOf(spans);
      outside = List.copyOf(outside);
      for (int i : outside) {
        if (i < 0 || i >= tokens.size()) {
          throw new IllegalArgumentException(
              "token " + i + " is not in a sentence of " + tokens.size());
        }
      }
    }

    /** A sentence as a corpus gives it: no token known for sure to be outside every name. */
    public Sentence(List<String> tokens, List<Span> spans, int line) {
      this(tokens, spans, line, List.of());
    }
  }

  /** Sentences of one document, in order ("-DOCSTART-" separates them; a tweet is one). */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }

    /**
     * The same document with, in each sentence, one word outside the names written in capitals
     * ("what IS going on"): a word of lower-case letters only, of two or more, drawn by {@code
     * pick}; a sentence without such a word is kept as it is. Names and labels are kept.
     */
    public Document shouted(java.util.Random pick) {
      List<Sentence> out = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        boolean[] inName = new boolean[s.tokens().size()];
        for (Span span : s.spans()) {
          for (int i = span.start(); i < span.end() && i < inName.length; i++) {
            inName[i] = true;
          }
        }
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < inName.length; i++) {
          if (!inName[i] && lowerCaseWord(s.tokens().get(i))) {
            words.add(i);
          }
        }
        if (words.isEmpty()) {
          out.add(s);
          continue;
        }
        int shout = words.get(pick.nextInt(words.size()));
        List<String> tokens = new ArrayList<>(s.tokens());
        tokens.set(shout, tokens.get(shout).toUpperCase(Locale.ROOT));
        List<Integer> outside = new ArrayList<>(s.outside());
        outside.add(shout);
        out.add(new Sentence(tokens, s.spans(), s.line(), outside));
      }
      return new Document(out);
    }

    private static boolean lowerCaseWord(String token) {
      if (token.length() < 2) {
        return false;
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < 'a' || c > 'z') {
          return false;
        }
      }
      return true;
    }

    /** The same document with every token in lower case ({@link Locale#ROOT}), names kept. */
    public Document lowerCased() {
      List<Sentence> out = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        List<String> lower = new ArrayList<>(s.tokens().size());
        for (String t : s.tokens()) {
          lower.add(t.toLowerCase(Locale.ROOT));
        }
        out.add(new Sentence(lower, s.spans(), s.line(), s.outside()));
      }
      return new Document(out);
    }
  }

  /**
   * A corpus read from one file.
   *
   * @param name a short name for reports
   * @param documents its documents in file order
   * @param miscComplete whether every MISC-like name is annotated (false: an unannotated token may
   *     still be a MISC name)
   */
  public record Corpus(String name, List<Document> documents, boolean miscComplete) {
    public Corpus {
      documents = List.copyOf(documents);
    }

    /** The corpus's genre, told from its writing ({@link WritingStyle}). */
    public Genre genre() {
      List<String[]> sentences = new java.util.ArrayList<>();
      for (Document d : documents) {
        for (Sentence s : d.sentences()) {
          sentences.add(s.tokens().toArray(new String[0]));
        }
      }
      return WritingStyle.of(sentences);
    }

    /** Number of sentences. */
    public int sentenceCount() {
      return documents.stream().mapToInt(d -> d.sentences().size()).sum();
    }

    /** Number of tokens. */
    public int tokenCount() {
      return documents.stream()
          .flatMap(d -> d.sentences().stream())
          .mapToInt(s -> s.tokens().size())
          .sum();
    }
  }

  private NerCorpus() {}

  /**
   * Reads a file. The format is told from its content: lower-case types mean WNUT-17, a file
   * without MISC is taken as not annotating it; IOB1 (wikigold) and BIO read alike ({@link
   * ConllFile}).
   *
   * @throws IllegalArgumentException if a line is not a token followed by a BIO tag (the message
   *     names the file and line)
   */
  public static Corpus read(Path file) throws IOException {
    return of(ConllFile.read(file));
  }

  /**
   * The corpus of a file already cut. A token the file leaves empty (BTC writes a few) carries no
   * word: it is left out, its tag with it, and the sentence goes on; a sentence of nothing else is
   * left out whole. (The evaluation keeps such a token, to write its line back, and scores the same
   * sentence.)
   */
  public static Corpus of(ConllFile file) {
    boolean lowerTypes = false;
    boolean anyMisc = false;
    List<Document> docs = new ArrayList<>();
    for (ConllFile.Document d : file.documents()) {
      List<Sentence> sentences = new ArrayList<>();
      for (ConllFile.Sentence s : d.sentences()) {
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int line = 0;
        for (ConllFile.Row r : s.rows()) {
          if (r.token().isEmpty()) {
            continue;
          }
          String tag = r.tag();
          if (tag.length() > 2) {
            lowerTypes |= Character.isLowerCase(tag.charAt(2));
            anyMisc |= tag.endsWith("-MISC");
          }
          line = toks.isEmpty() ? r.line() : line;
          toks.add(r.token());
          tags.add(tag);
        }
        if (!toks.isEmpty()) {
          sentences.add(new Sentence(toks, spans(tags), line));
        }
      }
      if (!sentences.isEmpty()) {
        docs.add(new Document(sentences));
      }
    }
    return new Corpus(file.name(), docs, !lowerTypes && anyMisc);
  }

  private static List<Span> spans(List<String> tags) {
    List<Span> out = new ArrayList<>();
    for (ConllFile.TaggedRun run : ConllFile.runs(tags)) {
      String type = mapType(run.type());
      if (type != null) {
        out.add(new Span(run.start(), run.end(), type, run.type()));
      }
    }
    return out;
  }

  /** The tagger type of a corpus tag ("corporation" is ORG), or null for a type it leaves out. */
  public static String mapType(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "per", "person" -> "PER";
      case "loc", "location" -> "LOC";
      case "org", "corporation", "group" -> "ORG";
      case "misc", "product", "creative-work" -> "MISC";
      default -> null;
    };
  }
}
