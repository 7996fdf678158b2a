package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BrownClusteringTest {

  private static final Map<String, List<String>> CLASSES =
      Map.of(
          "determiner", List.of("the", "a", "this", "every"),
          "noun", List.of("cat", "dog", "bird", "horse", "cow"),
          "verb", List.of("sat", "ran", "slept", "jumped", "ate"),
          "day", List.of("monday", "tuesday", "wednesday", "thursday", "friday"),
          "name", List.of("smith", "jones", "brown", "taylor", "wilson"));

  /** Sentences of a tiny grammar in which each class has its own contexts. */
  static List<List<String>> grammar(int sentences, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> out = new ArrayList<>(sentences);
    for (int i = 0; i < sentences; i++) {
      List<String> s = new ArrayList<>();
      switch (random.nextInt(4)) {
        case 0 -> {
          s.add(pick("determiner", random));
          s.add(pick("noun", random));
          s.add(pick("verb", random));
        }
        case 1 -> {
          s.add("mr");
          s.add(pick("name", random));
          s.add(pick("verb", random));
          s.add("on");
          s.add(pick("day", random));
        }
        case 2 -> {
          s.add(pick("determiner", random));
          s.add(pick("noun", random));
          s.add("saw");
          s.add("mr");
          s.add(pick("name", random));
        }
        default -> {
          s.add("on");
          s.add(pick("day", random));
          s.add(pick("determiner", random));
          s.add(pick("noun", random));
          s.add(pick("verb", random));
        }
      }
      out.add(s);
    }
    return out;
  }

  private static String pick(String cls, SplittableRandom random) {
    List<String> words = CLASSES.get(cls);
    return words.get(random.nextInt(words.size()));
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static byte[] bytes(WordClusters c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.write(out);
    return out.toByteArray();
  }

  @Test
  void wordsOfOneClassFormTheirOwnSubtree() {
    for (int clusters : new int[] {8, 12, 40}) {
      WordClusters c = new BrownClustering(clusters, 1).train(grammar(3000, 7));
      for (Map.Entry<String, List<String>> cls : CLASSES.entrySet()) {
        // The longest prefix all members share is longer than any a member shares with an
        // outsider: the class is one subtree of the merge tree.
        List<String> members = cls.getValue();
        int inside = Integer.MAX_VALUE;
        for (String a : members) {
          for (String b : members) {
            inside =
                Math.min(inside, commonPrefix(c.path(a).orElseThrow(), c.path(b).orElseThrow()));
          }
        }
        for (WordClusters.Entry e : c.entries()) {
          if (members.contains(e.word())) {
            continue;
          }
          for (String a : members) {
            int across = commonPrefix(c.path(a).orElseThrow(), e.path());
            assertTrue(
                across < inside,
                () ->
                    "C="
                        + clusters
                        + ": "
                        + a
                        + " shares "
                        + across
                        + " bits with "
                        + e.word()
                        + ", but the "
                        + cls.getKey()
                        + "s only "
                        + cls.getValue().stream().map(w -> w + "=" + c.path(w).get()).toList());
          }
        }
      }
    }
  }

  @Test
  void enoughClustersKeepEachClassInOneCluster() {
    WordClusters c = new BrownClustering(8, 1).train(grammar(3000, 11));
    for (List<String> members : CLASSES.values()) {
      Set<String> paths = new HashSet<>();
      members.forEach(w -> paths.add(c.path(w).orElseThrow()));
      assertEquals(1, paths.size(), members + " " + paths);
    }
    assertFalse(c.path("cat").equals(c.path("monday")));
  }

  @Test
  void cachedLossesMatchTheirDefinitionAtEveryStep() {
    // Zipf-like words with some structure: each word prefers a few followers.
    SplittableRandom random = new SplittableRandom(3);
    List<List<String>> sentences = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<String> s = new ArrayList<>();
      int w = (int) Math.floor(Math.pow(60, random.nextDouble()));
      int length = 3 + random.nextInt(8);
      for (int k = 0; k < length; k++) {
        s.add("w" + w);
        w =
            random.nextInt(3) == 0
                ? (w * 7 + 3) % 60
                : (int) Math.floor(Math.pow(60, random.nextDouble()));
      }
      sentences.add(s);
    }
    for (int clusters : new int[] {1, 2, 6, 15}) {
      WordClusters c = new BrownClustering(clusters, 2).train(sentences, true);
      assertTrue(c.size() > clusters);
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    List<List<String>> sentences = grammar(2000, 5);
    byte[] first = bytes(new BrownClustering(6, 1).train(sentences));
    byte[] second = bytes(new BrownClustering(6, 1).train(new ArrayList<>(sentences)));
    assertArrayEquals(first, second);
  }

  @Test
  void theTextFormatRoundTrips() throws IOException {
    WordClusters c = new BrownClustering(6, 2).train(grammar(500, 9));
    byte[] written = bytes(c);
    WordClusters back = WordClusters.read(new ByteArrayInputStream(written));
    assertEquals(c.entries(), back.entries());
    assertArrayEquals(written, bytes(back));

    String plain = "0\tthe\t10\n10\tcat\t4\n11\tdog\t3\n\n";
    WordClusters p =
        WordClusters.read(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of("10"), p.path("cat"));
    assertEquals(Optional.of("1"), p.prefix("dog", 1));
    assertEquals(Optional.of("11"), p.prefix("dog", 20));
    assertEquals(Optional.empty(), p.prefix("Dog", 4));
    assertEquals(3, p.count("dog"));
    assertEquals(0, p.count("cow"));
    assertEquals(
        List.of("the", "cat", "dog"), p.entries().stream().map(WordClusters.Entry::word).toList());

    for (String bad :
        List.of(
            "0\tthe\n",
            "0\tthe\tmany\n",
            "2\tthe\t1\n",
            "0\tthe\t1\n1\tthe\t2\n",
            "0\tthe\t1\tx\n")) {
      assertThrows(
          IOException.class,
          () -> WordClusters.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))),
          bad);
    }
  }

  @Test
  void countsAndRareWords() {
    List<List<String>> sentences =
        List.of(
            Arrays.asList("a", "b", "c", "a", "b"),
            Arrays.asList("b", "a", "rare", "c"),
            Arrays.asList("c", "a", "b"));
    WordClusters c = new BrownClustering(10, 2).train(sentences);
    assertEquals(3, c.size());
    assertEquals(4, c.count("a"));
    assertFalse(c.contains("rare"));
    assertEquals(Optional.empty(), c.path("rare"));

    WordClusters one = new BrownClustering(1, 1).train(List.of(List.of("x", "y", "x")));
    assertEquals(Optional.of(""), one.path("x"));
    assertEquals(Optional.of(""), one.path("y"));

    assertEquals(0, new BrownClustering(5, 1).train(List.of()).size());
    assertThrows(
        IllegalArgumentException.class,
        () -> new BrownClustering(5, 1).train(List.of(List.of("a\tb"))));
  }
}
