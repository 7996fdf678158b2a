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
  void handlesHashtagsLinksAndInformalSpellingAreSocial() {
    assertEquals(Genre.SOCIAL, of("Watching the game with @dave_smith"));
    assertEquals(Genre.SOCIAL, of("Great win tonight #LUFC"));
    assertEquals(Genre.SOCIAL, of("Read this https://example.com/story"));
    assertEquals(Genre.SOCIAL, of("lol just saw justin bieber at the mall"));
    assertEquals(Genre.SOCIAL, of("Honestly i dont know what he meant."));
  }

  /** One text opened in lower case may be a quoted fragment or a careful commenter's style. */
  @Test
  void aLowerCaseOpeningAloneLeavesOneTextMixed() {
    assertEquals(Genre.MIXED, of("the is group said nothing"));
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
