package org.voxpop.enrich.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Share of Reuters-21578 articles whose {@code places} are all among the recognised LOCATION
 * entities of title and body. Research data, never bundled: run by hand with {@code
 * ReutersPlacesCheck ../shared/corpora/reuters-21578/reuters-21578.jsonl}.
 */
public final class ReutersPlacesCheck {

  private ReutersPlacesCheck() {}

  /** Prints the share and the places most often missed. */
  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(args.length > 0 ? args[0] : "../shared/corpora/reuters-21578/reuters-21578.jsonl");
    EntityRecognizer r = EntityRecognizer.create();
    Gazetteer g = r.gazetteer();
    ObjectMapper json = new ObjectMapper();
    int withPlaces = 0;
    int allFound = 0;
    int places = 0;
    int placesFound = 0;
    Map<String, Integer> missed = new TreeMap<>();
    Set<String> unresolved = new java.util.TreeSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode o = json.readTree(line);
        JsonNode ps = o.get("places");
        if (ps == null || ps.isEmpty()) {
          continue;
        }
        withPlaces++;
        String text = o.path("title").asText("") + ".\n" + o.path("body").asText("");
        Set<String> found = new HashSet<>();
        for (EntityMention m : r.recognize(text)) {
          if (m.type() == EntityType.LOCATION) {
            found.add(m.id());
          }
        }
        boolean all = true;
        for (JsonNode p : ps) {
          places++;
          String place = p.asText();
          Optional<Entity> e = resolve(g, place);
          if (e.isEmpty()) {
            unresolved.add(place);
          }
          if (e.isPresent() && found.contains(e.get().id())) {
            placesFound++;
          } else {
            all = false;
            missed.merge(place, 1, Integer::sum);
          }
        }
        if (all) {
          allFound++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "articles with places: %d, all places found: %d (%.3f)%n",
        withPlaces,
        allFound,
        allFound / (double) withPlaces);
    System.out.printf(
        Locale.ROOT,
        "places: %d, found: %d (%.3f)%n",
        places,
        placesFound,
        placesFound / (double) places);
    System.out.println("place codes the gazetteer cannot resolve: " + unresolved);
    missed.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(15)
        .forEach(e -> System.out.println("  missed " + e.getKey() + ": " + e.getValue()));
  }

  static Optional<Entity> resolve(Gazetteer g, String place) {
    String name = place.replace('-', ' ');
    // Reuters drops "and" from compound names ("trinidad-tobago").
    String withAnd = name.replaceFirst(" ", " and ");
    Optional<Entity> e =
        g.lookup(name.toUpperCase(Locale.ROOT))
            .or(() -> g.lookup(name))
            .or(() -> g.lookup(withAnd));
    return e.filter(x -> x.type() == EntityType.LOCATION);
  }
}
