// Patterns over word classes (lexicon-terms.ts) for abuse aimed at people. Syntax, per element:
//   @class or literal word, alternatives joined by "|"; suffix "?" = optional, "*" = up to three times;
//   prefix "!" marks the key word, whose canonical form becomes the match's term.
// Matching never crosses a sentence end or a line break. Severity is multiplied by the key word's weight
// (KEY_WEIGHT) so "should be killed" (a bill, a project) weighs less than "should be hanged".
import type { AbuseCategory } from "../types";

export interface PatternSpec {
  name: string;
  category: AbuseCategory;
  severity: number;
  pattern: string;
  /** Words that, right before the match, make it hypothetical ("if you are gay, …"): no match then. */
  notAfter?: string;
  /** KEY_WEIGHT overrides for this pattern ("hurt" is weak in "it will hurt them", not in "I will hurt you"). */
  keyWeights?: Readonly<Record<string, number>>;
  /**
   * The match must end its clause (sentence end, punctuation or the text's end) or go on with one of these
   * words: "I'm coming for you!" / "… and your family" threatens, "I'm coming for you at five" does not.
   */
  endsClause?: string;
}

/** Things, not people, that "should be killed" ("the bill should be killed in committee"): should-be's notAfter. */
const THINGS = [
  "bill bills idea ideas plan plans project projects proposal proposals law laws program programs programme programmes deal",
  "policy policies scheme schemes motion amendment amendments tax taxes measure legislation story show series feature",
  "pipeline merger contract treaty rule rules regulation regulations ordinance initiative budget ban tariff tariffs reform reforms",
].join(" ").replaceAll(" ", "|");
/** Family members named after "your" in wishes and promises of harm ("hope your family dies"), optional. */
const KIN = "family|kids|children|wife|husband|mother|mom|mum|father|dad|son|daughter?";

export const PATTERN_SPECS: readonly PatternSpec[] = [
  { name: "you-are-a", category: "insult", severity: 0.9, pattern: "@you @be? @art? @intens* !@insult" },
  // "Are you really this dense?", "are you that stupid": the question asks nothing.
  { name: "are-you-this", category: "insult", severity: 0.8, pattern: "@be @you @intens* this|that !@insult" },
  { name: "what-a", category: "insult", severity: 0.8, pattern: "what|wat|such @art? @intens* !@insult" },
  { name: "is-a", category: "insult", severity: 0.65, pattern: "@be @art @intens* !@insult" },
  { name: "kill-yourself", category: "threat", severity: 0.95, pattern: "!@killv @reflex" },
  { name: "kill-them", category: "threat", severity: 0.6, pattern: "!@killv them|em|dem|him|her" },
  { name: "i-will-hurt-you", category: "threat", severity: 0.9, pattern: "@self @be? @will @to? @intens? !@killv @target", keyWeights: { hurt: 1 } },
  // "I will find you", "… and kill you", "… wherever you are"; not "I'm going to find you a better seat".
  { name: "i-will-find-you", category: "threat", severity: 0.8, pattern: "@self @be? @will @to? !find|hunt @target", endsClause: "and|wherever|soon|eventually|one|tonight|now|anywhere|even" },
  // "Next time I see you, you're dead." as a whole clause; not "you're dead wrong", "you're dead to me".
  // Nor "you can sleep when you're dead", "… until you are dead": a time or a condition, not a promise.
  { name: "you-are-dead-end", category: "threat", severity: 0.75, pattern: "@you @be !dead", endsClause: "", notAfter: "when|if|until|till|unless|once|before|after" },
  { name: "know-where-you-live", category: "threat", severity: 0.9, pattern: "@self @be? @will? @to? know|find where @you !live" },
  { name: "i-will-make-you-pay", category: "threat", severity: 0.75, pattern: "@self @be? @will @to? make @you !pay|regret" },
  { name: "you-are-dead", category: "threat", severity: 0.8, pattern: "@you @be? @art? dead !meat|man" },
  // Incitement: "someone should shoot the mayor", "somebody needs to kill him".
  { name: "someone-should", category: "threat", severity: 0.8, pattern: "someone|somebody @should @to? !@killv @target|the" },
  { name: "you-will-regret", category: "threat", severity: 0.75, pattern: "@you @be? @will !regret saying|writing|posting|typing|commenting? this|that" },
  // "I'm coming for you", "we are coming for your family": a promise to come after someone.
  { name: "coming-for-you", category: "threat", severity: 0.75, pattern: `@self @be? @intens? !coming for @target ${KIN}`, endsClause: "and|now|next|soon|tonight" },
  { name: "i-will-end-you", category: "threat", severity: 0.8, pattern: "@self @be? @will @to? !end @you" },
  { name: "should-be", category: "threat", severity: 0.85, pattern: "@should @all? @to? have? @be @all? !@passive", notAfter: THINGS },
  { name: "deserve-to-die", category: "threat", severity: 0.85, pattern: "@should @to? !@die" },
  { name: "hope-you-die", category: "threat", severity: 0.85, pattern: `@hope @they|your ${KIN} !@die` },
  { name: "you-will-die", category: "threat", severity: 0.8, pattern: "@you @be? @will @to? !@die" },
  // Someone's sexuality said to their face as a charge ("you're gay", "you are all gay"): Wikipedia's
  // raters call it toxic in 23 of 24 talk-page posts, Davidson's in 84 of 85 tweets. "If you are gay" is
  // a condition, not a charge.
  { name: "you-are-gay", category: "identity_attack", severity: 0.75, pattern: "@you @be @all? @intens* @art? !gay|homosexual|lesbian|queer|gayer", notAfter: "if|whether|unless" },
  { name: "group-dehumanising", category: "identity_attack", severity: 0.95, pattern: "@group @be @all? @intens* @art? !@dehum|@insult" },
  { name: "group-people-dehumanising", category: "identity_attack", severity: 0.95, pattern: "@groupadj @people @be @all? @intens* @art? !@dehum|@insult" },
  { name: "kill-group", category: "identity_attack", severity: 0.95, pattern: "!@killv|gas|exterminate @all @group" },
  // Removal of a whole group ("muslims should be deported"); of one person it is politics, not abuse.
  { name: "group-should-go", category: "identity_attack", severity: 0.85, pattern: "@group @should @all? @to? @be @all? !deported|expelled|eradicated|exterminated|sterilized|sterilised" },
  // Conspiracy tropes about a group ("jews control the media").
  { name: "group-controls", category: "identity_attack", severity: 0.8, pattern: "@group control|controls|run|runs|own|owns @all? !media|banks|hollywood|money" },
  // "Go back to Africa" said to someone; "I'd love to go back to Africa", "we go back to Mexico in May" are trips.
  { name: "go-back-to", category: "identity_attack", severity: 0.7, pattern: "go back to !africa|mexico|china|india|pakistan|somalia|syria|iraq|iran|afghanistan|asia|arabia|israel|poland|russia|nigeria|jamaica|haiti", notAfter: "to|i|we|they|he|she|will|ll|d|can|could|would|might|may|never|always|often|also|then|soon|and|or|not" },
  // "The only good Indian is a dead Indian": the old slogan, for any group.
  { name: "only-good-dead", category: "identity_attack", severity: 0.9, pattern: "only good @group|@groupadj @be @art? !dead" },
  // "Asians are all the same" as a whole clause; "muslims are all the same as anyone else" compares.
  { name: "group-all-same", category: "identity_attack", severity: 0.7, pattern: "@group @be all the !same", endsClause: "and|to|anyway" },
  // "Black people are naturally violent." as a whole clause; "men are violent more often than women" compares.
  { name: "group-is-violent", category: "identity_attack", severity: 0.8, pattern: "@group|@groupadj @people? @be @all? @intens* !violent|primitive|backward|uncivilised|uncivilized", endsClause: "and|people|animals|savages" },
  // "Women are too emotional to lead", "immigrants are too lazy to work": a group's nature as a bar.
  { name: "group-too-x", category: "identity_attack", severity: 0.8, pattern: "@group|@groupadj @people? @be too !emotional|irrational|hysterical|weak|lazy|stupid|dumb|primitive|violent|greedy to" },
  // Tropes of disease ("Chinese people spread disease", "migrants bring diseases").
  { name: "group-disease", category: "identity_attack", severity: 0.8, pattern: "@group|@groupadj @people? @all? !spread|spreads|carry|carries|bring|brings disease|diseases|plague|plagues|germs" },
  { name: "group-should-die", category: "identity_attack", severity: 0.95, pattern: "@group @should @to? @be? !@passive|@die" },
];

/** Key words that make a pattern weaker than its nominal severity. */
export const KEY_WEIGHT: Readonly<Record<string, number>> = {
  killed: 0.6, executed: 0.5, shot: 0.8, beaten: 0.7, stoned: 0.4, burned: 0.6, burnt: 0.6, hung: 0.7, off: 0.6, rot: 0.7,
  hurt: 0.6, beat: 0.7, joke: 0.5, hack: 0.6
};
