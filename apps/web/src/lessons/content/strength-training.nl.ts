import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'strength-training',
  order: 8,
  title: 'Sterker worden',
  summary: 'Krachttraining helpt bij aanhoudende rugpijn. Begin licht en bouw langzaam op, over weken en maanden.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Sterke spieren helpen je rug. Ze maken tillen, bukken en lang staan makkelijker. En oefenen zelf kalmeert vaak ook de pijn.',
        'Je hoeft geen sporter te zijn. Oefeningen thuis met je eigen gewicht zijn een goed begin.',
      ],
    },
    {
      heading: 'Begin licht',
      paragraphs: [
        'Begin met een makkelijke versie en weinig herhalingen. Het mag voelen alsof je nog wel meer kunt.',
        'Zo went je lichaam er rustig aan. En je merkt dat de oefening veilig is.',
      ],
    },
    {
      heading: 'Bouw langzaam op',
      paragraphs: [
        'Eerst doe je meer herhalingen. Gaat dat een paar keer goed? Dan maak je de oefening zwaarder en begin je weer met minder herhalingen.',
        'Zo groei je over weken en maanden. Het programma in de app stelt die stappen voor. Jij beslist.',
      ],
    },
    {
      heading: 'Wat je mag voelen',
      paragraphs: [
        'Spieren die werken, mogen moe zijn. De dag erna kun je wat stijf zijn. Dat is normaal en gaat vanzelf over.',
        'Krijg je scherpe pijn die blijft? Stop dan en vraag je fysiotherapeut of huisarts om raad.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
    'Owen en anderen (2020): oefentherapie bij lage rugpijn',
  ],
};
