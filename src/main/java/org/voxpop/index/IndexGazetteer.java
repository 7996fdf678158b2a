package org.voxpop.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * The gazetteer an index is enriched and queried with: the built-in one, plus a newsroom's own
 * entities when {@code --gazetteer FILE} gave them. The file is kept in the index folder ({@value
 * #NAME_TSV} or {@value #NAME_JSON}), so that later runs that add to the index, and every query
 * that resolves a name, use the same entities as the documents were indexed with; its name is in
 * the version the index's metadata records.
 */
public final class IndexGazetteer {

  /** The kept copy of a TSV overrides file. */
  public static final String NAME_TSV = "voxpop-gazetteer.tsv";

  /** The kept copy of a JSON overrides file. */
  public static final String NAME_JSON = "voxpop-gazetteer.json";

  private IndexGazetteer() {}

  /** The newsroom file kept in an index folder, if any. */
  public static Optional<Path> kept(Path indexDir) {
    for (String name : new String[] {NAME_TSV, NAME_JSON}) {
      Path p = indexDir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The gazetteer to query an index with: the built-in one and the file the index keeps. */
  public static Gazetteer forIndex(Path indexDir) throws IOException {
    Optional<Path> kept = kept(indexDir);
    return kept.isPresent()
        ? Gazetteer.defaultGazetteer().withOverrides(kept.get())
        : Gazetteer.defaultGazetteer();
  }

  /**
   * The gazetteer to enrich with: the given newsroom file when there is one (read now, so that a
   * bad file fails before anything is written), else the one the index keeps, else the built-in.
   */
  public static Gazetteer forIndexing(Path indexDir, Optional<Path> newsroomFile)
      throws IOException {
    if (newsroomFile.isPresent()) {
      Path f = newsroomFile.get();
      if (!Files.isRegularFile(f)) {
        throw new java.io.FileNotFoundException("no such gazetteer file: " + f);
      }
      return Gazetteer.defaultGazetteer().withOverrides(f);
    }
    return forIndex(indexDir);
  }

  /**
   * Keeps a newsroom file in the index folder (after the index exists there), replacing the one
   * kept before: from now on the index is enriched and queried with it.
   */
  public static void keep(Path indexDir, Path newsroomFile) throws IOException {
    boolean json = newsroomFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    Path target = indexDir.resolve(json ? NAME_JSON : NAME_TSV);
    Path other = indexDir.resolve(json ? NAME_TSV : NAME_JSON);
    if (!newsroomFile.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
      Files.copy(newsroomFile, target, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(other);
  }
}
