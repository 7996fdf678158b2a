package org.voxpop.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voxpop.model.Comment;

/**
 * Reads text in the shape people paste from a web page: the article's paragraphs, then the comments
 * numbered {@code 1.}, {@code 2.}, ... (each may run over several lines).
 *
 * <p>A numbered line only starts a comment when its number is the next one expected, so that an
 * article sentence such as "2014. The year..." is not taken for a comment.
 */
public final class PastedTextParser {

  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,6})\\.\\s+(.*)$");

  /**
   * The article body and its comments, parsed from pasted text.
   *
   * @param body the article paragraphs, separated by blank lines
   * @param comments the numbered comments, with ids "1", "2", ... as numbered in the text
   */
  public record Parsed(String body, List<Comment> comments) {
    public Parsed {
      comments = List.copyOf(comments);
    }
  }

  private PastedTextParser() {}

  /** Splits pasted text into the article body and its numbered comments. */
  public static Parsed parse(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    List<Comment> comments = new ArrayList<>();
    StringBuilder comment = null;
    int expected = 1;
    for (String line : text.split("\\R", -1)) {
      Matcher numbered = NUMBERED.matcher(line);
      if (numbered.matches() && Integer.parseInt(numbered.group(1)) == expected) {
        if (comment != null) {
          addComment(comments, expected - 1, comment);
        }
        comment = new StringBuilder(numbered.group(2).strip());
        expected++;
      } else if (comment != null) {
        if (!line.isBlank()) {
          comment.append(comment.isEmpty() ? "" : "\n").append(line.strip());
        }
      } else if (line.isBlank()) {
        flush(paragraphs, paragraph);
      } else {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    flush(paragraphs, paragraph);
    if (comment != null) {
      addComment(comments, expected - 1, comment);
    }
    return new Parsed(String.join("\n\n", paragraphs), comments);
  }

  private static void addComment(List<Comment> comments, int number, StringBuilder text) {
    if (!text.toString().isBlank()) {
      comments.add(Comment.of(Integer.toString(number), text.toString()));
    }
  }

  private static void flush(List<String> paragraphs, StringBuilder paragraph) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
