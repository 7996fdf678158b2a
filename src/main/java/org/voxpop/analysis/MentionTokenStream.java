package org.voxpop.analysis;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits one token per entity mention: the entity's canonical id, at the mention's character offsets
 * in the original text.
 *
 * <p>Indexing ids instead of surface forms is what makes {@code entity:Q30} find "USA", "America"
 * and "the US" alike, and never "us"; the offsets let a hit point at the mention itself.
 */
public final class MentionTokenStream extends TokenStream {

  /**
   * One token to emit.
   *
   * @param id the entity id, used as the term
   * @param start start offset of the mention in the text
   * @param end end offset (exclusive) of the mention in the text
   */
  public record Span(String id, int start, int end) {
    public Span {
      Objects.requireNonNull(id, "id");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad offsets " + start + ".." + end);
      }
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final List<Span> spans;
  private final int textLength;
  private Iterator<Span> remaining;

  /**
   * Spans must be ordered by start offset, as recognisers return them.
   *
   * @param spans the mentions to emit
   * @param textLength length of the text the offsets point into, reported as the final offset
   */
  public MentionTokenStream(List<Span> spans, int textLength) {
    this.spans = List.copyOf(spans);
    this.textLength = textLength;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    remaining = spans.iterator();
  }

  @Override
  public boolean incrementToken() {
    if (remaining == null || !remaining.hasNext()) {
      return false;
    }
    clearAttributes();
    Span span = remaining.next();
    term.setEmpty().append(span.id());
    offset.setOffset(span.start(), span.end());
    increment.setPositionIncrement(1);
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(textLength, textLength);
  }
}
