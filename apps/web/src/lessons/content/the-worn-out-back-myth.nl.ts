import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'the-worn-out-back-myth',
  order: 5,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Veel mensen met rugpijn krijgen te horen dat hun rug op is. Soms staat er "slijtage" in een verslag van een scan. Dat klinkt alsof je rug opraakt, zoals de zool van een schoen.',
        'Dat beeld klopt niet. In deze les lees je waarom.',
      ],
    },
    {
      heading: 'Je rug is geen schoenzool',
      paragraphs: [
        'Een schoenzool kan zichzelf niet herstellen. Je rug wel. Je rug is levend weefsel. Het wordt steeds vernieuwd en past zich aan aan wat je doet.',
        'Botten worden sterker als je ze belast, net als spieren. Ook tussenwervelschijven passen zich aan. Regelmatig bewegen is goed voor ze. Je rug gaat dus niet op door gebruik. Hij wordt er juist sterker van.',
      ],
    },
    {
      heading: 'Wat een scan laat zien',
      paragraphs: [
        'Onderzoekers maakten scans van mensen die geen rugpijn hebben. Bij mensen van 40 zagen ze bij 2 op de 3 veranderingen in de tussenwervelschijven. Bij mensen van 60 was dat bijna 9 op de 10.',
        'Zulke veranderingen horen bij ouder worden, net als grijze haren en rimpels. Grijze haren doen ook geen pijn.',
        'Een scan zegt dus weinig over waar je pijn vandaan komt. Daarom raden artsen bij de meeste rugpijn geen scan aan.',
      ],
    },
    {
      heading: 'Waarom woorden ertoe doen',
      paragraphs: [
        'Denk je dat je rug op is? Dan ga je hem sparen. Je beweegt voorzichtig en je spant je spieren aan. Dat is heel begrijpelijk.',
        'Maar sparen werkt tegen je. Je wordt stijver en zwakker, en het alarm in je zenuwstelsel wordt gevoeliger. Zo kan een woord de pijn in stand houden. Dat is niet jouw schuld: veel mensen horen deze woorden.',
      ],
    },
    {
      heading: 'Een beter beeld',
      paragraphs: ['Probeer dit beeld te onthouden:'],
      bullets: [
        'Je rug is sterk en gemaakt om te bewegen.',
        'Veranderingen op een scan horen bij ouder worden.',
        'Je rug wordt sterker als je hem gebruikt.',
        'Pijn komt vooral van een gevoelig alarm, niet van een rug die opraakt.',
      ],
    },
    {
      heading: 'Wat je kunt doen',
      paragraphs: [
        'Beweeg, en bouw rustig op. Krachtoefeningen en soepelheidsoefeningen helpen je rug om sterker en soepeler te worden. In de app vind je een oefenprogramma dat je daarbij helpt.',
        'Heb je een scan laten maken en maak je je zorgen over de uitslag? Vraag je fysiotherapeut of huisarts om uit te leggen wat er staat.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'Brinjikji en anderen (2015): bevindingen op scans bij mensen zonder rugpijn',
  ],
};
