package org.voxpop.enrich.entity.tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
   */
  public record Sentence(List<String> tokens, List<Span> spans, int line) {
    public Sentence {
      tokens = List.copyOf(tokens);
      spans = List.copyOf(spans);
    }
  }

  /** Sentences of one document, in order ("-DOCSTART-" separates them; a tweet is one). */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
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
   * without MISC is taken as not annotating it; IOB1 (wikigold, where {@code B-} only separates two
   * adjacent spans of one type) and BIO read alike. Documents are split at "-DOCSTART-" lines; a
   * file without them (tweets) has one document per sentence.
   *
   * @throws IllegalArgumentException if a line is not a token followed by a BIO tag (the message
   *     names the file and line)
   */
  public static Corpus read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean anyDocStart = false;
    boolean lowerTypes = false;
    boolean anyMisc = false;
    for (String l : lines) {
      if (l.startsWith("-DOCSTART-")) {
        anyDocStart = true;
        continue;
      }
      String tag = tag(l);
      if (tag == null) {
        continue;
      }
      if (tag.length() > 2) {
        lowerTypes |= Character.isLowerCase(tag.charAt(2));
        anyMisc |= tag.endsWith("-MISC");
      }
    }
    boolean miscComplete = !lowerTypes && anyMisc;
    List<Document> docs = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int sentenceLine = 0;
    for (int no = 1; no <= lines.size() + 1; no++) {
      String l = no <= lines.size() ? lines.get(no - 1) : null;
      boolean docStart = l != null && l.startsWith("-DOCSTART-");
      boolean boundary = l == null || docStart || tag(l) == null;
      if (!boundary) {
        String[] f = fields(l);
        if (f.length < 2) {
          throw new IllegalArgumentException(file + ":" + no + ": expected a token and a tag");
        }
        String tag = f[f.length - 1];
        if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-")) {
          throw new IllegalArgumentException(file + ":" + no + ": not a BIO tag: " + tag);
        }
        if (toks.isEmpty()) {
          sentenceLine = no;
        }
        toks.add(f[0]);
        tags.add(tag);
        continue;
      }
      if (!toks.isEmpty()) {
        current.add(new Sentence(toks, spans(toks.size(), tags), sentenceLine));
        toks.clear();
        tags.clear();
        if (!anyDocStart) {
          docs.add(new Document(current));
          current = new ArrayList<>();
        }
      }
      if ((docStart || l == null) && !current.isEmpty()) {
        docs.add(new Document(current));
        current = new ArrayList<>();
      }
    }
    String name = file.getFileName().toString();
    return new Corpus(name, docs, miscComplete);
  }

  /** The tag of a data line, or null for a blank or separator line. */
  private static String tag(String line) {
    if (line.isBlank() || line.startsWith("-DOCSTART-")) {
      return null;
    }
    String[] f = fields(line);
    if (f.length < 2 || f[0].isEmpty()) {
      return null;
    }
    return f[f.length - 1];
  }

  private static String[] fields(String line) {
    // Tab-separated files may hold tokens that are themselves blank-looking (a zero-width space).
    String[] f = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.strip().split(" +");
    f[f.length - 1] = f[f.length - 1].strip();
    return f;
  }

  private static List<Span> spans(int n, List<String> tags) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      String tag = tags.get(i);
      if (tag.equals("O")) {
        i++;
        continue;
      }
      String raw = tag.substring(2);
      int j = i + 1;
      // IOB1: "I-" continues a span of its type; "B-" only starts a new one right after it.
      while (j < n && tags.get(j).equals("I-" + raw)) {
        j++;
      }
      String type = mapType(raw);
      if (type != null) {
        out.add(new Span(i, j, type, raw));
      }
      i = j;
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
