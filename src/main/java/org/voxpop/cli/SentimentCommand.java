package org.voxpop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.voxpop.enrich.sentiment.AbuseKind;
import org.voxpop.enrich.sentiment.AbuseScore;
import org.voxpop.enrich.sentiment.AbuseScorer;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentenceSentiment;
import org.voxpop.enrich.sentiment.SentimentScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop sentiment TEXT|-}: sentence and overall sentiment, and the abuse score. */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Scores the sentiment of a text per sentence and overall, and its abuse score.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop sentiment \"The US has messed up the whole world.. So sad\"",
      "  voxpop sentiment - --format json < comment.txt"
    })
public final class SentimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Optional and a plain string so that a missing text or an unknown format is reported by
  // call() with exit code 1 (user error) rather than by picocli's own usage-error code.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEXT",
      description = "Text to score, or - to read stdin.")
  String text;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (text == null) {
      err.println("missing TEXT (or - to read stdin)");
      return 1;
    }
    boolean json = "json".equals(format);
    if (!json && !"table".equals(format)) {
      err.println("unknown --format " + format + ": expected table or json");
      return 1;
    }
    String input;
    if ("-".equals(text)) {
      try {
        input = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("cannot read stdin: " + e.getMessage());
        return 2;
      }
    } else {
      input = text;
    }
    DocumentSentiment d = SentimentScorer.create().score(input);
    AbuseScore a = AbuseScorer.create().score(input);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Map<String, Object>> sentences = new ArrayList<>();
      for (SentenceSentiment s : d.sentences()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("start", s.start());
        sm.put("end", s.end());
        sm.put("text", input.substring(s.start(), s.end()));
        sm.put("compound", round(s.compound()));
        sm.put("positive", round(s.positive()));
        sm.put("neutral", round(s.neutral()));
        sm.put("negative", round(s.negative()));
        sm.put("label", s.label().name().toLowerCase(Locale.ROOT));
        sentences.add(sm);
      }
      m.put("sentences", sentences);
      m.put("compound", round(d.compound()));
      m.put("positive", round(d.positive()));
      m.put("neutral", round(d.neutral()));
      m.put("negative", round(d.negative()));
      m.put("label", d.label().name().toLowerCase(Locale.ROOT));
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("score", round(a.score()));
      am.put("label", a.label().name().toLowerCase(Locale.ROOT));
      am.put("terms", a.matchedTerms());
      Map<String, Object> kinds = new LinkedHashMap<>();
      for (AbuseKind k : AbuseKind.values()) {
        kinds.put(
            k.dimension(),
            Map.of(
                "score",
                round(a.kinds().score(k)),
                "label",
                a.kinds().label(k).name().toLowerCase(Locale.ROOT)));
      }
      am.put("kinds", kinds);
      m.put("abuse", am);
      try {
        out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
      } catch (IOException e) {
        err.println(e.getMessage());
        return 2;
      }
    } else {
      out.println(
          String.format(
              Locale.ROOT,
              "%5s %5s %8s %6s %6s %6s  %s",
              "start",
              "end",
              "compound",
              "pos",
              "neu",
              "neg",
              "sentence"));
      for (SentenceSentiment s : d.sentences()) {
        String st = input.substring(s.start(), s.end()).replaceAll("\\s+", " ");
        out.println(
            String.format(
                Locale.ROOT,
                "%5d %5d %8.4f %6.3f %6.3f %6.3f  %s",
                s.start(),
                s.end(),
                s.compound(),
                s.positive(),
                s.neutral(),
                s.negative(),
                st.length() > 70 ? st.substring(0, 67) + "..." : st));
      }
      out.println(
          String.format(
              Locale.ROOT,
              "overall: compound %.4f pos %.3f neu %.3f neg %.3f" + " label %s",
              d.compound(),
              d.positive(),
              d.neutral(),
              d.negative(),
              d.label().name().toLowerCase(Locale.ROOT)));
      out.println(
          String.format(
              Locale.ROOT,
              "abuse: %.3f %s%s",
              a.score(),
              a.label().name().toLowerCase(Locale.ROOT),
              a.matchedTerms().isEmpty() ? "" : " " + String.join(", ", a.matchedTerms())));
      StringBuilder kinds = new StringBuilder("abuse kinds:");
      for (AbuseKind k : AbuseKind.values()) {
        kinds.append(
            String.format(
                Locale.ROOT,
                " %s %.3f %s",
                k.dimension(),
                a.kinds().score(k),
                a.kinds().label(k).name().toLowerCase(Locale.ROOT)));
      }
      out.println(kinds);
    }
    out.flush();
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
