package org.voxpop.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * A newsroom gazetteer sent to the cluster in the ingest pipeline's definition ({@code voxpop
 * opensearch-load --gazetteer FILE}): the cluster's nodes cannot read the loader's disk, so the
 * processor gets the file's content, and the pipeline records which names the index was enriched
 * with, as an index folder keeps its {@code voxpop-gazetteer} file.
 *
 * @param fileName the file's name (".json" is read as JSON, anything else as TSV)
 * @param content the file's text
 */
public record PipelineGazetteer(String fileName, String content) {

  public PipelineGazetteer {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }

  /**
   * Reads and checks a newsroom file: at most {@link
   * OpenSearchFields#MAX_PIPELINE_GAZETTEER_BYTES}, and well formed, so that a bad file fails here
   * with its line rather than on every node.
   *
   * @throws IOException if the file cannot be read or its JSON cannot be parsed
   * @throws IllegalArgumentException if it is too large or a row is malformed
   */
  public static PipelineGazetteer read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > OpenSearchFields.MAX_PIPELINE_GAZETTEER_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s: %,d bytes; a gazetteer sent in an ingest pipeline may have at most %,d (every"
                  + " node of the cluster keeps it)",
              file,
              size,
              OpenSearchFields.MAX_PIPELINE_GAZETTEER_BYTES));
    }
    PipelineGazetteer g =
        new PipelineGazetteer(
            file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    Gazetteer.defaultGazetteer().withOverrides(g.fileName(), g.content());
    return g;
  }
}
