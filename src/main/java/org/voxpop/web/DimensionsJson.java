package org.voxpop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Locale;
import org.voxpop.index.Dimension;

/**
 * {@code /api/dimensions}: the facet dimensions of the one registry ({@link Dimension#all()}), so
 * that the page lists, labels and combines them as the server does, with no list of its own.
 */
final class DimensionsJson {

  private DimensionsJson() {}

  static ArrayNode all(ObjectMapper json) {
    ArrayNode array = json.createArrayNode();
    for (Dimension d : Dimension.all()) {
      array
          .addObject()
          .put("name", d.name())
          .put("label", d.label())
          .put("values", d.values().name().toLowerCase(Locale.ROOT))
          .put("multi_valued", d.multiValued())
          .put("on_page", d.onPage());
    }
    return array;
  }
}
