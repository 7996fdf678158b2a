package org.voxpop.enrich.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voxpop.model.Genre;

/** Text whose genre nobody stated is read as social by its marks, as news otherwise. */
class WritingStyleTest {

  private static Genre of(String text) {
    return WritingStyle.of(Tokenizer.tokenize(text));
  }

  /** A corpus of one sentence written {@code n} times. */
  private static List<String[]> times(int n, String... sentence) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(sentence);
    }
    return out;
  }

  @Test
  void oneTextWithoutMarksIsMixed() {
    assertEquals(Genre.MIXED, of("Leeds beat Chelsea 2-0. The manager said the win was deserved."));
    assertEquals(Genre.MIXED, of("Obama visits Berlin today"));
  }

  @Test
  void handlesHashtagsAndLinksMakeOneTextSocial() {
    assertEquals(Genre.SOCIAL, of("Watching the game with @dave_smith"));
    assertEquals(Genre.SOCIAL, of("Great win tonight #LUFC"));
    assertEquals(Genre.SOCIAL, of("Read this https://example.com/story"));
  }

  /** A rank is no hashtag, and a word that starts with "http" is no link. */
  @Test
  void ranksAndTheWordHttpAreNoPlatformMarks() {
    assertEquals(Genre.MIXED, of("Syria is the #1 issue for HTTP servers and httpd users."));
  }

  /**
   * One text opened in lower case may be a quoted fragment, and a careful commenter may write
   * "gonna" once: in one text, only the platform's marks decide.
   */
  @Test
  void styleAloneLeavesOneTextMixed() {
    assertEquals(Genre.MIXED, of("the is group said nothing"));
    assertEquals(Genre.MIXED, of("They are gonna regret this."));
  }

  /** In a corpus, informal spellings (in any case but "I") and lower-case openings count too. */
  @Test
  void aCorpusCountsStyleMarks() {
    List<String[]> posts = new ArrayList<>(times(5, "just", "saw", "justin", "bieber"));
    posts.addAll(times(5, "Honestly", "I", "know", "."));
    assertEquals(Genre.SOCIAL, WritingStyle.of(posts), "lower-case openings");
    assertEquals(
        Genre.SOCIAL,
        WritingStyle.of(times(5, "LOL", "that", "was", "close")),
        "informal spelling in capitals");
    assertEquals(
        Genre.NEWS, WritingStyle.of(times(5, "I", "said", "so", ".")), "a capital I is standard");
  }

  /** One marked sentence in ten makes a corpus social; a stray one in a news file does not. */
  @Test
  void aCorpusIsSocialFromOneSentenceInTen() {
    List<String[]> news = new ArrayList<>(times(30, "Shares", "rose", "3", "percent", "."));
    news.add(new String[] {"vs", "Chelsea", "2", "1"});
    assertEquals(Genre.NEWS, WritingStyle.of(news));
    news.addAll(times(3, "@user", "so", "true"));
    assertEquals(Genre.SOCIAL, WritingStyle.of(news));
    assertEquals(Genre.NEWS, WritingStyle.of(List.of()));
  }
}
