package org.voxpop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.voxpop.enrich.entity.ConllEntityEvaluation;
import org.voxpop.enrich.entity.ConllEntityEvaluation.DocumentRecognizer;
import org.voxpop.enrich.entity.ConllEntityEvaluation.TokenSpan;
import org.voxpop.enrich.entity.EntityModelBuilder;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.EntityType;
import org.voxpop.enrich.entity.tagger.NerCorpus;

/**
 * voxpop's entity recognition against a peer, Apache OpenNLP's {@link NameFinderME}, side by side
 * in one run: micro-F1 on dev sets through the same scorer ({@link ConllEntityEvaluation}), and
 * single-thread throughput on the same raw text.
 *
 * <p>OpenNLP is trained here, on the training files voxpop's tagger learns from, with its default
 * feature generator and {@link TrainingParameters#defaultParams()} (the parameters its command line
 * trainer uses when given none): one {@link NameSample} per sentence, adaptive data cleared at each
 * document start, PER/LOC/ORG/MISC as {@link NerCorpus} maps every corpus. Training is single
 * threaded over a fixed order of samples, so a run is deterministic.
 *
 * <p>For F1, OpenNLP tags the dev files' own tokens; voxpop reads each document as text, its
 * sentences' tokens joined by spaces and the sentences by blank lines, as {@code voxpop evaluate
 * entities} does. For speed both get raw text, one document at a time: voxpop {@link
 * EntityRecognizer#recognize(String)}; OpenNLP splits sentences the simple way (at line breaks and
 * after ".", "!" or "?" followed by white space, but not after an initial or a common title: its
 * own sentence detector needs a model of its own, which would be a third system), tokenises with
 * {@link SimpleTokenizer} and runs {@link NameFinderME#find(String[])} per sentence, mapping names
 * back to character offsets as voxpop's mentions have them.
 *
 * <p>Run by {@code bench/ner-peer [--quick] [--train FILE...] [--dev FILE...] [--dev-no-handles
 * FILE...] [--comments FILE] [--out PREFIX]}; it writes PREFIX.md and PREFIX.json and prints the
 * Markdown. Not a JMH benchmark: it has to train before it measures, and JMH would retrain in every
 * fork.
 */
public final class NerPeerBenchmark {

  /** The tagger's own training files (one list, in {@link EntityModelBuilder#TRAIN}). */
  private static final List<String> DEFAULT_TRAIN =
      EntityModelBuilder.TRAIN.stream().map(f -> "../shared/" + f).toList();

  /** Where voxpop's held-out tagger is trained from, whatever --train gives OpenNLP. */
  private static final Path SHARED = Path.of("..", "shared");

  private static final List<String> DEFAULT_DEV =
      List.of(
          "../shared/eval/ner-train/conll2003-dev.txt", "../shared/eval/wnut17/emerging.dev.conll");
  private static final List<String> DEFAULT_DEV_NO_HANDLES = List.of("../shared/eval/btc/btc.dev");
  private static final String DEFAULT_COMMENTS = "index-fixtures/fox-news.jsonl";
  private static final double MB = 1_000_000.0;

  /** The settings of one run. */
  record Options(
      boolean quick,
      List<Path> train,
      List<Path> dev,
      List<Path> devNoHandles,
      Path comments,
      Path out,
      List<String> args) {

    int passes() {
      return quick ? 2 : 5;
    }

    double passSeconds() {
      return quick ? 0.5 : 2.0;
    }

    double warmupSeconds() {
      return quick ? 1.0 : 6.0;
    }
  }

  /** One dev file scored for both systems. */
  record Quality(
      String name,
      Path file,
      boolean noHandles,
      ConllEntityEvaluation.Result voxpop,
      ConllEntityEvaluation.Result opennlp) {}

  /** Timed passes of one system over one corpus. */
  record Speed(String system, List<Double> wallMbPerS, List<Double> cpuMbPerS, long mentions) {

    double median() {
      return Stats.median(wallMbPerS);
    }

    double best() {
      return wallMbPerS.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    double cpuMedian() {
      return Stats.median(cpuMbPerS);
    }
  }

  /** One throughput corpus: its documents and both systems' figures. */
  record Throughput(
      String name, String what, int documents, long bytes, Speed voxpop, Speed opennlp) {}

  private NerPeerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ner-peer: " + e.getMessage());
      System.err.println(
          "usage: bench/ner-peer [--quick] [--train FILE...] [--dev FILE...] "
              + "[--dev-no-handles FILE...] [--comments FILE] [--out PREFIX]");
      System.exit(1);
      return;
    }
    List<Path> missing = new ArrayList<>();
    for (List<Path> l : List.of(o.train(), o.dev(), o.devNoHandles(), List.of(o.comments()))) {
      l.stream().filter(p -> !Files.isRegularFile(p)).forEach(missing::add);
    }
    if (!missing.isEmpty()) {
      System.err.println("ner-peer: missing input files: " + missing);
      System.exit(1);
    }
    run(o);
  }

  static Options parse(String[] args) {
    boolean quick = false;
    List<Path> train = new ArrayList<>();
    List<Path> dev = new ArrayList<>();
    List<Path> devNoHandles = new ArrayList<>();
    boolean devGiven = false;
    boolean devNoHandlesGiven = false;
    Path comments = Path.of(DEFAULT_COMMENTS);
    Path out = null;
    List<Path> target = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> {
          quick = true;
          target = null;
        }
        case "--train" -> target = train;
        case "--dev" -> {
          target = dev;
          devGiven = true;
        }
        case "--dev-no-handles" -> {
          target = devNoHandles;
          devNoHandlesGiven = true;
        }
        case "--comments", "--out" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          if (a.equals("--comments")) {
            comments = Path.of(args[++i]);
          } else {
            out = Path.of(args[++i]);
          }
          target = null;
        }
        default -> {
          if (a.startsWith("--") || target == null) {
            throw new IllegalArgumentException("unexpected argument: " + a);
          }
          target.add(Path.of(a));
        }
      }
    }
    // Giving only --dev means exactly those files; the handle-free column then goes too.
    if (train.isEmpty()) {
      DEFAULT_TRAIN.forEach(p -> train.add(Path.of(p)));
    }
    if (!devGiven && !devNoHandlesGiven) {
      DEFAULT_DEV.forEach(p -> dev.add(Path.of(p)));
      DEFAULT_DEV_NO_HANDLES.forEach(p -> devNoHandles.add(Path.of(p)));
    }
    if (dev.isEmpty() && devNoHandles.isEmpty()) {
      throw new IllegalArgumentException("no dev file");
    }
    if (out == null) {
      out = Path.of("bench", "results", quick ? "ner-peer-quick" : "ner-peer");
    }
    return new Options(
        quick,
        List.copyOf(train),
        List.copyOf(dev),
        List.copyOf(devNoHandles),
        comments,
        out,
        List.of(args));
  }

  static void run(Options o) throws IOException {
    Instant started = Instant.now();
    // The bundled tagger is trained on the dev sets too, so it cannot be scored on them: compare
    // the first tagger of the same recipe, trained on the training sets only, as OpenNLP is.
    log("voxpop: training the held-out tagger (voxpop train entities --held-out)");
    long voxpopCpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    Path heldOutDir = Files.createTempDirectory("voxpop-held-out");
    EntityModelBuilder.Report built =
        EntityModelBuilder.build(
            new EntityModelBuilder.Options(
                SHARED,
                Path.of(EntityModelBuilder.EMBEDDING_PATHS),
                heldOutDir,
                EntityModelBuilder.DEFAULT_EPOCHS,
                EntityModelBuilder.DEFAULT_SEED,
                false,
                true,
                0),
            new PrintStream(System.err, true, StandardCharsets.UTF_8));
    EntityRecognizer voxpop = built.heldOut();
    // Only the recogniser in memory is measured; the files written on the way are not needed.
    try (var files = Files.list(heldOutDir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(heldOutDir);
    voxpop.recognize("Angela Merkel visited Paris.");
    double voxpopTrainSeconds = (System.nanoTime() - t0) / 1e9;
    double voxpopTrainCpuSeconds = (processCpuNanos() - voxpopCpu0) / 1e9;

    log("OpenNLP: reading the training files");
    List<NameSample> samples = new ArrayList<>();
    Map<String, int[]> trainSizes = new LinkedHashMap<>();
    for (Path p : o.train()) {
      NerCorpus.Corpus c = NerCorpus.read(p);
      trainSizes.put(
          p.toString(), new int[] {c.documents().size(), c.sentenceCount(), c.tokenCount()});
      for (NerCorpus.Document d : c.documents()) {
        boolean first = true;
        for (NerCorpus.Sentence s : d.sentences()) {
          Span[] names =
              s.spans().stream()
                  .map(x -> new Span(x.start(), x.end(), x.type()))
                  .toArray(Span[]::new);
          samples.add(new NameSample(s.tokens().toArray(String[]::new), names, null, first));
          first = false;
        }
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    log(
        "OpenNLP: training NameFinderME on "
            + samples.size()
            + " sentences, "
            + params.getObjectSettings());
    long cpu0 = processCpuNanos();
    t0 = System.nanoTime();
    TokenNameFinderModel model =
        NameFinderME.train(
            "en",
            null,
            ObjectStreamUtils.createObjectStream(samples),
            params,
            new TokenNameFinderFactory());
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    double trainCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    model.serialize(serialized);
    log(
        String.format(
            Locale.ROOT,
            "OpenNLP: trained in %.1f s (%.1f s CPU), model %,d bytes",
            trainSeconds,
            trainCpuSeconds,
            serialized.size()));
    NameFinderME finder = new NameFinderME(model);

    List<Quality> quality = new ArrayList<>();
    for (Path p : o.dev()) {
      quality.add(score(p, false, voxpop, finder));
    }
    for (Path p : o.devNoHandles()) {
      quality.add(score(p, true, voxpop, finder));
    }

    List<Throughput> speed = new ArrayList<>();
    Path conllText = !o.dev().isEmpty() ? o.dev().get(0) : o.devNoHandles().get(0);
    speed.add(
        throughput(
            conllText.getFileName() + " as text",
            "the dev file's sentences, tokens joined by spaces, sentences by line breaks, one "
                + "document per -DOCSTART- (or per sentence)",
            documentsOf(conllText),
            voxpop,
            finder,
            o));
    speed.add(
        throughput(
            o.comments().getFileName() + " comments",
            "the text of every comment, one document each",
            commentsOf(o.comments()),
            voxpop,
            finder,
            o));

    ObjectNode json =
        report(
            o,
            started,
            voxpopTrainSeconds,
            voxpopTrainCpuSeconds,
            trainSizes,
            samples.size(),
            params,
            trainSeconds,
            trainCpuSeconds,
            serialized.size(),
            model,
            quality,
            speed);
    String md = markdown(json);
    Path parent = o.out().toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(
        Path.of(o.out() + ".json"), mapper.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    Files.writeString(Path.of(o.out() + ".md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
    log("wrote " + o.out() + ".md and .json");
  }

  // ------------------------------------------------------------------ quality

  private static Quality score(
      Path file, boolean noHandles, EntityRecognizer voxpop, NameFinderME finder)
      throws IOException {
    String name = file.getFileName() + (noHandles ? " --no-handles" : "");
    log("scoring " + name);
    ConllEntityEvaluation.Result v =
        ConllEntityEvaluation.evaluate(file, Optional.empty(), voxpop, noHandles);
    ConllEntityEvaluation.Result n =
        ConllEntityEvaluation.evaluate(
            file, Optional.empty(), new OpenNlpOnTokens(finder), noHandles);
    return new Quality(name, file, noHandles, v, n);
  }

  /** OpenNLP on the file's own tokens, its types mapped as {@link NerCorpus} maps the corpora. */
  static final class OpenNlpOnTokens implements DocumentRecognizer {

    private final NameFinderME finder;

    OpenNlpOnTokens(NameFinderME finder) {
      this.finder = finder;
    }

    @Override
    public List<List<TokenSpan>> recognize(List<List<String>> sentences) {
      // OpenNLP's document features (what earlier sentences tagged) start afresh per document.
      finder.clearAdaptiveData();
      List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
      for (List<String> tokens : sentences) {
        out.add(sentence(tokens));
      }
      return out;
    }

    private List<TokenSpan> sentence(List<String> tokens) {
      List<TokenSpan> out = new ArrayList<>();
      for (Span s : finder.find(tokens.toArray(String[]::new))) {
        // Spans that are handles by the scorer's own test: voxpop's handle mentions are not
        // scored in files that leave handles untagged (WNUT-17), so neither are OpenNLP's.
        boolean handle =
            tokens.get(s.getStart()).startsWith("@")
                || s.getStart() > 0 && tokens.get(s.getStart() - 1).equals("@");
        out.add(new TokenSpan(s.getStart(), s.getEnd(), type(s.getType()), true, handle));
      }
      return out;
    }

    private static EntityType type(String t) {
      return switch (t == null ? "" : t) {
        case "PER" -> EntityType.PERSON;
        case "LOC" -> EntityType.LOCATION;
        case "ORG" -> EntityType.ORGANIZATION;
        default -> EntityType.OTHER;
      };
    }
  }

  // ------------------------------------------------------------------ speed

  /** OpenNLP from raw text to mentions with character offsets. */
  static final class OpenNlpOnText {

    private final NameFinderME finder;

    OpenNlpOnText(NameFinderME finder) {
      this.finder = finder;
    }

    /** Offsets of every mention found, folded, so that the mapping cannot be optimised away. */
    long checksum;

    /** Recognises one document; returns the number of mentions. */
    long annotate(String doc) {
      finder.clearAdaptiveData();
      long count = 0;
      int n = doc.length();
      int s = 0;
      while (s < n) {
        int e = sentenceEnd(doc, s);
        String sentence = doc.substring(s, e);
        Span[] toks = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        if (toks.length > 0) {
          String[] words = Span.spansToStrings(toks, sentence);
          for (Span name : finder.find(words)) {
            int start = s + toks[name.getStart()].getStart();
            int end = s + toks[name.getEnd() - 1].getEnd();
            checksum = 31 * checksum + 31L * start + end;
            count++;
          }
        }
        s = e;
      }
      return count;
    }
  }

  /**
   * Where the sentence that starts at {@code from} ends: after a line break, or after a run of ".",
   * "!", "?" (and closing quotes or brackets) that white space follows, unless the period ends an
   * initial ("U.S.", "J.") or a common title ("Mr.", "Gen."), which would cut a name.
   */
  static int sentenceEnd(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '.' && abbreviation(text, from, i)) {
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && ".!?\"')]\u201d\u2019".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j == n || Character.isWhitespace(text.charAt(j))) {
          return j;
        }
        i = j;
        continue;
      }
      i++;
    }
    return n;
  }

  private static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
          "Capt", "Sgt", "Prof", "Rev");

  /** Whether the period at {@code dot} ends an initial or a title rather than a sentence. */
  private static boolean abbreviation(String text, int from, int dot) {
    int k = dot;
    while (k > from && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    int len = dot - k;
    return len == 1 && Character.isUpperCase(text.charAt(k))
        || len >= 2 && len <= 4 && TITLES.contains(text.substring(k, dot));
  }

  private static Throughput throughput(
      String name,
      String what,
      List<String> docs,
      EntityRecognizer voxpop,
      NameFinderME finder,
      Options o) {
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    OpenNlpOnText opennlp = new OpenNlpOnText(finder);
    // voxpop's mentions come with their offsets: the list itself is the result.
    ToLongFunction<String> v = doc -> voxpop.recognize(doc).size();
    ToLongFunction<String> n = opennlp::annotate;
    log(
        String.format(
            Locale.ROOT,
            "throughput on %s: %d documents, %,d bytes; warm-up",
            name,
            docs.size(),
            bytes));
    // Warm both up before timing either; then alternate pass by pass so that a slow spell of
    // the shared machine falls on both.
    long sink = 0;
    for (ToLongFunction<String> f : List.of(v, n)) {
      long end = System.nanoTime() + (long) (o.warmupSeconds() * 1e9);
      while (System.nanoTime() < end) {
        sink += pass(f, docs);
      }
    }
    List<Double> vw = new ArrayList<>();
    List<Double> vc = new ArrayList<>();
    List<Double> nw = new ArrayList<>();
    List<Double> nc = new ArrayList<>();
    for (int p = 0; p < o.passes(); p++) {
      sink += timed(v, docs, bytes, o.passSeconds(), vw, vc);
      sink += timed(n, docs, bytes, o.passSeconds(), nw, nc);
    }
    long vm = pass(v, docs);
    long nm = pass(n, docs);
    if (sink + opennlp.checksum == 42) {
      System.err.print("");
    }
    Throughput t =
        new Throughput(
            name,
            what,
            docs.size(),
            bytes,
            new Speed("voxpop", vw, vc, vm),
            new Speed("OpenNLP", nw, nc, nm));
    log(
        String.format(
            Locale.ROOT,
            "  voxpop %.2f MB/s, OpenNLP %.2f MB/s (medians)",
            t.voxpop().median(),
            t.opennlp().median()));
    return t;
  }

  private static long pass(ToLongFunction<String> f, List<String> docs) {
    long sum = 0;
    for (String d : docs) {
      sum += f.applyAsLong(d);
    }
    return sum;
  }

  /** One timed pass: whole rounds over the corpus until at least {@code seconds} have passed. */
  private static long timed(
      ToLongFunction<String> f,
      List<String> docs,
      long bytes,
      double seconds,
      List<Double> wall,
      List<Double> cpu) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sum = 0;
    long rounds = 0;
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long t;
    do {
      sum += pass(f, docs);
      rounds++;
      t = System.nanoTime();
    } while (t - t0 < seconds * 1e9);
    long c = mx.getCurrentThreadCpuTime() - c0;
    wall.add(rounds * bytes / MB / ((t - t0) / 1e9));
    cpu.add(rounds * bytes / MB / (c / 1e9));
    return sum;
  }

  private static List<String> documentsOf(Path conll) throws IOException {
    List<String> docs = new ArrayList<>();
    for (NerCorpus.Document d : NerCorpus.read(conll).documents()) {
      StringBuilder sb = new StringBuilder();
      for (NerCorpus.Sentence s : d.sentences()) {
        if (!sb.isEmpty()) {
          sb.append('\n');
        }
        sb.append(String.join(" ", s.tokens()));
      }
      docs.add(sb.toString());
    }
    return docs;
  }

  private static List<String> commentsOf(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = mapper.readTree(line);
        for (JsonNode c : article.path("comments")) {
          String text = c.path("text").asText("");
          if (!text.isBlank()) {
            docs.add(text);
          }
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(jsonl + ": no comment text");
    }
    return docs;
  }

  // ------------------------------------------------------------------ report

  private static ObjectNode report(
      Options o,
      Instant started,
      double voxpopTrainSeconds,
      double voxpopTrainCpuSeconds,
      Map<String, int[]> trainSizes,
      int sampleCount,
      TrainingParameters params,
      double trainSeconds,
      double trainCpuSeconds,
      long modelBytes,
      TokenNameFinderModel model,
      List<Quality> quality,
      List<Throughput> speed) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode env = root.putObject("environment");
    env.put("date", started.toString());
    env.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    env.put("cores", Runtime.getRuntime().availableProcessors());
    env.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    env.put("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
    env.put("jvm_args", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    env.put("commit", commit());
    env.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
    env.put("mode", o.quick() ? "quick" : "full");
    env.put(
        "command", "bench/ner-peer" + (o.args().isEmpty() ? "" : " " + String.join(" ", o.args())));
    env.put("load_average", loadAverage());

    ObjectNode train = root.putObject("opennlp_training");
    ArrayNode files = train.putArray("files");
    trainSizes.forEach(
        (k, v) ->
            files
                .addObject()
                .put("file", k)
                .put("documents", v[0])
                .put("sentences", v[1])
                .put("tokens", v[2]));
    train.put("sentences", sampleCount);
    ObjectNode p = train.putObject("parameters");
    new TreeMap<>(params.getObjectSettings()).forEach((k, v) -> p.put(k, String.valueOf(v)));
    train.put(
        "feature_generator",
        "TokenNameFinderFactory default "
            + "(opennlp/tools/namefind/ner-default-features.xml: token class and lower-cased token in "
            + "a window of 2 either side, definition, previous map, bigram name, sentence begin)");
    train.put("sequence_codec", "BIO (the factory's default)");
    train.put("types", "PER, LOC, ORG, MISC (as NerCorpus maps every corpus)");
    train.put("seconds", round(trainSeconds, 1));
    train.put("process_cpu_seconds", round(trainCpuSeconds, 1));
    train.put("model_bytes", modelBytes);
    // The hash of the training events pins data and features; two runs print the same one.
    train.put("event_hash", String.valueOf(model.getManifestProperty("Training-Eventhash")));
    ObjectNode vt = root.putObject("voxpop_training");
    vt.put(
        "model",
        "held out: voxpop train entities --held-out (EntityModelBuilder.TRAIN under ../shared,"
            + " never the dev sets; the bundled tagger is trained on them too)");
    vt.put("seconds", round(voxpopTrainSeconds, 1));
    vt.put("process_cpu_seconds", round(voxpopTrainCpuSeconds, 1));

    ArrayNode q = root.putArray("quality");
    for (Quality x : quality) {
      ObjectNode n = q.addObject();
      n.put("dev", x.name());
      n.put("file", x.file().toString());
      n.put("no_handles", x.noHandles());
      result(n.putObject("voxpop"), x.voxpop());
      result(n.putObject("opennlp"), x.opennlp());
    }
    ObjectNode s = root.putObject("throughput");
    s.put("unit", "MB/s (10^6 UTF-8 bytes of raw text per second), one thread");
    s.put("passes", o.passes());
    s.put("pass_seconds", o.passSeconds());
    s.put("warmup_seconds_each", o.warmupSeconds());
    ArrayNode c = s.putArray("corpora");
    for (Throughput t : speed) {
      ObjectNode n = c.addObject();
      n.put("corpus", t.name());
      n.put("what", t.what());
      n.put("documents", t.documents());
      n.put("bytes", t.bytes());
      speed(n.putObject("voxpop"), t.voxpop());
      speed(n.putObject("opennlp"), t.opennlp());
    }
    return root;
  }

  private static void result(ObjectNode n, ConllEntityEvaluation.Result r) {
    ConllEntityEvaluation.Counts micro = r.micro();
    // Six places: the report prints three from these, and rounding to four first could round
    // twice (0.59846 to 0.5985 to 0.599).
    n.put("precision", round(micro.precision(), 6));
    n.put("recall", round(micro.recall(), 6));
    n.put("f1", round(micro.f1(), 6));
    n.put("gold", micro.gold());
    n.put("predicted", micro.predicted());
    n.put("correct", micro.correct());
    ObjectNode t = n.putObject("per_type_f1");
    r.perType().forEach((k, v) -> t.put(k, round(v.f1(), 6)));
    r.handles()
        .ifPresent(
            h ->
                n.putObject("handles_left_out")
                    .put("gold", h.gold())
                    .put("predicted", h.predicted())
                    .put("matching", h.correct()));
  }

  private static void speed(ObjectNode n, Speed s) {
    n.put("median_mb_per_s", round(s.median(), 3));
    n.put("best_mb_per_s", round(s.best(), 3));
    n.put("median_mb_per_cpu_s", round(s.cpuMedian(), 3));
    ArrayNode w = n.putArray("passes_mb_per_s");
    s.wallMbPerS().forEach(x -> w.add(round(x, 3)));
    n.put("mentions_per_pass", s.mentions());
  }

  static String markdown(ObjectNode r) {
    StringBuilder b = new StringBuilder();
    JsonNode env = r.get("environment");
    JsonNode tr = r.get("opennlp_training");
    b.append("# Entity recognition: voxpop against OpenNLP NameFinderME\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "`%s` (%s run), %s. Machine: %s, %d cores, JDK %s "
                + "(%s), max heap %d MiB, load average %s at the end. Commit `%s`. OpenNLP "
                + "opennlp-tools %s.%n%n",
            env.get("command").asText(),
            env.get("mode").asText(),
            env.get("date").asText(),
            env.get("os").asText(),
            env.get("cores").asInt(),
            env.get("jdk").asText(),
            env.get("jvm_args").asText(),
            env.get("max_heap_bytes").asLong() >> 20,
            env.get("load_average").asText(),
            env.get("commit").asText(),
            env.get("opennlp").asText()));
    b.append(
        "Dev sets are never trained on: voxpop's side is the tagger `voxpop train entities"
            + " --held-out` writes (the bundled one is trained on the dev sets too, after they"
            + " chose its options). voxpop's model selection used them (number of "
            + "epochs, least confidence of a name, the temperature of its probabilities), OpenNLP's "
            + "defaults did not. Scoring is "
            + "`ConllEntityEvaluation` for both systems (as `voxpop evaluate entities`): "
            + "entity-level exact match, PER/LOC/ORG micro average (GROUP scored as ORG), MISC, "
            + "product and creative-work not scored.\n\n");

    b.append("## Summary\n\n| system |");
    for (JsonNode q : r.get("quality")) {
      b.append(" micro-F1, ").append(q.get("dev").asText()).append(" |");
    }
    for (JsonNode t : r.get("throughput").get("corpora")) {
      b.append(" MB/s, ").append(t.get("corpus").asText()).append(" |");
    }
    b.append("\n|---|");
    b.append("---:|".repeat(r.get("quality").size() + r.get("throughput").get("corpora").size()));
    b.append('\n');
    for (String sys : List.of("voxpop", "opennlp")) {
      b.append("| ").append(sys.equals("voxpop") ? "voxpop" : "OpenNLP").append(" |");
      for (JsonNode q : r.get("quality")) {
        b.append(String.format(Locale.ROOT, " %.3f |", q.get(sys).get("f1").asDouble()));
      }
      for (JsonNode t : r.get("throughput").get("corpora")) {
        b.append(
            String.format(Locale.ROOT, " %.2f |", t.get(sys).get("median_mb_per_s").asDouble()));
      }
      b.append('\n');
    }
    b.append("| voxpop ahead? |");
    for (JsonNode q : r.get("quality")) {
      b.append(
          q.get("voxpop").get("f1").asDouble() > q.get("opennlp").get("f1").asDouble()
              ? " yes |"
              : " **no** |");
    }
    for (JsonNode t : r.get("throughput").get("corpora")) {
      b.append(
          t.get("voxpop").get("median_mb_per_s").asDouble()
                  > t.get("opennlp").get("median_mb_per_s").asDouble()
              ? " yes |"
              : " **no** |");
    }
    b.append("\n\n");

    b.append("## Quality (dev sets)\n\n");
    b.append(
        "| dev set | system | gold | predicted | correct | P | R | micro-F1 | PERSON | "
            + "LOCATION | ORGANIZATION |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode q : r.get("quality")) {
      for (String sys : List.of("voxpop", "opennlp")) {
        JsonNode x = q.get(sys);
        JsonNode t = x.get("per_type_f1");
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f |%n",
                q.get("dev").asText(),
                sys.equals("voxpop") ? "voxpop" : "OpenNLP",
                x.get("gold").asInt(),
                x.get("predicted").asInt(),
                x.get("correct").asInt(),
                x.get("precision").asDouble(),
                x.get("recall").asDouble(),
                x.get("f1").asDouble(),
                t.get("PERSON").asDouble(),
                t.get("LOCATION").asDouble(),
                t.get("ORGANIZATION").asDouble()));
      }
    }
    List<String> handleNotes = new ArrayList<>();
    for (JsonNode q : r.get("quality")) {
      for (String sys : List.of("voxpop", "opennlp")) {
        JsonNode h = q.get(sys).get("handles_left_out");
        if (h != null) {
          handleNotes.add(
              String.format(
                  Locale.ROOT,
                  "%s on %s: %d gold, %d predicted " + "(%d matching)",
                  sys.equals("voxpop") ? "voxpop" : "OpenNLP",
                  q.get("dev").asText(),
                  h.get("gold").asInt(),
                  h.get("predicted").asInt(),
                  h.get("matching").asInt()));
        }
      }
    }
    b.append(
        "\nOpenNLP tags the files' own tokens; voxpop reads each document as text, the "
            + "tokens joined by spaces and the sentences by blank lines. Where a file leaves handles untagged (WNUT-17) neither system's "
            + "handles are scored; `--no-handles` leaves spans that start with \"@\" or follow a "
            + "lone \"@\" out of gold and prediction.");
    if (!handleNotes.isEmpty()) {
      b.append(" Handles left out: ").append(String.join("; ", handleNotes)).append('.');
    }
    b.append("\n\n");

    JsonNode s = r.get("throughput");
    b.append("## Throughput (one thread, MB/s = 10^6 UTF-8 bytes per second)\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Both systems warmed up for %.0f s each on the corpus, "
                + "then %d timed passes each, alternating (a pass: whole rounds over the corpus "
                + "for at least %.1f s). Median and best of the passes by wall clock; \"per CPU "
                + "second\" divides by the thread's CPU time instead, which other load on the "
                + "machine moves less.%n%n",
            s.get("warmup_seconds_each").asDouble(),
            s.get("passes").asInt(),
            s.get("pass_seconds").asDouble()));
    b.append(
        "| corpus | documents | bytes | system | median MB/s | best MB/s | MB per CPU second "
            + "| passes | mentions found |\n|---|---:|---:|---|---:|---:|---:|---|---:|\n");
    for (JsonNode t : s.get("corpora")) {
      for (String sys : List.of("voxpop", "opennlp")) {
        JsonNode x = t.get(sys);
        List<String> passes = new ArrayList<>();
        x.get("passes_mb_per_s")
            .forEach(v -> passes.add(String.format(Locale.ROOT, "%.2f", v.asDouble())));
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %s | **%.2f** | %.2f | %.2f | %s " + "| %,d |%n",
                t.get("corpus").asText(),
                t.get("documents").asInt(),
                t.get("bytes").asLong(),
                sys.equals("voxpop") ? "voxpop" : "OpenNLP",
                x.get("median_mb_per_s").asDouble(),
                x.get("best_mb_per_s").asDouble(),
                x.get("median_mb_per_cpu_s").asDouble(),
                String.join(", ", passes),
                x.get("mentions_per_pass").asLong()));
      }
    }
    b.append("\nCorpora: ");
    List<String> whats = new ArrayList<>();
    s.get("corpora")
        .forEach(t -> whats.add(t.get("corpus").asText() + ": " + t.get("what").asText()));
    b.append(String.join("; ", whats))
        .append(
            ". voxpop: `EntityRecognizer.recognize(text)` per "
                + "document. OpenNLP: sentences split at line breaks and after \".\", \"!\" or \"?\" "
                + "followed by white space, except after initials and common titles (its "
                + "SentenceDetectorME would need a model of its own), "
                + "`SimpleTokenizer`, `NameFinderME.find` per sentence, adaptive data cleared per "
                + "document, names mapped back to character offsets.\n\n");

    b.append("## OpenNLP training\n\n");
    b.append(String.format(Locale.ROOT, "%,d sentences from", tr.get("sentences").asInt()));
    List<String> files = new ArrayList<>();
    tr.get("files")
        .forEach(
            f ->
                files.add(
                    String.format(
                        Locale.ROOT,
                        " `%s` (%,d documents, " + "%,d sentences, %,d tokens)",
                        f.get("file").asText(),
                        f.get("documents").asInt(),
                        f.get("sentences").asInt(),
                        f.get("tokens").asInt())));
    b.append(String.join(",", files))
        .append(
            ", one `NameSample` per sentence, adaptive data "
                + "cleared at each document start, types ")
        .append(tr.get("types").asText())
        .append(".\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "- training time: **%.1f s** wall, %.1f s process CPU; "
                + "model %,d bytes serialised (give or take a byte: its manifest holds a time stamp); "
                + "training event hash %s%n",
            tr.get("seconds").asDouble(),
            tr.get("process_cpu_seconds").asDouble(),
            tr.get("model_bytes").asLong(),
            tr.get("event_hash").asText()));
    List<String> ps = new ArrayList<>();
    tr.get("parameters")
        .fields()
        .forEachRemaining(e -> ps.add(e.getKey() + "=" + e.getValue().asText()));
    b.append("- parameters: `TrainingParameters.defaultParams()`: ")
        .append(String.join(", ", ps))
        .append(" (single-threaded, so the same data give the same model)\n");
    b.append("- feature generator: ").append(tr.get("feature_generator").asText()).append('\n');
    b.append("- sequence codec: ").append(tr.get("sequence_codec").asText()).append('\n');
    JsonNode vt = r.get("voxpop_training");
    b.append(
        String.format(
            Locale.ROOT,
            "- voxpop's tagger: %s; trained in %.1f s (%.1f s CPU, word statistics and Brown"
                + " clusters included), not part of either throughput%n",
            vt.get("model").asText(),
            vt.get("seconds").asDouble(),
            vt.get("process_cpu_seconds").asDouble()));
    return b.toString();
  }

  // ------------------------------------------------------------------ helpers

  private static double round(double x, int places) {
    double f = Math.pow(10, places);
    return Math.round(x * f) / f;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static String loadAverage() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
  }

  /** The commit, with "+changes" when the work tree differs from it; git or .git/HEAD. */
  static String commit() {
    try {
      String head = git("rev-parse", "HEAD");
      if (head != null && !head.isEmpty()) {
        String status = git("status", "--porcelain", "--untracked-files=no");
        return status == null || status.isEmpty() ? head : head + "+changes";
      }
    } catch (IOException e) {
      // no git on PATH: fall back to reading .git
    }
    return Environment.commit();
  }

  private static String git(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (InputStream in = p.getInputStream()) {
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
          return null;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      return out;
    }
  }

  private static void log(String s) {
    System.err.printf(Locale.ROOT, "[%s] %s%n", Instant.now().toString().substring(11, 19), s);
  }
}
