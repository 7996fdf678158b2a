package org.voxpop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's architecture table describes, checked on the compiled classes: the
 * pure-Java packages (reused by the OpenSearch plugin) never touch Lucene, the library never
 * reaches up into a front door, and no two packages depend on each other.
 */
class ArchitectureTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.voxpop");
  }

  @Test
  void modelInputAndEnrichHaveNoLuceneTypes() {
    noClasses()
        .that()
        .resideInAnyPackage("org.voxpop.model..", "org.voxpop.input..", "org.voxpop.enrich..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .because("enrich is reused by the OpenSearch plugin, which brings its own Lucene")
        .check(main);
  }

  @Test
  void theLibraryNeverImportsAFrontDoor() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.voxpop.model..",
            "org.voxpop.input..",
            "org.voxpop.enrich..",
            "org.voxpop.analysis..",
            "org.voxpop.index..",
            "org.voxpop.query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.voxpop.cli..", "org.voxpop.web..", "org.voxpop.bench..", "org.voxpop.opensearch..")
        .check(main);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.voxpop.(**)").should().beFreeOfCycles().check(main);
  }

  /**
   * A class past 500 lines does more than one job, unless it says at its top why it stays whole (a
   * comment with "Over 500 lines:" before the class declaration).
   */
  @Test
  void longClassesSayWhy() throws IOException {
    List<String> unexplained = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.size() <= 500) {
          continue;
        }
        boolean said = false;
        for (String line : lines) {
          if (line.contains("Over 500 lines:")) {
            said = true;
            break;
          }
          if (line.matches("^(public |final |abstract )*(class|record|interface|enum) .*")) {
            break;
          }
        }
        if (!said) {
          unexplained.add(f + " (" + lines.size() + " lines)");
        }
      }
    }
    assertEquals(List.of(), unexplained, "classes over 500 lines with no reason at their top");
  }
}
