package org.voxpop.enrich.entity;

import java.util.List;
import org.voxpop.enrich.entity.tagger.Tokenizer;
import org.voxpop.enrich.entity.tagger.Tokens;

public final class ProbeIs {
  public static void main(String[] a) throws Exception {
    var tagger = BundledModel.tagger().withLexicon(new GazetteerLexicon(Gazetteer.defaultGazetteer()));
    for (String text : a) {
      Tokens t = Tokenizer.tokenize(text);
      double[] p = tagger.nameProbabilities(t);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < t.size(); i++) {
        sb.append(t.token(i)).append(String.format(java.util.Locale.ROOT, "/%.3f ", p[i]));
      }
      System.out.println(sb);
    }
  }
}
