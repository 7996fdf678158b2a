package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voxpop.FixtureIndex;

/**
 * An unknown value is a user error (exit 1) that names the nearest known values (issue 19, item 3).
 */
class UnknownValuesCliTest {
  private static final String INDEX = FixtureIndex.dir().toString();

  @Test
  void aMisspeltEntityExitsOneWithDidYouMean() {
    CliTest.Run run = CliTest.run("search", "--index", INDEX, "entity:Amercia");
    assertEquals(1, run.code(), run.out());
    assertTrue(
        run.err()
            .contains(
                "no entity is known as 'Amercia', in the index or the gazetteer; did you mean America"),
        run.err());
  }

  @Test
  void unknownValuesFailInEveryCommandThatTakesThem() {
    for (String[] args :
        new String[][] {
          {"search", "sentiment:angry"},
          {"facets", "--drill", "entity=Narnia"},
          {"timeline", "--entity", "Narnia"},
          {"cooccur", "sentiment:angry"},
          {"export", "entity:Narnia"}
        }) {
      String[] full = new String[args.length + 1];
      full[0] = args[0];
      full[1] = "--index=" + INDEX;
      System.arraycopy(args, 1, full, 2, args.length - 1);
      CliTest.Run run = CliTest.run(full);
      assertEquals(1, run.code(), String.join(" ", args) + ": " + run.out() + run.err());
      assertTrue(
          run.err().contains("no entity is known as 'Narnia'")
              || run.err().contains("'sentiment' has no value 'angry'"),
          run.err());
    }
  }

  @Test
  void namesAndCaseFreeValuesWorkInDrillDowns() {
    CliTest.Run byName =
        CliTest.run(
            "facets", "--index", INDEX, "--drill", "entity=Obama", "--drill", "source=fox news");
    CliTest.Run byId =
        CliTest.run(
            "facets", "--index", INDEX, "--drill", "entity=Q76", "--drill", "source=Fox News");
    assertEquals(0, byName.code(), byName.err());
    assertEquals(byId.out().lines().findFirst(), byName.out().lines().findFirst());
    assertTrue(!byName.out().startsWith("0 hits"), byName.out());
  }
}
