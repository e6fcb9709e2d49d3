import type { FirstRunTexts } from '../firstRunTexts';

/** Dutch, level B1: the first screens of a new device. To be reviewed by a registered physiotherapist. */
export const nl: FirstRunTexts = {
  languageTitle: 'Kies je taal',
  languageIntro: 'Je kunt de taal later altijd nog wisselen, met de knop bovenaan.',
  welcomeTitle: 'Welkom bij Veerkracht',
  welcomeIntro: [
    'Veerkracht helpt je om zelf met lage rugpijn om te gaan. De app is voor volwassenen met rugpijn die al langer duurt.',
    'Je gebruikt de app op jezelf, of samen met je fysiotherapeut.',
  ],
  doesTitle: 'Wat de app doet',
  does: [
    'De app legt uit wat er bij rugpijn gebeurt.',
    'De app houdt bij wat jij invult, zoals pijn, slaap en stress.',
    'De app laat elke dag zien wat je kunt doen.',
    'De app laat zien hoe het gaat.',
  ],
  notTitle: 'Wat de app niet doet',
  not: [
    'Veerkracht stelt geen diagnose. De app vervangt je huisarts of fysiotherapeut niet.',
    'De app doet voorstellen. Jij beslist, of samen met je fysiotherapeut.',
  ],
  emergencyTitle: 'Bij spoed',
  emergency:
    'Voel je je heel ziek, of gaat het snel slechter? Bel dan meteen je huisarts. ’s Avonds, ’s nachts en in het weekend bel je de huisartsenpost. Ben je in gevaar? Bel 112.',
  nextText:
    'Eerst stellen we je een paar vragen over jezelf en je rug. De vragen gaan over signalen waarbij je beter een arts belt. Zo weet je wie je kunt bellen, en wanneer. Jij beslist. Het duurt ongeveer 5 minuten. Je antwoorden blijven op deze telefoon.',
  restore: 'Heb je Veerkracht al eerder gebruikt, op een andere telefoon?',
  restoreLink: 'Zet je back-up terug',
  alreadyDone: 'Je hebt de start al gedaan. De veiligheidscheck kun je altijd opnieuw doen.',
  next: 'Verder',
  toToday: 'Naar Vandaag',
  again: 'Check nu doen',
};
