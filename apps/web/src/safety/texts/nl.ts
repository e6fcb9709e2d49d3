import type { SafetyTexts } from '../texts';

/** Nederlands, taalniveau B1. Nog na te kijken door een geregistreerde fysiotherapeut. */
export const nl: SafetyTexts = {
  common: {
    yes: 'Ja',
    no: 'Nee',
    next: 'Verder',
    back: 'Terug',
    saving: 'Bezig met opslaan…',
    saveFailed: 'Opslaan lukte niet op deze telefoon. Probeer het nog eens.',
    notDiagnosis: 'Dit is informatie, geen diagnose. Alleen een arts of fysiotherapeut kan je onderzoeken.',
    stepOf: 'Stap {step} van {total}',
    toToday: 'Naar Vandaag',
    day: 'Dag',
  },
  about: {
    title: 'Over jou',
    intro:
      'Je leeftijd en de start van je rugpijn zijn belangrijk. Sommige signalen tellen zwaarder mee als je ouder bent.',
    ageLabel: 'Hoe oud ben je?',
    ageHint: 'In jaren, bijvoorbeeld 52.',
    ageUnit: 'jaar',
    onsetLabel: 'Wanneer begon deze periode van rugpijn?',
    onsetHint: 'Weet je het niet precies? Kies dan ongeveer wanneer. Dat is goed genoeg.',
    approximateLabel: 'Dit is ongeveer, niet precies',
    approximateChoices: 'Of kies ongeveer:',
    approximate: {
      weeks_2: '2 weken geleden',
      month_1: '1 maand geleden',
      months_3: '3 maanden geleden',
      months_6: 'half jaar geleden',
      year_1: '1 jaar geleden',
      years_2: '2 jaar of langer',
    },
    approximateChosen: 'Ingevuld: {day}, ongeveer.',
    errors: {
      ageRequired: 'Vul je leeftijd in.',
      ageNumber: 'Vul je leeftijd in met cijfers, bijvoorbeeld 52.',
      ageWhole: 'Vul je leeftijd in hele jaren in, bijvoorbeeld 52.',
      ageRange: 'Veerkracht is voor volwassenen. Vul een leeftijd in van 18 tot en met 120 jaar.',
      onsetRequired: 'Vul in wanneer je rugpijn begon. Ongeveer is goed genoeg.',
      onsetInvalid: 'Deze datum bestaat niet. Kies een dag in de kalender.',
      onsetFuture: 'Deze dag ligt in de toekomst. Kies vandaag of een dag eerder.',
    },
  },
  check: {
    title: {
      first_run: 'Veiligheidscheck',
      periodic: 'Veiligheidscheck van deze maand',
      flare_up: 'Veiligheidscheck bij meer pijn',
      manual: 'Veiligheidscheck',
    },
    intro: {
      first_run: 'Een paar vragen over signalen waarbij je beter een arts belt. Eerst de belangrijkste.',
      periodic: 'Elke 4 weken stellen we de belangrijkste vragen opnieuw. Het duurt ongeveer 1 minuut.',
      flare_up: 'Je hebt meer pijn dan normaal. Beantwoord voor de zekerheid eerst deze vragen.',
      manual: 'Er voelt iets niet goed. Deze vragen helpen je kiezen wie je belt. Twijfel je? Bel je huisarts.',
    },
    sections: {
      emergency: {
        title: 'De belangrijkste vragen',
        intro: 'Het gaat om klachten die nieuw zijn, of die erger worden. Kies bij elke vraag ja of nee.',
      },
      gp_soon: {
        title: 'Vragen over je gezondheid',
        intro: 'Kies bij elke vraag ja of nee.',
      },
      inflammatory: {
        title: 'Vragen over ontsteking',
        intro:
          'Soms komt rugpijn door een ontsteking, zoals bij de ziekte van Bechterew. Kies bij elke vraag ja of nee.',
      },
    },
    doubt: 'Twijfel je? Kies dan ja.',
    unanswered: 'Kies ja of nee.',
    unansweredSummary:
      'Nog niet klaar. Beantwoord eerst alle vragen. Er staat een melding bij de vragen die nog open zijn.',
    skipRest: 'De andere vragen later',
    skipRestHint: 'Je kunt nu stoppen. De andere vragen maak je later af via Meer, Veiligheidscheck.',
    finish: 'Klaar, laat de uitslag zien',
  },
  items: {
    saddle_numbness: {
      question:
        'Voelt het tussen je benen anders dan normaal? Bijvoorbeeld doof of tintelend rond je geslachtsdelen, je anus of je billen. Of voel je minder als je je afveegt na de wc?',
      short: 'Een doof of tintelend gevoel tussen je benen',
    },
    bladder_change: {
      question:
        'Heb je sinds kort moeite met plassen? Bijvoorbeeld moeilijk kunnen beginnen of stoppen, niet voelen dat je blaas vol is, of plas verliezen zonder dat je het wilt.',
      short: 'Nieuwe problemen met plassen',
    },
    bowel_change: {
      question: 'Kun je sinds kort je ontlasting niet goed meer ophouden? Of voel je niet meer dat er ontlasting komt?',
      short: 'Nieuwe problemen met je ontlasting',
    },
    sexual_function_change: {
      question:
        'Voel je sinds kort minder in je geslachtsdelen? Of heb je sinds kort problemen met seks, bijvoorbeeld minder gevoel of geen erectie krijgen?',
      short: 'Minder gevoel in je geslachtsdelen, of nieuwe problemen met seks',
    },
    progressive_leg_weakness: {
      question:
        'Wordt een been, of worden allebei je benen, snel zwakker of dover, in een paar uur of dagen? Of heb je sinds kort moeite met lopen, bijvoorbeeld omdat je voet blijft hangen of omdat je struikelt?',
      short: 'Een been dat snel zwakker of dover wordt, of nieuwe moeite met lopen',
    },
    sudden_severe_pain: {
      question:
        'Kreeg je kort geleden, in de laatste uren of dagen, plotseling heel erge pijn die anders is dan je gewone rugpijn, en die niet verandert als je beweegt of anders gaat zitten of liggen?',
      hint: 'Ben je daarbij ook bleek, zweterig of duizelig, of voel je je flauw of heel ziek? Bel dan nu 112.',
      short: 'Kort geleden plotseling heel erge pijn, anders dan je gewone rugpijn, die niet verandert als je beweegt',
    },
    major_trauma: {
      question: 'Begon de pijn na een ernstig ongeluk of een zware val?',
      short: 'De pijn begon na een ernstig ongeluk of een zware val',
    },
    minor_trauma_fragility: {
      question:
        'Begon de pijn na een kleine val, een stoot of na iets tillen? En heb je ook zwakke botten (osteoporose), of slik je al lang tabletten met prednison of een vergelijkbaar medicijn?',
      short: 'Pijn na een kleine val of na tillen, met zwakke botten of lang prednison',
    },
    cancer_history: {
      question: 'Heb je ooit kanker gehad?',
      short: 'Ooit kanker gehad',
    },
    unexplained_weight_loss: {
      question: 'Ben je afgevallen zonder dat je dat wilde?',
      short: 'Afgevallen zonder dat je het wilde',
    },
    fever_or_unwell: {
      question: 'Heb je koorts of koude rillingen, of voel je je erg ziek? En dat samen met de rugpijn?',
      short: 'Koorts, koude rillingen of erg ziek zijn, samen met de rugpijn',
    },
    infection_risk: {
      question:
        'Werkt je afweer minder goed, door een ziekte of door medicijnen? Of spuit je drugs? Of had je kort geleden een infectie of een operatie aan je rug?',
      short: 'Minder afweer, drugs spuiten, of kort geleden een infectie of operatie aan je rug',
    },
    constant_night_pain: {
      question: 'Heb je ’s nachts steeds pijn? Pijn die niet minder wordt als je anders gaat liggen?',
      short: '’s Nachts steeds pijn die niet minder wordt als je anders gaat liggen',
    },
    leg_numbness_or_weakness: {
      question:
        'Voelt een been doof of tintelend, of heb je minder kracht in een been? Kies ook ja als het langzaam erger wordt, of als het al lang zo is.',
      short: 'Een been dat doof of tintelend voelt, of minder kracht heeft',
    },
    not_improving: {
      question: 'Is je pijn de afgelopen 4 weken helemaal niet beter geworden? Of juist erger?',
      questionPersistent:
        'Is je pijn de afgelopen 4 weken duidelijk veranderd? Dus veel erger geworden, of anders dan je gewend bent?',
      short: 'De pijn is niet beter geworden, of duidelijk veranderd',
    },
    onset_before_45: {
      question: 'Had je voor het eerst rugpijn toen je jonger was dan 45 jaar?',
      short: 'Rugpijn voor het eerst voor je 45ste',
    },
    axspa_onset_under_35: {
      question: 'Begon je rugpijn toen je jonger was dan 35 jaar?',
      short: 'Rugpijn begonnen voor je 35ste',
    },
    axspa_night_waking: {
      question: 'Word je in de tweede helft van de nacht wakker door rugpijn?',
      short: 'Wakker worden in de tweede helft van de nacht door rugpijn',
    },
    axspa_buttock_pain: {
      question: 'Heb je pijn in je billen?',
      short: 'Pijn in je billen',
    },
    axspa_better_with_movement: {
      question: 'Wordt je rugpijn minder als je beweegt, en niet als je rust?',
      short: 'Rugpijn die minder wordt door bewegen en niet door rust',
    },
    axspa_nsaid_response: {
      question:
        'Wordt je rugpijn binnen 48 uur duidelijk minder van ontstekingsremmende pijnstillers, zoals ibuprofen of naproxen?',
      short: 'Rugpijn die duidelijk minder wordt van ontstekingsremmers',
    },
    axspa_family_history: {
      question:
        'Heeft je vader, moeder, kind, broer of zus de ziekte van Bechterew, of een andere vorm van spondyloartritis?',
      short: 'Bechterew of spondyloartritis in je familie',
    },
    axspa_arthritis: {
      question:
        'Heb je nu of vroeger een ontsteking in een gewricht gehad (artritis)? Bijvoorbeeld een knie of enkel die dik, warm en pijnlijk was.',
      short: 'Een ontsteking in een gewricht (artritis)',
    },
    axspa_enthesitis: {
      question:
        'Heb je pijn en zwelling op een plek waar een pees aan het bot vastzit? Bijvoorbeeld achter op je hiel of onder je voet.',
      short: 'Pijn en zwelling waar een pees aan het bot vastzit',
    },
    axspa_psoriasis: {
      question: 'Heb je psoriasis? Dat is een huidziekte met rode, schilferende plekken.',
      short: 'Psoriasis',
    },
  },
  result: {
    title: 'Uitslag van je veiligheidscheck',
    checkedOn: 'Ingevuld op {day}.',
    tiers: {
      emergency: {
        title: 'Bel nu je huisarts',
        text: ['Je hebt ja gezegd op een signaal waarbij je vandaag een arts belt. Wacht daar niet mee.'],
      },
      gp_soon: {
        title: 'Maak een afspraak met je huisarts',
        text: [
          'Je hebt ja gezegd op een signaal waarbij je binnen een paar dagen naar je huisarts gaat. Bel je huisarts voor een afspraak. Vertel welke vragen je met ja hebt beantwoord.',
          'Je mag gewoon blijven doen wat je al deed.',
        ],
      },
      review: {
        title: 'Iets voor je volgende afspraak',
        text: [
          'Sommige antwoorden passen bij rugpijn door een ontsteking, zoals bij de ziekte van Bechterew. Dat is geen spoed.',
          'Vertel het bij je volgende afspraak met je huisarts of fysiotherapeut. Is een reumatoloog nodig? Dan stuurt je huisarts je door. Op Vandaag zie je deze notitie tot je het hebt besproken.',
        ],
      },
      none: {
        title: 'Je hebt geen ja gezegd op een van de signalen',
        text: [
          'Veerkracht kan je niet onderzoeken. Twijfel je, of veranderen je klachten? Bel dan gewoon je huisarts. Dat mag altijd.',
        ],
      },
    },
    emergency: {
      title: 'Bel nu je huisarts',
      lead: 'Je hebt ja gezegd op een signaal waarbij je vandaag een arts belt. Wacht daar niet mee.',
      steps: [
        'Bel nu je huisarts.',
        'Is de praktijk dicht, ’s avonds, ’s nachts of in het weekend? Bel dan de huisartsenpost.',
      ],
      call112Text: 'Ben je heel erg ziek, of ben je in gevaar? Bel dan 112.',
      call112: 'Bel 112',
      abroad: 'Ben je niet in Nederland? Bel dan de huisartsendienst of het alarmnummer van dat land.',
      confirmLabel: 'Ik heb dit gelezen',
      confirmButton: 'Verder',
      confirmError: 'Zet eerst een vinkje bij ‘Ik heb dit gelezen’.',
    },
    paused: 'Je plan gaat niet verder omhoog tot je bij een arts bent geweest.',
    seenDoctor: 'Ik ben bij een arts geweest',
    seenDoctorConfirm: {
      question: 'Ben je bij een arts geweest over deze klachten?',
      text: 'Dan kan je plan weer verder omhoog. Bij de volgende veiligheidscheck staan deze klachten als ‘bekend bij je arts’.',
      yes: 'Ja, ik ben bij een arts geweest',
      no: 'Nee, nog niet',
    },
    seenDoctorDone: 'Opgeslagen. Je plan kan weer verder omhoog.',
    knownToDoctor: 'bekend bij je arts',
    knownIntro: 'Een arts heeft naar deze antwoorden gekeken, na een eerdere check:',
    cleared: {
      title: 'Niets nieuws sinds je bij een arts was',
      text: [
        'Je hebt ja gezegd op dingen die je arts al weet. Daarom gaat je plan gewoon door.',
        'Verandert er iets, of maak je je zorgen? Bel dan je huisarts. Dat mag altijd.',
      ],
    },
    reviewDiscussed: 'Ik heb het besproken',
    reviewDiscussedDone: 'Opgeslagen. De notitie staat niet meer op Vandaag.',
    reasonsTitle: 'Waarom deze uitslag?',
    reasonsIntro: 'Je hebt ja gezegd op:',
    reasonGroups: {
      emergency: 'Hiervoor bel je nu een arts:',
      gp_soon: 'Hiervoor maak je een afspraak met je huisarts:',
      review: 'Dit bespreek je bij je volgende afspraak:',
    },
    noReasons: 'Je hebt op geen van de signalen ja gezegd.',
    partial: 'Je hebt alleen de belangrijkste vragen beantwoord. Maak de andere vragen later af.',
    partialLink: 'De andere vragen beantwoorden',
    nextTitle: 'Hoe nu verder?',
    nextMeasures: 'Twee korte vragenlijsten laten zien hoe het nu met je rug gaat. Je kunt ze nu invullen, of later.',
    nextMeasuresLink: 'Naar de vragenlijsten',
    lessonLink: 'Lees de les: Drie soorten rugpijn',
  },
  painType: {
    title: 'Welke soort rugpijn past bij je antwoorden?',
    types: {
      specific_suspected: {
        title: 'Rugpijn om met een arts te bespreken',
        text: [
          'Je antwoorden noemen een signaal dat soms past bij rugpijn met een medische oorzaak. Bijvoorbeeld een zenuw die bekneld zit, een botbreuk, een ontsteking of een andere ziekte. Dat komt niet vaak voor.',
          'Wat helpt: volg het advies hierboven. Een arts kan je onderzoeken en zeggen wat er aan de hand is.',
          'Wat je kunt verwachten: na het bezoek aan de arts weet je meer. Vaak kun je daarna weer verder met bewegen, soms met hulp van een fysiotherapeut.',
        ],
      },
      acute: {
        title: 'Rugpijn die pas kort bestaat',
        text: [
          'Je rugpijn bestaat korter dan 6 weken. Zulke rugpijn kan flink pijn doen. Toch is er meestal niets kapot in je rug.',
          'Wat je kunt verwachten: bij veel mensen wordt de pijn in de eerste weken al minder. Ongeveer de helft van de mensen is na 3 maanden hersteld. Rugpijn komt vaak ook weer terug. Dat is vervelend, maar meestal niet gevaarlijk.',
          'Wat helpt: blijf zo goed als het gaat in beweging en doe je gewone dingen. Lang in bed liggen helpt niet.',
        ],
      },
      subacute: {
        title: 'Rugpijn die al een paar weken duurt',
        text: [
          'Je rugpijn duurt 6 tot 12 weken. Bij veel mensen wordt het in deze tijd langzaam beter. Ongeveer de helft van de mensen is na 3 maanden hersteld.',
          'Wat helpt: blijf bewegen en bouw je activiteiten rustig op. Ben je bang om te bewegen, of maak je je veel zorgen? Praat erover met je huisarts of fysiotherapeut. Dat helpt om te voorkomen dat de pijn blijft.',
        ],
      },
      persistent: {
        title: 'Aanhoudende rugpijn',
        text: [
          'Je rugpijn duurt langer dan ongeveer 3 maanden. Bij aanhoudende rugpijn is er meestal geen schade in je rug.',
          'Bij veel mensen met aanhoudende rugpijn is het zenuwstelsel gevoeliger geworden. Het geeft dan sneller een pijnsignaal, ook als er niets kapot is. Slaap, stress, zorgen en hoe je beweegt spelen ook mee. Pijn betekent hier niet dat je rug beschadigd raakt.',
          'Wat helpt: stap voor stap meer bewegen, sterker worden, goed slapen en omgaan met stress. Hier is Veerkracht voor gemaakt.',
          'Wat je kunt verwachten: het gaat vaak met ups en downs. Met kleine stappen kun je weer meer doen. Dat kost tijd, en elke stap telt.',
        ],
      },
      unknown: {
        title: 'We weten nog niet hoe lang je rugpijn duurt',
        text: ['Vul in wanneer je rugpijn begon. Dan kunnen we beter uitleggen wat je kunt verwachten.'],
      },
    },
  },
  concern: {
    title: 'Voelt er iets niet goed?',
    intro:
      'Schrijf op wat je merkt, in je eigen woorden. Het wordt bewaard in je tijdlijn. Ben je gekoppeld aan een fysiotherapeut? Dan kan die het ook lezen. Bij spoed bel je altijd je huisarts of 112.',
    label: 'Wat merk je?',
    hint: 'Bijvoorbeeld wat er anders is dan anders, en sinds wanneer. Hoogstens {max} tekens.',
    save: 'Bewaren',
    saved: 'Bewaard. Je vindt het terug in je tijdlijn.',
    required: 'Schrijf eerst op wat je merkt.',
    tooLong: 'Deze tekst is te lang. Je mag hoogstens {max} tekens gebruiken.',
  },
  overview: {
    title: 'Veiligheidscheck',
    intro:
      'Een paar vragen over signalen waarbij je beter een arts belt. Ze helpen je kiezen wie je belt. Je doet de check elke 4 weken, en als je meer pijn hebt.',
    lastTitle: 'Je laatste check',
    lastText: '{day}: {result}',
    never: 'Je hebt de check nog niet gedaan.',
    seeResult: 'Bekijk de uitslag',
    nextRecheck: 'De volgende check is op {day}.',
    recheckDue: 'Het is tijd voor de volgende check.',
    again: 'Check nu doen',
    finishFull: 'Ook de andere vragen beantwoorden',
    openTitle: 'Open advies',
    timelineLink: 'Bekijk je tijdlijn',
  },
  timeline: {
    riskName: { low: 'laag', medium: 'midden', high: 'hoog' },
    title: 'Tijdlijn',
    intro: 'Al je veiligheidschecks, vragenlijsten en notities op een rij. Het nieuwste staat bovenaan.',
    empty: 'Hier staat nog niets.',
    trigger: {
      first_run: 'bij de start',
      periodic: 'na 4 weken',
      flare_up: 'bij meer pijn',
      manual: 'zelf gekozen',
    },
    check: 'Veiligheidscheck ({trigger}): {result}',
    checkPartial: 'alleen de belangrijkste vragen',
    clearance: 'Bij een arts geweest',
    clearanceTherapist: 'Je fysiotherapeut heeft je plan weer laten doorgaan',
    concern: 'Notitie: {text}',
    checkIn: 'Notitie bij je check-in: {text}',
    startBack: 'Vragenlijst over je rugpijn en herstel (STarT Back): {total} van 9, groep {risk}',
    psk: 'Je moeilijke activiteiten: gemiddeld {score} van 10',
    open: 'Bekijk',
  },
};
