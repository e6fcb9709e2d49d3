import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'your-back-is-strong',
  order: 4,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Je rug is gemaakt om te bewegen. Buigen, draaien, tillen en dragen: daar is hij voor.',
        'Je wervels, tussenwervelschijven, gewrichten, spieren en banden zijn stevig. Ze passen zich aan aan wat je doet. Als je ze gebruikt, worden ze sterker.',
      ],
    },
    {
      heading: 'Pijn is geen schade',
      paragraphs: [
        'Bij aanhoudende rugpijn betekent pijn meestal niet dat er iets kapotgaat. Je zenuwstelsel is gevoeliger geworden. Het werkt als een alarm dat te snel afgaat.',
        'De pijn is echt. Maar hij zegt weinig over de toestand van je rug. Daarom mag je bewegen, ook als het wat pijn doet.',
      ],
    },
    {
      heading: 'Wat een scan laat zien',
      paragraphs: [
        'Veel mensen zonder enige rugpijn hebben veranderingen op een scan. Die horen bij ouder worden, net als grijs haar of rimpels.',
        'Zo’n plaatje zegt dus weinig over waar je pijn vandaan komt. Het betekent niet dat je je rug moet sparen.',
      ],
    },
    {
      heading: 'Sparen maakt gevoeliger',
      paragraphs: [
        'Het is logisch dat je bewegingen vermijdt die pijn doen. Maar op den duur werkt dat tegen je. Je wordt stijver en zwakker, en het alarm gaat nog sneller af.',
        'Rustig en vaak bewegen werkt andersom. Je lichaam en je hersenen leren dat bewegen veilig is. Het alarm wordt dan langzaam minder gevoelig.',
      ],
    },
    {
      heading: 'Gebruik je rug gewoon',
      paragraphs: [
        'Er is niet één goede manier om te bukken of te tillen. Bukken met een bolle rug mag ook. Wissel af, blijf ontspannen en adem rustig door.',
        'Begin met wat je aankunt en bouw rustig op. Je rug kan meer dan je denkt.',
      ],
    },
    {
      heading: 'Oefen wat eng voelt',
      paragraphs: [
        'Voelen sommige bewegingen eng? Oefen ze dan stap voor stap, bij "Bewegingen oefenen" in de app.',
        'Je geeft eerst aan hoe schadelijk elke beweging lijkt. Je begint met de beweging die het minst eng voelt. Voor je oefent, schrijf je op hoeveel pijn je verwacht en waar je bang voor bent. Daarna schrijf je op hoeveel pijn je echt had, en of dat waar je bang voor was ook gebeurde.',
        'Vaak valt het mee. Zo merk je zelf dat je rug meer kan dan je dacht.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'NHG-Standaard over lage rugpijn (M54)',
    'Vlaeyen en Linton: het model van angst voor bewegen',
    'De Jong en anderen: graded exposure in vivo bij rugpijn',
    'NICE-richtlijn NG59: lage rugpijn en ischias',
  ],
};
