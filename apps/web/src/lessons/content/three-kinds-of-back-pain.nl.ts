import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'three-kinds-of-back-pain',
  order: 1,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Rugpijn is heel gewoon. Bijna iedereen heeft het een keer. Artsen en fysiotherapeuten maken onderscheid tussen drie soorten lage rugpijn.',
        'Welke soort bij jou past, bepaalt wat je het beste kunt doen. In deze les lees je over alle drie.',
      ],
    },
    {
      heading: '1. Rugpijn met een medische oorzaak',
      paragraphs: [
        'Soms komt rugpijn door een duidelijke medische oorzaak. Bijvoorbeeld een hernia die op een zenuw drukt, een botbreuk, een ontsteking zoals bij reuma, een infectie of een gezwel.',
        'Dit komt niet vaak voor. Maar als het zo is, moet een arts naar je rug kijken.',
        'Daarom stelt Veerkracht je vragen over signalen waar een arts naar moet kijken. Bijvoorbeeld een doof gevoel tussen je benen, problemen met plassen of een been dat snel zwakker wordt.',
        'Na de behandeling door de arts kan een fysiotherapeut je helpen om weer sterker te worden.',
      ],
    },
    {
      heading: '2. Rugpijn die pas kort bestaat',
      paragraphs: [
        'De meeste rugpijn begint plotseling, vaak zonder duidelijke reden. Het kan veel pijn doen. Toch is er meestal niets kapot in je rug.',
        'Wat kun je verwachten? Bij veel mensen wordt de pijn in de eerste weken al minder. Na 3 maanden is ongeveer de helft van de mensen hersteld. Rugpijn komt vaak ook weer terug. Dat is vervelend, maar het betekent niet dat er iets mis is met je rug.',
        'Wat helpt? Blijf in beweging en doe zoveel mogelijk je gewone dingen. Lang in bed liggen maakt het herstel juist trager.',
      ],
    },
    {
      heading: '3. Aanhoudende rugpijn',
      paragraphs: [
        'Duurt je rugpijn langer dan ongeveer 3 maanden? Dan heet het aanhoudende rugpijn. Bij de meeste mensen met aanhoudende rugpijn is er geen schade in de rug.',
        'Waarom blijft de pijn dan? Je zenuwstelsel is gevoeliger geworden. Je kunt het vergelijken met een alarm dat te snel afgaat. Het geeft al een pijnsignaal als er geen gevaar is.',
        'Ook andere dingen spelen mee: hoe je slaapt, stress, zorgen, somberheid en hoe je beweegt. De pijn is echt. Maar pijn betekent hier niet dat je rug kapotgaat. Pijn is geen schade.',
        'Wat helpt? Stap voor stap meer bewegen, sterker worden, goed slapen en leren omgaan met stress. Dat kost tijd, en het gaat met ups en downs. Elke kleine stap telt. Voor deze groep is Veerkracht gemaakt.',
      ],
    },
    {
      heading: 'Welke soort past bij jou?',
      paragraphs: [
        'De veiligheidscheck in Veerkracht kijkt naar je antwoorden en naar hoe lang je rugpijn al duurt. Daarna lees je welke soort rugpijn bij je antwoorden past.',
        'Dat is informatie, geen diagnose. Twijfel je? Vraag het je huisarts of fysiotherapeut.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
    'NICE-richtlijn NG65: spondyloartritis',
  ],
};
