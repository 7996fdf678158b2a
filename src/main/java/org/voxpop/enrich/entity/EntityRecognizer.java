package org.voxpop.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STUB: replaced by the entity branch. */
public final class EntityRecognizer {
  private static final Pattern WORDS = Pattern.compile("United States|USA|America|Israel|Raqqa|Syria");
  private final Gazetteer gazetteer;
  private EntityRecognizer(Gazetteer g) { this.gazetteer = g; }
  public static EntityRecognizer create() { return new EntityRecognizer(Gazetteer.defaultGazetteer()); }
  public static EntityRecognizer create(Gazetteer g) { return new EntityRecognizer(g); }
  public List<EntityMention> recognize(String text) {
    List<EntityMention> out = new ArrayList<>();
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      Entity e = gazetteer.lookup(m.group().toLowerCase(Locale.ROOT)).orElseThrow();
      out.add(new EntityMention(e.id(), e.name(), e.type(), e.subtype(), m.group(), m.start(), m.end(), 1.0, "gazetteer"));
    }
    return List.copyOf(out);
  }
}
