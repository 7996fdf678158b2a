package org.voxpop.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * Keeps voxpop from deleting files it did not write. A writer opened on a folder deletes every file
 * there whose name looks like one of Lucene's ({@code _0.si}) and that no commit uses, which in a
 * folder that is not an index means the user's own files.
 *
 * <p>So a folder that holds files but no index is refused, unless the user forces it; then the
 * files found there are listed in {@link #LIST_FILE}, and every writer of that index, in this run
 * and later ones, sees the folder through {@link #guard}, which never deletes a listed file.
 */
final class ForeignFiles {

  /** The files that were in the folder before voxpop's first write, one name a line. */
  static final String LIST_FILE = "voxpop-foreign-files.txt";

  /** Lucene's own bookkeeping, which a first run that stopped early may leave in a new folder. */
  private static final Set<String> LUCENE_BOOKKEEPING = Set.of("write.lock");

  private ForeignFiles() {}

  /**
   * Checks a folder before an index is written into it: an index, an empty folder, or (with {@code
   * force}) any folder, whose files are then listed to be kept.
   *
   * @throws NotAnIndexFolderException when the folder holds files but no index and not {@code
   *     force}
   */
  static void check(String where, Directory directory, boolean force) throws IOException {
    if (DirectoryReader.indexExists(directory)) {
      return;
    }
    List<String> found = new ArrayList<>();
    for (String name : directory.listAll()) {
      if (!LUCENE_BOOKKEEPING.contains(name)
          && !name.startsWith("pending_segments_")
          && !name.equals(LIST_FILE)
          && !name.equals(Indexer.REJECTS_FILE)) {
        found.add(name);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    if (!force) {
      throw new NotAnIndexFolderException(
          String.format(
              Locale.ROOT,
              "%s is not empty and holds no voxpop index (%,d file%s, e.g. %s): index into a new or empty folder,"
                  + " or pass --force to index there anyway (its files are left alone)",
              where,
              found.size(),
              found.size() == 1 ? "" : "s",
              found.get(0)));
    }
    Set<String> kept = new TreeSet<>(listed(directory));
    kept.addAll(found);
    if (Arrays.asList(directory.listAll()).contains(LIST_FILE)) {
      directory.deleteFile(LIST_FILE); // ours: rewritten whole, with the files found since
    }
    write(directory, kept);
  }

  /** The files listed to be kept; none when there is no list. */
  static Set<String> listed(Directory directory) throws IOException {
    Set<String> names = new TreeSet<>();
    if (!Arrays.asList(directory.listAll()).contains(LIST_FILE)) {
      return names;
    }
    try (IndexInput in = directory.openInput(LIST_FILE, IOContext.READONCE)) {
      byte[] bytes = new byte[(int) in.length()];
      in.readBytes(bytes, 0, bytes.length);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          names.add(line);
        }
      }
    }
    return names;
  }

  /** {@code directory} as a writer should see it: deleting a listed file does nothing. */
  static Directory guard(Directory directory) throws IOException {
    Set<String> kept = listed(directory);
    if (kept.isEmpty()) {
      return directory;
    }
    return new FilterDirectory(directory) {
      @Override
      public void deleteFile(String name) throws IOException {
        if (!kept.contains(name)) {
          super.deleteFile(name);
        }
      }
    };
  }

  private static void write(Directory directory, Set<String> names) throws IOException {
    StringBuilder text = new StringBuilder();
    names.forEach(n -> text.append(n).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try (IndexOutput out = directory.createOutput(LIST_FILE, IOContext.DEFAULT)) {
      out.writeBytes(bytes, bytes.length);
    }
    directory.sync(List.of(LIST_FILE));
  }
}
