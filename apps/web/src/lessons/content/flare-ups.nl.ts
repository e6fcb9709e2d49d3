import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'flare-ups',
  order: 12,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Ook als het goed gaat, kan de pijn een tijd erger worden. Dat heet een terugval. Bijna iedereen met aanhoudende rugpijn maakt dat weleens mee.',
        'Een terugval is vervelend. Maar hij gaat meestal vanzelf weer over, vaak binnen een paar dagen tot een paar weken.',
      ],
    },
    {
      heading: 'Waarom het gebeurt',
      paragraphs: [
        'Soms is er een duidelijke reden: een drukke week, slecht slapen, stress of een dag waarop je veel meer deed dan anders. Soms is er geen reden te vinden.',
        'Het gevoelige alarm in je zenuwstelsel gaat dan een tijdje harder af. Dat is geen teken dat je iets fout hebt gedaan.',
      ],
    },
    {
      heading: 'Wat een terugval niet betekent',
      paragraphs: [
        'Een terugval betekent niet dat er iets kapot is in je rug. Het alarm klinkt harder, maar je rug is nog net zo sterk.',
        'Je begint ook niet opnieuw bij nul. Wat je hebt opgebouwd en geleerd, blijft. Na een terugval pak je de draad weer op.',
      ],
    },
    {
      heading: 'Wat helpt',
      paragraphs: ['Deze dingen helpen veel mensen tijdens een terugval:'],
      bullets: [
        'Blijf in beweging, ook als het maar kort is.',
        'Doe een paar dagen wat minder, maar stop niet helemaal.',
        'Rustig ademen en warmte kunnen de spanning verminderen.',
        'Zeg tegen jezelf dat het weer overgaat.',
      ],
    },
    {
      heading: 'Maak je plan in een rustige week',
      paragraphs: [
        'Midden in een terugval is het lastig om goed na te denken. Schrijf daarom in een rustige week je eigen plan. Dat kan in de app, bij "Mijn plan voor een terugval". Je schrijft op:',
      ],
      bullets: [
        'Wat je helpt.',
        'Wat je een paar dagen minder doet.',
        'Wie je belt, en wanneer.',
        'Wat je tegen jezelf zegt, bijvoorbeeld: "Dit gaat weer over. Pijn is geen schade."',
      ],
    },
    {
      heading: 'Daarna weer opbouwen',
      paragraphs: [
        'Je beweegplannen en je oefenprogramma in de app doen na een terugval vanzelf een stap terug. Daarna bouw je weer rustig op, stap voor stap.',
        'Meestal gaat een terugval vanzelf over. Soms is het beter om een arts te bellen. Hieronder lees je wanneer.',
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
