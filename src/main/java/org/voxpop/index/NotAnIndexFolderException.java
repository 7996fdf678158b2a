package org.voxpop.index;

/**
 * The folder given as an index holds files but no index, and the user did not ask to index there
 * anyway: writing a new index into it could be a typo's doing, and Lucene deletes files there whose
 * names it uses. Also: the path given as an index is a file, not a folder.
 */
public final class NotAnIndexFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAnIndexFolderException(String message) {
    super(message);
  }

  /**
   * Refuses a path given as an index that is a file ({@code --index /etc/passwd}): nothing can be
   * read from it or written into it as an index, and the user most likely swapped two arguments.
   *
   * @throws NotAnIndexFolderException when {@code indexDir} exists and is not a folder
   */
  public static void refuseFile(java.nio.file.Path indexDir) {
    if (java.nio.file.Files.exists(indexDir) && !java.nio.file.Files.isDirectory(indexDir)) {
      throw new NotAnIndexFolderException(
          "not an index folder: "
              + indexDir
              + " is a file; give --index a folder (a new or empty one to create an index)");
    }
    for (java.nio.file.Path up = indexDir.toAbsolutePath().getParent();
        up != null;
        up = up.getParent()) {
      if (java.nio.file.Files.exists(up) && !java.nio.file.Files.isDirectory(up)) {
        throw new NotAnIndexFolderException(
            "not a folder: " + indexDir + " is a file, or lies inside one");
      }
    }
  }
}
