import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'keep-moving-with-pain',
  order: 6,
  title: 'Blijf bewegen, ook met pijn',
  summary: 'Rust maakt je stijver en zwakker. Beetje bij beetje blijven bewegen helpt je rug het meest.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Bij rugpijn wil je misschien het liefst stil blijven liggen. Een dag rustig aan doen is prima. Maar lang rusten maakt je stijver en zwakker.',
        'Blijven bewegen helpt je rug het meest. Ook als het wat pijn doet.',
      ],
    },
    {
      heading: 'Weinig en vaak',
      paragraphs: ['Je hoeft niet veel te doen. Beter vaak een beetje dan af en toe veel.'],
      bullets: [
        'Sta elk half uur even op als je lang zit.',
        'Loop een paar keer per dag een klein stukje.',
        'Wissel je houding af: zitten, staan, lopen.',
      ],
    },
    {
      heading: 'Wat je mag voelen',
      paragraphs: [
        'Wat ongemak of wat meer pijn tijdens of na bewegen is normaal. Het betekent niet dat je iets beschadigt.',
        'Een goede vuistregel: de pijn zakt binnen 48 uur weer naar hoe het was. Dan zit je goed. Duurt het langer, doe het de volgende keer iets rustiger aan.',
      ],
    },
    {
      heading: 'Doe wat je graag doet',
      paragraphs: [
        'Kies bewegingen die je leuk vindt: wandelen, fietsen, zwemmen, tuinieren. Dan hou je het makkelijker vol.',
        'Wil je iets opbouwen? Maak er een plan voor in de app. Je begint onder wat je nu kunt en bouwt rustig op.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
