import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shouted words in social text: how often the recogniser takes a common word written in capitals
 * for a name ("@x what IS going on" read as Islamic State). Builds its cases from CoNLL files of
 * tweets (the development sets of WNUT-17 and BTC, never their test sets): each sentence is joined
 * with spaces, and for every token of two to four lower-case letters that the gold labels O, one
 * copy of the sentence has that token in capitals. A false name is a mention that covers the
 * shouted token; the same count on the sentence as written says what the capitals added.
 *
 * <p>Run with JDK 21+: {@code java bench/case-traps/CaseTraps.java ALL.jar GENRE [--model DIR]
 * FILE...} with the {@code -all} jar, GENRE one of {@code social} or {@code mixed}. Prints the
 * cases, the false names on the shouted and the unshouted copies, and the words that made most.
 */
public class CaseTraps {
  public static void main(String[] args) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, null);
    Class<?> gazetteerClass = loader.loadClass("org.voxpop.enrich.entity.Gazetteer");
    Class<?> recognizerClass = loader.loadClass("org.voxpop.enrich.entity.EntityRecognizer");
    Class<?> genreClass = loader.loadClass("org.voxpop.model.Genre");
    Class<?> contextClass = loader.loadClass("org.voxpop.enrich.entity.DocumentContext");
    Object gazetteer = gazetteerClass.getMethod("defaultGazetteer").invoke(null);
    int next = 2;
    Object recognizer;
    if (args.length > 3 && args[2].equals("--model")) {
      recognizer =
          recognizerClass
              .getMethod("create", gazetteerClass, Path.class)
              .invoke(null, gazetteer, Path.of(args[3]));
      next = 4;
    } else {
      recognizer = recognizerClass.getMethod("create", gazetteerClass).invoke(null, gazetteer);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object genre = Enum.valueOf((Class) genreClass, args[1].toUpperCase(Locale.ROOT));
    Object none = contextClass.getField("NONE").get(null);
    Method recognize = recognizerClass.getMethod("recognize", String.class, genreClass, contextClass);
    int cases = 0;
    int shoutedFalse = 0;
    int plainFalse = 0;
    Map<String, Integer> byWord = new TreeMap<>();
    for (int f = next; f < args.length; f++) {
      for (List<String[]> sentence : sentences(Path.of(args[f]))) {
        for (int i = 0; i < sentence.size(); i++) {
          String w = sentence.get(i)[0];
          if (!sentence.get(i)[1].equals("O") || !w.matches("[a-z]{2,4}")) {
            continue;
          }
          cases++;
          int[] span = new int[2];
          String plain = join(sentence, -1, span, i);
          String shouted = join(sentence, i, span, i);
          if (covers(recognize.invoke(recognizer, shouted, genre, none), span)) {
            shoutedFalse++;
            byWord.merge(w.toUpperCase(Locale.ROOT), 1, Integer::sum);
          }
          if (covers(recognize.invoke(recognizer, plain, genre, none), span)) {
            plainFalse++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d shouted words: a name over %d of them (%.2f%%), over %d as written (%.2f%%)%n",
        cases,
        shoutedFalse,
        100.0 * shoutedFalse / cases,
        plainFalse,
        100.0 * plainFalse / cases);
    byWord.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(15)
        .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue()));
  }

  private static boolean covers(Object mentions, int[] span) throws Exception {
    for (Object m : (List<?>) mentions) {
      int start = (int) m.getClass().getMethod("start").invoke(m);
      int end = (int) m.getClass().getMethod("end").invoke(m);
      if (start < span[1] && end > span[0]) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's tokens joined by spaces, token {@code shout} in capitals; {@code span} gets token {@code mark}'s offsets. */
  private static String join(List<String[]> sentence, int shout, int[] span, int mark) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentence.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String w = sentence.get(i)[0];
      if (i == mark) {
        span[0] = sb.length();
        span[1] = sb.length() + w.length();
      }
      sb.append(i == shout ? w.toUpperCase(Locale.ROOT) : w);
    }
    return sb.toString();
  }

  /** Sentences of a CoNLL file: token and gold label (first and last column). */
  private static List<List<String[]>> sentences(Path file) throws Exception {
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] cols = l.split("\\s+");
      current.add(new String[] {cols[0], cols[cols.length - 1]});
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
