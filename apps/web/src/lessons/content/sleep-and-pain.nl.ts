import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'sleep-and-pain',
  order: 7,
  title: 'Slaap en pijn',
  summary: 'Slecht slapen maakt pijn erger, en pijn maakt slapen moeilijker. Met een paar gewoontes doorbreek je dat.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Slaap en pijn hangen samen, in twee richtingen. Na een korte of onrustige nacht voelt pijn vaak erger. En pijn kan je wakker houden.',
        'Goed slapen is daarom een deel van je herstel. Je hoeft het niet perfect te doen. Kleine stappen helpen al.',
      ],
    },
    {
      heading: 'Hoeveel slaap?',
      paragraphs: [
        'Voor volwassenen tot 65 jaar is het advies 7 tot 9 uur per nacht. Vanaf 65 jaar is dat 7 tot 8 uur.',
        'Iedereen is anders. In de app kun je je eigen slaapdoel kiezen, tussen 6 en 10 uur.',
      ],
    },
    {
      heading: 'Gewoontes die helpen',
      paragraphs: ['Deze gewoontes helpen veel mensen om beter te slapen:'],
      bullets: [
        'Ga op vaste tijden naar bed en sta op vaste tijden op, ook in het weekend.',
        'Neem een half uur om tot rust te komen: lezen, rustige muziek, een ademhalingsoefening.',
        'Zorg voor een donkere, stille en koele slaapkamer.',
        'Laat je telefoon en andere schermen het laatste uur liggen.',
        'Drink na de middag geen koffie of energiedrank meer.',
      ],
    },
    {
      heading: 'Als pijn je wakker maakt',
      paragraphs: [
        'Lig je wakker door pijn? Verander rustig van houding. Een kussen tussen of onder je knieën kan helpen.',
        'Lukt slapen na een kwartier nog niet? Sta dan even op. Doe iets rustigs in een ander licht, zoals een ademhalingsoefening. Ga terug naar bed als je slaperig bent. Kijk niet steeds op de klok.',
      ],
    },
    {
      heading: 'Je eigen patroon zien',
      paragraphs: [
        'In het slaapdagboek van de app vul je in hoe je sliep. Na een paar weken zie je je slaap naast je pijn.',
        'Dat is een patroon in je eigen gegevens, geen bewijs. Het kan je wel helpen om te zien wat voor jou werkt.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'National Sleep Foundation: aanbevolen slaapduur (Hirshkowitz en anderen, 2015)',
    'NHG-Standaard Slaapproblemen en slaapmiddelen',
  ],
};
