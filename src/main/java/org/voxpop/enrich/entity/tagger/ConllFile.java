package org.voxpop.enrich.entity.tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A file in the column layout of CoNLL-2003 and the corpora that copied it (wikigold, WNUT-17, the
 * Broad Twitter Corpus): one token a line, the token first and its BIO tag last, a blank line
 * between sentences, "-DOCSTART-" lines between documents. It is cut into documents of sentences of
 * rows, each row keeping its line as written, so that training, evaluation and cross-validation all
 * cut a file the same way and the evaluation can write it back with a column added.
 *
 * <p>A document runs from one "-DOCSTART-" line to the next; a file without them (tweets) has one
 * document per sentence. Columns are separated by tabs when a line holds one (a tweet's token may
 * be a zero-width space, or empty), else by spaces.
 *
 * <p>Immutable.
 */
public final class ConllFile {

  /**
   * One token's line.
   *
   * @param line the 1-based line number in the file
   * @param text the line as written
   * @param token the first column (empty where the file leaves it empty)
   * @param tag the last column: "O", or "B-" or "I-" and a type
   */
  public record Row(int line, String text, String token, String tag) {
    public Row {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(tag, "tag");
    }
  }

  /**
   * A sentence.
   *
   * @param before the lines between the previous sentence and this one (blank lines, "-DOCSTART-"),
   *     as written
   * @param rows its tokens' lines, never empty
   */
  public record Sentence(List<String> before, List<Row> rows) {
    public Sentence {
      before = List.copyOf(before);
      rows = List.copyOf(rows);
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("a sentence without a token");
      }
    }

    /** The tokens, in order, as the file gives them. */
    public List<String> tokens() {
      return rows.stream().map(Row::token).toList();
    }

    /** The tags, in order. */
    public List<String> tags() {
      return rows.stream().map(Row::tag).toList();
    }
  }

  /**
   * A document: its sentences in order.
   *
   * @param sentences never empty
   */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
      if (sentences.isEmpty()) {
        throw new IllegalArgumentException("a document without a sentence");
      }
    }
  }

  /**
   * A run of tokens that a sentence's tags make one entity.
   *
   * @param start first token
   * @param end one past the last token
   * @param type the type as the file writes it ("corporation", "ORG")
   */
  public record TaggedRun(int start, int end, String type) {}

  private final String name;
  private final List<Document> documents;
  private final List<String> trailing;

  private ConllFile(String name, List<Document> documents, List<String> trailing) {
    this.name = Objects.requireNonNull(name, "name");
    this.documents = List.copyOf(documents);
    this.trailing = List.copyOf(trailing);
  }

  /**
   * Reads a file (UTF-8).
   *
   * @throws IllegalArgumentException if a line that is neither blank nor "-DOCSTART-" is not a
   *     token followed by a BIO tag; the message names the file and the line
   */
  public static ConllFile read(Path file) throws IOException {
    return parse(
        file.getFileName().toString(),
        file.toString(),
        Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * Cuts lines already read.
   *
   * @param name the file's name, for reports and messages
   * @throws IllegalArgumentException as {@link #read}
   */
  public static ConllFile of(String name, List<String> lines) {
    return parse(name, name, lines);
  }

  private static ConllFile parse(String name, String where, List<String> lines) {
    boolean docStarts = lines.stream().anyMatch(ConllFile::isDocStart);
    Cutter cut = new Cutter(docStarts);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (isSeparator(l)) {
        cut.separator(l);
      } else {
        cut.row(row(where, i + 1, l));
      }
    }
    cut.endSentence();
    return new ConllFile(name, cut.documents(), cut.before);
  }

  /** Lines into sentences and sentences into documents, in file order. */
  private static final class Cutter {
    private final boolean docStarts;
    private final List<Document> docs = new ArrayList<>();
    private List<Sentence> current = new ArrayList<>();
    private List<String> before = new ArrayList<>();
    private List<Row> rows = new ArrayList<>();
    private boolean newDocument;

    Cutter(boolean docStarts) {
      this.docStarts = docStarts;
    }

    void row(Row r) {
      rows.add(r);
    }

    void separator(String line) {
      endSentence();
      before.add(line);
      newDocument |= isDocStart(line);
    }

    void endSentence() {
      if (rows.isEmpty()) {
        return;
      }
      // Without "-DOCSTART-" lines (tweets) every sentence is a document of its own.
      if ((newDocument || !docStarts) && !current.isEmpty()) {
        docs.add(new Document(current));
        current = new ArrayList<>();
      }
      newDocument = false;
      current.add(new Sentence(before, rows));
      before = new ArrayList<>();
      rows = new ArrayList<>();
    }

    List<Document> documents() {
      if (!current.isEmpty()) {
        docs.add(new Document(current));
        current = new ArrayList<>();
      }
      return docs;
    }
  }

  private static Row row(String where, int no, String line) {
    String[] f = columns(line);
    if (f.length < 2) {
      throw new IllegalArgumentException(where + ":" + no + ": expected a token and a tag");
    }
    String tag = f[f.length - 1];
    if (!isTag(tag)) {
      throw new IllegalArgumentException(where + ":" + no + ": not a BIO tag: " + tag);
    }
    return new Row(no, line, f[0], tag);
  }

  private static boolean isTag(String tag) {
    return tag.equals("O") || tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"));
  }

  private static boolean isSeparator(String line) {
    return line.isBlank() || isDocStart(line);
  }

  private static boolean isDocStart(String line) {
    return line.startsWith("-DOCSTART-");
  }

  /** A data line's columns, the last one stripped. */
  private static String[] columns(String line) {
    String[] f = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.strip().split(" +");
    f[f.length - 1] = f[f.length - 1].strip();
    return f;
  }

  /** The file's name, for reports. */
  public String name() {
    return name;
  }

  /** The documents, in file order. */
  public List<Document> documents() {
    return documents;
  }

  /** The lines after the last sentence (blank lines, a last "-DOCSTART-"), as written. */
  public List<String> trailing() {
    return trailing;
  }

  /**
   * The same file with only some of its documents (a fold of a cross-validation), in the order
   * given; nothing after the last sentence.
   */
  public ConllFile withDocuments(List<Document> documents) {
    return new ConllFile(name, documents, List.of());
  }

  /**
   * The entities that a sentence's tags spell. Both BIO and IOB1 (wikigold, where "B-" only
   * separates two adjacent entities of one type) read alike: an entity starts at a "B-" or at an
   * "I-" of another type than the token before, and runs while "I-" of its type follows.
   *
   * @param tags tags as a {@link Row} holds them: "O", or "B-" or "I-" and a type
   * @throws IllegalArgumentException for any other tag
   */
  public static List<TaggedRun> runs(List<String> tags) {
    List<TaggedRun> out = new ArrayList<>();
    int n = tags.size();
    int i = 0;
    while (i < n) {
      String tag = tags.get(i);
      if (tag.equals("O")) {
        i++;
        continue;
      }
      if (!isTag(tag)) {
        throw new IllegalArgumentException("not a BIO tag: " + tag);
      }
      String type = tag.substring(2);
      String inside = "I-" + type;
      int j = i + 1;
      while (j < n && tags.get(j).equals(inside)) {
        j++;
      }
      out.add(new TaggedRun(i, j, type));
      i = j;
    }
    return out;
  }
}
