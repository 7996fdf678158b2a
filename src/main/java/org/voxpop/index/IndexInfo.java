package org.voxpop.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/** Reads what an existing index says about itself, for readers that must check it first. */
public final class IndexInfo {
  private IndexInfo() {}

  /**
   * The metadata of the latest commit in {@code directory}.
   *
   * @throws IncompatibleIndexException when this version of voxpop cannot use the index
   */
  public static IndexMetadata check(String where, Directory directory) throws IOException {
    return IndexMetadata.fromUserData(
        where, DirectoryReader.listCommits(directory).getLast().getUserData());
  }

  /**
   * Whether {@code indexDir} holds an index that an older voxpop wrote with an older schema, which
   * {@code voxpop reindex} upgrades ({@link Indexer#openForReindex}); false for a folder without an
   * index, or with one of this schema or of another kind.
   */
  public static boolean olderSchema(java.nio.file.Path indexDir) throws IOException {
    if (!java.nio.file.Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory directory = org.apache.lucene.store.FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      int version =
          IndexMetadata.schemaVersion(
              DirectoryReader.listCommits(directory).getLast().getUserData());
      return version >= 1 && version < Schema.VERSION;
    }
  }
}
