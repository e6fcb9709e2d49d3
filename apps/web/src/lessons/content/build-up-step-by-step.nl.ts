import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'build-up-step-by-step',
  order: 3,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Heb je al lang rugpijn? Dan ben je waarschijnlijk minder gaan doen. Je spieren, je conditie en ook je zenuwstelsel wennen daaraan.',
        'Weer meer doen kan zeker. Het lukt het best als je rustig opbouwt, in kleine stappen. Je lichaam krijgt dan de tijd om te wennen.',
      ],
    },
    {
      heading: 'Eerst meten wat je nu kunt',
      paragraphs: [
        'Je kiest een activiteit, bijvoorbeeld wandelen. Eerst meet je wat je nu kunt. Je doet de activiteit een paar keer, tot het moment waarop je normaal zou stoppen. Ga niet door de pijn heen. Dan noteer je hoeveel je deed.',
        'Daarna maakt de app een plan. Je begint iets onder wat je bij het meten deed. Dat voelt misschien makkelijk. Dat is de bedoeling: zo begin je met succes.',
        'Elke keer gaat je hoeveelheid een klein stapje omhoog, tot je je doel haalt. Kies een doel dat je echt belangrijk vindt.',
      ],
    },
    {
      heading: 'Doe je hoeveelheid, niet meer en niet minder',
      paragraphs: [
        'Op een goede dag wil je misschien meer doen. Op een slechte dag liever minder. Toch werkt het het best als je je aan je hoeveelheid houdt.',
        'Veel doen op een goede dag en daarna dagen niets kunnen: dat kennen veel mensen. Met een vaste hoeveelheid doorbreek je dat patroon. Je lichaam en je hersenen leren dat deze activiteit veilig is.',
      ],
    },
    {
      heading: 'Wat pijn na afloop is normaal',
      paragraphs: [
        'Na bewegen heb je misschien wat meer klachten. Dat is normaal. Ook mensen zonder rugpijn voelen hun lichaam na een nieuwe inspanning.',
        'Meer pijn betekent niet dat je rug schade oploopt. Bij pijn die lang duurt, kan het zenuwstelsel gevoeliger worden. Het moet dan weer wennen. Pijn is geen schade.',
      ],
    },
    {
      heading: 'De 48-uursregel',
      paragraphs: [
        'Een handige regel: extra klachten na een activiteit zakken binnen 48 uur weer weg. Is dat zo? Dan zit je goed en kun je de volgende keer een stapje verder.',
        'Duurt het langer? Geen paniek. Je deed dan net iets te veel. De volgende keer doe je iets minder.',
        'Ongeveer 24 uur na elke keer staat er een vraag voor je klaar op Vandaag: zijn je rugklachten weer zoals ze waren? Zeg je "nog niet", dan staat de vraag aan het eind van de 48 uur er nog een keer. De app stuurt geen berichten: open de app zelf om de vraag te zien.',
        'Daarna doet de app een voorstel voor de volgende keer: een stapje meer, hetzelfde of een stapje minder. Je leest waarom. Jij beslist.',
      ],
    },
    {
      heading: 'Twee manieren om op te bouwen',
      paragraphs: [
        'Met een vast schema ga je elke keer een stapje omhoog, hoe je je die dag ook voelt. Zo beschrijft de richtlijn voor fysiotherapeuten het opbouwen.',
        'Met de 48-uursregel bepaalt je lichaam mee hoe snel je opbouwt. Veel mensen kennen deze regel als vuistregel.',
        'Beide manieren kunnen goed werken. De app begint met de 48-uursregel. Je kunt altijd wisselen bij de instellingen van je plan. Heb je een fysiotherapeut? Overleg dan samen wat bij je past.',
      ],
    },
    {
      heading: 'Geduld helpt',
      paragraphs: [
        'Opbouwen gaat met ups en downs. Een stapje terug hoort erbij. Het is geen mislukking.',
        'Heb je een keer overgeslagen? Geen probleem. Je pakt het gewoon weer op waar je was. Elke stap telt.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'Lindström en anderen (1992): graded activity bij lage rugpijn',
    'Silbernagel en anderen (2007): het pijnmonitoringsmodel',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
