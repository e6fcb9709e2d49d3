import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'breathing',
  order: 10,
  title: 'Rustig ademen',
  summary:
    'Langzaam ademen, met een lange uitademing, brengt je lichaam tot rust. Dat kan de pijn minder scherp maken.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Bij pijn en stress adem je vaak snel en hoog, in je borst. Je spieren spannen aan. Dat kan de pijn erger maken.',
        'Rustig ademen helpt je lichaam om te ontspannen. Het is een klein ding dat je overal kunt doen.',
      ],
    },
    {
      heading: 'Zo doe je het',
      paragraphs: ['Ga gemakkelijk zitten of liggen. Leg een hand op je buik.'],
      bullets: [
        'Adem rustig in door je neus, ongeveer 4 tellen. Je buik gaat naar voren.',
        'Adem langzaam uit, ongeveer 6 tellen. Laat je schouders zakken.',
        'Doe dit een paar minuten. Dat is ongeveer 6 keer ademen per minuut.',
      ],
    },
    {
      heading: 'Waarom een lange uitademing',
      paragraphs: [
        'Een lange uitademing remt je lichaam af. Je hartslag wordt rustiger en je spieren ontspannen.',
        'De ademhalingsoefening in de app geeft het tempo aan. Je kunt het tempo en de tijd zelf kiezen.',
      ],
    },
    {
      heading: 'Voel je je duizelig?',
      paragraphs: [
        'Word je duizelig of licht in je hoofd? Stop dan en adem gewoon verder. Dat gaat vanzelf over.',
        'Probeer het later nog eens, met een wat rustiger tempo of korter.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'Zaccaro en anderen (2018): langzaam ademen en ontspanning',
  ],
};
