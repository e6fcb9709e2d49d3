import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'the-worn-out-back-myth',
  order: 5,
  title: 'Een versleten rug bestaat niet',
  summary: 'Veranderingen op een scan horen bij ouder worden. Ze zeggen weinig over je pijn, en je rug blijft sterk.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Veel mensen horen dat hun rug "versleten" is. Soms heet het "slijtage". Dat klinkt alsof je rug opraakt, zoals de zool van een schoen. Dat beeld klopt niet.',
        'Je rug is geen machine die kapotgaat door gebruik. Het is levend weefsel dat zich aanpast aan wat je doet.',
      ],
    },
    {
      heading: 'Wat een scan laat zien',
      paragraphs: [
        'Op een scan zie je bij bijna iedereen boven de 40 veranderingen. Ook bij mensen die nooit rugpijn hebben.',
        'Zulke veranderingen horen bij ouder worden, net als grijs haar en rimpels. Ze zeggen weinig over hoeveel pijn je hebt of gaat krijgen.',
      ],
    },
    {
      heading: 'Je rug wordt sterker als je hem gebruikt',
      paragraphs: [
        'Wervels, tussenwervelschijven en spieren worden sterker van belasting. Rustig opbouwen met bewegen en krachttraining helpt ze daarbij.',
        'Sparen werkt juist tegen je. Je wordt stijver en zwakker, en je zenuwstelsel wordt gevoeliger.',
      ],
    },
    {
      heading: 'Waarom woorden ertoe doen',
      paragraphs: [
        'Wie denkt dat zijn rug versleten is, gaat voorzichtig bewegen. Dat is logisch, maar het houdt de pijn vaak in stand.',
        'Een beter beeld: je rug is sterk en kan veel hebben. De pijn komt vooral van een gevoelig alarm, niet van een rug die opraakt.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'Brinjikji en anderen (2015): bevindingen op scans bij mensen zonder rugpijn',
  ],
};
