package org.voxpop.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Article;
import org.voxpop.model.Comment;
import org.voxpop.model.Genre;

/**
 * Which genre each text of an article is read as: its title and body as news, its comments as their
 * writing shows (no genre given, so the recogniser tells it from the text).
 */
class GenreRoutingTest {

  /** Records the genre each text arrives with. */
  private static final class Recorder implements EnrichmentStep<String> {
    static final Attribute<String> SEEN = new Attribute<>("genre-seen", String.class);
    final List<Optional<Genre>> seen = new ArrayList<>();

    @Override
    public Attribute<String> adds() {
      return SEEN;
    }

    @Override
    public List<Attribute<?>> requires() {
      return List.of();
    }

    @Override
    public String compute(Input input) {
      seen.add(input.genre());
      return input.text();
    }
  }

  private static Comment comment(String id, String text) {
    return new Comment(
        id, Optional.empty(), Optional.empty(), Optional.empty(), text, Optional.empty(), Map.of());
  }

  @Test
  void titleAndBodyAreNewsAndCommentsAreToldByTheirWriting() {
    Recorder r = new Recorder();
    EnrichmentPipeline p = EnrichmentPipeline.of(List.of(r), 1000);
    Article a =
        new Article(
            "a1",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Talks in Geneva"),
            "The envoy met both sides.",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(comment("c1", "Good."), comment("c2", "@bob see #Geneva")),
            Map.of());
    p.enrich(a);
    assertEquals(
        List.of(
            Optional.of(Genre.NEWS), Optional.of(Genre.NEWS), Optional.empty(), Optional.empty()),
        r.seen);
    r.seen.clear();
    p.enrich("Hello", Genre.SOCIAL, org.voxpop.enrich.entity.DocumentContext.NONE);
    p.enrich("Hello");
    assertEquals(List.of(Optional.of(Genre.SOCIAL), Optional.empty()), r.seen);
  }
}
