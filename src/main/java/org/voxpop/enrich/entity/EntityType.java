package org.voxpop.enrich.entity;

/** The coarse kind of a canonical entity; finer distinctions go in a free-text subtype. */
public enum EntityType {
  /** A person, real or religious figure. */
  PERSON,
  /** A country, region, city or landmark. */
  LOCATION,
  /** A formal organisation: government body, company, armed forces, party, media outlet. */
  ORGANIZATION,
  /** A group of people: armed group, nationality, religious group, movement. */
  GROUP,
  /** A named event: war, uprising, attack. */
  EVENT,
  /** Anything else that is named (a deity, a book, an unknown capitalised name). */
  OTHER,
  /**
   * A social-media account ("@name") the gazetteer does not know: who is addressed, not who is
   * talked about, so it has a dimension of its own and stays out of the person facet.
   */
  ACCOUNT
}
