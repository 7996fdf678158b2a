package org.voxpop.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voxpop.input.InputLimits;

/** The query parameters of a request, with typed, validated access that fails as a 400. */
final class Params {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  Params(URI uri) {
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed percent-encoding in the query string");
    }
  }

  String string(String name, String fallback) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? fallback : list.get(0);
  }

  Optional<String> optional(String name) {
    String value = string(name, "");
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  List<String> csv(String name) {
    List<String> out = new ArrayList<>();
    for (String value : all(name)) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  int integer(String name, int fallback, int min, int max) {
    String value = string(name, "");
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw HttpError.badRequest(
            String.format(
                Locale.ROOT, "'%s' must be between %d and %d, was %d", name, min, max, n));
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(
          "'" + name + "' must be a whole number, was '" + InputLimits.echo(value) + "'");
    }
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = string(name, "");
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        known.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw HttpError.badRequest(
          "'" + name + "' must be one of " + known + ", was '" + InputLimits.echo(value) + "'");
    }
  }
}
