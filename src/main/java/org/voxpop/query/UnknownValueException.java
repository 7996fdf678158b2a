package org.voxpop.query;

import java.util.List;

/**
 * A value the index does not hold and nothing else names (an entity no name, alias or id stands
 * for, a sentiment label that does not exist): a search for it would be a silent zero. The message
 * says so and offers the nearest known values, for the user.
 */
public final class UnknownValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String dim;
  private final String value;
  private final List<String> suggestions;

  UnknownValueException(String dim, String value, List<String> suggestions, String message) {
    super(message);
    this.dim = dim;
    this.value = value;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The dimension, e.g. {@code entity}. */
  public String dim() {
    return dim;
  }

  /** The value as the user gave it. */
  public String value() {
    return value;
  }

  /** The nearest known values, nearest first; empty when none is near. */
  public List<String> suggestions() {
    return suggestions;
  }
}
