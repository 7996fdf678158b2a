package org.voxpop.query;

import java.io.IOException;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a segment between two doc ids, in order. A bit set of matches (the usual case for
 * all but the rarest terms) is read a word at a time, which keeps the walk free of the branches an
 * iterator takes per match.
 */
abstract class MatchWalk {
  /** The next match, or {@link DocIdSetIterator#NO_MORE_DOCS}. */
  abstract int next() throws IOException;

  static MatchWalk of(DocIdSet matches, int from, int to) throws IOException {
    if (matches instanceof BitDocIdSet bits && bits.bits() instanceof FixedBitSet fixed) {
      return new WordWalk(fixed, from, to);
    }
    DocIdSetIterator it = matches.iterator();
    if (it == null) {
      return new MatchWalk() {
        @Override
        int next() {
          return DocIdSetIterator.NO_MORE_DOCS;
        }
      };
    }
    return new MatchWalk() {
      private boolean started;

      @Override
      int next() throws IOException {
        if (!started) {
          started = true;
          return it.advance(from);
        }
        return it.nextDoc();
      }
    };
  }

  /** Reads a bit set of matches a word at a time. */
  private static final class WordWalk extends MatchWalk {
    private final long[] words;
    private final int lastWord;
    private int word;
    private long bits;

    WordWalk(FixedBitSet set, int from, int to) {
      this.words = set.getBits();
      this.lastWord = Math.min(words.length, ((Math.min(to, set.length()) - 1) >> 6) + 1) - 1;
      this.word = from >> 6;
      this.bits = word <= lastWord ? words[word] & (-1L << (from & 63)) : 0;
    }

    @Override
    int next() {
      while (bits == 0) {
        if (++word > lastWord) {
          return DocIdSetIterator.NO_MORE_DOCS;
        }
        bits = words[word];
      }
      int doc = (word << 6) + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      return doc;
    }
  }
}
