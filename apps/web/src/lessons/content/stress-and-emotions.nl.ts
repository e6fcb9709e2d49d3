import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'stress-and-emotions',
  order: 11,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Hoe je je voelt, heeft invloed op je pijn. Stress, zorgen, somberheid en angst kunnen de pijn harder laten klinken.',
        'Dat betekent niet dat de pijn tussen je oren zit. De pijn is echt. Maar het betekent wel dat je er op meer manieren iets aan kunt doen.',
      ],
    },
    {
      heading: 'Waarom gevoelens meespelen',
      paragraphs: [
        'In je hersenen werken pijn en gevoelens nauw samen. Bij stress staat je lichaam meer op scherp. Je spieren spannen aan en je slaapt vaak minder goed.',
        'Het alarm in je zenuwstelsel wordt daardoor gevoeliger. Het gaat dan sneller af, ook als er geen gevaar is.',
      ],
    },
    {
      heading: 'Een cirkel die je kunt doorbreken',
      paragraphs: [
        'Pijn geeft zorgen. Zorgen geven spanning. Spanning maakt de pijn erger. En slecht slapen maakt alles zwaarder.',
        'Je kunt die cirkel op elk punt doorbreken. Je hoeft niet alles tegelijk te doen. Ook een kleine stap telt.',
      ],
    },
    {
      heading: 'Wat je kunt doen',
      paragraphs: ['Kies wat bij jou past:'],
      bullets: [
        'Een ontspanningsoefening in de app: ademen met aandacht, een bodyscan of een korte oefening om even stil te staan.',
        'De ademhalingsoefening in de app, een paar minuten rustig ademen.',
        'Iets doen wat je leuk vindt, of even naar buiten gaan.',
        'Bewegen: ook dat vermindert stress.',
        'Goed slapen. Tips daarvoor lees je in de les over slaap en pijn.',
      ],
    },
    {
      heading: 'Erover praten',
      paragraphs: [
        'Praten helpt vaak. Vertel iemand die je vertrouwt hoe het met je gaat. Dat kan je partner zijn, een vriend of een familielid.',
        'Je kunt het ook met je fysiotherapeut bespreken. Bijvoorbeeld zorgen over je rug, of drukte thuis of op je werk. Dat hoort bij je herstel. Je hoeft je er niet voor te schamen.',
      ],
    },
    {
      heading: 'Als stress lang hoog blijft',
      paragraphs: [
        'Geef je bij je check-in op de meeste dagen van een week hoge stress aan? Dan stelt de app voor om erover te praten met je fysiotherapeut of huisarts. Dat kun je natuurlijk ook zelf doen.',
        'Dat is geen oordeel en geen diagnose. Soms helpt het om er samen naar te kijken.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
