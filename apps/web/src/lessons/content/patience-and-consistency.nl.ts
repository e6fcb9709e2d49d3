import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'patience-and-consistency',
  order: 14,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Er bestaat geen wondermiddel voor aanhoudende rugpijn. Herstel gaat langzaam. Maar wie rustig doorgaat, merkt meestal na een paar weken tot een paar maanden verschil.',
        'Kleine stappen die je volhoudt, werken beter dan grote stappen die je na een week opgeeft.',
      ],
    },
    {
      heading: 'Waarom het tijd kost',
      paragraphs: [
        'Spieren worden niet in een paar dagen sterker. Daar zijn weken en maanden voor nodig.',
        'Ook je zenuwstelsel heeft tijd nodig. Het alarm is in een lange tijd gevoeliger geworden. Het wordt ook stap voor stap weer rustiger.',
        'En nieuwe gewoontes hebben tijd nodig. Na een paar weken gaat oefenen vaak al bijna vanzelf.',
      ],
    },
    {
      heading: 'Ups en downs horen erbij',
      paragraphs: [
        'Je zult goede en minder goede dagen hebben. Ook als het goed gaat. Dat is normaal.',
        'Een slechte dag zegt niets over hoe het over een maand met je gaat. Een goede dag ook niet. Het gaat om de richting.',
        'Op een slechte dag mag je het wat rustiger aan doen. Op een goede dag hoef je niet ineens veel meer te doen. Zo blijf je in je eigen tempo.',
      ],
    },
    {
      heading: 'Kijk naar weken, niet naar dagen',
      paragraphs: [
        'Kijk daarom naar de lijn over een aantal weken, niet naar één dag. Gaat die lijn langzaam de goede kant op? Dan ben je goed bezig.',
        'Het overzicht in de app helpt je daarbij. Daar zie je hoe je pijn, je slaap en je stress gingen in de laatste 30 dagen.',
      ],
    },
    {
      heading: 'Een dag vrij hoort erbij',
      paragraphs: [
        'Lukt het een dag niet? Of een paar dagen? Dat overkomt iedereen. Pak het gewoon weer op, waar je was.',
        'Het gaat om wat je meestal doet, niet om elke dag perfect zijn. Elke keer dat je weer begint, telt.',
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
