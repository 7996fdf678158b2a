package org.voxpop.enrich.sentiment;

/**
 * The score of each {@link AbuseKind} of one text, each 0..1 and labelled with the same {@link
 * AbuseLabel} thresholds as the overall abuse score.
 *
 * @param identityAttack {@link AbuseKind#IDENTITY_ATTACK}
 * @param insult {@link AbuseKind#INSULT}
 * @param profanity {@link AbuseKind#PROFANITY}
 * @param threat {@link AbuseKind#THREAT}
 */
public record AbuseKinds(double identityAttack, double insult, double profanity, double threat) {
  /** Every kind at 0. */
  public static final AbuseKinds NONE = new AbuseKinds(0, 0, 0, 0);

  public AbuseKinds {
    identityAttack = clamp(identityAttack);
    insult = clamp(insult);
    profanity = clamp(profanity);
    threat = clamp(threat);
  }

  private static double clamp(double v) {
    return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  }

  /** The score of one kind. */
  public double score(AbuseKind kind) {
    return switch (kind) {
      case IDENTITY_ATTACK -> identityAttack;
      case INSULT -> insult;
      case PROFANITY -> profanity;
      case THREAT -> threat;
    };
  }

  /** The label of one kind, by {@link AbuseLabel#of(double)}. */
  public AbuseLabel label(AbuseKind kind) {
    return AbuseLabel.of(score(kind));
  }
}
