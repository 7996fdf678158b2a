package org.voxpop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code --help} says of each option reads as whole sentences: every line of a description
 * ends a sentence or a list item, so that none stops mid-sentence where the help breaks the line.
 */
class HelpTextTest {

  @Test
  void everyOptionDescriptionEndsWithAFullStop() {
    List<String> cut = new ArrayList<>();
    check(Main.commandLine(), cut);
    assertEquals(List.of(), cut, "option descriptions that stop mid-sentence");
  }

  @Test
  void facetDimensionsAreNamedTheSameWayOnSearchAndFacets() {
    for (String command : new String[] {"search", "facets"}) {
      CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
      assertEquals(
          spec.findOption("--facets"),
          spec.findOption("--dims"),
          command + ": --facets and --dims are one option");
      assertEquals(true, spec.findOption("--facets") != null, command + " takes --facets");
    }
  }

  @Test
  void everyCommandSummaryIsAWholeSentenceAndNoExampleIsWrapped() {
    List<String> problems = new ArrayList<>();
    checkSummariesAndFooters(Main.commandLine(), problems);
    assertEquals(
        List.of(), problems, "summaries cut mid-sentence, or example lines the help wraps");
  }

  @Test
  void theFieldsHelpNamesEveryDefaultColumn() {
    String help =
        String.join(
            " ",
            Main.commandLine()
                .getSubcommands()
                .get("export")
                .getCommandSpec()
                .findOption("--fields")
                .description());
    for (org.voxpop.query.ExportField field : org.voxpop.query.ExportField.values()) {
      assertEquals(true, help.contains(field.key()), field.key() + " in: " + help);
    }
  }

  private static void checkSummariesAndFooters(CommandLine cli, List<String> problems) {
    for (var entry : cli.getSubcommands().entrySet()) {
      CommandSpec sub = entry.getValue().getCommandSpec();
      String[] summary =
          sub.usageMessage().header().length > 0
              ? sub.usageMessage().header()
              : sub.usageMessage().description();
      if (summary.length == 0 || !summary[0].strip().endsWith(".")) {
        problems.add(
            sub.qualifiedName() + ": summary \"" + (summary.length == 0 ? "" : summary[0]) + "\"");
      }
    }
    // The footer as the help prints it: a line the help broke is no whole line of the footer.
    List<String> written = new ArrayList<>();
    for (String line : cli.getCommandSpec().usageMessage().footer()) {
      for (String part : String.format(java.util.Locale.ROOT, line).split("\\R")) {
        written.add(part.strip());
      }
    }
    for (String line : cli.getHelp().footer().split("\\R")) {
      if (!line.isBlank() && !written.contains(line.strip())) {
        problems.add(
            cli.getCommandSpec().qualifiedName() + ": wrapped footer line \"" + line + "\"");
      }
    }
    cli.getSubcommands().values().stream()
        .distinct()
        .forEach(sub -> checkSummariesAndFooters(sub, problems));
  }

  private static void check(CommandLine cli, List<String> cut) {
    CommandSpec spec = cli.getCommandSpec();
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      String name =
          arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
      String[] lines = arg.description();
      if (lines.length == 0) {
        cut.add(spec.qualifiedName() + " " + name + ": no description");
        continue;
      }
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        boolean last = i == lines.length - 1;
        if (last
            ? !line.endsWith(".")
            : !(line.isEmpty() || line.endsWith(".") || line.endsWith(":") || line.endsWith(";"))) {
          cut.add(spec.qualifiedName() + " " + name + ": \"" + line + "\"");
        }
      }
    }
    cli.getSubcommands().values().stream().distinct().forEach(sub -> check(sub, cut));
  }
}
