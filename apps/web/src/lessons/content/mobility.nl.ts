import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'mobility',
  order: 9,
  title: 'Soepel blijven',
  summary: 'Rustig bewegen binnen wat prettig voelt, maakt je soepeler. Weinig en vaak werkt het best.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Bij rugpijn ga je vaak stijver bewegen. Dat is een manier van je lichaam om je te beschermen. Maar stijf blijven maakt bewegen lastiger.',
        'Soepelheidsoefeningen helpen je om je rug weer vrij te bewegen.',
      ],
    },
    {
      heading: 'Beweeg binnen wat prettig voelt',
      paragraphs: [
        'Het gaat niet om zo ver mogelijk rekken. Beweeg rustig heen en weer, binnen wat goed voelt. Adem daarbij rustig door.',
        'Een lichte rek of wat spanning is prima. Forceren is niet nodig.',
      ],
    },
    {
      heading: 'Weinig en vaak',
      paragraphs: ['Een paar minuten per dag helpt meer dan één keer per week lang oefenen.'],
      bullets: [
        'Doe een oefening als je lang hebt gezeten.',
        'Koppel het aan een vast moment, zoals na het opstaan.',
        'Kies de oefeningen die je prettig vindt.',
      ],
    },
    {
      heading: 'Het gaat stap voor stap',
      paragraphs: [
        'Je merkt soms al snel dat bewegen makkelijker gaat. Soms duurt het weken. Beide zijn normaal.',
        'Het programma in de app maakt de oefeningen langzaam wat groter of langer. Zo groeit je soepelheid mee.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
