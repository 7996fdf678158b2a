package org.voxpop.enrich.sentiment;

import java.util.List;

/** The seed document's paragraphs, copied verbatim so that tests do not read shared data. */
final class Seed {
  private Seed() {}

  static final String ARTICLE =
      "When US-backed Syrian fighters took full control of the city of Raqqa, it ended three years of rule there by so-called Islamic State. But now the BBC has uncovered details of a secret deal that let several hundred IS fighters escape. IS made Raqqa in northern Syria its headquarters in early 2014. Last month Raqqa fell, but this programme has learnt that in exchange for a deal to save lives and bring peace to the city, a convoy carrying several hundred IS fighters, their families and weapons and ammunition — were able to leave the city freely. The question now is, where are they now? Our Middle East Correspondent, Quentin Sommerville, has this exclusive report.";

  static final String C1 =
      "gotta love all these comments from so many armchair experts haha pathetic! typical scum blaming the USA and Israel for everything, how dumb can you be, its too easy to keep blaming America and Israel, you aren't even close to the truth,but keep leaving comments making yourselves look stupider by each comment you leave!!!";

  static final String C2 =
      "USA and Britain and rest of coalition rescued 4000-5000 of hardcore ISIS fighters and ensured nothing happends to them so that they could be transported to another place where they will do western governments bidding….. only an idiot would not see this for what it is…. these people executed women and children, they are the hardcore murderers that do not refrain from beheading CHILDREN… and yout let them go….. well done.";

  static final String C3 =
      "This IS was created by Iran & America & Russia to safe guard Assad regiem & to fight Free Syrian army & to kill all those people of Syria who were anti Assad. Where from these foreigners came when the airport & ports where under Assad's brutal forces .. they came from foreign on contract by Iran Russia & USA to kill & crush oppressed people of Syria..";

  static final String C4 =
      "This was all the plan of US to kill two birds with one stone.. removal of Russian backed regimes in middle east by the so called Arab spring and to destabilise the European union and to a greater extent €…they succeeded in one thing thanks to the European union's WELCOME policy towards refugees…EU is doomed Merkel may need to do a magic trick to save it and with that goes the competition of € and a massive strengthening of $…GEO POLITICAL games, for some it was good for some bad and for many ugly, we all know the dark side of communism thanks to USSR, but this is the dark side of capitalism! Welcome to the real world";

  static final String C5 =
      "This is a military agreement where IS leave there positions in return they get to leave unharned, it hapens all the time in wars, as a commander what maters is the victory with the minimum casulties, both sides know whose gonna win the battle, so they agreed to peserve lifes and make a safe path for the enemy and they will fight in the next battle, butt this not the end of this story,When IS was near Bukmal city the US bombed them, and scence then they did not make any agreements with th US, the IS made a similar deal whith the russians in Allepo, Yarmook, Ghouta south Damascas, and Daraa, and last week they exchanged prisiners in Suwaydaa. So fc them all";

  static final String C6 =
      "The US has messed up the whole world.. Lives lost can't come back ever.. Their allies too are responsible for all the destruction and loss of precious lives.. !! Human lives are secondary to the weapons sold in the market, to boost their economy.. So sad";

  static final String C7 =
      "Same kind of deal happened at the Tabqa dam back in 2017. Kurds were tired of suffering heavy casualties trying to reclaim the dam that was too well defended against frontal assaults. So when ISIS asked for a surender, they were granted a conditional one. They were ordered to lay down their guns, clean the dam (removing all the traps they had placed) and in return they would be escorted by Kurdish fighters to Raqqa.";

  static final String C8 =
      "Always blaming United States always blaming United States always blaming United States long before we were even in the world map Middle Eastern countries be having problem since way back never satisfied kill themselves commit genocide amongst themselves Allah Allah Allah Allah sunnis and Shiites you guys got a long history of violence get the heck out with all that B.S. You blame yourself stop being hypocritical the world knows you know it and Allah knows it you guys are just deplorable destroy your own structure the streets anything that has to do with progress that's why you guys are always stuck in a latrine with feces and flies let's just be honest the men in your country love guns love violence talk about having a lot of virgins but don't treat your mother's in the sisters right y'all cowards sons of jackals because the moment you see Marines or United States Army Brigade or Navy SEALS or Green Berets first thing you do is run to you mother's house or your wife's house where you have children to blend in and and hide be freaking honest fir once in your life if you going to continue placing blame on United States for everything you will never go nowhere you're always be a City full of ruins you got to see what you do to your own people stop blaming stop stop blaming United States and begin to tell the truth and blame your own madras's Iman radical ideology that have your people down the toilet";

  static final List<String> COMMENTS = List.of(C1, C2, C3, C4, C5, C6, C7, C8);

  /** The whole seed file as one text (article, blank line, numbered comments). */
  static String document() {
    StringBuilder b = new StringBuilder(ARTICLE).append("\n\n");
    for (int i = 0; i < COMMENTS.size(); i++) {
      b.append("  ").append(i + 1).append(". ").append(COMMENTS.get(i)).append("\n\n");
    }
    return b.toString();
  }
}
