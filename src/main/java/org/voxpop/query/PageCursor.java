package org.voxpop.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Encodes the position after a page of hits as an opaque, URL-safe string, so that the next page
 * continues exactly there ({@code searchAfter}): deep pages cost no more than the first, and no hit
 * is skipped or repeated while the index does not change.
 */
final class PageCursor {
  private PageCursor() {}

  /** The cursor after {@code last}, valid only for the same sort order. */
  static String encode(ScoreDoc last, SortOrder sort) {
    StringBuilder text =
        new StringBuilder()
            .append(sort.name())
            .append('|')
            .append(last.doc)
            .append('|')
            .append(Float.floatToIntBits(last.score));
    Object[] values = last instanceof FieldDoc fd ? fd.fields : new Object[0];
    for (Object field : values) {
      text.append('|');
      switch (field) {
        case null -> text.append('n');
        case Float f -> text.append('f').append(Float.floatToIntBits(f));
        case Double d -> text.append('d').append(Double.doubleToLongBits(d));
        case Long l -> text.append('l').append(l);
        case Integer i -> text.append('i').append(i);
        case BytesRef b ->
            text.append('b')
                .append(
                    Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(BytesRef.deepCopyOf(b).bytes));
        default -> throw new IllegalStateException("cannot encode sort value " + field.getClass());
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a cursor stands for.
   *
   * @throws IllegalArgumentException when the text is no cursor, or one of another sort order
   */
  static FieldDoc decode(String cursor, SortOrder sort) {
    String text;
    String[] parts;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      parts = text.split("\\|", -1);
    } catch (RuntimeException e) {
      throw invalid(cursor);
    }
    if (parts.length < 3 || !parts[0].equals(sort.name())) {
      throw new IllegalArgumentException(
          parts.length >= 3 && isSort(parts[0])
              ? "this page cursor belongs to the sort order "
                  + parts[0].toLowerCase(Locale.ROOT)
                  + ", not "
                  + sort.name().toLowerCase(Locale.ROOT)
                  + "; start again from the first page"
              : invalid(cursor).getMessage());
    }
    try {
      int doc = Integer.parseInt(parts[1]);
      float score = Float.intBitsToFloat(Integer.parseInt(parts[2]));
      List<Object> fields = new ArrayList<>();
      for (int i = 3; i < parts.length; i++) {
        String part = parts[i];
        String body = part.substring(1);
        fields.add(
            switch (part.charAt(0)) {
              case 'n' -> null;
              case 'f' -> Float.intBitsToFloat(Integer.parseInt(body));
              case 'd' -> Double.longBitsToDouble(Long.parseLong(body));
              case 'l' -> Long.parseLong(body);
              case 'i' -> Integer.parseInt(body);
              case 'b' -> new BytesRef(Base64.getUrlDecoder().decode(body));
              default -> throw new IllegalArgumentException("bad value kind");
            });
      }
      return new FieldDoc(doc, score, fields.toArray());
    } catch (RuntimeException e) {
      throw invalid(cursor);
    }
  }

  private static boolean isSort(String name) {
    for (SortOrder order : SortOrder.values()) {
      if (order.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException invalid(String cursor) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "not a valid page cursor: '%s' (pass the next_cursor of the previous page)",
            cursor));
  }
}
