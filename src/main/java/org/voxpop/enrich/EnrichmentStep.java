package org.voxpop.enrich;

import java.util.List;
import java.util.Optional;
import org.voxpop.enrich.entity.DocumentContext;
import org.voxpop.model.Genre;

/**
 * One step of the {@link EnrichmentPipeline}: reads a text (and what earlier steps added to it) and
 * adds one {@link Attribute}. The pipeline runs its steps in order; a step whose required attribute
 * is missing is not run, and its attribute is skipped for the same reason.
 *
 * <p>Implementations are immutable and thread safe: one step serves every indexing thread.
 *
 * @param <T> the type of the value the step adds
 */
public interface EnrichmentStep<T> {

  /** The attribute this step adds. */
  Attribute<T> adds();

  /**
   * Attributes this step cannot run without. When one is missing (its step is not in the pipeline,
   * or was skipped), this step's attribute is skipped with that reason.
   */
  List<Attribute<?>> requires();

  /** Computes the value for one text; every attribute of {@link #requires()} has a value. */
  T compute(Input input);

  /** What a step sees of the text it enriches. */
  interface Input {
    /** The text as read (at most the pipeline's maximum length). */
    String text();

    /** What the article around the text names (see {@link DocumentContext}). */
    DocumentContext context();

    /**
     * What kind of writing the text is, where the caller knows (an article's title and body are
     * news); empty where the steps tell it from the text itself (a comment).
     */
    Optional<Genre> genre();

    /** An attribute an earlier step added, or why there is none. */
    <V> Enriched<V> get(Attribute<V> attribute);
  }
}
