package org.voxpop.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * An index a writer creates, and how to take it away again when its first run indexed nothing: the
 * files the writer added go, the files that were in the folder before stay, and a folder the writer
 * made goes too once it is empty. The reject list stays: it says why nothing was indexed.
 */
final class NewIndex {
  /** For a writer that opened an existing index: there is nothing of its own to take away. */
  static final NewIndex NONE = new NewIndex(null, Set.of());

  private final Path folder;
  private final Set<String> before;
  private boolean folderMadeForIt;

  private NewIndex(Path folder, Set<String> before) {
    this.folder = folder;
    this.before = before;
  }

  /** The folder as it is before the writer writes into it. */
  static NewIndex before(Path folder, Directory directory) throws IOException {
    return new NewIndex(folder, Set.of(directory.listAll()));
  }

  /** Notes that the folder did not exist before the writer: removing the index removes it too. */
  void folderMadeForIt() {
    folderMadeForIt = folder != null;
  }

  /** Removes what the writer added (after it closed). */
  void remove() throws IOException {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!before.contains(name)
            && !name.equals(Indexer.REJECTS_FILE)
            && Files.isRegularFile(file)) {
          Files.deleteIfExists(file);
        } else if (!before.contains(name) && name.equals(IndexEntityModel.NAME)) {
          IOUtils.rm(file);
        }
      }
    }
    boolean empty;
    try (Stream<Path> left = Files.list(folder)) {
      empty = left.findAny().isEmpty();
    }
    if (folderMadeForIt && empty) {
      Files.deleteIfExists(folder);
    }
  }
}
