package org.voxpop.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voxpop.enrich.entity.DocumentContext;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;
import org.voxpop.model.Genre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code voxpop entities TEXT|-}: prints the entity mentions of a text as a table or JSON. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 1,
    description = "Recognise entities (people, places, organisations, groups) in a text.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  voxpop entities \"When US-backed Syrian fighters took Raqqa, IS fighters left\"",
      "  echo \"the US bombed them in Allepo\" | voxpop entities - --format json",
      "  voxpop entities \"Mayor Jane Roe spoke\" --gazetteer newsroom-entities.tsv",
      "  voxpop entities \"Leeds beat Chelsea 2-0\" --model /tmp/held-out"
    })
public final class EntitiesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "TEXT",
      description = "The text, or - to read standard input.")
  String text;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table or json (an array of {id,name,type,surface,start,end,confidence,source}).")
  Format format;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "A newsroom's own entities (TSV or .json) added on top of the built-in gazetteer.")
  Path gazetteerFile;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "Use the tagger that voxpop train entities --out DIR wrote there instead of the bundled"
              + " one.")
  Path model;

  @Option(
      names = "--genre",
      paramLabel = "GENRE",
      description =
          "news, social or mixed: read the text with the tagger of that genre. Without it the"
              + " text is social when it has a handle, hashtag or link, mixed otherwise.")
  Genre genre;

  /** Standard input, replaceable in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Gazetteer gazetteer = Gazetteer.defaultGazetteer();
    if (gazetteerFile != null) {
      try {
        gazetteer = gazetteer.withOverrides(gazetteerFile);
      } catch (NoSuchFileException e) {
        err.println("voxpop entities: no such gazetteer file: " + gazetteerFile);
        return 1;
      } catch (IOException | IllegalArgumentException e) {
        err.println(
            "voxpop entities: cannot read gazetteer " + gazetteerFile + ": " + e.getMessage());
        return 2;
      }
    }
    String input = text;
    if ("-".equals(text)) {
      try {
        input = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("voxpop entities: cannot read standard input: " + e.getMessage());
        return 2;
      }
    }
    EntityRecognizer recognizer;
    try {
      recognizer =
          model == null
              ? EntityRecognizer.create(gazetteer)
              : EntityRecognizer.create(gazetteer, model);
    } catch (IOException | IllegalArgumentException e) {
      err.println("voxpop entities: cannot read the model in " + model + ": " + e.getMessage());
      return 2;
    }
    List<EntityMention> mentions =
        genre == null
            ? recognizer.recognize(input)
            : recognizer.recognize(input, genre, DocumentContext.NONE);
    if (format == Format.json) {
      out.println(json(mentions));
    } else {
      out.printf(
          Locale.ROOT,
          "%-6s %-6s %-24s %-12s %-28s %-22s %5s %s%n",
          "start",
          "end",
          "surface",
          "type",
          "id",
          "name",
          "conf",
          "source");
      for (EntityMention m : mentions) {
        out.printf(
            Locale.ROOT,
            "%-6d %-6d %-24s %-12s %-28s %-22s %5.2f %s%n",
            m.start(),
            m.end(),
            m.surface().replace('\n', ' '),
            m.type(),
            m.id(),
            m.name(),
            m.confidence(),
            m.source());
      }
    }
    out.flush();
    return 0;
  }

  static String json(List<EntityMention> mentions) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
      g.writeStartArray();
      for (EntityMention m : mentions) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("name", m.name());
        g.writeStringField("type", m.type().name());
        g.writeStringField("surface", m.surface());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeNumberField("confidence", Math.round(m.confidence() * 1000) / 1000.0);
        g.writeStringField("source", m.source());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string cannot fail", e);
    }
    return w.toString();
  }
}
