package org.voxpop.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.sentiment.AbuseScorer;
import org.voxpop.enrich.sentiment.DocumentSentiment;
import org.voxpop.enrich.sentiment.SentimentScorer;
import org.voxpop.enrich.sentiment.StanceScorer;

/**
 * Throughput of sentiment, stance and abuse scoring on reader-comment text, one thread (so per
 * core). Each operation scores every text of {@link #TEXTS} (the seed article paragraph and
 * comments and 40 Fox News comments, MIT); the {@code bytes} secondary result counts UTF-8 bytes
 * scored per second: divide by 10^6 for MB/s. Run: {@code bench/jmh SentimentBenchmark -f 1 -wi 2
 * -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class SentimentBenchmark {
  /** Comment text embedded as constants so that the benchmark needs no data files. */
  static final List<String> TEXTS =
      List.of(
          "When US-backed Syrian fighters took full control of the city of Raqqa, it ended three years of rule there by so-called Islamic State. But now the BBC has uncovered details of a secret deal that let several hundred IS fighters escape. IS made Raqqa in northern Syria its headquarters in early 2014. Last month Raqqa fell, but this programme has learnt that in exchange for a deal to save lives and bring peace to the city, a convoy carrying several hundred IS fighters, their families and weapons and ammunition — were able to leave the city freely. The question now is, where are they now? Our Middle East Correspondent, Quentin Sommerville, has this exclusive report.",
          "1. gotta love all these comments from so many armchair experts haha pathetic! typical scum blaming the USA and Israel for everything, how dumb can you be, its too easy to keep blaming America and Israel, you aren't even close to the truth,but keep leaving comments making yourselves look stupider by each comment you leave!!!",
          "2. USA and Britain and rest of coalition rescued 4000-5000 of hardcore ISIS fighters and ensured nothing happends to them so that they could be transported to another place where they will do western governments bidding….. only an idiot would not see this for what it is…. these people executed women and children, they are the hardcore murderers that do not refrain from beheading CHILDREN… and yout let them go….. well done.",
          "3. This IS was created by Iran & America & Russia to safe guard Assad regiem & to fight Free Syrian army & to kill all those people of Syria who were anti Assad. Where from these foreigners came when the airport & ports where under Assad's brutal forces .. they came from foreign on contract by Iran Russia & USA to kill & crush oppressed people of Syria..",
          "4. This was all the plan of US to kill two birds with one stone.. removal of Russian backed regimes in middle east by the so called Arab spring and to destabilise the European union and to a greater extent €…they succeeded in one thing thanks to the European union's WELCOME policy towards refugees…EU is doomed Merkel may need to do a magic trick to save it and with that goes the competition of € and a massive strengthening of $…GEO POLITICAL games, for some it was good for some bad and for many ugly, we all know the dark side of communism thanks to USSR, but this is the dark side of capitalism! Welcome to the real world",
          "5. This is a military agreement where IS leave there positions in return they get to leave unharned, it hapens all the time in wars, as a commander what maters is the victory with the minimum casulties, both sides know whose gonna win the battle, so they agreed to peserve lifes and make a safe path for the enemy and they will fight in the next battle, butt this not the end of this story,When IS was near Bukmal city the US bombed them, and scence then they did not make any agreements with th US, the IS made a similar deal whith the russians in Allepo, Yarmook, Ghouta south Damascas, and Daraa, and last week they exchanged prisiners in Suwaydaa. So fc them all",
          "6. The US has messed up the whole world.. Lives lost can't come back ever.. Their allies too are responsible for all the destruction and loss of precious lives.. !! Human lives are secondary to the weapons sold in the market, to boost their economy.. So sad",
          "7. Same kind of deal happened at the Tabqa dam back in 2017. Kurds were tired of suffering heavy casualties trying to reclaim the dam that was too well defended against frontal assaults. So when ISIS asked for a surender, they were granted a conditional one. They were ordered to lay down their guns, clean the dam (removing all the traps they had placed) and in return they would be escorted by Kurdish fighters to Raqqa.",
          "8. Always blaming United States always blaming United States always blaming United States long before we were even in the world map Middle Eastern countries be having problem since way back never satisfied kill themselves commit genocide amongst themselves Allah Allah Allah Allah sunnis and Shiites you guys got a long history of violence get the heck out with all that B.S. You blame yourself stop being hypocritical the world knows you know it and Allah knows it you guys are just deplorable destroy your own structure the streets anything that has to do with progress that's why you guys are always stuck in a latrine with feces and flies let's just be honest the men in your country love guns love violence talk about having a lot of virgins but don't treat your mother's in the sisters right y'all cowards sons of jackals because the moment you see Marines or United States Army Brigade or Navy SEALS or Green Berets first thing you do is run to you mother's house or your wife's house where you have children to blend in and and hide be freaking honest fir once in your life if you going to continue placing blame on United States for everything you will never go nowhere you're always be a City full of ruins you got to see what you do to your own people stop blaming stop stop blaming United States and begin to tell the truth and blame your own madras's Iman radical ideology that have your people down the toilet",
          "... to prison.",
          "want men wearing dresses not me",
          "are you talking about?",
          "Black Live Matter was just being sarcastic.",
          "Too things I hate the most. Hoplophobes and Racists.",
          "If Trump ever endorses violence against liberals, I will comply with his wishes, gladly.",
          "Excellent Grades? So how many 'Straight A' minorities show up for college and can't even handle 12 hrs of Liberal Arts courses?",
          "Again you have not given any viable solution. The \"spiritual counseling\" have been done many times before. The depression comes from the fact that people like you will not accept them as who they are and instead want to force them to conform to what is your idea of reality.",
          "Yeah that was a big black eye for the Navy when the Village People filmed a homoerotic video on one of their destroyers.",
          "Walmart employees get food stamps and Medicaid",
          "hasent no been on the books forever",
          "Did you miss the point of the article? This isn't about what we \"should\" do. It is about unlawfully restricting that which we have a right to do.",
          "Democrats sure can't fix anything and they sure can keep information secure but they sure can empty a liquor store and burn it to the ground completely easy enough.",
          "Then let them get raped. I don't really care. Go near one of the women in my family though. Different story.",
          "I would like to see the quote.",
          "You lost me when you brought god into it.",
          "Why do you keep lying? He was discharged dishonourably.",
          "none that is a vote for Hilary",
          "Thank bill Clinton.",
          "\"Trangenderism\" is real. Does it mean someone's gender has actually changed? No, but that doesn't make it less real. You mention evil effects. What are they? Be specific, not just something like it's evil or wrong.",
          "We will never stamp out racism if we continually insists on treating people differently based on race.",
          "What would you know about service or treason?",
          "Huh???",
          "60% of people believe Sadam responsible for 9/11. People are stupid Or should I say poorly educated",
          "How can I possibly make an understandable counter argument to someone that doesn't know the difference between \"your\" and \"you're\"? I just can't du﻿m﻿b it down enough.",
          "YEAH BUT AT LEAST THE MEX'S ARE WILLING TO WORK AND NOT BECOME PROUD LIBERAL CRIMINALS LIKE SO MANY BLACKS ARE EXHIBITING!",
          "Another attack on Americas poor-> middle class. We need to overall the program but in a positive way requiring recipients complete food and health educational classes monthly to retain benefits while limiting what can be purchased. This program literally costs tax payers 1/10 a penny per year to fund yet provides many with food who need healthy options. It should be about changing bad habits and inter-generational adverse health conditions so that our health care costs go down due to people becoming more healthy.",
          "The story PLAINLY STATED that those who are DISABLED ARE EXEMPT.",
          "I always do there is no bigger lie than equal rights for all",
          "It is ironic that banning candy soda and snacks from the poor is punishment , when all of those things lead to ill health and a health burden in the billions among those able to buy their soda, candy, and snacks. I bet it cost more in the long run to pay for the problems created by this eating and \"working\" life style.",
          "Oh boy, BLM type folks ain't gonna like this",
          "Or behind...",
          "I am all for gun control - use both hands, aim center mass, squeeze slowly.",
          "we need to hang all the illegal vermin. Starting with the ones that don't have birth certificates that are real.",
          "Merkel let these slugs in for the sake of 'humanity' with zero vetting. How about protecting your own citizens for a change?",
          "Look what affirmative action did to the USA, Obama!",
          "Sure you do. And you look like a fo﻿ol.",
          "Jesus, can she not really find her way to the back of the bus again?",
          "See I provide my sources. You just lie.",
          "When have I said to mess with a bathroom?");

  static final long BYTES =
      TEXTS.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();

  private SentimentScorer sentiment;
  private AbuseScorer abuse;
  private StanceScorer stance;

  /**
   * The entity mentions of each text, found once in set-up: what indexing hands the stance step.
   */
  private List<List<StanceScorer.Span>> mentions;

  /** Bytes scored, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** UTF-8 bytes scored so far. */
    public long bytes;

    /** Clears the counter per iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Loads the lexicons outside the measurement. */
  @Setup
  public void setUp() {
    sentiment = SentimentScorer.create();
    abuse = AbuseScorer.create();
    stance = StanceScorer.create();
    EntityRecognizer recognizer = EntityRecognizer.create();
    mentions = new ArrayList<>(TEXTS.size());
    for (String t : TEXTS) {
      List<StanceScorer.Span> spans = new ArrayList<>();
      recognizer.recognize(t).forEach(m -> spans.add(new StanceScorer.Span(m.start(), m.end())));
      mentions.add(spans);
    }
  }

  /** Sentiment (sentences and document) of every text. */
  @Benchmark
  public void sentiment(Bytes counter, Blackhole bh) {
    for (String t : TEXTS) {
      bh.consume(sentiment.score(t));
    }
    counter.bytes += BYTES;
  }

  /** Abuse score of every text (includes the sentiment it uses as a feature). */
  @Benchmark
  public void abuse(Bytes counter, Blackhole bh) {
    for (String t : TEXTS) {
      bh.consume(abuse.score(t));
    }
    counter.bytes += BYTES;
  }

  /**
   * Sentiment, the stance toward each mention and abuse of every text, as indexing runs them (the
   * stance and abuse reuse the sentiment; the mentions were found in set-up, not timed).
   */
  @Benchmark
  public void sentimentStanceAbuse(Bytes counter, Blackhole bh) {
    for (int i = 0; i < TEXTS.size(); i++) {
      String t = TEXTS.get(i);
      DocumentSentiment s = sentiment.score(t);
      bh.consume(stance.stances(t, s, mentions.get(i)));
      bh.consume(abuse.score(t, s));
    }
    counter.bytes += BYTES;
  }
}
