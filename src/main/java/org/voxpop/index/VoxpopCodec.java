package org.voxpop.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.StoredFieldsWriter;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;

/**
 * How voxpop writes its segments: Lucene's default codec, with the stored fields of its {@code
 * BEST_COMPRESSION} mode (DEFLATE with a preset dictionary) cut into 16 KB blocks instead of 48 KB.
 *
 * <p>Why: showing a hit reads its stored fields, and reading one document inflates the block it
 * sits in. With 48 KB blocks a page of ten hits cost about 2 ms of inflating on a large archive;
 * with 16 KB blocks it is about 2.2 times faster, for stored fields about 10% larger (the whole
 * index about 5%). Lucene's fast mode (LZ4) reads faster still but makes the index a quarter
 * larger, past the 1.5 times the input that voxpop keeps to.
 *
 * <p>The segments are written under Lucene's own codec name and stored-fields mode, so any Lucene
 * 10 reader opens them with its default codec, voxpop or not: the stored-fields format records its
 * block size in its own files (the chunk size in the meta file, the dictionary and block lengths in
 * each chunk), and reads whatever size it finds. {@code VoxpopCodecTest} checks the index with
 * Lucene's {@code CheckIndex}.
 */
final class VoxpopCodec extends FilterCodec {

  /**
   * A chunk is ten blocks (the DEFLATE mode cuts every chunk into ten, after a dictionary of a
   * sixtieth of it); a document is read by inflating the dictionary and its block.
   */
  private static final int CHUNK_BYTES = 10 * 16 * 1024;

  /** As in Lucene's BEST_COMPRESSION mode. */
  private static final int MAX_DOCS_PER_CHUNK = 4096;

  /** As in Lucene's modes: the stored-fields index keeps 2^10 chunks per block of its own. */
  private static final int INDEX_BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new SmallBlockStoredFields();

  VoxpopCodec() {
    super("Lucene104", new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  /** Lucene's BEST_COMPRESSION stored fields, in smaller blocks, marked as that mode. */
  private static final class SmallBlockStoredFields extends StoredFieldsFormat {
    /**
     * The format name of Lucene's BEST_COMPRESSION mode: its reader is the one that opens these.
     */
    private static final String HIGH_COMPRESSION_FORMAT = "Lucene90StoredFieldsHighData";

    private final StoredFieldsFormat format =
        new Lucene90CompressingStoredFieldsFormat(
            HIGH_COMPRESSION_FORMAT,
            Lucene90StoredFieldsFormat.BEST_COMPRESSION_MODE,
            CHUNK_BYTES,
            MAX_DOCS_PER_CHUNK,
            INDEX_BLOCK_SHIFT);

    @Override
    public StoredFieldsReader fieldsReader(
        Directory directory, SegmentInfo si, FieldInfos fn, IOContext context) throws IOException {
      return format.fieldsReader(directory, si, fn, context);
    }

    @Override
    public StoredFieldsWriter fieldsWriter(Directory directory, SegmentInfo si, IOContext context)
        throws IOException {
      // The attribute Lucene's stored-fields format reads to pick its reader.
      si.putAttribute(
          Lucene90StoredFieldsFormat.MODE_KEY,
          Lucene90StoredFieldsFormat.Mode.BEST_COMPRESSION.name());
      return format.fieldsWriter(directory, si, context);
    }
  }
}
