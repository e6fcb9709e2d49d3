import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'hurt-is-not-harm',
  order: 2,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pijn voelt als een teken dat er iets kapot is. Bij een verse snee of een verzwikte enkel klopt dat vaak. Maar bij rugpijn die maanden blijft, werkt pijn anders.',
        'Dan zegt pijn vooral iets over je zenuwstelsel. Dat is gevoeliger geworden. Over de toestand van je rug zegt de pijn dan weinig.',
      ],
    },
    {
      heading: 'Pijn wil je beschermen',
      paragraphs: [
        'Je hersenen beslissen of je pijn voelt. Ze krijgen signalen uit je lichaam. Maar ze letten ook op wat je denkt, wat je voelt en wat je eerder hebt meegemaakt.',
        'Denken je hersenen dat er gevaar is? Dan maken ze pijn. Zo zorgen ze dat je voorzichtig bent. Bij een verse wond is dat handig: de wond krijgt dan rust om te genezen.',
        'Pijn is dus een waarschuwing, geen meting van schade. Soms waarschuwt hij terecht. Soms waarschuwt hij te vaak.',
      ],
    },
    {
      heading: 'Een alarm dat te snel afgaat',
      paragraphs: [
        'Bij pijn die lang duurt, staat het alarm te gevoelig afgesteld. Denk aan een rookmelder die al piept als je een boterham roostert. Er is geen brand, maar het lawaai is echt.',
        'Deze dingen kunnen het alarm nog gevoeliger maken:',
      ],
      bullets: [
        'Slecht slapen en moe zijn.',
        'Stress, zorgen en somberheid.',
        'Angst om te bewegen, of de gedachte dat je rug zwak is.',
        'Lang stilzitten en weinig doen.',
      ],
    },
    {
      heading: 'Meer pijn zonder meer schade',
      paragraphs: [
        'Een gevoelig zenuwstelsel wordt steeds beter in pijn maken. Net zoals je beter wordt in iets wat je vaak oefent. Daardoor kan de pijn groter worden, of op meer plekken zitten. Soms doet zelfs een lichte aanraking pijn.',
        'Dat is vervelend, en het kan je ongerust maken. Maar het betekent niet dat je rug verder kapotgaat. Het alarm is harder gaan klinken. Het gevaar is niet groter geworden.',
      ],
    },
    {
      heading: 'Wat dit betekent voor jou',
      paragraphs: [
        'Je mag bewegen, ook als het wat pijn doet. Wat meer pijn tijdens of na bewegen is geen teken dat je iets beschadigt. Pijn is geen schade.',
        'Een handige vuistregel: zakt de extra pijn binnen 48 uur weer naar hoe het was? Dan zit je goed. Duurt het langer, doe dan de volgende keer iets minder.',
      ],
    },
    {
      heading: 'Het alarm kan weer rustiger worden',
      paragraphs: [
        'Het goede nieuws: een gevoelig zenuwstelsel kan weer rustiger worden. Dat gaat niet in een paar dagen. Het gaat in weken en maanden, met ups en downs.',
        'Alles wat je lichaam en je hersenen een gevoel van veiligheid geeft, helpt. Bijvoorbeeld uitleg zoals deze, rustig opbouwen, goed slapen, ontspannen en dingen doen die je leuk vindt.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'Moseley en Butler: Explain Pain',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
