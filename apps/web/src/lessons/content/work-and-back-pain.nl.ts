import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'work-and-back-pain',
  order: 13,
  title: 'Werk en rugpijn',
  summary: 'Blijven werken, of weer gaan werken, helpt meestal bij herstel. Met aangepast werk en rustig opbouwen.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Met rugpijn denk je misschien dat je beter thuis kunt blijven. Voor de meeste mensen is blijven werken juist goed. Werk geeft ritme, beweging en contact met anderen.',
        'Lang thuis zitten maakt de stap terug vaak groter.',
      ],
    },
    {
      heading: 'Praat erover',
      paragraphs: [
        'Bespreek met je leidinggevende of de bedrijfsarts wat je nu kunt. Misschien kun je tijdelijk ander werk doen, of minder uren.',
        'Ook je fysiotherapeut kan meedenken over wat past.',
      ],
    },
    {
      heading: 'Bouw rustig op',
      paragraphs: [
        'Ben je thuis geweest? Begin dan met minder uren of lichter werk, en bouw stap voor stap op. Net als bij elke andere activiteit.',
        'Een beetje meer pijn in het begin is normaal. Dat betekent niet dat werken slecht is voor je rug.',
      ],
    },
    {
      heading: 'Wissel af',
      paragraphs: ['Er is geen perfecte houding. Het helpt vooral om vaak van houding te wisselen.'],
      bullets: [
        'Sta regelmatig op als je zittend werk hebt.',
        'Wissel zwaar en licht werk af als dat kan.',
        'Neem korte pauzes om even te bewegen.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NVAB-richtlijn Lage-rugklachten (bedrijfsartsen)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
