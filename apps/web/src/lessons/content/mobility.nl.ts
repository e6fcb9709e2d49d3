import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'mobility',
  order: 9,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Bij rugpijn ga je vaak stijver bewegen. Je spieren spannen zich aan en je houdt je rug stil. Zo probeert je lichaam je te beschermen.',
        'Op korte termijn is dat begrijpelijk. Maar als het lang duurt, wordt bewegen steeds lastiger. Soepelheidsoefeningen helpen je om je rug weer vrijer te bewegen.',
      ],
    },
    {
      heading: 'Beweeg binnen wat prettig voelt',
      paragraphs: [
        'Het gaat niet om zo ver mogelijk rekken. Beweeg rustig heen en weer, binnen wat goed voelt. Adem daarbij rustig door.',
        'Een lichte rek of wat spanning is prima. Je hoeft niets te forceren. Ga net zo ver als vandaag prettig is.',
        'Beweeg in een rustig tempo. Snelle of schokkende bewegingen zijn niet nodig.',
      ],
    },
    {
      heading: 'Waarom het helpt',
      paragraphs: [
        'Je gewrichten en spieren houden van beweging. Door ze rustig te bewegen, voelen ze soepeler aan.',
        'Ook je zenuwstelsel leert ervan. Het merkt dat deze bewegingen veilig zijn. Je spieren hoeven je dan minder te beschermen, en het alarm wordt minder gevoelig.',
      ],
    },
    {
      heading: 'Weinig en vaak',
      paragraphs: ['Een paar minuten per dag helpt meer dan één keer per week lang oefenen. Bijvoorbeeld zo:'],
      bullets: [
        'Doe een oefening als je lang hebt gezeten.',
        'Koppel het aan een vast moment, zoals na het opstaan of voor het eten.',
        'Doe een oefening als je je ’s ochtends stijf voelt.',
        'Kies de oefeningen die je prettig vindt.',
      ],
    },
    {
      heading: 'Je bereik groeit stap voor stap',
      paragraphs: [
        'Hoe ver je kunt bewegen, wordt langzaam groter. Soms merk je al snel verschil. Soms duurt het een paar weken. Allebei is normaal.',
        'Het oefenprogramma in de app helpt daarbij. Gaat een oefening een paar keer goed? Dan stelt de app voor om hem wat langer of wat vaker te doen. Jij beslist.',
      ],
    },
    {
      heading: 'Wat je mag voelen',
      paragraphs: [
        'Een rek of wat ongemak tijdens de oefening is prima. Wat meer stijfheid de dag erna is ook normaal. Pijn is geen schade.',
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
