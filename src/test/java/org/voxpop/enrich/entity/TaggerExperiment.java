package org.voxpop.enrich.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voxpop.enrich.entity.tagger.EntityTagger;
import org.voxpop.enrich.entity.tagger.NerCorpus;
import org.voxpop.enrich.entity.tagger.TaggedSpan;
import org.voxpop.enrich.entity.tagger.TokenLexicon;
import org.voxpop.enrich.entity.tagger.WordClasses;

/** Development harness: train on the given files, score dev files after each epoch. */
public final class TaggerExperiment {

  public static void main(String[] args) throws Exception {
    List<NerCorpus.Corpus> train = new ArrayList<>();
    List<NerCorpus.Corpus> dev = new ArrayList<>();
    int epochs = 10;
    int min = 1;
    boolean gaz = true;
    double dropout = 0;
    String words = null;
    for (String a : args) {
      if (a.startsWith("dev=")) {
        dev.add(NerCorpus.read(Path.of(a.substring(4))));
      } else if (a.startsWith("epochs=")) {
        epochs = Integer.parseInt(a.substring(7));
      } else if (a.startsWith("min=")) {
        min = Integer.parseInt(a.substring(4));
      } else if (a.startsWith("dropout=")) {
        dropout = Double.parseDouble(a.substring(8));
      } else if (a.startsWith("words=")) {
        words = a.substring(6);
      } else if (a.equals("nogaz")) {
        gaz = false;
      } else {
        train.add(NerCorpus.read(Path.of(a)));
      }
    }
    if (System.getProperty("bundled") != null) {
      EntityTagger b = BundledModel.tagger().withLexicon(new GazetteerLexicon(Gazetteer.defaultGazetteer()));
      for (NerCorpus.Corpus d : dev) {
        System.out.println(d.name() + " " + score(d, b));
        try (java.io.PrintWriter w = new java.io.PrintWriter("/tmp/tagger-" + d.name() + ".out", "UTF-8")) {
          for (NerCorpus.Document doc : d.documents()) {
            List<String[]> ss = new ArrayList<>();
            for (NerCorpus.Sentence x : doc.sentences()) {
              ss.add(x.tokens().toArray(new String[0]));
            }
            List<List<TaggedSpan>> spans = b.tagSentences(ss);
            for (int si = 0; si < ss.size(); si++) {
              String[] tags = new String[ss.get(si).length];
              java.util.Arrays.fill(tags, "O");
              for (TaggedSpan sp : spans.get(si)) {
                for (int t = sp.start(); t < sp.end(); t++) {
                  tags[t] = (t == sp.start() ? "B-" : "I-") + sp.type();
                }
              }
              String[] gold = new String[tags.length];
              java.util.Arrays.fill(gold, "O");
              for (NerCorpus.Span sp : doc.sentences().get(si).spans()) {
                for (int t = sp.start(); t < sp.end(); t++) {
                  gold[t] = (t == sp.start() ? "B-" : "I-") + sp.type();
                }
              }
              for (int t = 0; t < tags.length; t++) {
                w.println(ss.get(si)[t] + "\t" + gold[t] + "\t" + tags[t]);
              }
              w.println();
            }
          }
        }
      }
      return;
    }
    TokenLexicon lex = gaz ? new GazetteerLexicon(Gazetteer.defaultGazetteer()) : TokenLexicon.NONE;
    long t0 = System.nanoTime();
    WordClasses wc = words == null ? WordClasses.NONE
        : org.voxpop.enrich.entity.tagger.WordStatistics.read(new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(Path.of(words))));
    EntityTagger.train(train, lex, wc, new EntityTagger.Options(epochs, 42, min, dropout),
        (e, m) -> {
          StringBuilder sb = new StringBuilder();
          sb.append(String.format(Locale.ROOT, "epoch %d (%.0fs, %d features):", e,
              (System.nanoTime() - t0) / 1e9, m.featureCount()));
          for (NerCorpus.Corpus d : dev) {
            sb.append(String.format(Locale.ROOT, " %s %s", d.name(), score(d, m)));
          }
          System.out.println(sb);
        });
  }

  record S(int doc, int sent, int start, int end, String type) {}

  static boolean handle(List<String> w, int i) {
    return w.get(i).startsWith("@") || (i > 0 && w.get(i - 1).equals("@"));
  }

  static String show(NerCorpus.Corpus c, S s) {
    List<String> w = c.documents().get(s.doc()).sentences().get(s.sent()).tokens();
    StringBuilder sb = new StringBuilder(s.type() + " [" + String.join(" ", w.subList(s.start(), s.end())) + "] :: ");
    for (int i = 0; i < w.size(); i++) {
      sb.append(i == s.start() ? "[[" : "").append(w.get(i)).append(i == s.end() - 1 ? "]]" : "").append(' ');
    }
    return sb.toString();
  }

  static String score(NerCorpus.Corpus corpus, EntityTagger m) {
    Set<S> gold = new HashSet<>();
    Set<S> pred = new HashSet<>();
    int di = 0;
    for (NerCorpus.Document d : corpus.documents()) {
      List<String[]> ss = new ArrayList<>();
      for (NerCorpus.Sentence s : d.sentences()) {
        ss.add(s.tokens().toArray(new String[0]));
      }
      List<List<TaggedSpan>> spans = m.tagSentences(ss);
      for (int si = 0; si < ss.size(); si++) {
        List<String> w = d.sentences().get(si).tokens();
        for (NerCorpus.Span sp : d.sentences().get(si).spans()) {
          if (!sp.type().equals("MISC") && !handle(w, sp.start())) {
            gold.add(new S(di, si, sp.start(), sp.end(), sp.type()));
          }
        }
        for (TaggedSpan sp : spans.get(si)) {
          if (!sp.type().equals("MISC")) {
            pred.add(new S(di, si, sp.start(), sp.end(), sp.type()));
          }
        }
      }
      di++;
    }
    if (System.getProperty("dump", "").equals(corpus.name())) {
      for (S s : pred) {
        if (!gold.contains(s)) {
          System.out.println("FP " + show(corpus, s));
        }
      }
      for (S s : gold) {
        if (!pred.contains(s)) {
          System.out.println("FN " + show(corpus, s));
        }
      }
    }
    int tp = 0;
    for (S s : pred) {
      if (gold.contains(s)) {
        tp++;
      }
    }
    double p = pred.isEmpty() ? 0 : tp / (double) pred.size();
    double r = gold.isEmpty() ? 0 : tp / (double) gold.size();
    return String.format(Locale.ROOT, "%.4f(p%.3f/r%.3f)", p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
  }
}
