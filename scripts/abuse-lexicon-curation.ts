// Curation of bad-words' list for news-comment moderation (read by scripts/gen-abuse-lexicon.ts).
// Every word of bad-words' list lands in the generated lexicon unless REMOVED says why not; its
// category is profanity unless listed in a category below; its severity is 0.8 unless MILD/STRONG say.
import type { AbuseCategory } from "../src/analysis/types";

/** Words dropped from the profanity lexicon, with the reason (innocent in news discussion or ambiguous). */
export const REMOVED: Record<string, string> = {
  god: "religion is a news topic: 'God bless', 'act of God'",
  hell: "'hell of a game', 'hell-bent'; abusive uses ('go to hell', 'burn in hell') are phrases in the insult lexicon",
  nazi: "history and politics: 'the Nazi era'; 'you nazi' / 'you are a nazi' is caught by the insult patterns",
  sex: "topic word: 'sex education', 'sex abuse scandal', 'same-sex marriage'",
  pawn: "chess and politics: 'a pawn in their game'",
  bloody: "'Bloody Sunday', 'bloody conflict'",
  lust: "ordinary word: 'lust for power'",
  lusting: "ordinary word: 'lusting after power'",
  breasts: "health news: 'breast cancer', breastfeeding",
  butt: "'the butt of jokes', 'butt in'",
  balls: "sport: 'balls and strikes'",
  bum: "British 'bum' = homeless person; mild",
  homo: "'Homo sapiens'",
  jap: "slur, but collides with abbreviations (JAP, Jap. for Japanese in citations); too ambiguous alone",
  cox: "surname (Cox)",
  wang: "surname (Wang)",
  kuntz: "surname (Stefan Kuntz); the spelling is rarely an evasion",
  willy: "given name (Willy Brandt)",
  willies: "'gives me the willies'",
  knob: "'door knob', 'volume knob'",
  muff: "'ear muff', to muff a catch",
  flange: "engineering term",
  fanny: "given name (Fanny); 'fanny pack'",
  fanyy: "misspelling of a removed word",
  nob: "ambiguous British slang; 'nob' = toff",
  poop: "childish, harmless ('poop deck')",
  dink: "'dink' (tennis, 'double income no kids')",
  cipa: "CIPA, the US Children's Internet Protection Act",
  screwing: "'screwing over taxpayers' is ordinary complaint",
  sadist: "descriptive, not abusive",
  masochist: "descriptive, not abusive",
  rectum: "anatomy (health news)",
  penis: "anatomy (health news)",
  vagina: "anatomy (health news)",
  labia: "anatomy (health news)",
  vulva: "anatomy (health news)",
  testicle: "anatomy (health news)",
  testical: "misspelling of an anatomy word",
  semen: "forensics and health news",
  scrotum: "anatomy (health news)",
  clitoris: "anatomy (health news)",
  ejaculate: "medicine, and 'to ejaculate' = to exclaim",
  ejaculated: "as 'ejaculate'",
  ejaculates: "as 'ejaculate'",
  ejaculating: "as 'ejaculate'",
  ejaculatings: "as 'ejaculate'",
  ejaculation: "as 'ejaculate'",
  ejakulate: "as 'ejaculate'",
  orgasm: "health and culture topic",
  orgasms: "health and culture topic",
  pornography: "topic word: laws on pornography",
  xxx: "placeholder and numbering ('Super Bowl XXX')",
  hoar: "'hoar frost'",
  hoare: "surname (Hoare)",
  snatch: "'to snatch', 'bag snatch'",
  tit: "'tit for tat', the bird",
  teez: "rare, collides with names",
  cum: "'magna cum laude', 'cum' = combined with",
  kum: "names and 'kum' in place names",
  kummer: "surname (Kummer)",
  cummer: "surname and rare",
  doggin: "'dogging' = pursuing: 'scandal dogging the president'",
  dogging: "'scandal dogging the president'",
  bestial: "adjective: 'bestial violence' describes, does not abuse",
  kondum: "misspelling of condom (health news)",
  kondums: "misspelling of condoms (health news)",
  pron: "'pron.' = pronunciation; pronoun",
  smut: "topic word in culture news",
  shag: "'shag carpet', the bird",
  spunk: "British 'spunk' = courage",
  anus: "anatomy (health news)",
  enema: "medicine",
  feces: "health and sanitation news",
  foreskin: "health news",
  orifice: "ordinary word",
  screw: "'to screw up', 'screw' the fastener",
  sexy: "ordinary word in culture coverage",
  preteen: "ordinary word: 'preteen children'",
  perse: "'per se' written together; a name",
  schaffer: "surname (Schaffer)",
  rautenberg: "surname (Rautenberg)",
  lipshits: "collides with the surname Lipschitz",
  lipshitz: "surname (Lipshitz)",
  hells: "'Hells Angels', 'hell's kitchen'",
  yed: "abbreviation, not a word here",
  hui: "Chinese given name and surname (Hui)",
  kuk: "surname and place names",
  pula: "Croatian city; Botswana's currency",
  pule: "English verb 'to pule' (whimper)",
  penas: "Spanish 'penas' = sorrows",
  picka: "collides with names; not English",
  knobs: "'door knobs', 'control knobs'",
  dinks: "as 'dink'",
  dominatrix: "topic word in culture news",
  dominatricks: "as 'dominatrix'",
  dominatrics: "as 'dominatrix'",
  nazis: "history: 'the Nazis invaded Poland'; 'you nazis' is caught by the insult patterns",
  polak: "Polish word and common surname (Polak)",
  packie: "New England word for a liquor store",
  packy: "as 'packie'",
  slag: "'slag heap' (mining)",
  hoor: "given name and Dutch word",
  hoore: "as 'hoor'",
  "s hit": "matches \"Trump's hit\" once the apostrophe splits the words",
  "flipping the bird": "describes a gesture, does not abuse",
  feg: "rare, collides with abbreviations",
  basterds: "the film title 'Inglourious Basterds'",
  heshe: "'he/she' in ordinary writing joins into it",
  cok: "Turkish 'çok' (very) and abbreviations",
  spac: "SPAC, the finance term (special purpose acquisition company)",
  "s.o.b.": "becomes 'sob' (to cry) once letters are joined",
};

/** Category of list words that are not plain profanity. */
export const CATEGORY: Record<string, AbuseCategory> = {};
const assign = (category: AbuseCategory, words: string): void => {
  for (const w of words.trim().split(/\s+/)) CATEGORY[w] = category;
};
// Aimed at a person: insults.
assign("insult", `asshole assholes asswhole bastard bellend biatch bitch bitches dickhead douche duche doosh
  fatass fuckhead fuckheads fuckwhit fuckwit fukwhit fukwit knobhead knobead knobend knobed knobjocky knobjokey
  nobhead nobjocky nobjokey numbnuts prick pricks retard scroat scrote shithead skank slut sluts tosser
  twat twathead twatty twunt twunter wanker whore cockface cockhead cocksucker cocksuckers jerk-off
  motherfucker motherfuckers mothafucka mothafuckas mothafucker mothafuckers mothafuckaz mutherfucker
  muthafuckker muthafecker motherfuckka cuntlicker shitdick dick twat buttmuch cunt cunts pussy pussies
  hore hoer whoar turd spac schmuck bastards`);
// Identity attacks: slurs.
assign("identity_attack", `chink coon dyke fag fagging faggitt faggot faggs fagot fagots fags gaylord heshe
  n1gga n1gger nigg3r nigg4h nigga niggah niggas niggaz nigger niggers shemale carpet-muncher fudge-packer
  fudgepacker kike gook spic paki pakie polac polack kraut honkey injun japs daygo dego lesbo lezzian
  mouliewop`);
// Sexual content.
assign("sexual", `blowjob blowjobs blow-job boob boobs booobs boooobs booooobs booooooobs b00bs boner buceta
  cawk clit clits cock cocks cok cunilingus cunillingus cunnilingus cunnilingus cuntlick cuntlicking cumming cums
  cumshot dildo dildos felching fellate fellatio fingerfuck fingerfucked fingerfucker fingerfuckers
  fingerfucking fingerfucks fistfuck fistfucked fistfucker fistfuckers fistfucking fistfuckings fistfucks
  gangbang gangbanged gangbangs gaysex goatse hardcoresex horniest horny hotsex jism jiz jizm jizz kawk kock
  kunilingus m45terbate ma5terb8 ma5terbate masterb8 masterbat3 masterbate masterbation masterbations
  masturbate master-bate nutsack orgasim orgasims phonesex porn porno pornos pube rimjaw rimming schlong
  shagger shaggin shagging smegma titfuck tittiefucker tittyfuck tittywank titwank t1tties titties tittie5
  titt tits teets xrated beastiality bestiality anal ballbag ballsack jackoff jack-off cokmuncher cockmunch
  cockmuncher cocksuck cocksucked cocksucking cocksucks cocksuka cocksukka coksucka pecker pussys pusse pussi
  buttplug butthole bunny-fucker penisfucker pimpis`);
// Spam vocabulary that bad-words lists as profane.
assign("spam", `viagra v14gra v1gra cyalis`);

/** Mild words: severity 0.3–0.5 instead of 0.8. */
export const SEVERITY: Record<string, number> = {};
const rate = (severity: number, words: string): void => {
  for (const w of words.trim().split(/\s+/)) SEVERITY[w] = severity;
};
rate(0.3, `anal damn crap bugger boner boob feck mutha muther pissed teets heshe shite xrated horny horniest
  hore hoer turd arse arrse pecker fart shiz`);
rate(0.5, `piss pisses pissing pissin pisser pissers bollock bollok bastard ass asses porn porno pornos
  goddamn goddamned god-dam god-damned dyke coon spac twat cock cocks viagra cyalis v14gra v1gra boobs schmuck polac polack kraut honkey`);
rate(1, `fuck fucking fucker fuckers cunt cunts nigger niggers nigga niggas faggot faggots fag fags
  motherfucker motherfuckers kike gook spic paki`);
