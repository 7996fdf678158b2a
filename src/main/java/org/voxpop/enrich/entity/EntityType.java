package org.voxpop.enrich.entity;

/** STUB: replaced by the entity branch. */
public enum EntityType { PERSON, LOCATION, ORGANIZATION, GROUP, EVENT, OTHER }
