package org.voxpop.enrich.entity;

import java.util.List;

/** STUB: replaced by the entity branch. */
public record Entity(String id, String name, EntityType type, String subtype, List<String> aliases) {}
