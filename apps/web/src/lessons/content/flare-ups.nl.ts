import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'flare-ups',
  order: 12,
  title: 'Een terugval',
  summary: 'Een periode met meer pijn hoort erbij en gaat meestal vanzelf over. Met een plan weet je wat je dan doet.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Ook als het goed gaat, kan de pijn een tijd erger worden. Dat heet een terugval. Bijna iedereen met aanhoudende rugpijn maakt dat mee.',
        'Een terugval betekent niet dat er iets kapot is. En je begint niet opnieuw bij nul.',
      ],
    },
    {
      heading: 'Waarom het gebeurt',
      paragraphs: [
        'Soms is er een duidelijke reden: een drukke week, slecht slapen, stress of iets zwaars getild. Soms is er geen reden te vinden.',
        'Het gevoelige alarm in je zenuwstelsel gaat dan even harder af. Meestal wordt het binnen een paar dagen tot een paar weken weer rustiger.',
      ],
    },
    {
      heading: 'Wat helpt',
      paragraphs: ['Deze dingen helpen veel mensen:'],
      bullets: [
        'Blijf in beweging, ook als het maar kort is.',
        'Doe een paar dagen wat minder, maar stop niet helemaal.',
        'Rustig ademen en warmte kunnen de spanning verminderen.',
        'Zeg tegen jezelf dat het weer overgaat.',
      ],
    },
    {
      heading: 'Maak je eigen plan',
      paragraphs: [
        'Schrijf in een rustige week op wat je doet bij een terugval: wat je helpt, wat je een paar dagen minder doet, wie je belt en wanneer, en wat je tegen jezelf zegt. Dat kan in de app.',
        'Je plannen en je oefenprogramma in de app doen na een terugval vanzelf een stap terug. Daarna bouw je weer rustig op.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
