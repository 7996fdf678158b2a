package org.voxpop.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an index was built with, kept in the commit user data: schema version and the versions of
 * the gazetteer and lexicons that enriched it.
 *
 * @param schemaVersion {@link Schema#VERSION} of the writer
 * @param gazetteerVersion version of the entity gazetteer
 * @param lexiconVersion version of the sentiment and abuse lexicons
 * @param voxpopVersion version of voxpop that wrote the index
 */
public record IndexMetadata(
    int schemaVersion, String gazetteerVersion, String lexiconVersion, String voxpopVersion) {

  static final String SCHEMA_KEY = "voxpop.schema";
  static final String GAZETTEER_KEY = "voxpop.gazetteer";
  static final String LEXICON_KEY = "voxpop.lexicon";
  static final String VERSION_KEY = "voxpop.version";

  public IndexMetadata {
    Objects.requireNonNull(gazetteerVersion, "gazetteerVersion");
    Objects.requireNonNull(lexiconVersion, "lexiconVersion");
    Objects.requireNonNull(voxpopVersion, "voxpopVersion");
  }

  /** The metadata of this build of voxpop. */
  public static IndexMetadata current(String gazetteerVersion) {
    String version = IndexMetadata.class.getPackage().getImplementationVersion();
    return new IndexMetadata(
        Schema.VERSION,
        gazetteerVersion,
        org.voxpop.enrich.sentiment.SentimentScorer.LEXICON_VERSION,
        version == null ? "dev" : version);
  }

  Map<String, String> toUserData() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(SCHEMA_KEY, Integer.toString(schemaVersion));
    data.put(GAZETTEER_KEY, gazetteerVersion);
    data.put(LEXICON_KEY, lexiconVersion);
    data.put(VERSION_KEY, voxpopVersion);
    return data;
  }

  /**
   * Reads the metadata of an existing commit and checks that this code can use the index.
   *
   * @throws IncompatibleIndexException when the index was not written by voxpop or by an
   *     incompatible schema version
   */
  /** The schema version an existing commit declares, without judging it; -1 when it has none. */
  static int schemaVersion(Map<String, String> data) {
    try {
      return Integer.parseInt(data.getOrDefault(SCHEMA_KEY, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static IndexMetadata fromUserData(String where, Map<String, String> data) {
    String schema = data.get(SCHEMA_KEY);
    if (schema == null) {
      throw new IncompatibleIndexException(
          where
              + " is a Lucene index but was not written by voxpop (no schema version in its commit data)");
    }
    int version;
    try {
      version = Integer.parseInt(schema);
    } catch (NumberFormatException e) {
      throw new IncompatibleIndexException(
          where + " has an unreadable schema version '" + schema + "'");
    }
    if (version != Schema.VERSION) {
      throw new IncompatibleIndexException(
          where
              + " was written with index schema version "
              + version
              + " (by voxpop "
              + data.getOrDefault(VERSION_KEY, "?")
              + "); this voxpop reads version "
              + Schema.VERSION
              + (version < Schema.VERSION
                  ? ". Run `voxpop reindex` to upgrade it from the raw input it keeps, or index the input again."
                  : ". Use the newer voxpop that wrote it."));
    }
    return new IndexMetadata(
        version,
        data.getOrDefault(GAZETTEER_KEY, "?"),
        data.getOrDefault(LEXICON_KEY, "?"),
        data.getOrDefault(VERSION_KEY, "?"));
  }
}
