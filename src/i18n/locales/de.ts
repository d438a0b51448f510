import type { Messages } from '../types.js';

/**
 * German, "Sie", as most German-speaking practices address clients.
 * `{name}` only ever stands as a subject, so the default noun phrase never needs another case.
 */
const de: Messages = {
  practitioner: 'Ihre Therapeutin oder Ihr Therapeut',

  cardHeading: 'Was ist SomatoEmotionale Entspannung?',
  cardSummary:
    'SomatoEmotionale Entspannung (SER) ist eine sanfte, manuelle Methode, die aus der CranioSacralen Therapie entstanden ist. ' +
    'In einer Sitzung berührt {name} Sie ganz leicht und führt, wenn Sie möchten, ein ruhiges Gespräch mit Ihnen. ' +
    'Ziel ist, dass Sie Gefühle wahrnehmen und loslassen können, die der Körper nach Ansicht von Praktizierenden festhält. ' +
    'Viele Menschen sagen, dass sie sich danach leichter fühlen.',
  cardMore: [
    'SER baut auf der CranioSacralen Therapie auf, einem Ansatz mit leichter Berührung an Kopf, Wirbelsäule und dem Gewebe rundherum. ' +
      'Eine SER-Sitzung nutzt dieselbe ruhige Berührung und lässt Raum dafür, dass Gefühle auftauchen.',
    'Praktizierende beschreiben, dass der Körper Stress und alte Verletzungen festhalten kann, manchmal über Jahre. ' +
      'Aus ihrer Sicht kann sich diese gespeicherte Spannung als Schmerzen oder Verspannungen zeigen. ' +
      'So sieht es diese Methode. Eine bewiesene medizinische Tatsache ist das nicht.',
    'Viele Menschen berichten, dass in einer Sitzung ein Gefühl oder eine Erinnerung hochkommt und sich dann löst. ' +
      'Viele fühlen sich danach ruhiger, leichter oder friedlicher. Jeder Mensch ist anders, und Sie bestimmen die ganze Zeit selbst.',
  ],
  cardMoreOpen: 'Mehr erfahren',
  cardMoreClose: 'Weniger anzeigen',
  cardDisclaimer:
    'SER soll ärztliche und psychotherapeutische Behandlung ergänzen, nicht ersetzen. ' +
    'Wenn Sie gesundheitliche Beschwerden haben, sprechen Sie bitte mit Ihrer Ärztin, Ihrem Arzt oder einer anderen Fachperson.',
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
        'Sagen Sie, was Ihnen hilft, sich sicher zu fühlen, etwa das Licht im Raum oder Stellen, an denen Sie lieber nicht berührt werden möchten.',
        'Bringen Sie Ihre Fragen mit. Keine Frage ist zu klein.',
      ],
    },
    {
      id: 'during',
      title: 'Während der Sitzung',
      body: ['Sie liegen bekleidet auf einer gepolsterten Liege, während {name} Sie ganz leicht berührt.'],
      list: [
        '{name} fragt vielleicht, ob Sie miteinander sprechen möchten oder sich von einem einfachen inneren Bild leiten lassen wollen. Sie können Ja oder Nein sagen.',
        'Ihr Körper bewegt sich vielleicht von selbst, oder er findet in die Haltung zurück, in der er bei einer alten Verletzung war.',
        'Erinnerungen und Gefühle können auftauchen, etwa Angst, Traurigkeit, Wut, Frust oder Schuld. Das ist häufig. Erzählen Sie so viel oder so wenig, wie Sie möchten.',
      ],
    },
    {
      id: 'after',
      title: 'Nach Ihrer Sitzung',
      body: [
        'Viele Menschen berichten von Erleichterung, Leichtigkeit oder einer stillen Zufriedenheit. ' +
          'Andere sind ein, zwei Tage lang müde, empfindlich oder etwas aufgewühlt. Beides ist häufig.',
      ],
      list: [
        'Lassen Sie den Rest des Tages möglichst ruhig angehen.',
        'Trinken Sie etwas Wasser, und ruhen Sie sich aus, wenn Sie müde sind.',
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
    'Kreuzen Sie an, was Ihnen während oder nach der Sitzung aufgefallen ist. Es gibt keine richtigen oder falschen Antworten, und Sie müssen nichts ankreuzen.',
  clPrivacy: 'Was Sie ankreuzen, bleibt in diesem Browser. Es wird nirgendwohin gesendet.',
  groups: [
    {
      id: 'during',
      legend: 'Gefühle, die auftauchen können',
      items: [
        { id: 'fear', label: 'Angst', hint: 'Sich ängstlich, angespannt oder unruhig fühlen' },
        { id: 'sadness', label: 'Traurigkeit', hint: 'Sich niedergeschlagen oder schwer fühlen, den Tränen nahe' },
        { id: 'anger', label: 'Wut', hint: 'Sich erhitzt, verkrampft oder verärgert fühlen' },
        { id: 'frustration', label: 'Frust', hint: 'Sich festgefahren oder ungeduldig fühlen' },
        { id: 'guilt', label: 'Schuldgefühle', hint: 'Das Gefühl, etwas falsch gemacht zu haben' },
      ],
    },
    {
      id: 'after',
      legend: 'Wie Sie sich danach fühlen können',
      items: [
        { id: 'relief', label: 'Erleichterung', hint: 'Das Gefühl, dass sich etwas gelöst hat' },
        { id: 'lightness', label: 'Leichtigkeit', hint: 'Sich weniger belastet fühlen' },
        { id: 'contentment', label: 'Zufriedenheit', hint: 'Sich ruhig und wohl fühlen' },
      ],
    },
  ],
  clOther: 'Etwas anderes',
  clOtherHint: 'Beschreiben Sie es gern in eigenen Worten.',
  clNone: 'Sie haben noch nichts angekreuzt.',
  clNoted: 'Sie haben notiert: {list}',
  clClear: 'Zurücksetzen',
  clCopy: 'Kopieren',
  clCopied: 'Kopiert',
  clCopyFail: 'Das Kopieren hat nicht geklappt. Der Text ist jetzt markiert, sodass Sie ihn selbst kopieren können.',
  clPrint: 'Drucken',
  clPrintTitle: 'Meine Notizen zur Sitzung',
  clForget: 'Meine Antworten löschen',
  clSaved: 'Ihre Antworten werden nur in diesem Browser gespeichert.',
  clSupport:
    'Wenn Ihnen alles zu viel wird, machen Sie eine Pause – {name} hört Ihnen zu. Im Notfall rufen Sie bitte die örtliche Notrufnummer an.',
  clSupportLink: 'Kontakt: {name}',
  clRequired: 'Bitte kreuzen Sie mindestens einen Punkt an.',

  notLoaded: 'Dieser Teil konnte nicht geladen werden. Bitte laden Sie die Seite neu, um ihn zu lesen.',
};
export default de;
