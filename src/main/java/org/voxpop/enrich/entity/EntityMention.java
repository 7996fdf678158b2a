package org.voxpop.enrich.entity;

/** STUB: replaced by the entity branch. */
public record EntityMention(String id, String name, EntityType type, String subtype, String surface, int start, int end, double confidence, String source) {}
