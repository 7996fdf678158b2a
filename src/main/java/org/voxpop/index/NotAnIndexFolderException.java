package org.voxpop.index;

/**
 * The folder given as an index holds files but no index, and the user did not ask to index there
 * anyway: writing a new index into it could be a typo's doing, and Lucene deletes files there whose
 * names it uses.
 */
public final class NotAnIndexFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAnIndexFolderException(String message) {
    super(message);
  }
}
