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
}
