import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'stress-and-emotions',
  order: 11,
  title: 'Stress en gevoelens',
  summary: 'Stress, zorgen en somberheid kunnen pijn versterken. De pijn is echt. Ontspanning en erover praten helpen.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pijn is meer dan een signaal uit je rug. Hoe je je voelt, speelt mee. Bij stress, zorgen of somberheid staat het alarm in je zenuwstelsel gevoeliger.',
        'Dat betekent niet dat de pijn tussen je oren zit. De pijn is echt. Maar het betekent wel dat je er op meer manieren iets aan kunt doen.',
      ],
    },
    {
      heading: 'Een vicieuze cirkel',
      paragraphs: [
        'Pijn geeft zorgen. Zorgen geven spanning. Spanning maakt de pijn erger. En slecht slapen maakt alles zwaarder.',
        'Je kunt die cirkel op elk punt doorbreken. Ook een kleine stap telt.',
      ],
    },
    {
      heading: 'Wat je kunt doen',
      paragraphs: ['Kies wat bij jou past:'],
      bullets: [
        'Een ontspanningsoefening: rustig ademen, een bodyscan of een korte aandachtsoefening in de app.',
        'Iets doen wat je leuk vindt, ook als het maar kort is.',
        'Praten met iemand die je vertrouwt.',
        'Bewegen: ook dat vermindert stress.',
      ],
    },
    {
      heading: 'Als stress hoog blijft',
      paragraphs: [
        'Geef je in de app een paar dagen achter elkaar hoge stress aan? Dan stelt de app voor om er met je fysiotherapeut of huisarts over te praten.',
        'Dat is geen oordeel en geen diagnose. Soms helpt het om er samen naar te kijken.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
