import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'work-and-back-pain',
  order: 13,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Met rugpijn denk je misschien dat je beter thuis kunt blijven tot de pijn weg is. Voor de meeste mensen is blijven werken juist goed voor het herstel.',
        'Ben je al een tijd thuis? Dan is weer aan het werk gaan ook een goede stap. Je hoeft niet te wachten tot je helemaal geen pijn meer hebt.',
      ],
    },
    {
      heading: 'Waarom werken helpt',
      paragraphs: [
        'Werk geeft ritme aan je dag. Je beweegt meer, je ziet collega’s en je hebt minder tijd om over je pijn te piekeren.',
        'Lang thuis zitten maakt de stap terug vaak groter. Je conditie gaat achteruit en het werk gaat spannender voelen.',
      ],
    },
    {
      heading: 'Praat erover',
      paragraphs: [
        'Bespreek met je leidinggevende of de bedrijfsarts wat je nu kunt. Misschien kun je een tijdje ander werk doen, minder uren werken of je taken anders verdelen.',
        'Ook je fysiotherapeut kan meedenken. Samen kijk je wat past en hoe je weer opbouwt.',
      ],
    },
    {
      heading: 'Bouw rustig op',
      paragraphs: [
        'Begin met minder uren of lichter werk, en bouw stap voor stap op. Net als bij elke andere activiteit. Maak vooraf een plan, zodat je weet waar je naartoe werkt.',
        'Een beetje meer pijn in het begin is normaal. Het betekent niet dat werken slecht is voor je rug. Zakt het binnen 48 uur weer weg? Dan zit je goed.',
      ],
    },
    {
      heading: 'Als je werk zwaar voelt',
      paragraphs: [
        'Heb je lichamelijk zwaar werk? Dan helpt krachttraining om het werk weer beter aan te kunnen. Je rug is sterk en kan wennen aan tillen en dragen.',
        'Maak je je zorgen over je werk of je inkomen? Bespreek dat ook. Zorgen maken het alarm in je zenuwstelsel gevoeliger. Erover praten kan lucht geven.',
      ],
    },
    {
      heading: 'Er is geen perfecte houding',
      paragraphs: [
        'Er is niet één goede manier om te zitten, te staan of te tillen. Het helpt vooral om vaak van houding te wisselen. Bijvoorbeeld zo:',
      ],
      bullets: [
        'Sta regelmatig op als je zittend werk hebt.',
        'Wissel zwaar en licht werk af als dat kan.',
        'Neem korte pauzes om even te bewegen.',
        'Loop een stukje tijdens je lunchpauze.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NVAB-richtlijn Lage-rugklachten (bedrijfsartsen)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
