package org.voxpop.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.voxpop.enrich.entity.EntityMention;
import org.voxpop.enrich.entity.EntityRecognizer;
import org.voxpop.enrich.entity.Gazetteer;

/**
 * Entity recognition throughput on comment-like text with the full default gazetteer. One
 * invocation recognises comments totalling exactly {@value #BYTES} UTF-8 bytes, one comment at a
 * time, so the reported ops/s is bytes per second on one thread (divide by 1,048,576 for MiB/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityRecognitionBenchmark {

  static final int BYTES = 1 << 20;

  /** The seed article and comments, and Fox News comments (MIT licence), as written. */
  static final String[] COMMENTS = {
    "When US-backed Syrian fighters took full control of the city of Raqqa, it ended three years of rule there by so-called Islamic State. But now the BBC has uncovered details of a secret deal that let several hundred IS fighters escape. IS made Raqqa in northern Syria its headquarters in early 2014. Last month Raqqa fell, but this programme has learnt that in exchange for a deal to save lives and bring peace to the city, a convoy carrying several hundred IS fighters, their families and weapons and ammunition — were able to leave the city freely. The question now is, where are they now? Our Middle East Correspondent, Quentin Sommerville, has this exclusive report.",
    "gotta love all these comments from so many armchair experts haha pathetic! typical scum blaming the USA and Israel for everything, how dumb can you be, its too easy to keep blaming America and Israel, you aren't even close to the truth,but keep leaving comments making yourselves look stupider by each comment you leave!!!",
    "USA and Britain and rest of coalition rescued 4000-5000 of hardcore ISIS fighters and ensured nothing happends to them so that they could be transported to another place where they will do western governments bidding….. only an idiot would not see this for what it is…. these people executed women and children, they are the hardcore murderers that do not refrain from beheading CHILDREN… and yout let them go….. well done.",
    "This IS was created by Iran & America & Russia to safe guard Assad regiem & to fight Free Syrian army & to kill all those people of Syria who were anti Assad. Where from these foreigners came when the airport & ports where under Assad's brutal forces .. they came from foreign on contract by Iran Russia & USA to kill & crush oppressed people of Syria..",
    "This was all the plan of US to kill two birds with one stone.. removal of Russian backed regimes in middle east by the so called Arab spring and to destabilise the European union and to a greater extent €…they succeeded in one thing thanks to the European union's WELCOME policy towards refugees…EU is doomed Merkel may need to do a magic trick to save it and with that goes the competition of € and a massive strengthening of $…GEO POLITICAL games, for some it was good for some bad and for many ugly, we all know the dark side of communism thanks to USSR, but this is the dark side of capitalism! Welcome to the real world",
    "This is a military agreement where IS leave there positions in return they get to leave unharned, it hapens all the time in wars, as a commander what maters is the victory with the minimum casulties, both sides know whose gonna win the battle, so they agreed to peserve lifes and make a safe path for the enemy and they will fight in the next battle, butt this not the end of this story,When IS was near Bukmal city the US bombed them, and scence then they did not make any agreements with th US, the IS made a similar deal whith the russians in Allepo, Yarmook, Ghouta south Damascas, and Daraa, and last week they exchanged prisiners in Suwaydaa. So fc them all",
    "The US has messed up the whole world.. Lives lost can't come back ever.. Their allies too are responsible for all the destruction and loss of precious lives.. !! Human lives are secondary to the weapons sold in the market, to boost their economy.. So sad",
    "Same kind of deal happened at the Tabqa dam back in 2017. Kurds were tired of suffering heavy casualties trying to reclaim the dam that was too well defended against frontal assaults. So when ISIS asked for a surender, they were granted a conditional one. They were ordered to lay down their guns, clean the dam (removing all the traps they had placed) and in return they would be escorted by Kurdish fighters to Raqqa.",
    "Always blaming United States always blaming United States always blaming United States long before we were even in the world map Middle Eastern countries be having problem since way back never satisfied kill themselves commit genocide amongst themselves Allah Allah Allah Allah sunnis and Shiites you guys got a long history of violence get the heck out with all that B.S. You blame yourself stop being hypocritical the world knows you know it and Allah knows it you guys are just deplorable destroy your own structure the streets anything that has to do with progress that's why you guys are always stuck in a latrine with feces and flies let's just be honest the men in your country love guns love violence talk about having a lot of virgins but don't treat your mother's in the sisters right y'all cowards sons of jackals because the moment you see Marines or United States Army Brigade or Navy SEALS or Green Berets first thing you do is run to you mother's house or your wife's house where you have children to blend in and and hide be freaking honest fir once in your life if you going to continue placing blame on United States for everything you will never go nowhere you're always be a City full of ruins you got to see what you do to your own people stop blaming stop stop blaming United States and begin to tell the truth and blame your own madras's Iman radical ideology that have your people down the toilet",
    "Merkel would never say NO",
    "STUPID Politicians seeking relevancy to the stupid sheeple!",
    "Saying \"no\" does not stop rapists. Keeping droves of men with \"raping\" mentality out of the country and arming people for self defense will help curb the rapes.",
    "depends on what the meaning of \"is\" - 'is\".",
    "nope a VOTE for hilary is what your only answer would be",
    "Oh it's going to be a fun place all right. So, as Jesus said earlier in this chapter, \" “Make every effort to enter through the narrow door, because many, I tell you, will try to enter and will not be able to.\"",
    "Where do they come from, then?",
    "I figured it out by age 5. The good thing is children will have access to healthcare, information, medicine, treatment and support. None of which existed for transexuals when I was a little girl growing up in the 1970's and 80's.",
    "lie you are redefining sense to mean disagreement",
    "Thats awsome! I hope the boycott ruins that states finances and the current AG becomes NCs next Govener.",
    "Single Payer Healthcare is just around the corner. Conservative Healthcare is failing. We must go to a pure Government solution!",
    "Tired of all this liberal nonsense? Then make sure you vote - for Trump.",
    "Give money to freedom give to the George Soros Charity. Open Society is a freedom organization that works with all people wanting to be free.",
    "She really needs to explain how she got a high paying job with the U of Chicago Hospital when her husband became Senator, for which she had no qualifications. She really helped the poor--her job was to send them to other hospitals so the U of Chicago Hospital did not have to pay for their care. Good job Michelle. I hope you are packing.",
    "She gives a commencement speech at a college that has a 9.6% 4 year graduation rate. Well done.",
    "She was not a slave, nor does she know any. All races have been mistreated or enslaved at some point in history. I am of Irish descent but I don't obsess about the English rule. I also have Cherokee blood, but I rarely think about how they were treated. Move on and stop using this as a political card. The President has no documented slaves in his family.",
    "Oh, no need to apologize. But you started this, after all. You made the comment, so it's up to you to support it. This was covered in 8th grade debate class. Anything else I can help you with today?",
    "Good to see the Conservative hate machine rev up. Keep it up Cons--- you're quickly becoming irrelevant. Or is this the Christ-like behavior you're always talking about?",
    "Sure you don't want to go back any further? I am sure this didn't start in the last 8 years, but I see what you're trying to do.",
    "Or at least ones that didn't openly brag about their pedophilia exploits",
    "Does the ship only go in reverse?",
    "You are such a drama queen. The military is not \"destroyed\".",
    "In the real world, God gives us freedom to suffer the consequences of our inappropriate words and deeds.",
    "barker @br782 @flrlegal If it was their ancestors that lived thru it, then they get to choose whether to acknowledge it or not. Why is it your business?",
    "it flying high here thats why Americans are joining Isis",
    "I must have missed the case where a state prevented an individual from flying a confederate flag on their own property.",
    "Lets just keep dumbing down the requirements......Idocracy is only a generation away!",
    "Are you a Native American?",
  };

  private EntityRecognizer recognizer;
  private String[] texts;

  @Setup
  public void setup() {
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.defaultGazetteer();
    System.out.printf(
        java.util.Locale.ROOT,
        "%ngazetteer: %d entities, %d names, loaded in %d ms%n",
        g.size(),
        g.nameCount(),
        (System.nanoTime() - t0) / 1_000_000);
    recognizer = EntityRecognizer.create(g);
    List<String> out = new ArrayList<>();
    int bytes = 0;
    int i = 0;
    while (bytes < BYTES) {
      String c = COMMENTS[i++ % COMMENTS.length];
      byte[] b = c.getBytes(StandardCharsets.UTF_8);
      if (bytes + b.length > BYTES) {
        c = new String(b, 0, BYTES - bytes, StandardCharsets.UTF_8);
        b = c.getBytes(StandardCharsets.UTF_8);
      }
      out.add(c);
      bytes += b.length;
    }
    texts = out.toArray(new String[0]);
  }

  @Benchmark
  @OperationsPerInvocation(BYTES)
  public void recognizeComments(Blackhole bh) {
    for (String t : texts) {
      List<EntityMention> m = recognizer.recognize(t);
      bh.consume(m);
    }
  }
}
