package org.voxpop.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.voxpop.input.ArticleJson;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;

/**
 * Generates articles with comment threads, deterministically from a seed, shaped like the seed
 * corpus: Zipf-distributed vocabulary and entity mentions, comment lengths from a few words to long
 * rants, reply threads, and the noise real comments have (misspelt names, ALL-CAPS shouting,
 * lower-case "us"/"is" next to the entities "US"/"IS").
 *
 * <p>The same seed and sizes always give byte-identical output, so benchmark runs compare like with
 * like and can declare expected counts.
 */
public final class CorpusGenerator {

  /** Common English words, most frequent first: drawn with Zipf weights. */
  private static final String[] WORDS =
      ("the of and to a in is that it was for on are as with they be at this have from or had by not but what "
              + "all were when we there can an your which their said if do will each about how up out them then she many "
              + "some so these would other into has more her two like him see time could no make than first been its who "
              + "now people my made over did down only way find use may water long little very after words called just "
              + "where most know get through back much before go good new write our used me man too any day same right "
              + "look think also around another came come work three must because does part even place well such here "
              + "take why help put different away again off went old number great tell men say small every found still "
              + "between name should home big give air line set own under read last never us left end along while might "
              + "next sound below saw something thought both few those always show large often together asked house "
              + "world going want school important until form food keep children feet land side without boy once animal "
              + "life enough took four head above kind began almost live page got earth need far hand high year mother "
              + "light country father let night picture being study second soon story since white ever paper hard near "
              + "sentence better best across during today however sure knew try told young sun thing whole hear example "
              + "heard several change answer room sea against top turned learn point city play toward five himself usually "
              + "money seen car morning body upon family later turn move face door cut done group true leave color red "
              + "friend pretty eat front feel fact hour rock government war peace deal fighters convoy weapons refugees "
              + "truth blame blaming lies media coalition regime terrorists civilians bombs army forces policy election "
              + "president minister leaders killed attack attacks disgusting shameful stupid idiots brilliant great sad "
              + "angry love hate corrupt honest fake news disgrace hypocrites cowards heroes traitors freedom justice")
          .split(" ");

  /** Entity surface forms as commenters write them, with their relative frequency. */
  private static final Map<String, Integer> ENTITY_FORMS =
      Map.ofEntries(
          Map.entry("United States", 40),
          Map.entry("USA", 35),
          Map.entry("America", 30),
          Map.entry("the US", 30),
          Map.entry("Israel", 25),
          Map.entry("Syria", 25),
          Map.entry("Russia", 25),
          Map.entry("Iran", 20),
          Map.entry("Raqqa", 12),
          Map.entry("Aleppo", 10),
          Map.entry("Allepo", 3),
          Map.entry("Damascus", 8),
          Map.entry("ISIS", 25),
          Map.entry("Islamic State", 12),
          Map.entry("Daesh", 5),
          Map.entry("IS fighters", 8),
          Map.entry("Assad", 15),
          Map.entry("Putin", 15),
          Map.entry("Obama", 20),
          Map.entry("Trump", 25),
          Map.entry("Merkel", 12),
          Map.entry("Germany", 12),
          Map.entry("Britain", 10),
          Map.entry("France", 8),
          Map.entry("EU", 10),
          Map.entry("European Union", 6),
          Map.entry("NATO", 8),
          Map.entry("United Nations", 6),
          Map.entry("Kurds", 8),
          Map.entry("Turkey", 10),
          Map.entry("Saudi Arabia", 8),
          Map.entry("Iraq", 12),
          Map.entry("Baghdad", 5),
          Map.entry("Mosul", 5),
          Map.entry("Palestinians", 6),
          Map.entry("Gaza", 6),
          Map.entry("China", 12),
          Map.entry("Mexico", 8),
          Map.entry("Texas", 8),
          Map.entry("Washington", 8),
          Map.entry("London", 6),
          Map.entry("Moscow", 6),
          Map.entry("Tehran", 4),
          Map.entry("Kabul", 3),
          Map.entry("Afghanistan", 6),
          Map.entry("Pentagon", 5),
          Map.entry("CIA", 6),
          Map.entry("Hezbollah", 4),
          Map.entry("Hillary Clinton", 10),
          Map.entry("Bernie Sanders", 4),
          Map.entry("Harvey Milk", 2),
          Map.entry("Black Lives Matter", 5),
          Map.entry("Supreme Court", 6),
          Map.entry("Congress", 8));

  private static final String[] SOURCES = {
    "BBC", "Fox News", "Reuters", "Al Jazeera", "The Guardian", "CNN"
  };
  private static final String[] SECTIONS = {"world", "politics", "us", "opinion", "middle-east"};

  private final long seed;
  private final int articles;
  private final int meanComments;
  private final List<String> forms = new ArrayList<>();
  private final double[] formWeights;
  private final double[] wordWeights;

  /**
   * @param seed the random seed; equal seeds give equal corpora
   * @param articles how many articles
   * @param meanComments mean comments per article (the count varies, heavy-tailed, around it)
   */
  public CorpusGenerator(long seed, int articles, int meanComments) {
    this.seed = seed;
    this.articles = articles;
    this.meanComments = meanComments;
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(ENTITY_FORMS.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    formWeights = new double[entries.size()];
    double total = 0;
    for (int i = 0; i < entries.size(); i++) {
      forms.add(entries.get(i).getKey());
      total += entries.get(i).getValue();
      formWeights[i] = total;
    }
    wordWeights = new double[WORDS.length];
    double sum = 0;
    for (int i = 0; i < WORDS.length; i++) {
      sum += 1.0 / (i + 1);
      wordWeights[i] = sum;
    }
  }

  /** Writes the corpus as JSON Lines; returns the number of comments written. */
  public long write(Writer out) throws IOException {
    long comments = 0;
    for (int a = 0; a < articles; a++) {
      Article article = article(a);
      comments += article.comments().size();
      out.write(ArticleJson.toJsonLine(article));
      out.write('\n');
    }
    out.flush();
    return comments;
  }

  /** The a-th article; each article has its own random stream, so any one can be made alone. */
  public Article article(int a) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + a);
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3 * 365));
    int count = commentCount(random);
    List<Comment> comments = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      Optional<String> parent =
          c > 0 && random.nextDouble() < 0.45
              ? Optional.of("c" + random.nextInt(c))
              : Optional.empty();
      comments.add(
          new Comment(
              "c" + c,
              parent,
              Optional.of("user" + random.nextInt(Math.max(10, articles * 5))),
              Optional.of(
                  day.atStartOfDay().plusMinutes(random.nextInt(60 * 72)).atOffset(ZoneOffset.UTC)),
              text(random, commentWords(random)),
              Optional.of(random.nextDouble() < 0.5 ? 0 : random.nextInt(200)),
              Map.of()));
    }
    return new Article(
        "gen-" + a,
        Optional.of("https://news.example/" + a),
        Optional.of(SOURCES[random.nextInt(SOURCES.length)]),
        Optional.of(SECTIONS[random.nextInt(SECTIONS.length)]),
        Optional.of(capitalise(text(random, 6 + random.nextInt(8)))),
        text(random, 60 + random.nextInt(140)),
        List.of("Reporter " + random.nextInt(50)),
        Optional.of(day.atStartOfDay().atOffset(ZoneOffset.UTC)),
        Optional.of("en"),
        comments,
        Map.of());
  }

  private int commentCount(SplittableRandom random) {
    // Geometric-like spread with a heavy tail: most threads are short, a few run long.
    double u = random.nextDouble();
    return (int) Math.min(meanComments * 20L, Math.round(-meanComments * Math.log(1 - u)));
  }

  private static int commentWords(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.3
        ? 5 + random.nextInt(10)
        : u < 0.9 ? 15 + random.nextInt(45) : 60 + random.nextInt(200);
  }

  private String text(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder(words * 7);
    boolean shouting = random.nextDouble() < 0.05;
    int sentence = 0;
    for (int w = 0; w < words; w++) {
      String word = random.nextDouble() < 0.06 ? form(random) : WORDS[pick(wordWeights, random)];
      if (sentence == 0) {
        word = capitalise(word);
      }
      if (shouting || random.nextDouble() < 0.01) {
        word = word.toUpperCase(Locale.ROOT);
      }
      text.append(w == 0 ? "" : " ").append(word);
      if (++sentence > 6 && random.nextDouble() < 0.15) {
        text.append(random.nextDouble() < 0.8 ? "." : random.nextDouble() < 0.5 ? "!!!" : "…..");
        sentence = 0;
      }
    }
    return text.append('.').toString();
  }

  private String form(SplittableRandom random) {
    return forms.get(pick(formWeights, random));
  }

  private static int pick(double[] cumulative, SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = java.util.Arrays.binarySearch(cumulative, target);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  private static String capitalise(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
