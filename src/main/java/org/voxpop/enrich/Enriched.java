package org.voxpop.enrich;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one enrichment step: a value, or the reason there is none.
 *
 * <p>Used instead of {@code null} or a bare {@link Optional} so that an index, a report or a user
 * can tell "sentiment was switched off" from "the text was too long to score".
 *
 * @param <T> the kind of value the step produces
 */
public sealed interface Enriched<T> {

  /** Why a step produced no value. */
  enum SkipReason {
    /** The step was switched off in the pipeline's options. */
    DISABLED,
    /** The text was longer than the step's documented maximum. */
    TEXT_TOO_LONG
  }

  /** The value as an {@link Optional}, for callers that only care whether there is one. */
  Optional<T> value();

  /** A produced value. */
  record Value<T>(T get) implements Enriched<T> {
    public Value {
      Objects.requireNonNull(get, "value");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(get);
    }
  }

  /** No value, and why. */
  record Skipped<T>(SkipReason reason) implements Enriched<T> {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }

  /** Wraps a produced value. */
  static <T> Enriched<T> of(T value) {
    return new Value<>(value);
  }

  /** Says why there is no value. */
  static <T> Enriched<T> skipped(SkipReason reason) {
    return new Skipped<>(reason);
  }
}
