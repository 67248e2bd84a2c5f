// Hand-made lexicons beyond bad-words' list: insults, slurs, threat and identity-attack vocabulary, fixed
// abusive phrases, spam offers and the allow-lists. Words are written normalised (a–z, phrases with single
// spaces); the normaliser maps look-alikes, leet and separators onto these forms.
import type { AbuseCategory } from "../types";
import { CIVIL_TOPIC_WORDS } from "./topic-words.generated";

// Word classes used by the patterns (patterns.ts). A word may have several.
export const C_YOU = 1 << 0; // you, u, ya
export const C_BE = 1 << 1; // are, is, r, re, m, s
export const C_ART = 1 << 2; // a, an, such, one
export const C_INTENS = 1 << 3; // total, fucking, stupid… (may sit before an insult noun)
export const C_INSULT = 1 << 4; // nouns and adjectives that insult when aimed at someone
export const C_SELF = 1 << 5; // i, we
export const C_WILL = 1 << 6; // will, ll, gonna, going, shall, wanna
export const C_TO = 1 << 7; // to
export const C_KILLV = 1 << 8; // kill, shoot, stab, hang…
export const C_TARGET = 1 << 9; // you, him, her, them, your
export const C_REFLEX = 1 << 10; // yourself
export const C_SHOULD = 1 << 11; // should, must, deserve(s), need(s) (to)
export const C_PASSIVE = 1 << 12; // hanged, shot, executed, lynched…
export const C_DIE = 1 << 13; // die, dies, rot
export const C_GROUP = 1 << 14; // identity groups named in the plural: muslims, jews, immigrants
export const C_GROUPADJ = 1 << 15; // black, gay, jewish… (before people/men/women)
export const C_PEOPLE = 1 << 16; // people, folks, men, women
export const C_DEHUM = 1 << 17; // animals, vermin, parasites, subhuman…
export const C_ALL = 1 << 18; // all, these, those, the
export const C_HOPE = 1 << 19; // hope, wish, pray
export const C_THEY = 1 << 20; // he, she, they, u, you (subjects of "hope … dies")
export const C_NOT = 1 << 21; // not, no, never, isn('t)…: "you are not an idiot" insults nobody
export const C_BEFORE_NAME = 1 << 22; // with, and, by, from…: "a drink with Dick" names someone
export const C_NOUN = 1 << 23; // insult words that are nouns too: "you racist" needs no verb
export const C_PRAISE = 1 << 24; // good, talented…: "crazy talented" is a compliment, the insult adjective a degree word
export const C_GAME = 1 << 25; // chess, tennis, poker…: "I'll kill you at chess" is a contest
export const C_AT = 1 << 26; // at
export const C_TITLE = 1 << 27; // mr, mrs, dr…: "Mrs. Cummings" names someone, the abbreviation's dot no sentence end
export const C_DOG = 1 << 28; // dog, puppies, litter, breeder…: "the bitch had six puppies" is a dog
export const C_MENTION = 1 << 29; // word, term, slur…: "the word bitch" mentions the word, it does not use it
export const C_LIKE = 1 << 30; // like: "terms like idiot" (a mention), "an idiot like me" (said of oneself)
// The sign bit (negative as an int32: test with `!== 0`, never `> 0`).
export const C_JUSTICE = 1 << 31; // court, police, sentenced…: gates court-report.ts, so most texts skip its word scan
/** Classes that mark context for one guard each and say nothing about the word's role in a pattern. */
export const C_CONTEXT_ONLY = C_DOG | C_MENTION | C_LIKE | C_JUSTICE;
/** Words of a court or police report (court-report.ts). */
export const JUSTICE_WORDS = `sentenced jailed convicted acquitted charged arrested pleaded court courts judge jury trial prosecutors
  prosecutor prison custody verdict guilty police detectives`;

export interface WordGroup {
  words: string;
  category?: AbuseCategory;
  severity?: number;
  classes?: number;
  /** "plural" adds -s/-es; "verb" also -ed/-er/-ers/-ing/-in/-y (with a doubled last consonant). */
  inflect?: "none" | "plural" | "verb";
  /** Also matched inside longer words (compounds: dumbfuck, bullshit). Only for unambiguous stems. */
  stem?: boolean;
  /** Never flagged: a word or phrase that contains a listed term innocently (Scunthorpe, Moby Dick). */
  allow?: boolean;
  rule?: string;
}

const INSULT_STRONG = `idiot moron imbecile cretin scumbag dumbass jackass halfwit nitwit dimwit numbskull nincompoop
  dipshit douchebag asshat shitbag dirtbag lowlife degenerate bonehead blockhead knucklehead airhead pinhead
  meathead dumbfuck libtard retardican dumbo simpleton buffoon twit prat pillock plonker git arsehole arsewipe
  douchecanoe shitstain cocksucker cuck trailer-trash wingnut nutjob nutcase lunatic psycho`;
const INSULT_WEAK = `stupid dumb fool foolish pathetic ignorant loser idiotic moronic clueless brainless worthless
  hypocrite coward liar troll jerk creep scum freak weirdo braindead spineless gutless imbecilic cretinous`;
// Insulting only when aimed at someone ("you nazi", "he is a clown"): no match on their own.
const INSULT_CONTEXT = `nazi nazis fascist commie pig rat snake animal trash garbage sheep sheeple snowflake
  deplorable traitor hack shill bigot racist sexist crook thief fraud joke disgrace parasite leech maggot
  vermin dog bitchboy fatso fatty slob hag witch cow donkey baboon monkey ape nutter sicko quack hoe subhuman
  untermensch nonce clown looser muppet chump`;
// Adjectives among them: "such racist comments" describes the comments.
const INSULT_CONTEXT_ADJ = `racist sexist fascist useless ugly vile disgusting crazy lame nasty annoying hypocritical dense
  despicable corrupt phony phoney deranged demented sleazy kooky loony looney hysterical thick`;
/** Things an identity adjective describes rather than people it names: "the gay bar", "Muslim holidays". */
export const IDENTITY_THINGS = `bar bars club clubs pride rights marriage marriages wedding weddings community communities culture
  history festival festivals parade parades centre center centres centers church churches mosque mosques synagogue
  temple temples owned businesses business restaurant restaurants neighbourhood neighborhood film films music art
  heritage holiday holidays food cuisine groups group organisation organization organisations organizations vote voters
  friend friends neighbour neighbours neighbor neighbors couple colleague colleagues son daughter kids`;
const BLOWS_TO_YOU = ["break", "smash", "bust", "snap", "crack", "cave in"].flatMap((verb) =>
  ["jaw", "nose", "face", "legs", "arms", "neck", "skull", "head", "ribs", "kneecaps", "knees", "fingers"].map((part) => `${verb} your ${part}`),
).join("|");
const SLURS = `kike gook spic wetback beaner raghead towelhead tranny trannies zipperhead sandnigger
  camel-jockey porch-monkey jungle-bunny coon chink nigger nigga faggot fag dyke retard retards
  mongoloid spastic spaz shemale paki jigaboo darkie darky redskin squaw gyppo pikey`;
const GROUPS = `muslims jews blacks whites gays homosexuals lesbians transgenders trans immigrants migrants
  refugees mexicans arabs asians africans christians hindus sikhs women feminists latinos hispanics indians
  chinese natives gypsies foreigners illegals queers catholics mormons atheists men russians americans
  canadians germans europeans palestinians israelis iranians syrians somalis pakistanis japanese koreans
  filipinos aboriginals eskimos irish poles negroes`;
const GROUP_ADJ = `black white gay jewish muslim trans asian african mexican arab chinese indian latino
  hispanic native christian hindu lesbian queer immigrant foreign negro islamic`;
const DEHUM = `animals animal vermin rats cockroaches roaches parasites subhuman subhumans savages savage scum
  filth filthy trash garbage disease diseased cancer plague apes monkeys pigs dogs inferior terrorists rapists
  criminals thugs evil barbarians barbaric invaders leeches locusts insects beasts degenerates degenerate
  retarded dirty disgusting worthless useless pedophiles paedophiles cowardly thieves killers deviants lazy greedy`;
// (Insult words such as idiots or liars count through the patterns' @insult alternative: a class-only
// entry for a plural would hide the singular's own insult category.)

export const WORD_GROUPS: WordGroup[] = [
  // Insults.
  { words: INSULT_STRONG, category: "insult", severity: 0.7, classes: C_INSULT, inflect: "plural", rule: "lexicon:insult" },
  { words: INSULT_WEAK, category: "insult", severity: 0.35, classes: C_INSULT | C_INTENS, inflect: "plural", rule: "lexicon:insult" },
  { words: INSULT_CONTEXT, classes: C_INSULT | C_NOUN, inflect: "plural" },
  { words: INSULT_CONTEXT_ADJ, classes: C_INSULT | C_INTENS },
  { words: "idiotic moronic", category: "insult", severity: 0.4, classes: C_INTENS },
  // Slurs.
  { words: SLURS, category: "identity_attack", severity: 0.9, classes: C_INSULT, inflect: "plural", rule: "lexicon:slur" },
  { words: "nigger nigga faggot motherfuck", category: "identity_attack", severity: 1, stem: true, rule: "lexicon:slur" },
  // Compounding stems: dumbfuck, bullshit, fuckface, horseshit.
  { words: "fuck", category: "profanity", severity: 1, classes: C_INTENS, stem: true, inflect: "verb", rule: "lexicon:profanity" },
  { words: "shit", category: "profanity", severity: 0.8, stem: true, inflect: "verb", rule: "lexicon:profanity" },
  { words: "cunt bitch asshole whore", category: "insult", severity: 0.9, stem: true, inflect: "plural", rule: "lexicon:profanity" },
  { words: "beyotch beeyotch biotch", category: "insult", severity: 0.9, inflect: "plural", rule: "lexicon:profanity" },
  { words: "wanka wankah", category: "insult", severity: 0.8, inflect: "plural", rule: "lexicon:profanity" },
  { words: "fucking fuckin fking fkn effing frigging freaking bloody damn damned goddamn", classes: C_INTENS },
  { words: "bullshit horseshit batshit dogshit chickenshit apeshit", category: "profanity", severity: 0.6, rule: "lexicon:profanity" },
  { words: "wtf stfu gtfo fuk fml", category: "profanity", severity: 0.7, rule: "lexicon:profanity" },
  { words: "shut the f up|shut the eff up|go f yourself|go eff yourself|f off|eff off|eff you|f u", category: "profanity", severity: 0.7, rule: "lexicon:profanity" },
  // Vowel-dropped and v-for-u spellings of "fuck", which the normaliser cannot restore.
  { words: "fck fcks fcking fckin fckn fcked fcker fvck fvcks fvcking fvckin fvcked fvcker fk fks fking fkin fkn fked fker fkers fxck fxcking fxcked fxcker fack facking mthrfckr mthrfckrs mthrfkr mthrfkrs mthafcka mfkr", category: "profanity", severity: 0.7, rule: "lexicon:profanity" },
  // Fixed abusive phrases.
  { words: "fuck you|fuck off|go fuck yourself|fuck yourself|eat shit|piece of shit|son of a bitch|sons of bitches", category: "insult", severity: 1, rule: "phrase:insult" },
  { words: "shut up|get lost|bite me|suck it|you people", category: "insult", severity: 0.4, rule: "phrase:insult" },
  { words: "shut your mouth|shut your face|shut your trap|go to hell|burn in hell|rot in hell|screw you|piss off|kiss my ass|piece of crap|waste of space|waste of oxygen|waste of skin|brain dead|nobody would miss you|no one would miss you|world would be better without you|should have swallowed you|should ve swallowed you|should of swallowed you|should have aborted you|should ve aborted you|should of aborted you|should have been aborted|should ve been aborted|should of been aborted|you have the iq of|you sad little man|you pathetic little man|you sad little boy|you pathetic little boy|has the iq of a|you are an embarrassment|youre an embarrassment|you re an embarrassment", category: "insult", severity: 0.7, rule: "phrase:insult" },
  { words: "kys|go die|die in a fire|get cancer and die|hope you get cancer|deserves a bullet|deserve a bullet|needs a bullet|break your face|smash your face|punch you in the face|drink bleach|put a bullet in|bullet in your head|put you six feet under|see what happens to you|i know your address|we know your address|hope someone runs you over|hope a bus hits you|hope you get hit by a bus|burn his house down|burn her house down|burn their house down|what s coming to you|beat you senseless|beat you to a pulp|beat you up|beat the crap out of you|a lesson you won t forget|a lesson she won t forget|a lesson he won t forget|a lesson they won t forget|your house will burn|your house is going to burn|wont see tomorrow|won t see tomorrow|do the world a favour and die|do the world a favor and die|do us all a favour and die|do us all a favor and die|hope you choke|punch your face in|smash your face in|kick your teeth in|punch your lights out|your days are numbered|sleep with one eye open|watch your back|drop dead|death to|wipe them off the map|kill em all|kill them all", category: "threat", severity: 0.8, rule: "phrase:threat" },
  // "I'll break your jaw", "smash your face in": a blow promised to the reader's body ("break your back",
  // "break your heart" and "break your teeth on that toffee" are idioms, left out).
  { words: BLOWS_TO_YOU, category: "threat", severity: 0.8, rule: "phrase:threat" },
  { words: "burn your house down|burn down your house|slit your throat|cut your throat|blow your brains out|put you in the ground|break your legs|break your neck|beat you to death|beat the shit out of you|cut off their hands|cut their hands off|cut off their heads|cut their heads off|shoot them all|hang them all|line them up and shoot them", category: "threat", severity: 0.8, rule: "phrase:threat" },
  { words: "go back to the jungle|belong in the kitchen|get back in the kitchen|make me a sandwich|go back to your country|go back to your own country|go back where you came from|go back to where you came from|send them back|hitler was right|hitler did nothing wrong", category: "identity_attack", severity: 0.7, rule: "phrase:identity" },
  { words: "bend you over|bend her over|only good for one thing|i d smash her|i would smash her|i d smash that|your bra size|suck my dick|suck my cock|suck my penis|lick my balls|suck my balls|lick my dick|blow me|send nudes|sit on my face|show me your tits|show me your boobs|nice tits|nice boobs|i d bang her|i would bang her|i d hit that", category: "sexual", severity: 0.8, rule: "phrase:sexual" },
  // Spam vocabulary (weak alone; spam.ts weighs it with links, money and contact details).
  { words: "viagra cialis levitra", category: "spam", severity: 0.65, inflect: "plural", rule: "lexicon:spam" },
  { words: "work from home|click here|visit my profile|check my profile|check out my profile|dm me|message me on whatsapp|contact me on whatsapp|whatsapp me|earn extra cash|make money online|earn money online|make money from home|binary options|forex trading|bitcoin investment|crypto investment|investment opportunity|online pharmacy|cheap pills|weight loss pills|casino bonus|free bonus|limited time offer|risk free|guaranteed income|passive income|per week from home|hiring now|sugar daddy|hot singles|singles in your area|no credit check|exclusive content|check out my channel|subscribe to my channel|visit my channel|replica watches|shop now|order now|buy now|limited offer|limited time only|one weird trick|lose weight fast|doubled my money|tripled my money|me on telegram|him on telegram|us on telegram|essay writing service|promo code|discount code", category: "spam", severity: 0.65, rule: "lexicon:spam" },
  // Function words the patterns need.
  { words: "you u ya yu yous youse yall", classes: C_YOU | C_TARGET | C_THEY },
  { words: "youre ur", classes: C_YOU | C_BE | C_TARGET },
  { words: "am are is was were be r re m s been", classes: C_BE },
  { words: "a an such one", classes: C_ART },
  { words: "so total totally complete completely absolute absolutely utter utterly real really big fat little lying typical very most biggest proper right clearly obviously naturally inherently genetically", classes: C_INTENS },
  { words: "i we", classes: C_SELF },
  { words: "at", classes: C_AT },
  { words: `chess tennis poker golf pool darts scrabble cards football soccer basketball baseball hockey cricket rugby
      squash badminton bowling pingpong monopoly trivia quiz fifa fortnite halo wordle game games racing sudoku
      checkers backgammon bridge`, classes: C_GAME },
  { words: "good talented smart gifted skilled beautiful pretty handsome funny clever brilliant lucky fast strong cool cute generous popular successful", classes: C_PRAISE },
  { words: "will ll gonna shall going wanna want gon", classes: C_WILL },
  { words: "to", classes: C_TO | C_BEFORE_NAME },
  { words: "with and by from for about thanks told asked met called through near via", classes: C_BEFORE_NAME },
  { words: "mr mrs ms dr prof sir dame lady lord st mister miss", classes: C_TITLE },
  { words: "word words term terms phrase phrases insult insults label labels epithet epithets", classes: C_MENTION },
  { words: "like", classes: C_LIKE },
  { words: JUSTICE_WORDS, classes: C_JUSTICE },
  // Read by context-guards.ts isLikeMe ("an idiot like me") and describesIdentityThing ("the gay bar"): no class of their own.
  { words: "me myself us ourselves" },
  { words: IDENTITY_THINGS },
  // Names the Civil sample is about (topic-words.generated.ts), left out of the model's input by rules.ts.
  ...(CIVIL_TOPIC_WORDS ? [{ words: CIVIL_TOPIC_WORDS }] : []),
  { words: "dog dogs puppy puppies pup pups litter litters whelp whelps whelped whelping breed breeds breeder breeders breeding kennel kennels greyhound greyhounds spaniel terrier retriever labrador collie beagle poodle hound hounds sire pedigree canine vet", classes: C_DOG },
  { words: "kill unalive murder shoot stab hang strangle choke beat hurt rape slit behead bury lynch gut torture slaughter butcher execute neck off", classes: C_KILLV },
  { words: "him her them your yourself", classes: C_TARGET },
  { words: "yourself urself yourselves yoself", classes: C_REFLEX },
  { words: "he she they", classes: C_THEY },
  { words: "should must ought need needs deserve deserves deserved gotta shd", classes: C_SHOULD },
  { words: "hanged hung shot killed executed lynched beaten raped gassed exterminated castrated stoned murdered slaughtered tortured burned burnt beheaded strangled stabbed euthanized euthanised neutered", classes: C_PASSIVE },
  { words: "die dies rot rots", classes: C_DIE },
  { words: GROUPS, classes: C_GROUP },
  { words: GROUP_ADJ, classes: C_GROUPADJ },
  { words: "people folks men women guys", classes: C_PEOPLE },
  { words: DEHUM, classes: C_DEHUM },
  { words: "all these those the every most", classes: C_ALL },
  { words: "hope wish pray", classes: C_HOPE },
  { words: "not no never nor isn aren wasn weren ain isnt arent wasnt werent aint", classes: C_NOT },
  { words: "im", classes: C_SELF | C_BE },
  // Allow-list: words and phrases that contain a listed term innocently.
  {
    words: `scunthorpe penistone essex sussex middlesex wessex cocktail cocktails peacock hancock cockpit shuttlecock
      cockerel assassin assassins assassinate assassinated assassination class classic pass passed bass brass grass
      glass mass compass embarrass harass harassment therapist therapists grape grapes drape scrape cumulative
      document circumstance dickens dickensian analysis analyst arsenal shiitake shitake matsushita titanic titter
      butter button buttress shell assume assess asset bassist pussycat pussyfoot hello cockburn dickinson
      shitterton twatt bitche cockfosters niggard niggards niggardly niggardliness retardant retardants
      coonhound coonhounds pinprick pinpricks snigger sniggers sniggered sniggering sniggeringly sniggerer sniggerers
      clowne pratt rotterdam moroni shittu dikshit shitole spice spices spiced spicy duchess duchesses mishit mishits mishitting pollack pollacks knobbed putto putti
      shittah shittahs shittim shittims shittimwood shitzu shitzus cockcrow crapes clownfish sniggerings
      idiopathic idiopathically idiopathy idiopathies idioticon idiotype idiotypic pussytoes pussycats pussyfooted pussyfooter
      pussyfooters pussyfoots pussyfooting niggarded niggarding niggardise niggardize gites prates prated prating pratts`,
    allow: true,
  },
  {
    words: `hell of a|hell of an|moby dick|dick cheney|dick van dyke|dick durbin|dick tracy|dick armey|dick clark|
      dick smith|dick francis|dick turpin|dick whittington|philip k dick|spotted dick|chink in the armor|
      chink in the armour|chink in his armor|chink in his armour|chink in their armor|chink in their armour|
      pussy riot|pussy cat|pussy willow|kill the bill|could kill for|bloody mary|bloody sunday|magna cum laude|
      cum laude|knob creek|coon rapids|shut up shop|the nazi era|sick of|sick and tired|sick to death of|
      drop dead gorgeous|drop dead funny|fck kaiserslautern|stupid me|silly me|dumb me|stupid of me|dumb of me|
      how stupid of me|idiot that i am|spic and span|spick and span|faggots and peas|for a fag|fag break|fag end|
      fag ends|cock up|cock ups|cocked up|shoot em up|shoot em ups|knee jerk|sucks you in|sucked me in|beat you at|
      beat you in|beat him at|beat him in|beat her at|beat her in|beat them at|beat them in|beat us at|beat us in|beat you to it|
      beat me to it|embarrassment of riches|use a hoe|with a hoe|a hoe to|garden hoe|hoe the|hoe and rake|
      buy now pay later|buy now and then|git push|git commit|git pull|git clone|git repo|git repository|git branch|git merge|git rebase|git log|use git|using git|learn git|learning git|with git|to git|in git|git is a|git is the|git is an|git and github|git lab|gitlab|watched dumbo|watch dumbo|see dumbo|seeing dumbo|disney s dumbo|dumbo brooklyn|in dumbo|dumbo the elephant|hitchcock s psycho|psycho the film|psycho the movie|watched psycho|american psycho|prat fall|prat falls|degenerate matter|degenerate disease|wingnut bolt|wingnut bolts|wing nut|twit twoo|twit woo|lunatic asylum|lunatic fringe|class clown|class clowns|troll under the bridge|dumb and dumber|fucking austria|fucking in austria|village of fucking|fucking is a village|fucking is an austrian village|bitch gave birth|bitch had puppies|bitch had a litter|bitch in heat|bitch is in heat|bitch and her puppies|bitch whelped|squaw valley|squaw peak|kill devil hills|jackass flat|circus clown|circus clowns|rodeo clown|clown fish|april fool|april fools|april fools day|jerk chicken|jerk pork|jerk seasoning|jerk sauce|
      chink of light|chinks of light|cock crowed|cock crows|shooting craps|play craps|bastard sword|bastard swords|prick your finger|prick my finger|prick their finger|pin prick|
      built a dyke|sea dyke|offas dyke|offa s dyke|rio negro|coon cat|coon cats|maine coon|maine coons|coon hound|cock a leekie|cock a doodle doo|dumb luck|whore of babylon|is killing me|are killing me|youre killing me|you re killing me|killing me softly|butt of the joke|butt of jokes|
      butt of the jokes|butt of a joke|butt of many jokes|butt of every joke`,
    allow: true,
  },
];
