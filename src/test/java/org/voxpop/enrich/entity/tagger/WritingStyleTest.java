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
    List<String[]> posts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      posts.add(new String[] {"just", "saw", "justin", "bieber"});
      posts.add(new String[] {"Honestly", "I", "know", "."});
    }
    assertEquals(Genre.SOCIAL, WritingStyle.of(posts), "lower-case openings");
    List<String[]> shouted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      shouted.add(new String[] {"LOL", "that", "was", "close"});
    }
    assertEquals(Genre.SOCIAL, WritingStyle.of(shouted), "informal spelling in capitals");
    List<String[]> plain = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      plain.add(new String[] {"I", "said", "so", "."});
    }
    assertEquals(Genre.NEWS, WritingStyle.of(plain), "a capital I is standard");
  }

  /** One marked sentence in ten makes a corpus social; a stray one in a news file does not. */
  @Test
  void aCorpusIsSocialFromOneSentenceInTen() {
    List<String[]> news = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      news.add(new String[] {"Shares", "rose", "3", "percent", "."});
    }
    news.add(new String[] {"vs", "Chelsea", "2", "1"});
    assertEquals(Genre.NEWS, WritingStyle.of(news));
    for (int i = 0; i < 3; i++) {
      news.add(new String[] {"@user", "so", "true"});
    }
    assertEquals(Genre.SOCIAL, WritingStyle.of(news));
    assertEquals(Genre.NEWS, WritingStyle.of(List.of()));
  }
}
