import type { Messages } from './types.js';

/** English, built into the drop-in. Plain words, short sentences: the copy must read at grade 8 or below. */
export const en: Messages = {
  practitioner: 'your practitioner',

  cardHeading: 'What is SomatoEmotional Release?',
  cardSummary:
    'SomatoEmotional Release (SER) is a gentle, hands-on practice. It grew out of CranioSacral Therapy. ' +
    'In a session, {name} uses a light touch and, if you agree, talks with you calmly. ' +
    'The aim is to help you notice and let go of feelings that, practitioners say, the body can hold on to. ' +
    'Many clients say they leave feeling lighter.',
  cardMore: [
    'SER builds on CranioSacral Therapy, a light-touch approach to the head, the spine and the tissues around them. ' +
      'An SER session uses the same calm touch, and leaves room for feelings to come up.',
    'Practitioners describe the body as able to hold on to stress and old hurts, sometimes for years. ' +
      'In their view, this held tension can show up as aches or strain. ' +
      'This is how the practice sees things. It is not a proven medical fact.',
    'Clients often report that a feeling or memory comes up in a session, then eases. ' +
      'Many say they feel calmer, lighter or more at peace afterwards. Everyone is different, and you stay in charge the whole time.',
  ],
  cardMoreOpen: 'Learn more',
  cardMoreClose: 'Show less',
  cardDisclaimer:
    'SER is meant to work alongside medical and mental health care, not to replace it. ' +
    'If you have a health concern, talk to your doctor or another health professional. ' +
    'Do not stop or delay any treatment without talking to your doctor first.',
  cardCta: 'Book a session',

  wteShowAll: 'Show all sections',
  wteHideAll: 'Hide all sections',
  sections: [
    {
      id: 'before',
      title: 'Before your session',
      body: ['There is nothing you need to prepare, and nothing you have to feel or do.'],
      list: [
        'Wear loose, soft clothes. You stay dressed the whole time.',
        'Tell {name} about any injuries, health problems or medicines.',
        'If you see a doctor or therapist, you may want to tell them about your sessions too.',
        'Say what helps you feel safe, such as the light in the room or places you would rather not be touched.',
        'Bring your questions. Every question is welcome.',
      ],
    },
    {
      id: 'during',
      title: 'During the session',
      body: ['You lie on a padded table, fully dressed, while {name} uses a very light touch.'],
      list: [
        '{name} may ask if it is all right to talk with you, or to guide you through a simple picture in your mind. You can say yes or no.',
        'Some people notice their body moving by itself, or settling into the position it was in when an old injury happened.',
        'Memories and feelings may come up, such as fear, sadness, anger, frustration or guilt. Practitioners say this is common. Share as much or as little as you like.',
      ],
    },
    {
      id: 'after',
      title: 'After your session',
      body: [
        'Many people report relief, lightness or a quiet sense of contentment. ' +
          'Others feel tired, tender, sore or a bit unsettled for a day or so. Both are common.',
      ],
      list: [
        'Go gently for the rest of the day if you can.',
        'Drink some water, and rest if you feel tired.',
        'If distress, pain or a hard memory stays with you, talk to {name}. ' +
          'You can also talk to your doctor, a counsellor or a psychotherapist.',
        'Get in touch with {name} if you have questions or something worries you.',
      ],
    },
    {
      id: 'control',
      title: 'You are in control',
      body: [
        'Nothing happens without your consent. {name} will ask before trying anything new, and you can always say no.',
        'Nothing is forced. You can slow down, take a break or stop the session at any time. You never have to give a reason.',
      ],
    },
  ],

  clHeading: 'What did you notice?',
  clIntro: 'Tick anything you noticed during or after your session. There are no right or wrong answers.',
  clNoneOk: 'It is fine to tick nothing.',
  clPrivacy: 'Nothing you tick is saved or sent anywhere.',
  clSaved:
    'This browser keeps your answers, so anyone who uses this device may see them. To remove them, press “{forget}”.',
  clSent: 'Your answers are sent to this website only when you send the form.',
  groups: [
    {
      id: 'during',
      legend: 'Feelings that may come up',
      items: [
        { id: 'fear', label: 'Fear', hint: 'Feeling scared, tense or on edge' },
        { id: 'sadness', label: 'Sadness', hint: 'Feeling low, heavy or close to tears' },
        { id: 'anger', label: 'Anger', hint: 'Feeling hot, tight or annoyed' },
        { id: 'frustration', label: 'Frustration', hint: 'Feeling stuck or impatient' },
        { id: 'guilt', label: 'Guilt', hint: 'Feeling as if you did something wrong' },
      ],
    },
    {
      id: 'after',
      legend: 'How you may feel afterwards',
      items: [
        { id: 'relief', label: 'Relief', hint: 'A sense that something has let go' },
        { id: 'lightness', label: 'Lightness', hint: 'Feeling less weighed down' },
        { id: 'contentment', label: 'Contentment', hint: 'Feeling calm and at ease' },
        { id: 'tired', label: 'Tiredness', hint: 'Feeling worn out or sleepy' },
        { id: 'sore', label: 'Soreness', hint: 'Feeling tender or achy' },
        { id: 'unsettled', label: 'Feeling unsettled', hint: 'Shaky, restless or a bit emotional' },
      ],
    },
  ],
  clOther: 'Something else',
  clOtherHint: 'Put it in your own words, if you like.',
  clNone: 'You have not ticked anything.',
  clNoted: 'You noted: {list}',
  clClear: 'Clear my answers',
  clCopy: 'Copy my notes',
  clCopied: 'Copied',
  clCopyFail:
    'Copying did not work. Your notes are now selected: copy them as you usually would, then paste them where you like.',
  clPrint: 'Print my notes',
  clPrintTitle: 'My notes from my session',
  clPrintFor: 'To share with {name}, if you like.',
  clPrintNotes: 'My notes and questions',
  clForget: 'Forget my answers',
  clSupport:
    'If you feel overwhelmed, take a pause and talk to {name}. ' +
    'If you feel unsafe or in crisis, contact your doctor or a local crisis line. ' +
    'In an emergency, call your local emergency number.',
  clSupportLink: 'Contact {name}',
  clRequired: 'To send this form, tick at least one item.',
  clRequiredOther: 'To send this form, tick at least one item or write in “{other}”.',

  reviewed: 'Content reviewed {date}.',
  reviewedBy: 'Content reviewed {date} by {name}.',

  notLoaded: 'This part did not load. Please reload the page to read it.',
};
