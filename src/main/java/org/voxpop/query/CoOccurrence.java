package org.voxpop.query;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Which entities are mentioned together: the entities of the matching comments (nodes) and the
 * pairs that share comments (edges), for a table or a graph tool such as Gephi.
 *
 * @param entities matching-comment counts per entity, most mentioned first
 * @param pairs the top pairs, most shared first
 */
public record CoOccurrence(List<FacetValue> entities, List<EntityPair> pairs) {
  public CoOccurrence {
    entities = List.copyOf(entities);
    pairs = List.copyOf(pairs);
  }

  /** Writes the graph as GraphML: one node per entity, one weighted edge per pair. */
  public void writeGraphMl(Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    out.write("  <key id=\"comments\" for=\"node\" attr.name=\"comments\" attr.type=\"int\"/>\n");
    out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
    out.write("  <graph id=\"cooccurrence\" edgedefault=\"undirected\">\n");
    java.util.Set<String> written = new java.util.HashSet<>();
    for (FacetValue entity : entities) {
      writeNode(out, entity.value(), entity.label(), entity.comments());
      written.add(entity.value());
    }
    for (EntityPair pair : pairs) {
      if (written.add(pair.first())) {
        writeNode(out, pair.first(), pair.firstName(), 0);
      }
      if (written.add(pair.second())) {
        writeNode(out, pair.second(), pair.secondName(), 0);
      }
      out.write(
          "    <edge source=\""
              + xml(pair.first())
              + "\" target=\""
              + xml(pair.second())
              + "\"><data key=\"weight\">"
              + pair.comments()
              + "</data></edge>\n");
    }
    out.write("  </graph>\n</graphml>\n");
    out.flush();
  }

  /** Writes the pairs as CSV: first, first_name, second, second_name, comments. */
  public void writeCsv(Writer out) throws IOException {
    out.write(Csv.row("first", "first_name", "second", "second_name", "comments"));
    for (EntityPair p : pairs) {
      out.write(
          Csv.row(
              p.first(),
              p.firstName(),
              p.second(),
              p.secondName(),
              Integer.toString(p.comments())));
    }
    out.flush();
  }

  private static void writeNode(Writer out, String id, String label, int comments)
      throws IOException {
    out.write(
        "    <node id=\""
            + xml(id)
            + "\"><data key=\"label\">"
            + xml(label)
            + "</data><data key=\"comments\">"
            + comments
            + "</data></node>\n");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
