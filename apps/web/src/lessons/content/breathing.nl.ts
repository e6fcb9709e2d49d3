import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'breathing',
  order: 10,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Bij pijn en stress adem je vaak snel en hoog, in je borst. Je spieren spannen aan, ook in je rug. Dat kan de pijn erger maken.',
        'Rustig ademen helpt je lichaam om te ontspannen. Het is een klein ding dat je overal kunt doen: thuis, op je werk of in bed.',
      ],
    },
    {
      heading: 'Waarom een lange uitademing helpt',
      paragraphs: [
        'Als je langzaam uitademt, remt je lichaam af. Je hartslag wordt rustiger en je spieren ontspannen.',
        'Ook je zenuwstelsel komt tot rust. Een rustig zenuwstelsel is minder snel alert. Daardoor kan de pijn wat minder scherp voelen.',
        'Je hoeft het niet perfect te doen. Dwaal je af met je gedachten? Dat is niet erg. Breng je aandacht rustig terug naar je adem.',
      ],
    },
    {
      heading: 'Zo doe je het',
      paragraphs: ['Ga gemakkelijk zitten of liggen. Leg een hand op je buik.'],
      bullets: [
        'Adem rustig in door je neus, ongeveer 4 tellen. Je buik gaat naar voren.',
        'Adem langzaam uit, ongeveer 6 tellen. Laat je schouders zakken.',
        'Dat is ongeveer 6 keer ademen per minuut.',
        'Het gaat niet om diep ademen, maar om rustig ademen. Doe dit een paar minuten.',
      ],
    },
    {
      heading: 'De ademhalingsoefening in de app',
      paragraphs: [
        'De ademhalingsoefening in de app geeft het tempo aan. Je ademt gewoon mee. Je kiest zelf hoe snel en hoe lang, van 1 tot 10 minuten.',
        'Bij de ontspanningsoefeningen in de app vind je ook een oefening om met aandacht te ademen.',
      ],
    },
    {
      heading: 'Wanneer je het kunt doen',
      paragraphs: ['Rustig ademen kan op elk moment. Deze momenten zijn voor veel mensen fijn:'],
      bullets: [
        'Voor het slapengaan, of als je ’s nachts wakker ligt.',
        'Als de pijn even erger is.',
        'Voor een beweging die spannend voelt.',
        'Op een drukke of stressvolle dag.',
      ],
    },
    {
      heading: 'Voel je je duizelig?',
      paragraphs: [
        'Word je duizelig of licht in je hoofd? Stop dan en adem gewoon verder. Dat gaat vanzelf weer over.',
        'Duizelig worden komt vaak doordat je te diep ademt. Rustig ademen is genoeg: het hoeft niet diep.',
        'Probeer het later nog eens, met een wat rustiger tempo of wat korter.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'Zaccaro en anderen (2018): langzaam ademen en ontspanning',
  ],
};
