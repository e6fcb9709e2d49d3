import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'strength-training',
  order: 8,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Veel mensen met rugpijn zijn bang dat krachttraining hun rug kapotmaakt. Het is juist andersom. Krachttraining is een van de beste dingen die je voor je rug kunt doen.',
        'Je hoeft geen sporter te zijn, en je hebt geen sportschool nodig. Oefeningen thuis, met je eigen gewicht of een tas met boodschappen, zijn een goed begin.',
      ],
    },
    {
      heading: 'Waarom kracht helpt',
      paragraphs: [
        'Sterkere spieren maken tillen, bukken, traplopen en lang staan makkelijker. Gewone dingen kosten dan minder moeite.',
        'Ook je hersenen leren iets. Ze merken dat belasten veilig is. Je krijgt meer vertrouwen in je rug, en het alarm in je zenuwstelsel wordt rustiger. Daardoor wordt de pijn vaak minder.',
      ],
    },
    {
      heading: 'Begin licht',
      paragraphs: [
        'Begin met een makkelijke versie van een oefening, en met weinig gewicht of alleen je eigen gewicht. Het mag voelen alsof je nog wel meer kunt. Dat is de bedoeling.',
        'Let eerst op hoe je de oefening doet. Beweeg rustig en adem door. Zo went je lichaam eraan, en merk je dat de oefening veilig is.',
      ],
    },
    {
      heading: 'Bouw langzaam op',
      paragraphs: ['Sterker worden kost tijd: weken en maanden. Je bouwt op in twee stappen:'],
      bullets: [
        'Eerst doe je steeds wat meer herhalingen, tot een bepaald aantal.',
        'Lukt dat aantal goed? Dan neem je wat meer gewicht, of een wat zwaardere versie van de oefening.',
        'Daarna begin je weer met minder herhalingen, en bouw je opnieuw op.',
      ],
    },
    {
      heading: 'Spierpijn is normaal',
      paragraphs: [
        'Na een nieuwe oefening kun je de dag erna wat spierpijn of stijfheid voelen. Dat is normaal en veilig. Het zakt meestal binnen een dag of twee weer weg.',
        'Krijg je scherpe pijn die blijft? Stop dan en vraag je fysiotherapeut of huisarts om raad.',
      ],
    },
    {
      heading: 'Het oefenprogramma in de app',
      paragraphs: [
        'In de app maak je een oefenprogramma dat bij je past. Bij elke oefening zie je een tekening en een paar tips. Je begint licht.',
        'Na elke keer vraagt de app of je rug binnen 48 uur weer is zoals hij was. Daarna stelt de app een volgende stap voor, met de reden erbij. Jij beslist.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
    'Owen en anderen (2020): oefentherapie bij lage rugpijn',
  ],
};
