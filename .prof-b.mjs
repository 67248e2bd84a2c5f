// src/analysis/types.ts
var ABUSE_CATEGORIES = ["profanity", "insult", "threat", "identity_attack", "sexual", "spam"];

// src/analysis/abuse/lexicon-profanity.generated.ts
var PROFANITY_LEXICON = [
  ["ahole", "profanity", 0.8],
  ["amcik", "profanity", 0.8],
  ["anal", "sexual", 0.3],
  ["andskota", "profanity", 0.8],
  ["arrse", "profanity", 0.3],
  ["arschloch", "profanity", 0.8],
  ["arse", "profanity", 0.3],
  ["asholes", "profanity", 0.8],
  ["ass", "profanity", 0.5],
  ["ass monkey", "profanity", 0.8],
  ["asses", "profanity", 0.5],
  ["assface", "profanity", 0.8],
  ["assfucker", "profanity", 0.8],
  ["assfukka", "profanity", 0.8],
  ["asshole", "insult", 0.8],
  ["assholes", "insult", 0.8],
  ["assholz", "profanity", 0.8],
  ["assrammer", "profanity", 0.8],
  ["asswhole", "insult", 0.8],
  ["asswipe", "profanity", 0.8],
  ["ayir", "profanity", 0.8],
  ["azzhole", "profanity", 0.8],
  ["ballbag", "sexual", 0.8],
  ["ballsack", "sexual", 0.8],
  ["bassterds", "profanity", 0.8],
  ["bastard", "insult", 0.5],
  ["bastards", "insult", 0.8],
  ["bastardz", "profanity", 0.8],
  ["basterdz", "profanity", 0.8],
  ["beastial", "profanity", 0.8],
  ["beastiality", "sexual", 0.8],
  ["bellend", "insult", 0.8],
  ["bestiality", "sexual", 0.8],
  ["biatch", "insult", 0.8],
  ["bitch", "insult", 0.8],
  ["bitcher", "profanity", 0.8],
  ["bitchers", "profanity", 0.8],
  ["bitches", "insult", 0.8],
  ["bitchin", "profanity", 0.8],
  ["bitching", "profanity", 0.8],
  ["blow job", "sexual", 0.8],
  ["blowjob", "sexual", 0.8],
  ["blowjobs", "sexual", 0.8],
  ["boffing", "profanity", 0.8],
  ["boiolas", "profanity", 0.8],
  ["bollock", "profanity", 0.5],
  ["bollok", "profanity", 0.5],
  ["boner", "sexual", 0.3],
  ["boob", "sexual", 0.3],
  ["boobs", "sexual", 0.5],
  ["booobs", "sexual", 0.8],
  ["boooobs", "sexual", 0.8],
  ["booooobs", "sexual", 0.8],
  ["booooooobs", "sexual", 0.8],
  ["buceta", "sexual", 0.8],
  ["bugger", "profanity", 0.3],
  ["bunny fucker", "sexual", 0.8],
  ["butthole", "sexual", 0.8],
  ["buttmuch", "insult", 0.8],
  ["buttpirate", "profanity", 0.8],
  ["buttplug", "sexual", 0.8],
  ["buttwipe", "profanity", 0.8],
  ["cabron", "profanity", 0.8],
  ["carpet muncher", "identity_attack", 0.8],
  ["cawk", "sexual", 0.8],
  ["cawks", "profanity", 0.8],
  ["cazzo", "profanity", 0.8],
  ["chink", "identity_attack", 0.8],
  ["chraa", "profanity", 0.8],
  ["chuj", "profanity", 0.8],
  ["clit", "sexual", 0.8],
  ["clits", "sexual", 0.8],
  ["cnts", "profanity", 0.8],
  ["cntz", "profanity", 0.8],
  ["cnut", "profanity", 0.8],
  ["cock", "sexual", 0.5],
  ["cockface", "insult", 0.8],
  ["cockhead", "insult", 0.8],
  ["cockmunch", "sexual", 0.8],
  ["cockmuncher", "sexual", 0.8],
  ["cocks", "sexual", 0.5],
  ["cocksuck", "sexual", 0.8],
  ["cocksucked", "sexual", 0.8],
  ["cocksucker", "insult", 0.8],
  ["cocksucking", "sexual", 0.8],
  ["cocksucks", "sexual", 0.8],
  ["cocksuka", "sexual", 0.8],
  ["cocksukka", "sexual", 0.8],
  ["cokmuncher", "sexual", 0.8],
  ["coksucka", "sexual", 0.8],
  ["coon", "identity_attack", 0.5],
  ["crap", "profanity", 0.3],
  ["cumming", "sexual", 0.8],
  ["cums", "sexual", 0.8],
  ["cumshot", "sexual", 0.8],
  ["cunilingus", "sexual", 0.8],
  ["cunillingus", "sexual", 0.8],
  ["cunnilingus", "sexual", 0.8],
  ["cunt", "insult", 1],
  ["cuntlick", "sexual", 0.8],
  ["cuntlicker", "insult", 0.8],
  ["cuntlicking", "sexual", 0.8],
  ["cunts", "insult", 1],
  ["cuntz", "profanity", 0.8],
  ["cyalis", "spam", 0.5],
  ["cyberfuc", "profanity", 0.8],
  ["cyberfuck", "profanity", 0.8],
  ["cyberfucked", "profanity", 0.8],
  ["cyberfucker", "profanity", 0.8],
  ["cyberfuckers", "profanity", 0.8],
  ["cyberfucking", "profanity", 0.8],
  ["damn", "profanity", 0.3],
  ["daygo", "identity_attack", 0.8],
  ["dego", "identity_attack", 0.8],
  ["dick", "insult", 0.8],
  ["dickhead", "insult", 0.8],
  ["dildo", "sexual", 0.8],
  ["dildos", "sexual", 0.8],
  ["dirsa", "profanity", 0.8],
  ["dlck", "profanity", 0.8],
  ["dogfucker", "profanity", 0.8],
  ["donkeyribber", "profanity", 0.8],
  ["doosh", "insult", 0.8],
  ["duche", "insult", 0.8],
  ["dupa", "profanity", 0.8],
  ["dyke", "identity_attack", 0.5],
  ["dziwka", "profanity", 0.8],
  ["ejackulate", "profanity", 0.8],
  ["ekto", "profanity", 0.8],
  ["enculer", "profanity", 0.8],
  ["faen", "profanity", 0.8],
  ["fag", "identity_attack", 1],
  ["faget", "profanity", 0.8],
  ["fagging", "identity_attack", 0.8],
  ["faggit", "profanity", 0.8],
  ["faggitt", "identity_attack", 0.8],
  ["faggot", "identity_attack", 1],
  ["faggs", "identity_attack", 0.8],
  ["fagit", "profanity", 0.8],
  ["fagot", "identity_attack", 0.8],
  ["fagots", "identity_attack", 0.8],
  ["fags", "identity_attack", 1],
  ["fagz", "profanity", 0.8],
  ["faig", "profanity", 0.8],
  ["faigs", "profanity", 0.8],
  ["fanculo", "profanity", 0.8],
  ["fannyflaps", "profanity", 0.8],
  ["fannyfucker", "profanity", 0.8],
  ["fart", "profanity", 0.3],
  ["fatass", "insult", 0.8],
  ["fcuk", "profanity", 0.8],
  ["fcuker", "profanity", 0.8],
  ["fcuking", "profanity", 0.8],
  ["feck", "profanity", 0.3],
  ["fecker", "profanity", 0.8],
  ["felcher", "profanity", 0.8],
  ["felching", "sexual", 0.8],
  ["fellate", "sexual", 0.8],
  ["fellatio", "sexual", 0.8],
  ["ficken", "profanity", 0.8],
  ["fingerfuck", "sexual", 0.8],
  ["fingerfucked", "sexual", 0.8],
  ["fingerfucker", "sexual", 0.8],
  ["fingerfuckers", "sexual", 0.8],
  ["fingerfucking", "sexual", 0.8],
  ["fingerfucks", "sexual", 0.8],
  ["fistfuck", "sexual", 0.8],
  ["fistfucked", "sexual", 0.8],
  ["fistfucker", "sexual", 0.8],
  ["fistfuckers", "sexual", 0.8],
  ["fistfucking", "sexual", 0.8],
  ["fistfuckings", "sexual", 0.8],
  ["fistfucks", "sexual", 0.8],
  ["flikker", "profanity", 0.8],
  ["fook", "profanity", 0.8],
  ["fooker", "profanity", 0.8],
  ["fotze", "profanity", 0.8],
  ["fuck", "profanity", 1],
  ["fucka", "profanity", 0.8],
  ["fucked", "profanity", 0.8],
  ["fucker", "profanity", 1],
  ["fuckers", "profanity", 1],
  ["fuckhead", "insult", 0.8],
  ["fuckheads", "insult", 0.8],
  ["fuckin", "profanity", 0.8],
  ["fucking", "profanity", 1],
  ["fuckings", "profanity", 0.8],
  ["fuckingshitmotherfucker", "profanity", 0.8],
  ["fuckme", "profanity", 0.8],
  ["fucks", "profanity", 0.8],
  ["fuckwhit", "insult", 0.8],
  ["fuckwit", "insult", 0.8],
  ["fudge packer", "identity_attack", 0.8],
  ["fudgepacker", "identity_attack", 0.8],
  ["fuk", "profanity", 0.8],
  ["fukah", "profanity", 0.8],
  ["fuken", "profanity", 0.8],
  ["fuker", "profanity", 0.8],
  ["fukin", "profanity", 0.8],
  ["fukk", "profanity", 0.8],
  ["fukkah", "profanity", 0.8],
  ["fukken", "profanity", 0.8],
  ["fukker", "profanity", 0.8],
  ["fukkin", "profanity", 0.8],
  ["fuks", "profanity", 0.8],
  ["fukwhit", "insult", 0.8],
  ["fukwit", "insult", 0.8],
  ["futkretzn", "profanity", 0.8],
  ["fux", "profanity", 0.8],
  ["gangbang", "sexual", 0.8],
  ["gangbanged", "sexual", 0.8],
  ["gangbangs", "sexual", 0.8],
  ["gaylord", "identity_attack", 0.8],
  ["gaysex", "sexual", 0.8],
  ["goatse", "sexual", 0.8],
  ["goddam", "profanity", 0.5],
  ["goddamn", "profanity", 0.5],
  ["goddamned", "profanity", 0.5],
  ["gook", "identity_attack", 1],
  ["guiena", "profanity", 0.8],
  ["hardcoresex", "sexual", 0.8],
  ["helvete", "profanity", 0.8],
  ["hoer", "insult", 0.3],
  ["honkey", "identity_attack", 0.5],
  ["hore", "insult", 0.3],
  ["horniest", "sexual", 0.3],
  ["horny", "sexual", 0.3],
  ["hotsex", "sexual", 0.8],
  ["huevon", "profanity", 0.8],
  ["injun", "identity_attack", 0.8],
  ["jackoff", "sexual", 0.8],
  ["japs", "identity_attack", 0.8],
  ["jerkoff", "insult", 0.8],
  ["jisim", "profanity", 0.8],
  ["jism", "sexual", 0.8],
  ["jiss", "profanity", 0.8],
  ["jiz", "sexual", 0.8],
  ["jizm", "sexual", 0.8],
  ["jizz", "sexual", 0.8],
  ["kawk", "sexual", 0.8],
  ["kike", "identity_attack", 1],
  ["klootzak", "profanity", 0.8],
  ["knobead", "insult", 0.8],
  ["knobed", "insult", 0.8],
  ["knobend", "insult", 0.8],
  ["knobhead", "insult", 0.8],
  ["knobjocky", "insult", 0.8],
  ["knobjokey", "insult", 0.8],
  ["knobz", "profanity", 0.8],
  ["knulle", "profanity", 0.8],
  ["kock", "sexual", 0.8],
  ["kraut", "identity_attack", 0.5],
  ["kuksuger", "profanity", 0.8],
  ["kumming", "profanity", 0.8],
  ["kums", "profanity", 0.8],
  ["kunilingus", "sexual", 0.8],
  ["kunt", "profanity", 0.8],
  ["kunts", "profanity", 0.8],
  ["kurac", "profanity", 0.8],
  ["kurwa", "profanity", 0.8],
  ["lesbo", "identity_attack", 0.8],
  ["lezzian", "identity_attack", 0.8],
  ["mamhoon", "profanity", 0.8],
  ["masokist", "profanity", 0.8],
  ["massterbait", "profanity", 0.8],
  ["masstrbait", "profanity", 0.8],
  ["masstrbate", "profanity", 0.8],
  ["masterbaiter", "profanity", 0.8],
  ["masterbate", "sexual", 0.8],
  ["masterbates", "profanity", 0.8],
  ["masterbation", "sexual", 0.8],
  ["masterbations", "sexual", 0.8],
  ["masturbate", "sexual", 0.8],
  ["mibun", "profanity", 0.8],
  ["mofo", "profanity", 0.8],
  ["monkleigh", "profanity", 0.8],
  ["motha fucker", "profanity", 0.8],
  ["motha fuker", "profanity", 0.8],
  ["motha fukkah", "profanity", 0.8],
  ["motha fukker", "profanity", 0.8],
  ["mothafuck", "profanity", 0.8],
  ["mothafucka", "insult", 0.8],
  ["mothafuckas", "insult", 0.8],
  ["mothafuckaz", "insult", 0.8],
  ["mothafucked", "profanity", 0.8],
  ["mothafucker", "insult", 0.8],
  ["mothafuckers", "insult", 0.8],
  ["mothafuckin", "profanity", 0.8],
  ["mothafucking", "profanity", 0.8],
  ["mothafuckings", "profanity", 0.8],
  ["mothafucks", "profanity", 0.8],
  ["mother fucker", "profanity", 0.8],
  ["mother fukah", "profanity", 0.8],
  ["mother fuker", "profanity", 0.8],
  ["mother fukkah", "profanity", 0.8],
  ["mother fukker", "profanity", 0.8],
  ["motherfuck", "profanity", 0.8],
  ["motherfucked", "profanity", 0.8],
  ["motherfucker", "profanity", 0.8],
  ["motherfuckers", "insult", 1],
  ["motherfuckin", "profanity", 0.8],
  ["motherfucking", "profanity", 0.8],
  ["motherfuckings", "profanity", 0.8],
  ["motherfuckka", "insult", 0.8],
  ["motherfucks", "profanity", 0.8],
  ["mouliewop", "identity_attack", 0.8],
  ["muie", "profanity", 0.8],
  ["mulkku", "profanity", 0.8],
  ["muschi", "profanity", 0.8],
  ["mutha", "profanity", 0.3],
  ["mutha fucker", "profanity", 0.8],
  ["mutha fukah", "profanity", 0.8],
  ["mutha fuker", "profanity", 0.8],
  ["mutha fukkah", "profanity", 0.8],
  ["mutha fukker", "profanity", 0.8],
  ["muthafecker", "insult", 0.8],
  ["muthafuckker", "insult", 0.8],
  ["muther", "profanity", 0.3],
  ["mutherfucker", "insult", 0.8],
  ["nastt", "profanity", 0.8],
  ["nepesaurio", "profanity", 0.8],
  ["nigga", "identity_attack", 1],
  ["niggah", "identity_attack", 0.8],
  ["niggas", "identity_attack", 1],
  ["niggaz", "identity_attack", 0.8],
  ["nigger", "identity_attack", 1],
  ["niggers", "identity_attack", 1],
  ["nob jokey", "profanity", 0.8],
  ["nobhead", "insult", 0.8],
  ["nobjocky", "insult", 0.8],
  ["nobjokey", "insult", 0.8],
  ["numbnuts", "insult", 0.8],
  ["nutsack", "sexual", 0.8],
  ["orafis", "profanity", 0.8],
  ["orgasim", "sexual", 0.8],
  ["orgasims", "sexual", 0.8],
  ["orgasum", "profanity", 0.8],
  ["oriface", "profanity", 0.8],
  ["orifiss", "profanity", 0.8],
  ["orospu", "profanity", 0.8],
  ["packi", "profanity", 0.8],
  ["paki", "identity_attack", 1],
  ["pakie", "identity_attack", 0.8],
  ["paky", "profanity", 0.8],
  ["pecker", "sexual", 0.3],
  ["peeenus", "profanity", 0.8],
  ["peeenusss", "profanity", 0.8],
  ["peenus", "profanity", 0.8],
  ["peinus", "profanity", 0.8],
  ["penisbreath", "profanity", 0.8],
  ["penisfucker", "sexual", 0.8],
  ["penus", "profanity", 0.8],
  ["penuus", "profanity", 0.8],
  ["phonesex", "sexual", 0.8],
  ["phuc", "profanity", 0.8],
  ["phuck", "profanity", 0.8],
  ["phuk", "profanity", 0.8],
  ["phuked", "profanity", 0.8],
  ["phuker", "profanity", 0.8],
  ["phuking", "profanity", 0.8],
  ["phukked", "profanity", 0.8],
  ["phukker", "profanity", 0.8],
  ["phukking", "profanity", 0.8],
  ["phuks", "profanity", 0.8],
  ["phuq", "profanity", 0.8],
  ["pigfucker", "profanity", 0.8],
  ["pimmel", "profanity", 0.8],
  ["pimpis", "sexual", 0.8],
  ["piss", "profanity", 0.5],
  ["pissed", "profanity", 0.3],
  ["pisser", "profanity", 0.5],
  ["pissers", "profanity", 0.5],
  ["pisses", "profanity", 0.5],
  ["pissflaps", "profanity", 0.8],
  ["pissin", "profanity", 0.5],
  ["pissing", "profanity", 0.5],
  ["pissoff", "profanity", 0.8],
  ["pizda", "profanity", 0.8],
  ["polac", "identity_attack", 0.5],
  ["polack", "identity_attack", 0.5],
  ["poonani", "profanity", 0.8],
  ["poontsee", "profanity", 0.8],
  ["porn", "sexual", 0.5],
  ["porno", "sexual", 0.5],
  ["pornos", "sexual", 0.5],
  ["prick", "insult", 0.8],
  ["pricks", "insult", 0.8],
  ["pube", "sexual", 0.8],
  ["pusse", "sexual", 0.8],
  ["pussee", "profanity", 0.8],
  ["pussi", "sexual", 0.8],
  ["pussies", "insult", 0.8],
  ["pussy", "insult", 0.8],
  ["pussys", "sexual", 0.8],
  ["puta", "profanity", 0.8],
  ["puto", "profanity", 0.8],
  ["puuke", "profanity", 0.8],
  ["puuker", "profanity", 0.8],
  ["qahbeh", "profanity", 0.8],
  ["recktum", "profanity", 0.8],
  ["retard", "insult", 0.8],
  ["rimjaw", "sexual", 0.8],
  ["rimming", "sexual", 0.8],
  ["scank", "profanity", 0.8],
  ["schlampe", "profanity", 0.8],
  ["schlong", "sexual", 0.8],
  ["schmuck", "insult", 0.5],
  ["scroat", "insult", 0.8],
  ["scrote", "insult", 0.8],
  ["shagger", "sexual", 0.8],
  ["shaggin", "sexual", 0.8],
  ["shagging", "sexual", 0.8],
  ["sharmuta", "profanity", 0.8],
  ["sharmute", "profanity", 0.8],
  ["shemale", "identity_attack", 0.8],
  ["shipal", "profanity", 0.8],
  ["shit", "profanity", 0.8],
  ["shitdick", "insult", 0.8],
  ["shite", "profanity", 0.3],
  ["shited", "profanity", 0.8],
  ["shitey", "profanity", 0.8],
  ["shitfuck", "profanity", 0.8],
  ["shitfull", "profanity", 0.8],
  ["shithead", "insult", 0.8],
  ["shiting", "profanity", 0.8],
  ["shitings", "profanity", 0.8],
  ["shits", "profanity", 0.8],
  ["shitted", "profanity", 0.8],
  ["shitter", "profanity", 0.8],
  ["shitters", "profanity", 0.8],
  ["shitting", "profanity", 0.8],
  ["shittings", "profanity", 0.8],
  ["shitty", "profanity", 0.8],
  ["shity", "profanity", 0.8],
  ["shitz", "profanity", 0.8],
  ["shiz", "profanity", 0.3],
  ["shyt", "profanity", 0.8],
  ["shyte", "profanity", 0.8],
  ["shytty", "profanity", 0.8],
  ["shyty", "profanity", 0.8],
  ["skanck", "profanity", 0.8],
  ["skank", "insult", 0.8],
  ["skankee", "profanity", 0.8],
  ["skankey", "profanity", 0.8],
  ["skanks", "profanity", 0.8],
  ["skanky", "profanity", 0.8],
  ["skribz", "profanity", 0.8],
  ["skurwysyn", "profanity", 0.8],
  ["slut", "insult", 0.8],
  ["sluts", "insult", 0.8],
  ["slutty", "profanity", 0.8],
  ["slutz", "profanity", 0.8],
  ["smegma", "sexual", 0.8],
  ["sonofabitch", "profanity", 0.8],
  ["sphencter", "profanity", 0.8],
  ["spic", "identity_attack", 1],
  ["spierdalaj", "profanity", 0.8],
  ["splooge", "profanity", 0.8],
  ["suka", "profanity", 0.8],
  ["teets", "sexual", 0.3],
  ["titfuck", "sexual", 0.8],
  ["tits", "sexual", 0.8],
  ["titt", "sexual", 0.8],
  ["tittiefucker", "sexual", 0.8],
  ["titties", "sexual", 0.8],
  ["tittyfuck", "sexual", 0.8],
  ["tittywank", "sexual", 0.8],
  ["titwank", "sexual", 0.8],
  ["tosser", "insult", 0.8],
  ["turd", "insult", 0.3],
  ["twat", "insult", 0.5],
  ["twathead", "insult", 0.8],
  ["twatty", "insult", 0.8],
  ["twunt", "insult", 0.8],
  ["twunter", "insult", 0.8],
  ["vagiina", "profanity", 0.8],
  ["vajina", "profanity", 0.8],
  ["viagra", "spam", 0.5],
  ["vittu", "profanity", 0.8],
  ["vullva", "profanity", 0.8],
  ["wank", "profanity", 0.8],
  ["wanker", "insult", 0.8],
  ["wanky", "profanity", 0.8],
  ["whoar", "insult", 0.8],
  ["whore", "insult", 0.8],
  ["wichser", "profanity", 0.8],
  ["xrated", "sexual", 0.3],
  ["zabourah", "profanity", 0.8]
];

// src/analysis/abuse/topic-words.generated.ts
var CIVIL_TOPIC_WORDS = "alaska hawaii anchorage wynne comey alaskans eugene bannon alaskan juneau pence leary sullivan caldwell tillerson broncos kathleen medicaid morneau ottawa elway assad crum motley zuma magaphants cheetolini khadr fairbanks";

// src/analysis/abuse/lexicon-terms.ts
var C_YOU = 1 << 0;
var C_BE = 1 << 1;
var C_ART = 1 << 2;
var C_INTENS = 1 << 3;
var C_INSULT = 1 << 4;
var C_SELF = 1 << 5;
var C_WILL = 1 << 6;
var C_TO = 1 << 7;
var C_KILLV = 1 << 8;
var C_TARGET = 1 << 9;
var C_REFLEX = 1 << 10;
var C_SHOULD = 1 << 11;
var C_PASSIVE = 1 << 12;
var C_DIE = 1 << 13;
var C_GROUP = 1 << 14;
var C_GROUPADJ = 1 << 15;
var C_PEOPLE = 1 << 16;
var C_DEHUM = 1 << 17;
var C_ALL = 1 << 18;
var C_HOPE = 1 << 19;
var C_THEY = 1 << 20;
var C_NOT = 1 << 21;
var C_BEFORE_NAME = 1 << 22;
var C_NOUN = 1 << 23;
var C_PRAISE = 1 << 24;
var C_GAME = 1 << 25;
var C_AT = 1 << 26;
var C_TITLE = 1 << 27;
var C_DOG = 1 << 28;
var C_MENTION = 1 << 29;
var C_LIKE = 1 << 30;
var C_JUSTICE = 1 << 31;
var C_CONTEXT_ONLY = C_DOG | C_MENTION | C_LIKE | C_JUSTICE;
var JUSTICE_WORDS = `sentenced jailed convicted acquitted charged arrested pleaded court courts judge jury trial prosecutors
  prosecutor prison custody verdict guilty police detectives`;
var INSULT_STRONG = `idiot moron imbecile cretin scumbag dumbass jackass halfwit nitwit dimwit numbskull nincompoop
  dipshit douchebag asshat shitbag dirtbag lowlife degenerate bonehead blockhead knucklehead airhead pinhead
  meathead dumbfuck libtard retardican dumbo simpleton buffoon twit prat pillock plonker git arsehole arsewipe
  douchecanoe shitstain cocksucker cuck trailer-trash wingnut nutjob nutcase lunatic psycho`;
var INSULT_WEAK = `stupid dumb fool foolish pathetic ignorant loser idiotic moronic clueless brainless worthless
  hypocrite coward liar troll jerk creep scum freak weirdo braindead spineless gutless imbecilic cretinous`;
var INSULT_CONTEXT = `nazi nazis fascist commie pig rat snake animal trash garbage sheep sheeple snowflake
  deplorable traitor hack shill bigot racist sexist crook thief fraud joke disgrace parasite leech maggot
  vermin dog bitchboy fatso fatty slob hag witch cow donkey baboon monkey ape nutter sicko quack hoe subhuman
  untermensch nonce clown looser muppet chump`;
var INSULT_CONTEXT_ADJ = `racist sexist fascist useless ugly vile disgusting crazy lame nasty annoying hypocritical dense
  despicable corrupt phony phoney deranged demented sleazy kooky loony looney hysterical thick`;
var IDENTITY_THINGS = `bar bars club clubs pride rights marriage marriages wedding weddings community communities culture
  history festival festivals parade parades centre center centres centers church churches mosque mosques synagogue
  temple temples owned businesses business restaurant restaurants neighbourhood neighborhood film films music art
  heritage holiday holidays food cuisine groups group organisation organization organisations organizations vote voters
  friend friends neighbour neighbours neighbor neighbors couple colleague colleagues son daughter kids`;
var BLOWS_TO_YOU = ["break", "smash", "bust", "snap", "crack", "cave in"].flatMap(
  (verb) => ["jaw", "nose", "face", "legs", "arms", "neck", "skull", "head", "ribs", "kneecaps", "knees", "fingers"].map((part) => `${verb} your ${part}`)
).join("|");
var SLURS = `kike gook spic wetback beaner raghead towelhead tranny trannies zipperhead sandnigger
  camel-jockey porch-monkey jungle-bunny coon chink nigger nigga faggot fag dyke retard retards
  mongoloid spastic spaz shemale paki jigaboo darkie darky redskin squaw gyppo pikey`;
var GROUPS = `muslims jews blacks whites gays homosexuals lesbians transgenders trans immigrants migrants
  refugees mexicans arabs asians africans christians hindus sikhs women feminists latinos hispanics indians
  chinese natives gypsies foreigners illegals queers catholics mormons atheists men russians americans
  canadians germans europeans palestinians israelis iranians syrians somalis pakistanis japanese koreans
  filipinos aboriginals eskimos irish poles negroes`;
var GROUP_ADJ = `black white gay jewish muslim trans asian african mexican arab chinese indian latino
  hispanic native christian hindu lesbian queer immigrant foreign negro islamic`;
var DEHUM = `animals animal vermin rats cockroaches roaches parasites subhuman subhumans savages savage scum
  filth filthy trash garbage disease diseased cancer plague apes monkeys pigs dogs inferior terrorists rapists
  criminals thugs evil barbarians barbaric invaders leeches locusts insects beasts degenerates degenerate
  retarded dirty disgusting worthless useless pedophiles paedophiles cowardly thieves killers deviants lazy greedy`;
var WORD_GROUPS = [
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
  { words: "shut your mouth|shut your face|shut your trap|go to hell|burn in hell|rot in hell|screw you|piss off|kiss my ass|piece of crap|waste of space|waste of oxygen|waste of skin|brain dead|nobody would miss you|no one would miss you|world would be better without you|should have swallowed you|should ve swallowed you|should of swallowed you|should have aborted you|should ve aborted you|should of aborted you|should have been aborted|should ve been aborted|should of been aborted|you have the iq of|has the iq of a|you are an embarrassment|youre an embarrassment|you re an embarrassment", category: "insult", severity: 0.7, rule: "phrase:insult" },
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
  // Read by context-guards.ts isLikeMe ("an idiot like me") and describesPlaceOrRight ("the gay bar"): no class of their own.
  { words: "me myself us ourselves" },
  { words: IDENTITY_THINGS },
  // Names the Civil sample is about (topic-words.generated.ts), left out of the model's input by rules.ts.
  ...CIVIL_TOPIC_WORDS ? [{ words: CIVIL_TOPIC_WORDS }] : [],
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
      pussyfooters pussyfoots pussyfooting niggarded niggarding niggardise niggardize`,
    allow: true
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
      buy now pay later|buy now and then|class clown|class clowns|troll under the bridge|dumb and dumber|fucking austria|fucking in austria|village of fucking|fucking is a village|fucking is an austrian village|bitch gave birth|bitch had puppies|bitch had a litter|bitch in heat|bitch is in heat|bitch and her puppies|bitch whelped|squaw valley|squaw peak|kill devil hills|jackass flat|circus clown|circus clowns|rodeo clown|clown fish|april fool|april fools|april fools day|jerk chicken|jerk pork|jerk seasoning|jerk sauce|
      chink of light|chinks of light|cock crowed|cock crows|shooting craps|play craps|bastard sword|bastard swords|prick your finger|prick my finger|prick their finger|pin prick|
      built a dyke|sea dyke|offas dyke|offa s dyke|rio negro|coon cat|coon cats|maine coon|maine coons|coon hound|cock a leekie|cock a doodle doo|dumb luck|whore of babylon|is killing me|are killing me|youre killing me|you re killing me|killing me softly|butt of the joke|butt of jokes|
      butt of the jokes|butt of a joke|butt of many jokes|butt of every joke`,
    allow: true
  }
];

// src/analysis/abuse/pattern-specs.ts
var THINGS = [
  "bill bills idea ideas plan plans project projects proposal proposals law laws program programs programme programmes deal",
  "policy policies scheme schemes motion amendment amendments tax taxes measure legislation story show series feature",
  "pipeline merger contract treaty rule rules regulation regulations ordinance initiative budget ban tariff tariffs reform reforms"
].join(" ").replaceAll(" ", "|");
var KIN = "family|kids|children|wife|husband|mother|mom|mum|father|dad|son|daughter?";
var PATTERN_SPECS = [
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
  { name: "you-will-regret", category: "threat", severity: 0.75, pattern: "@you @be? @will !regret this|that" },
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
  { name: "group-should-die", category: "identity_attack", severity: 0.95, pattern: "@group @should @to? @be? !@passive|@die" }
];
var KEY_WEIGHT = {
  killed: 0.6,
  executed: 0.5,
  shot: 0.8,
  beaten: 0.7,
  stoned: 0.4,
  burned: 0.6,
  burnt: 0.6,
  hung: 0.7,
  off: 0.6,
  rot: 0.7,
  hurt: 0.6,
  beat: 0.7,
  joke: 0.5,
  hack: 0.6
};

// src/analysis/abuse/lexicon.ts
var SEP = 26;
var ALPHABET = 27;
var INFLECT_NONE = 0;
var INFLECT_PLURAL = 1;
var INFLECT_VERB = 2;
var TrieBuilder = class {
  children = new Int32Array(ALPHABET * 1024);
  entries = new Int32Array(1024);
  nodes = 1;
  add(symbols, entry, overwrite) {
    let node = 0;
    for (const s of symbols) {
      let next = this.children[node * ALPHABET + s];
      if (next === 0) {
        next = this.nodes++;
        if (next >= this.entries.length) this.grow();
        this.children[node * ALPHABET + s] = next;
      }
      node = next;
    }
    if (overwrite || this.entries[node] === 0) this.entries[node] = entry + 1;
  }
  grow() {
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
    const entries = new Int32Array(this.entries.length * 2);
    entries.set(this.entries);
    this.entries = entries;
  }
  build() {
    const used = this.children.subarray(0, this.nodes * ALPHABET);
    return { children: this.nodes <= 65535 ? Uint16Array.from(used) : used.slice(), entry: this.entries.slice(0, this.nodes) };
  }
};
function symbolsOf(term) {
  const out = [];
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    out.push(c === 32 ? SEP : c - 97);
  }
  return out;
}
function squeeze(symbols) {
  return symbols.filter((s, i) => i === 0 || symbols[i - 1] !== s);
}
function splitWords(spec) {
  const parts = spec.includes("|") ? spec.split("|") : spec.split(/\s+/);
  const out = [];
  for (const p of parts) {
    const t = p.trim().replace(/\s+/g, " ").toLowerCase();
    if (t === "") continue;
    if (t.includes("-")) {
      out.push(t.replace(/-/g, " "), t.replace(/-/g, ""));
    } else out.push(t);
  }
  return out;
}
var compiled = null;
function lexicon() {
  if (compiled === null) compiled = compile();
  return compiled;
}
function compile() {
  const drafts = /* @__PURE__ */ new Map();
  const put = (term, g) => {
    if (!/^[a-z]+( [a-z]+)*$/.test(term)) throw new Error(`lexicon term not normalised: ${term}`);
    const category = g.category === void 0 ? -1 : ABUSE_CATEGORIES.indexOf(g.category);
    const severity = g.severity ?? (category >= 0 ? 0.8 : 0);
    const inflect = g.inflect === "verb" ? INFLECT_VERB : g.inflect === "plural" ? INFLECT_PLURAL : INFLECT_NONE;
    const classes = (g.classes ?? 0) | (g.category === "insult" || g.category === "identity_attack" ? C_INSULT : 0);
    const d = drafts.get(term);
    if (d === void 0) {
      drafts.set(term, { category, severity, classes, inflect, allow: g.allow === true, stem: g.stem === true, rule: g.rule ?? "lexicon" });
      return;
    }
    d.classes |= classes;
    d.inflect = Math.max(d.inflect, inflect);
    d.allow ||= g.allow === true;
    d.stem ||= g.stem === true;
    if (category >= 0 && (d.category < 0 || severity > d.severity || g.rule !== void 0)) {
      d.category = category;
      d.severity = Math.max(severity, d.category === category ? d.severity : 0);
      d.rule = g.rule ?? d.rule;
    }
  };
  for (const [term, category, severity] of PROFANITY_LEXICON) {
    put(term, { words: term, category, severity, inflect: "plural", rule: `lexicon:${category === "profanity" ? "profanity" : category === "identity_attack" ? "slur" : category}` });
  }
  for (const g of WORD_GROUPS) for (const term of splitWords(g.words)) put(term, g);
  for (const spec of PATTERN_SPECS) {
    const named = [spec.pattern, spec.notAfter ?? "", spec.endsClause ?? "", ...Object.keys(spec.keyWeights ?? {})];
    for (const alt of named.join(" ").split(/[\s|]+/)) {
      const w = alt.replace(/^!/, "").replace(/[?*]$/, "");
      if (w !== "" && !w.startsWith("@") && !drafts.has(w)) put(w, { words: w });
    }
  }
  for (const [term, d] of drafts) {
    if (d.category >= 0 || d.allow) continue;
    for (const cut of [1, 2]) {
      const base = drafts.get(term.slice(0, -cut));
      if (base !== void 0 && base.category >= 0 && base.inflect !== INFLECT_NONE && /^(s|es)$/.test(term.slice(-cut))) {
        d.category = base.category;
        d.severity = base.severity;
        d.rule = base.rule;
        d.classes |= base.classes;
        break;
      }
    }
  }
  const terms = [...drafts.keys()];
  const n2 = terms.length;
  const lex = {
    terms,
    category: new Int8Array(n2),
    severity: new Float32Array(n2),
    classes: new Int32Array(n2),
    inflect: new Uint8Array(n2),
    allow: new Uint8Array(n2),
    rule: [],
    words: new Uint8Array(n2),
    byTerm: /* @__PURE__ */ new Map(),
    main: { children: new Uint16Array(0), entry: new Int32Array(0) },
    squeezed: { children: new Uint16Array(0), entry: new Int32Array(0) },
    stems: { children: new Uint16Array(0), entry: new Int32Array(0) }
  };
  const main = new TrieBuilder();
  const squeezed = new TrieBuilder();
  const stems = new TrieBuilder();
  terms.forEach((term, i) => {
    const d = drafts.get(term);
    lex.category[i] = d.category;
    lex.severity[i] = d.severity;
    lex.classes[i] = d.classes;
    lex.inflect[i] = d.inflect;
    lex.allow[i] = d.allow ? 1 : 0;
    lex.rule.push(d.rule);
    lex.words[i] = term.split(" ").length;
    lex.byTerm.set(term, i);
    const symbols = symbolsOf(term);
    main.add(symbols, i, true);
    if (lex.words[i] === 1 && (d.category >= 0 || d.allow)) {
      squeezed.add(squeeze(symbols), i, d.allow);
      if (d.inflect !== INFLECT_NONE && d.category >= 0) squeezed.add(squeeze([...symbols, 18]), i, false);
    }
    if (d.stem && d.category >= 0) stems.add(symbols, i, true);
  });
  lex.main = main.build();
  lex.squeezed = squeezed.build();
  lex.stems = stems.build();
  return lex;
}
function categoryName(index) {
  return ABUSE_CATEGORIES[index];
}

// src/analysis/abuse/fold-table.ts
var K_SKIP = 0;
var K_LETTER = 1;
var K_DIGIT = 2;
var K_LEET = 3;
var K_MASK = 4;
var K_SPACE = 5;
var K_PUNCT = 6;
var K_APOS = 7;
var K_STOP = 8;
var K_FOREIGN = 9;
var K_SYMBOL = 10;
var foldCodes = null;
var kinds = null;
var LOOKALIKES = (
  // Cyrillic
  "\u0430a \u0432b \u0433r \u0435e \u0451e \u0438u \u0456i \u0457i \u0458j \u043Ak \u043Cm \u043Dh \u043Eo \u043Fn \u0440p \u0441c \u0442t \u0443y \u0445x \u0448w \u0449w \u044Ab \u044Cb \u0455s \u0501d \u04BBh \u04CFl \u051Bq \u051Dw \u04AFy \u04ABc \u0475v \u04E7o \u04D3a \u04F1y \u03B1a \u03B2b \u03B3y \u03B4d \u03B5e \u03B6z \u03B7n \u03B9i \u03BAk \u03BCu \u03BDv \u03BFo \u03C0n \u03C1p \u03C2s \u03C4t \u03C5u \u03C7x \u03C9w \u03F2c \u03F3j \u0585o \u057Du \u0578n \u0570h \u0581g \u0566q \u0131i \u0142l \xF8o \u0111d \u0127h \u0167t \u017Fs \u0180b \u0192f \u0253b \u0257d \u0199k \u01A5p \u01ADt \u028Bv \u0225z \u0268i \u0251a \u0261g \u0269i \u026Ai \u0280r \u028Fy \u0299b \u029Ch \u029Fl \u0274n \u1D00a \u1D04c \u1D05d \u1D07e \uA730f \u0262g \u1D0Aj \u1D0Bk \u1D0Dm \u1D0Fo \u1D18p \uA731s \u1D1Bt \u1D1Cu \u1D20v \u1D21w \u1D22z \u13AAa \u13F4b \u13DFc \u13ACe \u13BBh \u13A5i \u13E6k \u13DEl \u13B7m \u13E2p \u13DAs \u13A2t \u13B3w"
);
var GREEK_CAPITALS = "\u0391a \u0392b \u0395e \u0396z \u0397h \u0399i \u039Ak \u039Cm \u039Dn \u039Fo \u03A1p \u03A4t \u03A5y \u03A7x";
var INVISIBLE_RANGES = [
  [173, 173],
  [847, 847],
  [1564, 1564],
  [4447, 4448],
  [6068, 6069],
  [6155, 6159],
  [8203, 8207],
  [8234, 8238],
  [8288, 8303],
  [12644, 12644],
  [65024, 65039],
  [65279, 65279],
  [65440, 65440],
  [65529, 65531],
  // combining marks: f̶u̶c̶k̶, zalgo
  [768, 879],
  [1155, 1161],
  [6832, 6911],
  [7616, 7679],
  [8400, 8447],
  [65056, 65071]
];
var SPACE_CODES = [9, 11, 12, 32, 160, 5760, 8239, 8287, 12288];
var NFKD_RANGES = [
  [192, 687],
  [880, 1023],
  [1024, 1279],
  [7424, 7615],
  [7680, 8191],
  [8304, 8351],
  [8448, 8527],
  [9312, 9471],
  [65280, 65519]
];
var FOREIGN_RANGES = [
  [192, 591],
  [880, 1423],
  [1424, 8191],
  [11264, 11775],
  [12352, 40959],
  [40960, 55295],
  [63744, 64255],
  [64256, 65023],
  [65136, 65278],
  [65382, 65500]
];
function setRange(k, ranges, kind) {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) k[c] = kind;
}
var ASCII_LEET = "$s @a !i +t |i \xA1i \xA2c \xA9c";
var DIGIT_LEET = "0o 1i 3e 4a 5s 7t 8b 9g";
function build() {
  const f = new Uint16Array(65536);
  const k = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) f[c] = c;
  k.fill(K_SYMBOL);
  setRange(k, FOREIGN_RANGES, K_FOREIGN);
  for (let c = 65; c <= 90; c++) {
    f[c] = c + 32;
    k[c] = K_LETTER;
  }
  for (let c = 97; c <= 122; c++) k[c] = K_LETTER;
  for (let c = 48; c <= 57; c++) k[c] = K_DIGIT;
  for (const ch of "$@!+|\xA1\xA2\xA9") k[ch.charCodeAt(0)] = K_LEET;
  for (const ch of "*#") k[ch.charCodeAt(0)] = K_MASK;
  for (const ch of ".,-_~/\\:\"()[]{}<>=^`%&?'") k[ch.charCodeAt(0)] = K_PUNCT;
  for (const ch of "'\u2019\u02BC\u2018`") k[ch.charCodeAt(0)] = K_APOS;
  for (const ch of ";\n\r\u2028\u2029\x85") k[ch.charCodeAt(0)] = K_STOP;
  for (const c of SPACE_CODES) k[c] = K_SPACE;
  for (let c = 8192; c <= 8202; c++) k[c] = K_SPACE;
  for (let c = 8208; c <= 8213; c++) k[c] = K_PUNCT;
  for (const c of [8226, 8230, 183, 8231, 12539]) k[c] = K_PUNCT;
  for (let c = 0; c < 32; c++) if (k[c] === K_SYMBOL) k[c] = K_SPACE;
  k[127] = K_SKIP;
  const lookalike = /* @__PURE__ */ new Map();
  for (const pair of LOOKALIKES.split(" ")) if (pair.length === 2) lookalike.set(pair[0], pair[1]);
  const foldOne = (c) => {
    const ch = String.fromCharCode(c);
    let d = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (d.length === 1) d = lookalike.get(d) ?? d;
    if (d.length !== 1) return 0;
    const dc = d.charCodeAt(0);
    return dc >= 97 && dc <= 122 || dc >= 48 && dc <= 57 ? dc : 0;
  };
  for (const [a, b] of NFKD_RANGES) {
    for (let c = a; c <= b; c++) {
      const dc = foldOne(c);
      if (dc === 0) continue;
      f[c] = dc;
      k[c] = dc <= 57 ? K_DIGIT : K_LETTER;
    }
  }
  for (const [src, dst] of lookalike) {
    const c = src.charCodeAt(0);
    f[c] = dst.charCodeAt(0);
    k[c] = K_LETTER;
    const upper = src.toUpperCase();
    if (upper.length === 1 && upper !== src && k[upper.charCodeAt(0)] !== K_LETTER) {
      f[upper.charCodeAt(0)] = dst.charCodeAt(0);
      k[upper.charCodeAt(0)] = K_LETTER;
    }
  }
  for (const pair of GREEK_CAPITALS.split(" ")) {
    const c = pair.charCodeAt(0);
    f[c] = pair.charCodeAt(1);
    k[c] = K_LETTER;
  }
  for (let c = 65281; c <= 65374; c++) {
    if (k[c] !== K_LETTER && k[c] !== K_DIGIT) {
      const ascii = c - 65248;
      f[c] = ascii;
      k[c] = k[ascii];
    }
  }
  setRange(k, INVISIBLE_RANGES, K_SKIP);
  for (let c = 55296; c <= 57343; c++) k[c] = K_SYMBOL;
  foldCodes = f;
  kinds = k;
}
function foldTable() {
  if (foldCodes === null) build();
  return foldCodes;
}
function kindTable() {
  if (kinds === null) build();
  return kinds;
}
var LEET_LETTER = (() => {
  const t = new Uint8Array(256);
  for (const pair of `${ASCII_LEET} ${DIGIT_LEET}`.split(" ")) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
  return t;
})();
function foldAstral(cp) {
  if (cp >= 119808 && cp <= 120483) return 97 + (cp - 119808) % 52 % 26;
  if (cp >= 120782 && cp <= 120831) return 48 + (cp - 120782) % 10;
  if (cp >= 127280 && cp <= 127369) {
    const offset = (cp - 127280) % 32;
    return offset < 26 ? 97 + offset : 0;
  }
  return 0;
}
function isInvisibleAstral(cp) {
  return cp >= 917504 && cp <= 917631 || cp >= 917760 && cp <= 917999;
}

// src/analysis/abuse/normalize.ts
var K_DIGIT2 = K_DIGIT;
var K_FOREIGN2 = K_FOREIGN;
var K_LEET2 = K_LEET;
var K_LETTER2 = K_LETTER;
var K_MASK2 = K_MASK;
var K_SKIP2 = K_SKIP;
var K_SPACE2 = K_SPACE;
var K_STOP2 = K_STOP;
var K_SYMBOL2 = K_SYMBOL;
var K_APOS2 = K_APOS;
var LEET_LETTER2 = LEET_LETTER;
var UNKNOWN_LETTER = 26;
var WILDCARD = 27;
var T_MASK = 1;
var T_REPEAT = 2;
var T_CAP_FIRST = 4;
var T_ALL_CAPS = 8;
var T_LEET = 16;
var T_FOREIGN = 32;
var G_SPACE = 1;
var G_PUNCT = 2;
var G_STOP = 4;
var G_HARD = 8;
var G_APOS = 16;
var SIG_DIGIT = 1;
var SIG_LINK = 2;
var SIG_MONEY = 4;
var SIG_REPEAT = 8;
var cap = 0;
var words = {
  count: 0,
  letters: new Uint8Array(0),
  letterStart: new Int32Array(0),
  letterEnd: new Int32Array(0),
  start: new Int32Array(0),
  end: new Int32Array(0),
  flags: new Uint8Array(0),
  gap: new Uint8Array(0),
  signals: 0
};
var wordsText = "";
var runCode = new Uint16Array(0);
var runKind = new Uint8Array(0);
var runStart = new Int32Array(0);
var runEnd = new Int32Array(0);
var runUpper = new Uint8Array(0);
function ensureCapacity(n2) {
  if (n2 <= cap) return;
  cap = Math.max(n2, cap * 2, 256);
  words.letters = new Uint8Array(cap);
  words.letterStart = new Int32Array(cap);
  words.letterEnd = new Int32Array(cap);
  words.start = new Int32Array(cap);
  words.end = new Int32Array(cap);
  words.flags = new Uint8Array(cap);
  words.gap = new Uint8Array(cap);
  runCode = new Uint16Array(cap);
  runKind = new Uint8Array(cap);
  runStart = new Int32Array(cap);
  runEnd = new Int32Array(cap);
  runUpper = new Uint8Array(cap);
}
var gapFlags = 0;
var gapLen = 0;
function addGap(kind, code2) {
  gapLen++;
  if (kind === K_SPACE2) gapFlags |= G_SPACE;
  else if (kind === K_STOP2) gapFlags |= G_STOP | G_HARD;
  else if (kind === K_SYMBOL2 || kind === K_DIGIT2) gapFlags |= G_HARD;
  else {
    gapFlags |= G_PUNCT;
    if (code2 === 46 || code2 === 33 || code2 === 63) gapFlags |= G_STOP;
    else if (kind === K_APOS2) gapFlags |= G_APOS;
  }
}
function leetBeforeLetter(a, b) {
  for (let j = a + 1; j < b && j <= a + 4; j++) {
    if (runKind[j] === K_LETTER2) return true;
    if (runKind[j] !== K_LEET2) return false;
  }
  return false;
}
function onlyMasks(a, b) {
  for (let i = a; i < b; i++) if (runKind[i] !== K_MASK2) return false;
  return true;
}
function spellsLetter(code2) {
  const w = words.count;
  return code2 < 256 && LEET_LETTER2[code2] !== 0 && w > 0 && words.end[w - 1] - words.start[w - 1] === 1 && gapLen <= 3;
}
function flushRun(n2) {
  let a = 0;
  let b = n2;
  while (a < b && runKind[a] !== K_LETTER2 && runKind[a] !== K_FOREIGN2 && runKind[a] !== K_DIGIT2) {
    if (runKind[a] === K_LEET2 && leetBeforeLetter(a, b)) break;
    addGap(runKind[a], runCode[a]);
    a++;
  }
  let letters = 0;
  let digits = 0;
  for (let i = a; i < b; i++) {
    const k = runKind[i];
    if (k === K_LETTER2) letters++;
    else if (k === K_DIGIT2) digits++;
  }
  const censored2 = letters === 1 && runKind[a] === K_LETTER2 && b - a >= 3 && b - a <= 7 && onlyMasks(a + 1, b);
  while (b > a) {
    const k = runKind[b - 1];
    const c = runCode[b - 1];
    if (k === K_LEET2 && c === 36 && b - 2 >= a && (runKind[b - 2] === K_LETTER2 || runCode[b - 2] === 36)) break;
    if (k === K_MASK2 && (letters >= 2 || censored2)) break;
    if (k !== K_LEET2 && k !== K_MASK2) break;
    b--;
  }
  const spelled = letters === 0 && b - a === 1 && n2 === 1 && spellsLetter(runCode[a]);
  if (letters === 0 && !spelled) {
    for (let i = a; i < n2; i++) addGap(runKind[i], runCode[i]);
    return;
  }
  const len = b - a;
  const decodeDigits = spelled || digits <= letters || len >= 5 && digits <= letters + 1;
  const w = words.count;
  let p = w === 0 ? 0 : words.end[w - 1];
  words.start[w] = p;
  let flags = 0;
  let upper = 0;
  let prev = -1;
  for (let i = a; i < b; i++) {
    const k = runKind[i];
    const c = runCode[i];
    let letter;
    if (k === K_LETTER2) {
      letter = c - 97;
      upper += runUpper[i];
    } else if (k === K_MASK2) {
      letter = WILDCARD;
      flags |= T_MASK;
    } else if (k === K_FOREIGN2) {
      letter = UNKNOWN_LETTER;
      flags |= T_FOREIGN;
    } else {
      const l = c < 256 ? LEET_LETTER2[c] : 0;
      if (l !== 0 && (k === K_LEET2 || decodeDigits)) {
        const doubled = (c === 49 || c === 124) && (i > a && runCode[i - 1] === c || i + 1 < b && runCode[i + 1] === c);
        letter = (doubled ? 108 : l) - 97;
        flags |= T_LEET;
      } else {
        letter = UNKNOWN_LETTER;
        flags |= T_FOREIGN;
      }
    }
    if (letter === prev && letter < 26) flags |= T_REPEAT;
    prev = letter;
    words.letters[p] = letter;
    words.letterStart[p] = runStart[i];
    words.letterEnd[p] = runEnd[i];
    p++;
  }
  if (runUpper[a] === 1) flags |= T_CAP_FIRST;
  if (upper === letters && letters >= 2) flags |= T_ALL_CAPS;
  words.end[w] = p;
  words.flags[w] = flags;
  words.gap[w] = w === 0 ? gapFlags | G_HARD : gapLen > 3 ? gapFlags | G_HARD : gapFlags;
  words.count = w + 1;
  gapFlags = 0;
  gapLen = 0;
  for (let i = b; i < n2; i++) addGap(runKind[i], runCode[i]);
}
function scanWords(text) {
  const n2 = text.length;
  ensureCapacity(n2 + 1);
  wordsText = text;
  const fold = foldTable();
  const kinds2 = kindTable();
  const letters = words.letters;
  const letterStart = words.letterStart;
  const letterEnd = words.letterEnd;
  words.count = 0;
  gapFlags = 0;
  gapLen = 0;
  let signals = 0;
  let run = 0;
  let mixed = false;
  let p0 = 0;
  let repeat = 0;
  let upper = 0;
  let prevCode = -1;
  let digits = 0;
  let same = 0;
  let lastDot = -2;
  for (let i = 0; i < n2; i++) {
    let u = text.charCodeAt(i);
    let kind = kinds2[u];
    let code2 = fold[u];
    const start = i;
    if (kind === K_SPACE2) {
      if (run > 0) {
        if (mixed) flushRun(run);
        else flushLetters(p0, run, repeat, upper);
        run = 0;
        mixed = false;
      }
      gapLen++;
      gapFlags |= G_SPACE;
      continue;
    }
    if (kind === K_SYMBOL2 && u >= 55296 && u <= 56319 && i + 1 < n2) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 56320 && lo <= 57343) {
        const cp = (u - 55296 << 10) + (lo - 56320) + 65536;
        i++;
        code2 = foldAstral(cp);
        if (code2 !== 0) kind = code2 <= 57 ? K_DIGIT2 : K_LETTER2;
        else if (isInvisibleAstral(cp)) kind = K_SKIP2;
        else kind = run > 0 && i + 1 < n2 && (text.charCodeAt(i + 1) | 32) - 97 >>> 0 < 26 ? K_MASK2 : K_SYMBOL2;
        u = 0;
      }
    }
    if (kind === K_LETTER2 && !mixed) {
      if (run === 0) {
        p0 = words.count === 0 ? 0 : words.end[words.count - 1];
        repeat = 0;
        upper = 0;
        prevCode = -1;
        same = 0;
        if (lastDot === i - 1) signals |= SIG_LINK;
      }
      const p = p0 + run;
      letters[p] = code2 - 97;
      letterStart[p] = start;
      letterEnd[p] = i + 1;
      if (code2 === prevCode) {
        repeat = T_REPEAT;
        if (++same === 9) signals |= SIG_REPEAT;
      } else same = 0;
      prevCode = code2;
      if (u >= 65 && u <= 90 || u >= 65313 && u <= 65338) upper++;
      run++;
      continue;
    }
    if (kind === K_SKIP2) continue;
    if (kind === K_LETTER2 || kind === K_DIGIT2 || kind === K_LEET2 || kind === K_MASK2 || kind === K_FOREIGN2) {
      if (kind === K_DIGIT2 && ++digits === 10) signals |= SIG_DIGIT;
      else if (u === 64) signals |= SIG_LINK;
      else if (u === 36) signals |= SIG_MONEY;
      if (!mixed) {
        if (run === 0) p0 = words.count === 0 ? 0 : words.end[words.count - 1];
        for (let r = 0; r < run; r++) {
          const st = letterStart[p0 + r];
          const uu = text.charCodeAt(st);
          runCode[r] = letters[p0 + r] + 97;
          runKind[r] = K_LETTER2;
          runStart[r] = st;
          runEnd[r] = letterEnd[p0 + r];
          runUpper[r] = uu >= 65 && uu <= 90 || uu >= 65313 && uu <= 65338 ? 1 : 0;
        }
        mixed = true;
      }
      runCode[run] = code2;
      runKind[run] = kind;
      runStart[run] = start;
      runEnd[run] = i + 1;
      runUpper[run] = u >= 65 && u <= 90 || u >= 65313 && u <= 65338 ? 1 : 0;
      run++;
      continue;
    }
    if (run > 0) {
      if (mixed) flushRun(run);
      else flushLetters(p0, run, repeat, upper);
      run = 0;
      mixed = false;
    }
    if (u === 46) lastDot = i;
    else if (u === 36 || u === 8364 || u === 163) signals |= SIG_MONEY;
    addGap(kind, code2);
    if (gapLen >= 10) signals |= SIG_REPEAT;
  }
  if (run > 0) {
    if (mixed) flushRun(run);
    else flushLetters(p0, run, repeat, upper);
  }
  words.signals = signals;
  return words;
}
function flushLetters(p0, n2, repeat, upper) {
  const w = words.count;
  words.start[w] = p0;
  words.end[w] = p0 + n2;
  let flags = repeat;
  if (upper > 0) {
    const u = wordsText.charCodeAt(words.letterStart[p0]);
    if (u >= 65 && u <= 90 || u >= 65313 && u <= 65338) flags |= T_CAP_FIRST;
    if (upper === n2 && n2 >= 2) flags |= T_ALL_CAPS;
  }
  words.flags[w] = flags;
  words.gap[w] = w === 0 ? gapFlags | G_HARD : gapLen > 3 ? gapFlags | G_HARD : gapFlags;
  words.count = w + 1;
  gapFlags = 0;
  gapLen = 0;
}

// src/analysis/abuse/context-guards.ts
var G_APOS2 = G_APOS;
var G_PUNCT2 = G_PUNCT;
var T_CAP_FIRST2 = T_CAP_FIRST;
var T_ALL_CAPS2 = T_ALL_CAPS;
var C_INTENS2 = C_INTENS;
var C_ART2 = C_ART;
var LETTER_S = 18;
function isNegated(c, w, t) {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 2 && c.stopBefore[u + 1] === 0 && (c.classOf[u] & (C_ART | C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || c.stopBefore[u + 1] === 1) return false;
  if ((w.gap[u] & G_APOS2) !== 0 && w.end[u] - w.start[u] === 1 && w.letters[w.start[u]] === 19 && u > 0) u--;
  return (c.classOf[u] & C_NOT) !== 0;
}
function isSaidOfOneself(c, w, t) {
  let u = t - 1;
  for (let skipped = 0; u >= 0 && skipped < 3 && c.stopBefore[u + 1] === 0 && (c.classOf[u] & (C_ART | C_INTENS)) !== 0; skipped++) u--;
  if (u < 0 || c.stopBefore[u + 1] === 1 || (c.classOf[u] & C_BE) === 0) return false;
  if ((c.classOf[u] & C_SELF) !== 0) return true;
  return u >= 1 && c.stopBefore[u] === 0 && (c.classOf[u - 1] & C_SELF) !== 0;
}
function describesAThing(c, w, lex, t, key, end) {
  if ((c.classOf[key] & C_INTENS2) === 0 || end >= w.count || c.stopBefore[end] === 1) return false;
  if ((c.classOf[end] & ~C_CONTEXT_ONLY) !== 0 || c.entryOf[end] >= 0 && lex.category[c.entryOf[end]] >= 0) return false;
  for (let u = t; u < key; u++) if ((c.classOf[u] & C_ART2) !== 0) return true;
  return false;
}
function isPossessive(w, key) {
  const next = key + 1;
  return next < w.count && (w.gap[next] & G_APOS2) !== 0 && w.end[next] - w.start[next] === 1 && w.letters[w.start[next]] === LETTER_S;
}
function modifiesPraise(c, w, key, end) {
  return (c.classOf[key] & C_INTENS2) !== 0 && end < w.count && (w.gap[end] & G_PUNCT2) === 0 && c.stopBefore[end] === 0 && (c.classOf[end] & C_PRAISE) !== 0;
}
function contestFollows(c, w, end) {
  if (end + 1 >= w.count || c.stopBefore[end] === 1 || (c.classOf[end] & C_AT) === 0 || c.stopBefore[end + 1] === 1) return false;
  if ((c.classOf[end + 1] & C_GAME) !== 0) return true;
  return (c.classOf[end + 1] & C_ALL) !== 0 && end + 2 < w.count && c.stopBefore[end + 2] === 0 && (c.classOf[end + 2] & C_GAME) !== 0;
}
function adjectiveWithoutCopula(c, lex, t, key) {
  if ((c.classOf[key] & (C_INTENS2 | C_NOUN)) !== C_INTENS2 || lex.category[c.entryOf[key]] >= 0 || (c.classOf[t] & C_YOU) === 0) return false;
  for (let u = t; u < key; u++) if ((c.classOf[u] & C_BE) !== 0) return false;
  return true;
}
function looksLikeName(c, w, t) {
  if ((w.flags[t] & T_CAP_FIRST2) === 0) return false;
  const next = t + 1 < w.count && c.stopBefore[t + 1] === 0 && ((w.flags[t + 1] & T_CAP_FIRST2) !== 0 || (w.gap[t + 1] & G_APOS2) !== 0 && w.end[t + 1] - w.start[t + 1] === 1);
  const prev = t > 0 && c.stopBefore[t] === 0 && (w.flags[t - 1] & T_CAP_FIRST2) !== 0 && c.entryOf[t - 1] < 0;
  const introduced = t > 0 && c.stopBefore[t] === 0 && (c.classOf[t - 1] & C_BEFORE_NAME) !== 0 && w.end[t] - w.start[t] > 1 && (w.flags[t] & T_ALL_CAPS2) === 0;
  const titled = t > 0 && (c.classOf[t - 1] & C_TITLE) !== 0 && (w.flags[t - 1] & T_CAP_FIRST2) !== 0;
  return next || prev || introduced || titled;
}
function isOwnedAfter(c, w, end) {
  const be = end + 1;
  if (be >= w.count || c.stopBefore[end] === 1 || (w.gap[end] & G_PUNCT2) !== 0 || (c.classOf[end] & C_SELF) === 0) return false;
  if (c.stopBefore[be] === 1 || (c.classOf[be] & C_BE) === 0 || (w.gap[be] & (G_APOS2 | G_PUNCT2)) !== 0) return false;
  const after = be + 1;
  return after >= w.count || c.stopBefore[after] === 1 || (w.gap[after] & G_PUNCT2) !== 0 || (c.classOf[after] & C_TO) !== 0;
}
function isAboutDogs(c, w, t) {
  if (t > 0 && c.stopBefore[t] === 0 && (c.classOf[t - 1] & (C_YOU | C_TARGET)) !== 0) return false;
  for (let u = t - 1; u >= 0 && u >= t - 12 && c.stopBefore[u + 1] === 0; u--) if ((c.classOf[u] & C_DOG) !== 0) return true;
  for (let u = t + 1; u < w.count && u <= t + 12 && c.stopBefore[u] === 0; u++) if ((c.classOf[u] & C_DOG) !== 0) return true;
  return false;
}
function isMentioned(c, t) {
  if (t === 0 || c.stopBefore[t] === 1) return false;
  const prev = c.classOf[t - 1];
  if ((prev & C_MENTION) !== 0) return true;
  return (prev & C_LIKE) !== 0 && t >= 2 && c.stopBefore[t - 1] === 0 && (c.classOf[t - 2] & C_MENTION) !== 0;
}
var ME = /* @__PURE__ */ new Set(["me", "myself", "us", "ourselves"]);
function isLikeMe(c, w, lex, end) {
  if (end + 1 >= w.count || c.stopBefore[end] === 1 || c.stopBefore[end + 1] === 1 || (c.classOf[end] & C_LIKE) === 0) return false;
  const e = c.entryOf[end + 1];
  return e >= 0 && ME.has(lex.terms[e]);
}

// src/analysis/abuse/lookup.ts
var INFLECT_NONE2 = INFLECT_NONE;
var INFLECT_PLURAL2 = INFLECT_PLURAL;
var UNKNOWN_LETTER2 = UNKNOWN_LETTER;
var WILDCARD2 = WILDCARD;
var A = 27;
var code = (s) => [...s].map((c) => c.charCodeAt(0) - 97);
var PLURAL = ["s", "es"].map(code);
var VERB = ["s", "es", "ed", "d", "er", "ers", "ing", "ings", "in", "y", "ed", "ies", "ier"].map(code);
var DOUBLED = ["ed", "er", "ers", "ing", "ings", "in", "y"].map(code);
function isSuffix(letters, a, b, list) {
  const n2 = b - a;
  outer: for (const s of list) {
    if (s.length !== n2) continue;
    for (let i = 0; i < n2; i++) if (letters[a + i] !== s[i]) continue outer;
    return true;
  }
  return false;
}
var HOW_EXACT = 1;
var HOW_INFLECTED = 2;
var HOW_STRETCHED = 3;
var HOW_MASKED = 4;
var HOW_STEM = 5;
var lastHow = 0;
var lookupState = new Int32Array(2);
function walk(trie, node, letters, a, b) {
  const ch = trie.children;
  for (let p = a; p < b; p++) {
    const l = letters[p];
    if (l >= UNKNOWN_LETTER2) return -1;
    node = ch[node * A + l];
    if (node === 0) return -1;
  }
  return node;
}
function lookupWord(lex, letters, a, b, hasRepeat, hasMask) {
  const ch = lex.main.children;
  const entry = lex.main.entry;
  let node = 0;
  let inflectEntry = -1;
  let inflectDepth = 0;
  let p = a;
  for (; p < b; p++) {
    const l = letters[p];
    if (l >= UNKNOWN_LETTER2) break;
    node = ch[node * A + l];
    if (node === 0) break;
    const e = entry[node] - 1;
    if (e >= 0 && lex.inflect[e] !== INFLECT_NONE2 && p + 1 < b) {
      inflectEntry = e;
      inflectDepth = p + 1;
    }
  }
  lookupState[0] = p === b ? node : -1;
  lookupState[1] = p;
  if (p === b) {
    const e = entry[node] - 1;
    if (e >= 0) {
      lastHow = HOW_EXACT;
      return e;
    }
  }
  if (inflectEntry >= 0) {
    const list = lex.inflect[inflectEntry] === INFLECT_PLURAL2 ? PLURAL : VERB;
    if (isSuffix(letters, inflectDepth, b, list) || list === VERB && letters[inflectDepth] === letters[inflectDepth - 1] && isSuffix(letters, inflectDepth + 1, b, DOUBLED)) {
      lastHow = HOW_INFLECTED;
      return inflectEntry;
    }
  }
  if (hasRepeat) {
    const e = lookupSqueezed(lex, letters, a, b);
    if (e >= 0) {
      lastHow = HOW_STRETCHED;
      return e;
    }
  }
  if (hasMask) {
    const e = lookupMasked(lex, letters, a, b);
    if (e >= 0) {
      lastHow = HOW_MASKED;
      return e;
    }
  }
  return -1;
}
function lookupSqueezed(lex, letters, a, b) {
  const ch = lex.squeezed.children;
  let node = 0;
  let prev = -1;
  for (let p = a; p < b; p++) {
    const l = letters[p];
    if (l >= UNKNOWN_LETTER2) return -1;
    if (l === prev) continue;
    prev = l;
    node = ch[node * A + l];
    if (node === 0) return -1;
  }
  const e = lex.squeezed.entry[node] - 1;
  if (e < 0 || lex.allow[e] === 1 || lex.category[e] < 0) return -1;
  return b - a > lex.terms[e].length ? e : -1;
}
var bestMasked = -1;
var MAX_MASKED_LENGTH = 24;
function lookupMasked(lex, letters, a, b) {
  if (b - a > MAX_MASKED_LENGTH) return -1;
  let known = 0;
  let masks = 0;
  for (let p = a; p < b; p++) {
    if (letters[p] === WILDCARD2) masks++;
    else if (letters[p] < UNKNOWN_LETTER2) known++;
    else return -1;
  }
  if (known === 1 && masks >= 2 && letters[a] < UNKNOWN_LETTER2) return censoredEntry(lex, letters[a], b - a);
  if (known < 2 || masks > known + 1) return -1;
  bestMasked = -1;
  dfs(lex, 0, letters, a, b);
  return bestMasked;
}
var CENSORED = { f4: "fuck", s4: "shit", c4: "cunt", b5: "bitch", f7: "fucking", f6: "fucker" };
var censoredFor = null;
var censored = /* @__PURE__ */ new Map();
function censoredEntry(lex, first, length) {
  if (censoredFor !== lex) {
    censored.clear();
    for (const [key, term] of Object.entries(CENSORED)) {
      const letters = Uint8Array.from(term, (c) => c.charCodeAt(0) - 97);
      const node = walk(lex.main, 0, letters, 0, letters.length);
      const e = node > 0 ? lex.main.entry[node] - 1 : -1;
      if (e >= 0) censored.set((key.charCodeAt(0) - 97) * 64 + Number(key.slice(1)), e);
    }
    censoredFor = lex;
  }
  return censored.get(first * 64 + length) ?? -1;
}
function dfs(lex, node, letters, p, b) {
  const ch = lex.main.children;
  if (p === b) {
    const e = lex.main.entry[node] - 1;
    if (e < 0 || lex.allow[e] === 1) return;
    if (lex.category[e] >= 0) {
      if (bestMasked < 0 || lex.category[bestMasked] < 0 || lex.severity[e] > lex.severity[bestMasked]) bestMasked = e;
    } else if (bestMasked < 0 && (lex.classes[e] & C_KILLV) !== 0) bestMasked = e;
    return;
  }
  const l = letters[p];
  if (l === WILDCARD2) {
    for (let s = 0; s < 26; s++) {
      const next = ch[node * A + s];
      if (next !== 0) dfs(lex, next, letters, p + 1, b);
    }
  } else {
    const next = ch[node * A + l];
    if (next !== 0) dfs(lex, next, letters, p + 1, b);
  }
}
function lookupStem(lex, letters, a, b) {
  const ch = lex.stems.children;
  const entry = lex.stems.entry;
  for (let s = a; s + 3 < b; s++) {
    let node = 0;
    for (let p = s; p < b; p++) {
      const l = letters[p];
      if (l >= UNKNOWN_LETTER2) break;
      node = ch[node * A + l];
      if (node === 0) break;
      const e = entry[node] - 1;
      if (e >= 0) {
        lastHow = HOW_STEM;
        return e;
      }
    }
  }
  return -1;
}
var LETTER_I = 8;
var LETTER_L = 11;
var LETTER_U = 20;
var LETTER_V = 21;
var MAX_SWAPPED = 16;
var swapped = new Uint8Array(MAX_SWAPPED);
function lookupSwapped(lex, letters, a, b, ones, hasRepeat) {
  const n2 = b - a;
  if (n2 < 3 || n2 > MAX_SWAPPED) return -1;
  const stop = lookupState[1];
  const v = stop < b && letters[stop] === LETTER_V;
  if (!v && ones === 0) return -1;
  for (let k = 0; k < n2; k++) {
    const l = letters[a + k];
    swapped[k] = v && l === LETTER_V ? LETTER_U : (ones & 1 << k) !== 0 && l === LETTER_I ? LETTER_L : l;
  }
  const e = lookupWord(lex, swapped, 0, n2, hasRepeat, false);
  lookupState[0] = -1;
  return e >= 0 && lex.category[e] >= 0 && lex.allow[e] !== 1 ? e : -1;
}

// src/analysis/abuse/patterns.ts
var CLASS_BY_NAME = {
  you: C_YOU,
  be: C_BE,
  art: C_ART,
  intens: C_INTENS,
  insult: C_INSULT,
  self: C_SELF,
  will: C_WILL,
  to: C_TO,
  killv: C_KILLV,
  target: C_TARGET,
  reflex: C_REFLEX,
  should: C_SHOULD,
  passive: C_PASSIVE,
  die: C_DIE,
  group: C_GROUP,
  groupadj: C_GROUPADJ,
  people: C_PEOPLE,
  dehum: C_DEHUM,
  all: C_ALL,
  hope: C_HOPE,
  they: C_THEY
};
var START_WORDS = 2;
var compiled2 = null;
function patterns() {
  if (compiled2 === null) compiled2 = compile2(lexicon());
  return compiled2;
}
function entryOf(lex, word, pattern) {
  const id = lex.byTerm.get(word);
  if (id === void 0) throw new Error(`unknown word ${word} in pattern ${pattern}`);
  return id;
}
function compile2(lex) {
  const out = {
    patterns: [],
    startMask: 0,
    startIds: /* @__PURE__ */ new Set(),
    keyWeight: new Float32Array(lex.terms.length).fill(1),
    severityByRule: /* @__PURE__ */ new Map(),
    keyWeightByRule: /* @__PURE__ */ new Map(),
    canStart: new Int32Array(lex.terms.length * START_WORDS)
  };
  for (const [word, weight] of Object.entries(KEY_WEIGHT)) {
    const id = lex.byTerm.get(word);
    if (id !== void 0) out.keyWeight[id] = weight;
  }
  for (const spec of PATTERN_SPECS) {
    const elements = spec.pattern.split(/\s+/).map((raw) => {
      let body = raw;
      const key = body.startsWith("!");
      if (key) body = body.slice(1);
      let min = 1;
      let max = 1;
      if (body.endsWith("?")) {
        min = 0;
        body = body.slice(0, -1);
      } else if (body.endsWith("*")) {
        min = 0;
        max = 3;
        body = body.slice(0, -1);
      }
      const el = { mask: 0, ids: [], min, max, key };
      for (const alt of body.split("|")) {
        if (alt.startsWith("@")) {
          const mask = CLASS_BY_NAME[alt.slice(1)];
          if (mask === void 0) throw new Error(`unknown class ${alt} in pattern ${spec.name}`);
          el.mask |= mask;
        } else el.ids.push(entryOf(lex, alt, spec.name));
      }
      return el;
    });
    const first = elements[0];
    if (first.min === 0) throw new Error(`pattern ${spec.name} must start with a required element`);
    out.startMask |= first.mask;
    for (const id of first.ids) out.startIds.add(id);
    const rule = `pattern:${spec.name}`;
    if (out.patterns.length >= 32 * START_WORDS) throw new Error(`at most ${32 * START_WORDS} patterns (start bitmask)`);
    const notAfter = (spec.notAfter ?? "").split("|").filter(Boolean).map((word) => entryOf(lex, word, spec.name));
    const onlyBefore = spec.endsClause === void 0 ? null : spec.endsClause.split("|").filter(Boolean).map((word) => entryOf(lex, word, spec.name));
    out.patterns.push({ name: spec.name, rule, category: spec.category, severity: spec.severity, elements, notAfter, onlyBefore });
    out.severityByRule.set(rule, spec.severity);
    if (spec.keyWeights) {
      out.keyWeightByRule.set(rule, new Map(Object.entries(spec.keyWeights).map(([word, weight]) => [entryOf(lex, word, spec.name), weight])));
    }
  }
  out.patterns.forEach((p, i) => {
    const first = p.elements[0];
    for (let e = 0; e < lex.terms.length; e++) {
      if ((lex.classes[e] & first.mask) !== 0 || first.ids.includes(e)) out.canStart[e * START_WORDS + (i >>> 5)] |= 1 << (i & 31);
    }
  });
  return out;
}
function accepts(el, entry, classes) {
  if ((el.mask & classes) !== 0) return true;
  for (let i = 0; i < el.ids.length; i++) if (el.ids[i] === entry) return true;
  return false;
}
var patternState = new Int32Array(1);
function matchAt(p, w, count, entries, classes, breakBefore) {
  return step(p.elements, 0, w, w, count, entries, classes, breakBefore);
}
function step(els, e, w, first, count, entries, classes, breakBefore) {
  if (e === els.length) return w;
  const el = els[e];
  let n2 = 0;
  while (n2 < el.max) {
    const at = w + n2;
    if (at >= count || at > first && breakBefore[at] === 1) break;
    if (entries[at] < 0 || !accepts(el, entries[at], classes[at])) break;
    n2++;
  }
  for (let k = n2; k >= el.min; k--) {
    const end = step(els, e + 1, w + k, first, count, entries, classes, breakBefore);
    if (end >= 0) {
      if (el.key && k > 0) patternState[0] = w + k - 1;
      return end;
    }
  }
  return -1;
}

// src/analysis/abuse/model-edits.ts
var MAX_EDITS = 16;
var modelEdits = { count: 0, start: new Int32Array(MAX_EDITS), end: new Int32Array(MAX_EDITS), text: new Array(MAX_EDITS).fill("") };
function addModelEdit(start, end, replacement) {
  let k = modelEdits.count;
  if (k >= MAX_EDITS) return;
  for (; k > 0 && modelEdits.start[k - 1] > start; k--) {
    modelEdits.start[k] = modelEdits.start[k - 1];
    modelEdits.end[k] = modelEdits.end[k - 1];
    modelEdits.text[k] = modelEdits.text[k - 1];
  }
  modelEdits.start[k] = start;
  modelEdits.end[k] = end;
  modelEdits.text[k] = replacement;
  modelEdits.count++;
}
function leaveOutOfModel(w, t) {
  addModelEdit(w.letterStart[w.start[t]], w.letterEnd[w.end[t] - 1], "");
}

// src/analysis/abuse/reported-speech.ts
var REPORTING = /* @__PURE__ */ new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "wrote",
  "writes",
  "shouted",
  "shouting",
  "yelled",
  "yelling",
  "screamed",
  "screaming",
  "texted",
  "tweeted",
  "posted",
  "chanted",
  "chanting",
  "warned",
  "threatened",
  "allegedly",
  "reportedly",
  "according",
  "testified",
  "claimed",
  "added",
  "replied",
  "recalled",
  "read",
  "reads",
  "saying",
  "telling",
  "writing",
  "messaged",
  "emailed",
  "stated",
  "declared",
  "announced",
  "muttered",
  "whispered",
  "heard",
  "quoted",
  "asked",
  "insisted",
  "admitted",
  "alleged",
  "alleges"
]);
var WORK_WORDS = /* @__PURE__ */ new Set(["line", "lines", "lyric", "lyrics", "title", "quote", "quotes", "slogan", "headline", "chant", "catchphrase", "song", "scene"]);
var PARTICIPANTS = /* @__PURE__ */ new Set(["i", "we", "you", "im", "i'm", "i've", "ive", "i'd", "id", "ya", "u"]);
var isQuote = (c) => c === 34 || c === 8220 || c === 8221 || c === 8222 || c === 171 || c === 187;
var isLetter = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 39 || c === 8217;
var isSentenceEnd = (c) => c === 46 || c === 33 || c === 63 || c === 10;
function wordsAfter(text, from, max) {
  const out = [];
  let i = from;
  while (i < text.length && out.length < max) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const s = i;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      out.push(text.slice(s, i).toLowerCase().replaceAll("\u2019", "'"));
    } else if (isSentenceEnd(c) && out.length > 0) break;
    else i++;
  }
  return out;
}
function wordsBefore(text, to, max) {
  const out = [];
  let i = to - 1;
  while (i >= 0 && out.length < max) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const e = i + 1;
      while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
      out.push(text.slice(i + 1, e).toLowerCase().replaceAll("\u2019", "'"));
    } else if (isSentenceEnd(c) || isQuote(c)) break;
    else i--;
  }
  return out;
}
function attributed(words2, speakerPastVerb) {
  for (let k = 0; k < words2.length; k++) {
    const w = words2[k];
    if (!speakerPastVerb && PARTICIPANTS.has(w)) return false;
    if (REPORTING.has(w) || WORK_WORDS.has(w)) {
      return !speakerPastVerb || !(PARTICIPANTS.has(words2[k + 1] ?? "") || PARTICIPANTS.has(words2[k + 2] ?? ""));
    }
  }
  return false;
}
function isAttributedQuote(text, start, end) {
  let open = start - 1;
  while (open >= 0 && !isQuote(text.charCodeAt(open)) && start - open < 300) open--;
  if (open < 0 || !isQuote(text.charCodeAt(open))) return false;
  let close = end;
  while (close < text.length && !isQuote(text.charCodeAt(close)) && close - end < 300) close++;
  if (close >= text.length || !isQuote(text.charCodeAt(close))) return false;
  return attributed(wordsAfter(text, close + 1, 5), false) || attributed(wordsBefore(text, open, 8), true);
}
var MAX_REPORTED_CHECKS = 32;
var hasQuoteMark = (text) => text.includes('"') || text.includes("\u201C") || text.includes("\u201D") || text.includes("\xAB");
function dropReportedThreats(text, out, edit) {
  let checks = hasQuoteMark(text) ? MAX_REPORTED_CHECKS : 0;
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if ((m.category === "threat" || m.category === "identity_attack") && m.rule !== "lexicon:slur" && checks-- > 0 && isAttributedQuote(text, m.start, m.end)) {
      edit(m.start, m.end, "");
      continue;
    }
    out[kept++] = m;
  }
  out.length = kept;
}

// src/analysis/abuse/split-words.ts
var G_HARD2 = G_HARD;
var G_PUNCT3 = G_PUNCT;
var G_SPACE2 = G_SPACE;
var G_APOS3 = G_APOS;
var T_CAP_FIRST3 = T_CAP_FIRST;
var T_FOREIGN2 = T_FOREIGN;
var T_REPEAT2 = T_REPEAT;
var lookupWord2 = lookupWord;
var SPELLED_OUT_CLASSES = C_KILLV | C_DIE | C_REFLEX;
function joinSplitWords(w, lex) {
  let q = 0;
  const n2 = w.count;
  for (let r = 0; r < n2; ) {
    if (isSingle(w, r)) {
      let e = r + 1;
      while (e < n2 && e - r < 40 && isSingle(w, e) && (w.gap[e] & G_HARD2) === 0) e++;
      if (e - r >= 3) {
        let s = r;
        while (s < e) {
          let node = 0;
          let best = -1;
          for (let k = s; k < e; k++) {
            const letter = w.letters[w.start[k]];
            if (letter >= 26) break;
            node = lex.main.children[node * 27 + letter];
            if (node === 0) break;
            const en = lex.main.entry[node] - 1;
            if (en >= 0 && (lex.category[en] >= 0 || (lex.classes[en] & SPELLED_OUT_CLASSES) !== 0) && k - s >= 2) best = k;
          }
          if (best >= 0) {
            addModelEdit(w.letterStart[w.start[s]], w.letterEnd[w.end[best] - 1], joinedLetters(w, s, best));
            copyWord(w, s, q, best);
            s = best + 1;
          } else {
            copyWord(w, s, q, s);
            s++;
          }
          q++;
        }
        r = e;
        continue;
      }
    }
    if (r + 1 < n2 && (w.gap[r + 1] & (G_PUNCT3 | G_SPACE2 | G_HARD2 | G_APOS3)) === G_PUNCT3 && ((w.flags[r] | w.flags[r + 1]) & T_FOREIGN2) === 0) {
      const e = lookupWord2(lex, w.letters, w.start[r], w.end[r + 1], ((w.flags[r] | w.flags[r + 1]) & T_REPEAT2) !== 0, false);
      if (e >= 0 && lex.category[e] >= 0) {
        copyWord(w, r, q, r + 1);
        q++;
        r += 2;
        continue;
      }
    }
    copyWord(w, r, q, r);
    q++;
    r++;
  }
  w.count = q;
}
function joinedLetters(w, s, last) {
  let out = "";
  for (let k = s; k <= last; k++) out += String.fromCharCode(97 + w.letters[w.start[k]]);
  return out;
}
function isSingle(w, t) {
  return w.end[t] - w.start[t] === 1;
}
function copyWord(w, from, q, to) {
  if (from === q && to === from) return;
  w.start[q] = w.start[from];
  w.end[q] = w.end[to];
  let flags = 0;
  for (let t = from; t <= to; t++) flags |= w.flags[t];
  w.flags[q] = to === from ? w.flags[from] : flags & ~T_CAP_FIRST3;
  w.gap[q] = w.gap[from];
}

// src/analysis/abuse/spam.ts
var T_ALL_CAPS3 = T_ALL_CAPS;
var T_FOREIGN3 = T_FOREIGN;
var SIG_CONTACTS = SIG_DIGIT | SIG_LINK | SIG_MONEY;
var SIG_REPEAT2 = SIG_REPEAT;
var SIG_DIGIT2 = SIG_DIGIT;
var G_PUNCT4 = G_PUNCT;
var G_STOP2 = G_STOP;
var TLDS = new Set(
  `com net org info biz io co ly me us uk de fr ru cn xyz top club online site shop store app ai tk ml ga cf gq
   pw cc ws su in eu ca au nz be nl it es ch at pl br jp kr tv fm gl gd gg link click live life pro today win vip
   work loan money cash bet casino`.split(/\s+/)
);
var SHORTENERS = /* @__PURE__ */ new Set(["bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rb.gy", "t.ly", "shorturl.at", "tiny.cc"]);
var isAlnum = (c) => c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 122;
var isHostChar = (c) => isAlnum(c) || c === 45 || c === 46;
var isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
function findSpam(text, words2, out, options) {
  if ((words2.signals & SIG_CONTACTS) !== 0) scanLinksAndContacts(text, words2.signals, out, options);
  if (mayHideLink(words2)) scanHiddenLinks(text, out, options);
  scanShouting(text, words2, out);
  scanRepetition(text, words2, out, (words2.signals & SIG_REPEAT2) !== 0);
}
function scanLinksAndContacts(text, signals, out, options) {
  const n2 = text.length;
  let done = 0;
  for (let i = 0; i < n2; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && i > done && i > 0 && isAlnum(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < n2 && ((text.charCodeAt(j) | 32) >= 97 && (text.charCodeAt(j) | 32) <= 122)) j++;
      if (j - i - 1 < 2 || j - i - 1 > 7 || j < n2 && isAlnum(text.charCodeAt(j))) continue;
      const tld = text.slice(i + 1, j).toLowerCase();
      if (!TLDS.has(tld)) continue;
      let s = i - 1;
      while (s > done && isHostChar(text.charCodeAt(s - 1))) s--;
      if (s >= 3 && text.charCodeAt(s - 1) === 47 && text.charCodeAt(s - 2) === 47 && text.charCodeAt(s - 3) === 58) {
        s -= 3;
        while (s > done && isAlnum(text.charCodeAt(s - 1))) s--;
      }
      let e = j;
      while (e < n2 && !isSpace(text.charCodeAt(e))) e++;
      while (e > j && `.,;:!?)]"'`.includes(text[e - 1])) e--;
      const isEmail = s > 0 && text.charCodeAt(s - 1) === 64;
      if (isEmail) {
        let a = s - 1;
        while (a > done && (isHostChar(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 95 || text.charCodeAt(a - 1) === 43)) a--;
        if (a < s - 1) out.push({ start: a, end: e, category: "spam", term: "email", rule: "spam:contact" });
        done = e;
        i = e - 1;
        continue;
      }
      const host = text.slice(s, j).toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^www\./, "");
      if (!isOwnDomain(host, options)) {
        const rule = SHORTENERS.has(host) ? "spam:short-link" : "spam:link";
        out.push({ start: s, end: e, category: "spam", term: host, rule });
      }
      done = e;
      i = e - 1;
    } else if (c >= 48 && c <= 57 || c === 43) {
      if ((signals & SIG_DIGIT2) === 0) continue;
      i = scanPhone(text, i, out) - 1;
      done = Math.max(done, i + 1);
    } else if ((c === 36 || c === 8364 || c === 163) && i + 1 < n2 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) {
      scanMoney(text, i, out);
    } else if (c === 37 && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) {
      scanDiscount(text, i, out);
    }
  }
}
var HIDDEN_TLDS = new Set("com net org biz info ru xyz top ly co io me us online site shop club win vip cc tk".split(" "));
var WWW_BEFORE = /w\s?w\s?w\s*(?:[([{]\s*(?:\.|dot)\s*[)\]}]|dot|\.)\s*$/iu;
function keyOf(w, t) {
  let k = 0;
  for (let i = w.start[t]; i < w.end[t]; i++) k = k * 32 + w.letters[i] + 1;
  return k;
}
var keyOfString = (s) => [...s].reduce((k, ch) => k * 32 + ch.charCodeAt(0) - 96, 0);
var TLD_KEYS = new Set([...HIDDEN_TLDS].map(keyOfString));
function mayHideLink(w) {
  const letters = w.letters;
  for (let t = 1; t < w.count; t++) {
    if ((w.gap[t] & (G_PUNCT4 | G_STOP2)) === 0) {
      const p = w.start[t - 1];
      if (w.end[t - 1] - p !== 3 || letters[p] !== 3 || letters[p + 1] !== 14 || letters[p + 2] !== 19) continue;
    }
    const len = w.end[t] - w.start[t];
    if (len >= 2 && len <= 6 && TLD_KEYS.has(keyOf(w, t))) return true;
  }
  return false;
}
var SEPARATOR_STARTS = [" .", " dot ", " DOT ", "(", "[", "{"];
function scanHiddenLinks(text, out, options) {
  for (const sep of SEPARATOR_STARTS) {
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) hiddenLinkAt(text, i, out, options);
  }
}
function hiddenLinkAt(text, i, out, options) {
  const n2 = text.length;
  const sepEnd = separatorEnd(text, i);
  if (sepEnd < 0) return;
  let t = sepEnd;
  while (t < n2 && isAlnum(text.charCodeAt(t))) t++;
  if (t - sepEnd < 2 || t - sepEnd > 6 || !HIDDEN_TLDS.has(text.slice(sepEnd, t).toLowerCase())) return;
  let h = i;
  if (text.charCodeAt(i) !== 32) while (h > 0 && text.charCodeAt(h - 1) === 32) h--;
  const hostEnd = h;
  while (h > 0 && hostEnd - h <= 41 && (isAlnum(text.charCodeAt(h - 1)) || text.charCodeAt(h - 1) === 45)) h--;
  if (hostEnd - h < 2 || hostEnd - h > 41) return;
  const host = `${text.slice(h, hostEnd)}.${text.slice(sepEnd, t)}`.toLowerCase();
  if (host.startsWith("www.") || isOwnDomain(host, options)) return;
  const url = SHORTENERS.has(host) || WWW_BEFORE.test(text.slice(Math.max(0, h - 12), h));
  out.push({ start: h, end: t, category: "spam", term: host, rule: url ? "spam:hidden-url" : "spam:hidden-link" });
}
function separatorEnd(text, i) {
  const n2 = text.length;
  const c = text.charCodeAt(i);
  if (c === 32) {
    if (text.charCodeAt(i + 1) === 46) {
      let j2 = i + 2;
      while (j2 < n2 && text.charCodeAt(j2) === 32) j2++;
      return j2;
    }
    if (text.startsWith("dot ", i + 1) || text.startsWith("DOT ", i + 1)) return i + 5;
    return -1;
  }
  const close = c === 40 ? 41 : c === 91 ? 93 : 125;
  let j = i + 1;
  while (j < n2 && text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) === 46) j++;
  else if ((text.charCodeAt(j) | 32) === 100 && (text.charCodeAt(j + 1) | 32) === 111 && (text.charCodeAt(j + 2) | 32) === 116) j += 3;
  else return -1;
  while (j < n2 && text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) !== close) return -1;
  j++;
  while (j < n2 && text.charCodeAt(j) === 32) j++;
  return j;
}
function isOwnDomain(host, options) {
  for (const d of options?.allowedDomains ?? []) {
    const dom = d.toLowerCase();
    if (host === dom || host.endsWith(`.${dom}`)) return true;
  }
  return false;
}
function scanPhone(text, i, out) {
  const n2 = text.length;
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) {
    let j2 = i;
    while (j2 < n2 && isAlnum(text.charCodeAt(j2))) j2++;
    return Math.max(j2, i + 1);
  }
  let digits = 0;
  let j = i;
  let lastDigit = i;
  let seps = 0;
  for (; j < n2; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      digits++;
      lastDigit = j;
      seps = 0;
    } else if ((c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43 && j === i) && seps < 2) {
      seps++;
    } else break;
  }
  if (digits >= 10 && digits <= 15 && !(j < n2 && isAlnum(text.charCodeAt(j)) && lastDigit === j - 1)) {
    out.push({ start: i, end: lastDigit + 1, category: "spam", term: "phone number", rule: "spam:contact" });
  }
  return Math.max(lastDigit + 1, i + 1);
}
var PERIODS = ["day", "daily", "week", "month", "hour", "/hr", "weekly", "monthly"];
function scanMoney(text, i, out) {
  const tail = text.slice(i, i + 32).toLowerCase();
  for (const p of PERIODS) {
    const k = tail.indexOf(p);
    if (k > 1) {
      out.push({ start: i, end: i + k + p.length, category: "spam", term: "money offer", rule: "spam:money" });
      return;
    }
  }
}
function scanShouting(text, w, out) {
  let letters = 0;
  let caps = 0;
  let capsWords = 0;
  let first = -1;
  let last = -1;
  for (let t = 0; t < w.count; t++) {
    const len = w.end[t] - w.start[t];
    if ((w.flags[t] & T_FOREIGN3) !== 0) continue;
    letters += len;
    if ((w.flags[t] & T_ALL_CAPS3) !== 0) {
      caps += len;
      capsWords++;
      if (first < 0) first = t;
      last = t;
    }
  }
  if (letters >= 30 && capsWords >= 5 && caps >= 0.7 * letters) {
    out.push({
      start: w.letterStart[w.start[first]],
      end: w.letterEnd[w.end[last] - 1],
      category: "spam",
      term: "shouting",
      rule: "spam:shouting"
    });
  }
  void text;
}
function scanRepetition(text, w, out, repeatedChars) {
  const n2 = repeatedChars ? text.length : 0;
  for (let i = 0; i < n2; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < n2 && text.charCodeAt(j) === c) j++;
    if (j - i >= 10 && !isSpace(c)) out.push({ start: i, end: j, category: "spam", term: "repeated character", rule: "spam:repetition" });
    i = j;
  }
  let runFrom = 0;
  for (let t = 1; t <= w.count; t++) {
    if (t < w.count && sameWord(w, t, t - 1)) continue;
    if (t - runFrom >= 4) {
      out.push({
        start: w.letterStart[w.start[runFrom]],
        end: w.letterEnd[w.end[t - 1] - 1],
        category: "spam",
        term: "repeated word",
        rule: "spam:repetition"
      });
    }
    runFrom = t;
  }
}
function sameWord(w, a, b) {
  const la = w.end[a] - w.start[a];
  if (la !== w.end[b] - w.start[b]) return false;
  for (let i = 0; i < la; i++) if (w.letters[w.start[a] + i] !== w.letters[w.start[b] + i]) return false;
  return true;
}
function scanDiscount(text, i, out) {
  let s = i;
  while (s > 0 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  for (const word of DISCOUNT_WORDS) {
    const e = j + word.length;
    if (text.slice(j, e).toLowerCase() === word && !(e < text.length && isAlnum(text.charCodeAt(e)))) {
      out.push({ start: s, end: e, category: "spam", term: "discount", rule: "spam:discount" });
      return;
    }
  }
}
var DISCOUNT_WORDS = ["off", "discount"];

// src/analysis/abuse/rules.ts
var G_PUNCT5 = G_PUNCT;
var G_STOP3 = G_STOP;
var T_FOREIGN4 = T_FOREIGN;
var T_MASK2 = T_MASK;
var T_REPEAT3 = T_REPEAT;
var T_LEET2 = T_LEET;
var lookupWord3 = lookupWord;
var lookupStem2 = lookupStem;
var lookupSwapped2 = lookupSwapped;
var walk2 = walk;
var lookupState2 = lookupState;
var matchAt2 = matchAt;
var patterns2 = patterns;
var START_WORDS2 = START_WORDS;
var patternState2 = patternState;
var MAX_PHRASE_WORDS = 8;
var NAME_LIKE = /* @__PURE__ */ new Set(["dick", "coon", "dyke", "cumming", "gaylord", "cock"]);
var IDENTITY_WORDS = C_GROUP | C_GROUPADJ;
var identityThings = null;
function describesThing(lex, t, count) {
  if (t + 1 >= count || stopBefore[t + 1] === 1 || (classOf[t] & C_GROUPADJ) === 0) return false;
  identityThings ??= new Set(IDENTITY_THINGS.split(/\s+/).map((word) => lex.byTerm.get(word)));
  return identityThings.has(entryOf2[t + 1]);
}
var topicIdsOf = null;
function topicWordIds(lex) {
  return topicIdsOf ??= new Set(CIVIL_TOPIC_WORDS.split(" ").filter(Boolean).map((word) => lex.byTerm.get(word)));
}
var DOG_WORDS = /* @__PURE__ */ new Set(["bitch", "bitches"]);
var cap2 = 0;
var entryOf2 = new Int32Array(0);
var classOf = new Int32Array(0);
var hitOf = new Int32Array(0);
var hitEnd = new Int32Array(0);
var stopBefore = new Uint8Array(0);
var quiet = new Uint8Array(0);
var ctx = { entryOf: entryOf2, classOf, stopBefore };
var scanned = "";
function ensure(n2) {
  if (n2 <= cap2) return;
  cap2 = Math.max(n2, cap2 * 2, 64);
  entryOf2 = new Int32Array(cap2);
  classOf = new Int32Array(cap2);
  hitOf = new Int32Array(cap2);
  hitEnd = new Int32Array(cap2);
  stopBefore = new Uint8Array(cap2);
  quiet = new Uint8Array(cap2);
  ctx.entryOf = entryOf2;
  ctx.classOf = classOf;
  ctx.stopBefore = stopBefore;
}
function findAbuseMatches(text, options) {
  const lex = lexicon();
  const pats = patterns2();
  const w = scanWords(text);
  scanned = text;
  modelEdits.count = 0;
  joinSplitWords(w, lex);
  const count = w.count;
  ensure(count + 1);
  for (let t = 0; t < count; t++) {
    stopBefore[t] = t > 0 && (w.gap[t] & G_STOP3) !== 0 && !isInitial(w, t - 1) ? 1 : 0;
    quiet[t] = 0;
  }
  for (let t = 0; t < count; t++) lookupAt(w, lex, t);
  const topicIds = topicWordIds(lex);
  for (let t = 0; t < count; t++) {
    const e = hitOf[t];
    if (e >= 0 && hitEnd[t] === t && DOG_WORDS.has(lex.terms[e]) && isAboutDogs(ctx, w, t)) {
      hitOf[t] = -1;
      leaveOutOfModel(w, t);
    }
    if ((classOf[t] & IDENTITY_WORDS) !== 0 && (isSaidOfOneself(ctx, w, t) || describesThing(lex, t, count))) leaveOutOfModel(w, t);
    if (topicIds.has(entryOf2[t])) leaveOutOfModel(w, t);
  }
  let classes = 0;
  for (let t = 0; t < count; t++) if (quiet[t] === 0) classes |= classOf[t];
  lastWordClasses.value = classes;
  const out = [];
  emit(w, lex, pats, out);
  if (out.length > 0) dropReportedThreats(text, out, addModelEdit);
  findSpam(text, w, out, options);
  if (out.length > 1) {
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return dropWordsInsideLinks(out);
  }
  return out;
}
function dropWordsInsideLinks(sorted) {
  let linkEnd = -1;
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.rule === "spam:link" || m.rule === "spam:short-link" || m.rule === "spam:contact") linkEnd = Math.max(linkEnd, m.end);
    else if (m.end <= linkEnd) continue;
    sorted[kept++] = m;
  }
  sorted.length = kept;
  return sorted;
}
function isInitial(w, t) {
  return w.end[t] - w.start[t] === 1;
}
function lookupAt(w, lex, t) {
  const a = w.start[t];
  const b = w.end[t];
  const flags = w.flags[t];
  let e = (flags & T_FOREIGN4) !== 0 ? -1 : lookupWord3(lex, w.letters, a, b, (flags & T_REPEAT3) !== 0, (flags & T_MASK2) !== 0);
  if (e < 0 && (flags & (T_FOREIGN4 | T_MASK2)) === 0) e = lookupSwapped2(lex, w.letters, a, b, (flags & T_LEET2) !== 0 ? onesOf(w, a, b) : 0, (flags & T_REPEAT3) !== 0);
  entryOf2[t] = e;
  classOf[t] = e >= 0 ? lex.classes[e] : 0;
  hitOf[t] = -1;
  hitEnd[t] = t;
  let node = (flags & T_FOREIGN4) !== 0 ? -1 : lookupState2[0];
  for (let u = t + 1; node > 0 && u < w.count && u - t < MAX_PHRASE_WORDS; u++) {
    if (stopBefore[u] === 1) break;
    node = lex.main.children[node * 27 + SEP];
    if (node === 0) break;
    node = walk2(lex.main, node, w.letters, w.start[u], w.end[u]);
    if (node <= 0) break;
    const pe = lex.main.entry[node] - 1;
    if (pe >= 0 && (lex.category[pe] >= 0 || lex.allow[pe] === 1)) {
      e = pe;
      hitEnd[t] = u;
    }
  }
  if (e >= 0 && lex.allow[e] === 1) {
    for (let u = t; u <= hitEnd[t]; u++) quiet[u] = 1;
    addModelEdit(w.letterStart[a], w.letterEnd[w.end[hitEnd[t]] - 1], "");
    return;
  }
  if (e < 0 && (flags & T_FOREIGN4) === 0 && b - a > 4) e = lookupStem2(lex, w.letters, a, b);
  if (e < 0 || lex.category[e] < 0) return;
  if (NAME_LIKE.has(lex.terms[e]) && looksLikeName(ctx, w, t)) {
    leaveOutOfModel(w, t);
    return;
  }
  if (lex.rule[e] !== "lexicon:slur" && isMentioned(ctx, t)) {
    leaveOutOfModel(w, t);
    return;
  }
  if (lex.category[e] === INSULT_CATEGORY && hitEnd[t] === t && (isNegated(ctx, w, t) || lex.rule[e] === "lexicon:insult" && isSaidOfOneself(ctx, w, t))) {
    leaveOutOfModel(w, t);
    return;
  }
  hitOf[t] = e;
}
function onesOf(w, a, b) {
  let ones = 0;
  for (let p = a; p < b && p - a < 31; p++) if (scanned.charCodeAt(w.letterStart[p]) === 49) ones |= 1 << p - a;
  return ones;
}
var lastWordClasses = { value: 0 };
var INSULT_CATEGORY = ABUSE_CATEGORIES.indexOf("insult");
var coverScratch = new Int32Array(ABUSE_CATEGORIES.length);
function emit(w, lex, pats, out) {
  const coverUntil = coverScratch.fill(-1);
  let phraseUntil = -1;
  for (let t = 0; t < w.count; t++) {
    if (quiet[t] === 1) continue;
    const e = entryOf2[t];
    for (let word = 0; word < START_WORDS2 && e >= 0; word++) {
      let startable = pats.canStart[e * START_WORDS2 + word];
      while (startable !== 0) {
        const i = word * 32 + 31 - Math.clz32(startable & -startable);
        startable &= startable - 1;
        const p = pats.patterns[i];
        const end = matchAt2(p, t, w.count, entryOf2, classOf, stopBefore);
        if (end < 0) continue;
        const k = patternState2[0];
        const key = k >= t && k < end ? k : end - 1;
        if (p.notAfter.length > 0 && t > 0 && stopBefore[t] === 0 && p.notAfter.includes(entryOf2[t - 1])) {
          leaveOutOfModel(w, key);
          continue;
        }
        if (p.onlyBefore !== null && end < w.count && stopBefore[end] === 0 && (w.gap[end] & G_PUNCT5) === 0 && !p.onlyBefore.includes(entryOf2[end])) continue;
        const ci2 = ABUSE_CATEGORIES.indexOf(p.category);
        if (coverUntil[ci2] >= end - 1) continue;
        let quietInside = false;
        for (let u = t; u < end; u++) if (quiet[u] === 1) quietInside = true;
        if (quietInside) continue;
        if (describesAThing(ctx, w, lex, t, key, end) || adjectiveWithoutCopula(ctx, lex, t, key) || isPossessive(w, key)) continue;
        if (modifiesPraise(ctx, w, key, end) || p.category === "threat" && contestFollows(ctx, w, end)) {
          leaveOutOfModel(w, key);
          continue;
        }
        if (p.category === "insult" && isSaidOfOneself(ctx, w, key)) continue;
        if (p.category === "insult" && (isOwnedAfter(ctx, w, end) || (classOf[t] & C_YOU) === 0 && isLikeMe(ctx, w, lex, end))) {
          quiet[key] = 1;
          leaveOutOfModel(w, key);
          continue;
        }
        coverUntil[ci2] = end - 1;
        out.push({
          start: w.letterStart[w.start[t]],
          end: w.letterEnd[w.end[end - 1] - 1],
          category: p.category,
          term: lex.terms[entryOf2[key]] ?? p.name,
          rule: p.rule
        });
      }
    }
    const h = hitOf[t];
    if (h < 0 || t <= phraseUntil) continue;
    if (hitEnd[t] === t && lex.category[h] === INSULT_CATEGORY && modifiesPraise(ctx, w, t, t + 1)) {
      leaveOutOfModel(w, t);
      continue;
    }
    const ci = lex.category[h];
    if (coverUntil[ci] >= hitEnd[t]) continue;
    if (hitEnd[t] > t) phraseUntil = hitEnd[t];
    out.push({
      start: w.letterStart[w.start[t]],
      end: w.letterEnd[w.end[hitEnd[t]] - 1],
      category: categoryName(ci),
      term: lex.terms[h],
      rule: lex.rule[h]
    });
  }
}

// bench/speed/_typical-comments.ts
var TYPICAL_COMMENTS = [
  "I don't think the council has thought this through at all. The new parking rules are going to hurt small shops on the high street, and nobody asked us! Typical of this lot.",
  "Great article, thanks. My grandmother lived on that street for forty years and she always said it was the friendliest place in town :) Really miss it, and the old market too.",
  "Honestly this is the worst decision they could have made. Absolutely NO consultation, no budget, and the roads are still a mess after two winters. Shameful, just shameful.",
  "Kind of interesting, but the piece skips the fact that the same plan failed in 2015. Not bad overall though, and the photos are lovely \u{1F44D} Keep it up, looking forward to more.",
  "You are an idiot if you believe a word of this. People like you should shut up and stop commenting on things you clearly know nothing about, moron. Go read a book for once.",
  "The report is balanced enough, although I wish it had quoted more residents. Prices keep rising &amp; wages don't. That is the real story here, folks, and nobody covers it."
];

// bench/edge-pages.ts
import { readFileSync } from "node:fs";
var SEED = readFileSync(new URL("../seeds/000_b6556f2a56b03e86.txt", import.meta.url), "utf8");
var GOLD = JSON.parse(readFileSync(new URL("../seeds/gold/000_b6556f2a56b03e86.json", import.meta.url), "utf8"));
var THREAD_START = SEED.indexOf("\n  1. ");
if (THREAD_START < 0) throw new Error("seed 000 no longer has a numbered comment thread");
var ARTICLE = SEED.slice(0, THREAD_START);
var SENTENCES = GOLD.comments.flatMap((c) => c.text.split(/(?<=[.?!])\s+/)).filter((s) => s.length > 20);
var INSULTS = ["You are a fucking idiot.", "What a load of shit.", "Shut up, moron."];
function prng(seed) {
  let s = seed >>> 0;
  return () => (s = Math.imul(s, 1664525) + 1013904223 >>> 0) / 2 ** 32;
}
function commentText(i) {
  const rnd = prng(i + 1);
  const parts = [];
  let length = 0;
  const target = 120 + Math.floor(rnd() * 200);
  while (length < target) {
    const s = SENTENCES[Math.floor(rnd() * SENTENCES.length)];
    parts.push(s);
    length += s.length + 1;
  }
  if (rnd() < 0.05) parts.push(INSULTS[i % INSULTS.length]);
  return `${parts.join(" ")} (#${i})`;
}
function syntheticPage(n2, variant = 0) {
  const lines = [`${ARTICLE}${variant ? `

Update ${variant}.` : ""}

`];
  let top = 0;
  for (let i = 0; i < n2; i++) {
    const reply = i > 0 && (Math.imul(i, 2654435761) >>> 0) % 5 === 0;
    lines.push(reply ? `    \u2022 ${commentText(i)}

` : `  ${++top}. ${commentText(i)}

`);
  }
  lines.push("Comments are closed.");
  return lines.join("");
}

// ../../tmp/prof/rules-entry.ts
var texts = [...TYPICAL_COMMENTS, ...(syntheticPage(200, 1).match(/[^\n]{120,400}/g) ?? []).slice(0, 100)];
for (const t of texts) findAbuseMatches(t);
var t0 = performance.now();
var n = 0;
while (performance.now() - t0 < 6e3) {
  for (const t of texts) {
    findAbuseMatches(t);
    n++;
  }
}
console.log((performance.now() - t0) * 1e3 / n, "us");
