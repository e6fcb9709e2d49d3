import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'hurt-is-not-harm',
  order: 2,
  title: 'Pijn is geen schade',
  summary:
    'Bij aanhoudende pijn is je zenuwstelsel gevoeliger geworden. De pijn is echt, maar zegt weinig over schade.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pijn voelt als een teken dat er iets mis is. Bij een verse wond klopt dat ook. Maar bij pijn die maanden blijft, werkt het anders.',
        'Dan is de pijn vooral een teken dat je zenuwstelsel gevoeliger is geworden. Niet dat je rug beschadigd raakt.',
      ],
    },
    {
      heading: 'Pijn komt uit je hersenen',
      paragraphs: [
        'Je hersenen beslissen of je pijn voelt. Ze kijken naar signalen uit je lichaam, maar ook naar wat je denkt, voelt en eerder hebt meegemaakt.',
        'Denken je hersenen dat er gevaar is? Dan maken ze pijn. Dat is bedoeld om je te beschermen.',
      ],
    },
    {
      heading: 'Een alarm dat te snel afgaat',
      paragraphs: [
        'Bij aanhoudende pijn staat het alarm te gevoelig afgesteld. Het lijkt op een rookmelder die al afgaat als je brood roostert.',
        'Kleine dingen, zoals bukken of lang zitten, kunnen dan veel pijn geven. Ook als er niets kapotgaat.',
      ],
      bullets: [
        'Moeheid, stress en slecht slapen maken het alarm gevoeliger.',
        'Zorgen en angst over je rug doen dat ook.',
        'Rustig en vaak bewegen maakt het alarm juist weer minder gevoelig.',
      ],
    },
    {
      heading: 'Wat dit betekent voor jou',
      paragraphs: [
        'Je mag bewegen, ook als het wat pijn doet. Meer pijn na bewegen betekent niet dat je iets beschadigd hebt.',
        'Zakt de pijn binnen 48 uur weer naar hoe het was? Dan zit je goed. Duurt het langer, doe het dan de volgende keer iets rustiger aan.',
      ],
    },
    {
      heading: 'Het kan weer minder worden',
      paragraphs: [
        'Een gevoelig zenuwstelsel kan weer rustiger worden. Dat gaat niet in een paar dagen, maar in weken en maanden.',
        'Alles wat je veiligheid geeft, helpt: uitleg, rustig opbouwen, goed slapen en dingen doen die je leuk vindt.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'Moseley en Butler: Explain Pain',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
