package org.voxpop.opensearch.plugin;

import java.io.StringReader;
import java.util.Optional;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.opensearch.test.OpenSearchTokenStreamTestCase;
import org.voxpop.enrich.entity.Entity;

/** Names resolve to ids as voxpop's {@code entity:} queries resolve them; other tokens pass. */
public class EntityIdTokenFilterTests extends OpenSearchTokenStreamTestCase {

  private static void assertResolves(String input, String expected) throws Exception {
    Tokenizer tokenizer = new KeywordTokenizer();
    tokenizer.setReader(new StringReader(input));
    assertTokenStreamContents(
        new EntityIdTokenFilter(
            tokenizer, name -> SharedEnrichment.gazetteer().lookup(name).map(Entity::id)),
        new String[] {expected});
  }

  public void testNamesAliasesAndIdsBecomeTheCanonicalId() throws Exception {
    assertResolves("America", "Q30");
    assertResolves("United States", "Q30");
    assertResolves("USA", "Q30");
    assertResolves("q30", "Q30");
  }

  public void testThePronounAndUnknownWordsStayAsTheyAre() throws Exception {
    assertResolves("us", "us");
    assertResolves("no such entity anywhere", "no such entity anywhere");
    Tokenizer tokenizer = new KeywordTokenizer();
    tokenizer.setReader(new StringReader("x"));
    assertTokenStreamContents(
        new EntityIdTokenFilter(tokenizer, name -> Optional.empty()), new String[] {"x"});
  }

  public void testANewsroomGazetteerInTheFilterSettingsResolvesItsNames() throws Exception {
    EntityIdTokenFilterFactory factory =
        new EntityIdTokenFilterFactory(
            org.opensearch.test.IndexSettingsModule.newIndexSettings(
                "voxpop", org.opensearch.common.settings.Settings.EMPTY),
            null,
            "voxpop_newsroom_entity_id",
            org.opensearch.common.settings.Settings.builder()
                .put("gazetteer_name", "newsroom.tsv")
                .put("gazetteer", "slug:jane-roe-mayor\tJane Roe\tPERSON\tmayor\tMayor Roe\t\t\n")
                .build());
    Tokenizer tokenizer = new KeywordTokenizer();
    tokenizer.setReader(new StringReader("Mayor Roe"));
    assertTokenStreamContents(factory.create(tokenizer), new String[] {"slug:jane-roe-mayor"});
    Tokenizer built = new KeywordTokenizer();
    built.setReader(new StringReader("America"));
    assertTokenStreamContents(factory.create(built), new String[] {"Q30"});
  }
}
