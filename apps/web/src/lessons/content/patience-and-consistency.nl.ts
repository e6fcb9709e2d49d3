import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'patience-and-consistency',
  order: 14,
  title: 'Geduld en volhouden',
  summary: 'Verwacht geen wonderen in een week. Wie rustig blijft oefenen, ziet over weken en maanden verschil.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Herstel van aanhoudende rugpijn gaat langzaam. Er is geen snelle oplossing. Maar wie rustig doorgaat, merkt meestal na weken tot maanden verschil.',
        'Kleine stappen die je volhoudt, werken beter dan grote stappen die je na een week opgeeft.',
      ],
    },
    {
      heading: 'Op en neer hoort erbij',
      paragraphs: [
        'Je zult goede en minder goede dagen hebben. Dat is normaal. Een slechte dag zegt niets over hoe het over een maand gaat.',
        'Kijk daarom naar de lijn over weken, niet naar één dag. De overzichten in de app helpen je daarbij.',
      ],
    },
    {
      heading: 'Een dag overslaan is geen mislukking',
      paragraphs: [
        'Lukt het een dag niet? Geen probleem. Pak het de volgende dag gewoon weer op.',
        'Het gaat om wat je meestal doet, niet om elke dag perfect zijn.',
      ],
    },
    {
      heading: 'Wat helpt om vol te houden',
      paragraphs: ['Een paar tips:'],
      bullets: [
        'Koppel oefenen aan een vast moment van de dag.',
        'Kies doelen die voor jou echt belangrijk zijn.',
        'Kijk af en toe terug hoe ver je al bent gekomen.',
        'Vertel iemand wat je doet. Samen is het makkelijker.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
  ],
};
