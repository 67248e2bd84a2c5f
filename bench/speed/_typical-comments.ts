// Six typical news comments (~173 characters, one of them abusive): the speed benches and the A/B
// script time abuse and sentiment scoring on the same texts.
export const TYPICAL_COMMENTS: readonly string[] = [
  "I don't think the council has thought this through at all. The new parking rules are going to hurt small shops on the high street, and nobody asked us! Typical of this lot.",
  "Great article, thanks. My grandmother lived on that street for forty years and she always said it was the friendliest place in town :) Really miss it, and the old market too.",
  "Honestly this is the worst decision they could have made. Absolutely NO consultation, no budget, and the roads are still a mess after two winters. Shameful, just shameful.",
  "Kind of interesting, but the piece skips the fact that the same plan failed in 2015. Not bad overall though, and the photos are lovely 👍 Keep it up, looking forward to more.",
  "You are an idiot if you believe a word of this. People like you should shut up and stop commenting on things you clearly know nothing about, moron. Go read a book for once.",
  "The report is balanced enough, although I wish it had quoted more residents. Prices keep rising &amp; wages don't. That is the real story here, folks, and nobody covers it.",
];
