import type { Messages } from '../types.js';

/**
 * German, "Sie", as most German-speaking practices address clients.
 * `{name}` only ever stands as a subject, so the default noun phrase never needs another case.
 * Wording policy (README, "Languages"): both forms where German marks gender (Ärztin oder Arzt),
 * otherwise neutral words (Mensch, Fachperson, Praxis); beliefs attributed to those who practise SER.
 */
const de: Messages = {
  practitioner: 'Ihre Therapeutin oder Ihr Therapeut',

  cardHeading: 'Was ist SomatoEmotionale Entspannung?',
  cardSummary:
    'SomatoEmotionale Entspannung (SER) ist eine sanfte Methode mit den Händen. Sie ist aus der CranioSacralen Therapie entstanden. ' +
    'In einer Sitzung berührt {name} Sie ganz leicht und spricht, wenn Sie möchten, ruhig mit Ihnen. ' +
    'Ziel ist, dass Sie Gefühle wahrnehmen und loslassen können, die der Körper nach Ansicht von Praktizierenden festhalten kann. ' +
    'Viele Menschen sagen, dass sie sich danach leichter fühlen.',
  cardMore: [
    'SER baut auf der CranioSacralen Therapie auf. Dabei berühren die Hände ganz leicht den Kopf, den Rücken und das Gewebe rundherum. ' +
      'Eine SER-Sitzung nutzt dieselbe ruhige Berührung. Sie lässt Raum dafür, dass Gefühle auftauchen.',
    'Praktizierende sagen, dass der Körper Stress und alte Wunden festhalten kann, manchmal über Jahre. ' +
      'Aus ihrer Sicht kann sich diese Spannung als Schmerz oder Steifheit zeigen. ' +
      'So sieht es diese Methode. Medizinisch bewiesen ist das nicht.',
    'Viele Menschen berichten, dass in einer Sitzung ein Gefühl oder eine Erinnerung hochkommt und sich dann löst. ' +
      'Viele sagen, dass sie sich danach ruhiger, leichter oder friedlicher fühlen. Jeder Mensch ist anders, und Sie bestimmen die ganze Zeit selbst.',
  ],
  cardMoreOpen: 'Mehr erfahren',
  cardMoreClose: 'Weniger anzeigen',
  cardDisclaimer:
    'SER soll ärztliche Hilfe und Psychotherapie ergänzen, nicht ersetzen. ' +
    'Wenn Sie Beschwerden haben, sprechen Sie bitte mit Ihrer Ärztin, Ihrem Arzt oder einer anderen Fachperson. ' +
    'Brechen Sie keine Behandlung ab und schieben Sie keine auf, ohne vorher mit ihnen zu sprechen.',
  cardCta: 'Termin vereinbaren',

  wteShowAll: 'Alle Abschnitte anzeigen',
  wteHideAll: 'Alle Abschnitte ausblenden',
  sections: [
    {
      id: 'before',
      title: 'Vor Ihrer Sitzung',
      body: ['Sie müssen nichts vorbereiten, und Sie müssen nichts Bestimmtes fühlen oder tun.'],
      list: [
        'Tragen Sie weiche, bequeme Kleidung. Sie bleiben die ganze Zeit angezogen.',
        '{name} sollte von Verletzungen, Erkrankungen und Medikamenten wissen. Sprechen Sie diese bitte an.',
        'Wenn Sie in ärztlicher Behandlung oder in Therapie sind, können Sie auch dort von diesen Sitzungen erzählen.',
        'Sagen Sie, was Ihnen hilft, sich sicher zu fühlen, etwa das Licht im Raum oder Stellen, an denen Sie lieber nicht berührt werden möchten.',
        'Bringen Sie Ihre Fragen mit. Jede Frage ist willkommen.',
      ],
    },
    {
      id: 'during',
      title: 'Während der Sitzung',
      body: ['Sie liegen bekleidet auf einer gepolsterten Liege, während {name} Sie ganz leicht berührt.'],
      list: [
        '{name} fragt Sie vielleicht, ob Sie ein Gespräch möchten oder sich von einem einfachen inneren Bild leiten lassen wollen. Sie können Ja oder Nein sagen.',
        'Manche Menschen bemerken, dass ihr Körper sich von selbst bewegt oder in die Haltung zurückfindet, in der er bei einer alten Verletzung war.',
        'Erinnerungen und Gefühle können auftauchen, etwa Angst, Traurigkeit, Wut, Frustration oder Schuldgefühle. Praktizierende sagen, dass das oft vorkommt. Erzählen Sie so viel oder so wenig, wie Sie möchten.',
      ],
    },
    {
      id: 'after',
      title: 'Nach Ihrer Sitzung',
      body: [
        'Viele Menschen berichten von Erleichterung, Leichtigkeit oder einer stillen Zufriedenheit. ' +
          'Andere sind ein, zwei Tage lang müde oder aufgewühlt, oder eine Stelle ist empfindlich und tut weh. Beides kommt oft vor.',
      ],
      list: [
        'Lassen Sie den Rest des Tages möglichst ruhig angehen.',
        'Trinken Sie etwas Wasser, und ruhen Sie sich aus, wenn Sie müde sind.',
        'Wenn seelische Belastung, Schmerzen oder eine schwere Erinnerung bleiben, sollte {name} davon erfahren. ' +
          'Sie können sich auch an Ihre Arztpraxis, eine Beratungsstelle oder eine psychotherapeutische Praxis wenden.',
        'Bei Fragen oder Sorgen ist {name} gern für Sie da.',
      ],
    },
    {
      id: 'control',
      title: 'Sie bestimmen',
      body: [
        'Nichts geschieht ohne Ihr Einverständnis. Bevor etwas Neues ausprobiert wird, fragt {name} Sie, und Sie können immer Nein sagen.',
        'Nichts wird erzwungen. Sie können jederzeit langsamer machen, eine Pause einlegen oder die Sitzung beenden. Einen Grund müssen Sie nie nennen.',
      ],
    },
  ],

  clHeading: 'Was haben Sie bemerkt?',
  clIntro:
    'Kreuzen Sie an, was Ihnen während oder nach der Sitzung aufgefallen ist. Es gibt keine richtigen oder falschen Antworten.',
  clNoneOk: 'Sie müssen nichts ankreuzen.',
  clPrivacy: 'Was Sie ankreuzen, wird weder gespeichert noch gesendet.',
  clSaved:
    'Dieser Browser speichert Ihre Antworten. Wer dieses Gerät nutzt, kann sie sehen. Zum Löschen wählen Sie „{forget}“.',
  clSent: 'Ihre Antworten gehen erst an diese Website, wenn Sie das Formular senden.',
  groups: [
    {
      id: 'during',
      legend: 'Gefühle, die auftauchen können',
      items: [
        { id: 'fear', label: 'Angst', hint: 'Sich ängstlich, angespannt oder bedroht fühlen' },
        { id: 'sadness', label: 'Traurigkeit', hint: 'Sich niedergeschlagen oder schwer fühlen, den Tränen nahe' },
        { id: 'anger', label: 'Wut', hint: 'Sich erhitzt, verkrampft oder verärgert fühlen' },
        { id: 'frustration', label: 'Frustration', hint: 'Sich festgefahren oder ungeduldig fühlen' },
        { id: 'guilt', label: 'Schuldgefühle', hint: 'Als hätten Sie etwas falsch gemacht' },
      ],
    },
    {
      id: 'after',
      legend: 'Wie Sie sich danach fühlen können',
      items: [
        { id: 'relief', label: 'Erleichterung', hint: 'Das Gefühl, dass sich etwas gelöst hat' },
        { id: 'lightness', label: 'Leichtigkeit', hint: 'Sich weniger belastet fühlen' },
        { id: 'contentment', label: 'Zufriedenheit', hint: 'Sich ruhig und wohl fühlen' },
        { id: 'tired', label: 'Müdigkeit', hint: 'Sich erschöpft oder schläfrig fühlen' },
        { id: 'sore', label: 'Empfindlichkeit', hint: 'Eine Stelle ist empfindlich oder tut weh' },
        { id: 'unsettled', label: 'Unruhe', hint: 'Sich aufgewühlt, zittrig oder sehr bewegt fühlen' },
      ],
    },
  ],
  clOther: 'Etwas anderes',
  clOtherHint: 'Beschreiben Sie es gern in eigenen Worten.',
  clNone: 'Sie haben nichts angekreuzt.',
  clNoted: 'Sie haben notiert: {list}',
  clClear: 'Meine Antworten zurücksetzen',
  clCopy: 'Meine Notizen kopieren',
  clCopied: 'Kopiert',
  clCopyFail:
    'Das Kopieren ist fehlgeschlagen. Ihre Notizen sind jetzt markiert: Kopieren Sie sie wie gewohnt, und fügen Sie sie ein, wo Sie möchten.',
  clPrint: 'Meine Notizen drucken',
  clPrintTitle: 'Meine Notizen zur Sitzung',
  clPrintFor: 'Wenn Sie möchten, bespricht {name} diese Notizen mit Ihnen.',
  clPrintNotes: 'Meine Notizen und Fragen',
  clForget: 'Meine Antworten löschen',
  clSupport:
    'Wenn Ihnen alles zu viel wird, machen Sie eine Pause – {name} hört Ihnen zu. ' +
    'Wenn Sie sich nicht sicher fühlen oder in einer Krise sind, wenden Sie sich an Ihre Arztpraxis oder ein örtliches Krisentelefon. ' +
    'Im Notfall rufen Sie bitte die örtliche Notrufnummer an.',
  clSupportLink: 'Kontakt: {name}',
  clRequired: 'Um das Formular zu senden, kreuzen Sie bitte mindestens einen Punkt an.',
  clRequiredOther:
    'Um das Formular zu senden, kreuzen Sie bitte mindestens einen Punkt an oder schreiben Sie etwas in „{other}“.',

  reviewed: 'Inhalt im {date} geprüft.',
  reviewedBy: 'Inhalt im {date} von {name} geprüft.',

  notLoaded: 'Dieser Teil konnte nicht geladen werden. Bitte laden Sie die Seite neu, um ihn zu lesen.',
};
export default de;
