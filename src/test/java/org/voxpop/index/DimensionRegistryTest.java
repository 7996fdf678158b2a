package org.voxpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.junit.jupiter.api.Test;
import org.voxpop.opensearch.OpenSearchFields;
import org.voxpop.query.QueryTranslator;

/**
 * Every list of dimensions is made from the one registry ({@link Dimension#all()}): a dimension
 * added there is indexed with the right facet settings, written in queries, drilled into, mapped in
 * OpenSearch and listed by the API, with no second list to edit.
 */
class DimensionRegistryTest {

  @Test
  void theSchemaListsAndTheFacetsConfigAreTheRegistrys() {
    assertEquals(Dimension.all().stream().map(Dimension::name).toList(), Schema.allDims());
    FacetsConfig config = Schema.facetsConfig();
    for (Dimension d : Dimension.all()) {
      FacetsConfig.DimConfig c = config.getDimConfig(d.name());
      assertEquals(d.hierarchical(), c.hierarchical, d.name());
      assertEquals(d.multiValued(), c.multiValued, d.name());
      assertEquals(Schema.facetField(d.name()), c.indexFieldName, d.name());
      assertEquals(
          d.drillDownField().isPresent(),
          c.drillDownTermsIndexing == FacetsConfig.DrillDownTermsIndexing.NONE,
          d.name());
      assertEquals(d.hierarchical(), Schema.HIERARCHICAL_DIMS.contains(d.name()), d.name());
      assertEquals(d.multiValued(), Schema.multiValuedDims().contains(d.name()), d.name());
    }
    assertEquals(
        List.of(Schema.DIM_PUBLISHED, Schema.DIM_POSTED),
        List.copyOf(Schema.DATE_DIM_FIELDS.keySet()));
  }

  @Test
  void everyDimensionButStanceCanBeWrittenInAQueryAndEveryKeywordOneHasAnOpenSearchField() {
    for (Dimension d : Dimension.all()) {
      String field = d.values() == Dimension.Values.DOC_TYPES ? "type" : d.name();
      assertEquals(
          d.values() != Dimension.Values.STANCES, QueryTranslator.FIELDS.contains(field), d.name());
      boolean keyword =
          switch (d.values()) {
            case DATES, DEPTHS, DOC_TYPES -> false;
            default -> true;
          };
      assertEquals(keyword, OpenSearchFields.forDimension(d.name(), true).isPresent(), d.name());
    }
  }

  @Test
  void namesAreUniqueAndLabelsAndVocabulariesAreFilledWhereTheyMean() {
    assertEquals(
        Dimension.all().size(), Dimension.all().stream().map(Dimension::name).distinct().count());
    for (Dimension d : Dimension.all()) {
      assertFalse(d.label().isBlank(), d.name());
      assertEquals(d.values() == Dimension.Values.LABELS, !d.vocabulary().isEmpty(), d.name());
      assertEquals(d, Dimension.named(d.name()).orElseThrow());
    }
    assertTrue(Dimension.named("stance").orElseThrow().multiValued());
    assertFalse(Dimension.named("sentiment").orElseThrow().multiValued());
    assertEquals(
        List.of("likely", "none", "possible"),
        Dimension.named("threat").orElseThrow().vocabulary().stream().sorted().toList());
  }
}
