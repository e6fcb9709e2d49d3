import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'keep-moving-with-pain',
  order: 6,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Als je rug pijn doet, wil je misschien het liefst stil blijven zitten of liggen. Dat is een logische reactie. Een dag wat rustiger aan doen is ook prima.',
        'Maar lang rusten helpt je rug niet. Blijven bewegen helpt wel, ook als het wat pijn doet.',
      ],
    },
    {
      heading: 'Wat lang rusten doet',
      paragraphs: [
        'Als je weinig beweegt, worden je spieren zwakker en je gewrichten stijver. Je conditie gaat achteruit. Gewone dingen kosten dan meer moeite, en dat kan weer meer pijn geven.',
        'Ook je zenuwstelsel went aan stilzitten. Bewegen voelt daarna snel spannend, en het alarm gaat eerder af. Zo kun je in een cirkel van steeds minder doen terechtkomen.',
      ],
    },
    {
      heading: 'Een beetje, en vaak',
      paragraphs: ['Je hoeft niet veel in één keer te doen. Een beetje, vaak verdeeld over de dag, werkt beter.'],
      bullets: [
        'Sta elk half uur even op als je lang zit.',
        'Loop een paar keer per dag een klein stukje.',
        'Wissel vaak van houding: zitten, staan, lopen.',
        'Doe je gewone dingen zoveel mogelijk, desnoods in kleinere stukjes.',
      ],
    },
    {
      heading: 'Ongemak mag',
      paragraphs: [
        'Wat ongemak of wat meer pijn tijdens of na bewegen is normaal. Het is veilig. Het betekent niet dat je iets beschadigt.',
        'Je hoeft niet door alles heen te gaan. Krijg je scherpe pijn die blijft? Stop dan en vraag je fysiotherapeut of huisarts om raad.',
      ],
    },
    {
      heading: 'De 48-uursregel',
      paragraphs: [
        'Zakt de extra pijn binnen 48 uur weer naar hoe het was, dan zit je goed; duurt het langer, doe dan de volgende keer iets minder.',
        'Wil je een activiteit stap voor stap opbouwen? Maak er een beweegplan voor in de app. Dat plan werkt met deze regel.',
      ],
    },
    {
      heading: 'Kies wat je leuk vindt',
      paragraphs: [
        'Wandelen, fietsen, zwemmen, tuinieren of dansen: elke beweging telt. Kies iets wat je prettig vindt. Dan hou je het makkelijker vol.',
        'Begin klein en wees trots op elke stap. Je lichaam en je hersenen leren zo dat bewegen veilig is.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
