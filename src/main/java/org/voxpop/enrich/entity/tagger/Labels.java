package org.voxpop.enrich.entity.tagger;

import java.util.List;

/**
 * The tagger's BILOU labels over {@link NerCorpus#TYPES}: {@code O}, then for each type its Begin,
 * Inside, Last and Unit label. BILOU rather than BIO because a linear model learns the ends of
 * names better when they have labels of their own (Ratinov and Roth 2009).
 */
final class Labels {

  static final int O = 0;
  static final int TYPES = NerCorpus.TYPES.size();
  static final int COUNT = 1 + 4 * TYPES;
  static final int B = 0;
  static final int I = 1;
  static final int L = 2;
  static final int U = 3;

  /** Legal transitions: {@code ALLOWED[from][to]}, and from the start ({@code START[to]}). */
  static final boolean[][] ALLOWED = new boolean[COUNT][COUNT];

  static final boolean[] START = new boolean[COUNT];
  static final boolean[] END = new boolean[COUNT];

  static {
    for (int to = 0; to < COUNT; to++) {
      START[to] = to == O || part(to) == B || part(to) == U;
      END[to] = to == O || part(to) == L || part(to) == U;
      for (int from = 0; from < COUNT; from++) {
        boolean open = from != O && (part(from) == B || part(from) == I);
        ALLOWED[from][to] =
            open
                ? to != O && type(to) == type(from) && (part(to) == I || part(to) == L)
                : START[to];
      }
    }
  }

  /** The labels a name may start with, and O: the labels allowed at a sentence's start. */
  static final int[] OPENERS;

  /**
   * The labels after which an opener may come (O and the ends of names), ascending: every opener's
   * only predecessors. The other labels (I and L) follow only the B or I of their own type.
   */
  static final int[] CLOSERS;

  static {
    int[] open = new int[COUNT];
    int[] close = new int[COUNT];
    int no = 0;
    int nc = 0;
    for (int y = 0; y < COUNT; y++) {
      if (START[y]) {
        open[no++] = y;
      }
      if (END[y]) {
        close[nc++] = y;
      }
    }
    OPENERS = java.util.Arrays.copyOf(open, no);
    CLOSERS = java.util.Arrays.copyOf(close, nc);
  }

  private Labels() {}

  static int label(int type, int part) {
    return 1 + 4 * type + part;
  }

  /** The type index of a non-O label. */
  static int type(int label) {
    return (label - 1) / 4;
  }

  /** B, I, L or U of a non-O label. */
  static int part(int label) {
    return (label - 1) % 4;
  }

  static int typeIndex(String type) {
    int t = NerCorpus.TYPES.indexOf(type);
    if (t < 0) {
      throw new IllegalArgumentException("unknown type " + type);
    }
    return t;
  }

  /** The BILOU labels of a sentence of {@code n} tokens with these spans. */
  static int[] encode(int n, List<NerCorpus.Span> spans) {
    int[] out = new int[n];
    for (NerCorpus.Span s : spans) {
      int t = typeIndex(s.type());
      if (s.end() - s.start() == 1) {
        out[s.start()] = label(t, U);
      } else {
        out[s.start()] = label(t, B);
        for (int k = s.start() + 1; k < s.end() - 1; k++) {
          out[k] = label(t, I);
        }
        out[s.end() - 1] = label(t, L);
      }
    }
    return out;
  }

  static String name(int label) {
    if (label == O) {
      return "O";
    }
    return "BILU".charAt(part(label)) + "-" + NerCorpus.TYPES.get(type(label));
  }
}
