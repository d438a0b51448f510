import type { Messages } from '../types.js';

/**
 * French, "vous", with narrow no-break spaces before ? and : and inside « ». Ids stay as in English.
 * Wording policy (README, "Languages"): epicene nouns for people (personne, thérapeute), no agreement
 * that assumes the reader's gender, beliefs attributed to those who practise SER.
 */
const fr: Messages = {
  practitioner: 'votre thérapeute',

  cardHeading: 'Qu’est-ce que la Libération SomatoÉmotionnelle ?',
  cardSummary:
    'La Libération SomatoÉmotionnelle (LSE) est une pratique douce et manuelle, issue de la thérapie craniosacrale. ' +
    'Pendant une séance, {name} pose les mains avec légèreté et, si vous êtes d’accord, échange quelques mots calmes avec vous. ' +
    'Le but est de vous aider à remarquer et à relâcher des émotions que le corps, selon cette pratique, peut retenir. ' +
    'Beaucoup de personnes disent repartir plus légères.',
  cardMore: [
    'La LSE s’appuie sur la thérapie craniosacrale, une approche au toucher léger qui travaille avec la tête, la colonne vertébrale et les tissus qui les entourent. ' +
      'Une séance de LSE utilise le même toucher calme, et laisse de la place aux émotions qui remontent.',
    'Les personnes qui pratiquent la LSE décrivent un corps capable de garder le stress et d’anciennes blessures, parfois pendant des années. ' +
      'Selon elles, cette tension retenue peut se manifester par des douleurs ou des raideurs. ' +
      'C’est ainsi que cette pratique voit les choses. Ce n’est pas un fait médical prouvé.',
    'Beaucoup de personnes racontent qu’une émotion ou un souvenir remonte pendant une séance, puis s’apaise. ' +
      'Beaucoup disent se sentir ensuite plus calmes, plus légères ou plus en paix. Chaque personne est différente, et c’est vous qui décidez du début à la fin.',
  ],
  cardMoreOpen: 'En savoir plus',
  cardMoreClose: 'Voir moins',
  cardDisclaimer:
    'La LSE vient en complément des soins médicaux et psychologiques, sans les remplacer. ' +
    'Si vous avez un souci de santé, parlez-en à votre médecin ou à un autre professionnel de santé. ' +
    'N’arrêtez ni ne retardez aucun traitement sans en parler d’abord à votre médecin.',
  cardCta: 'Prendre rendez-vous',

  wteShowAll: 'Afficher toutes les sections',
  wteHideAll: 'Masquer toutes les sections',
  sections: [
    {
      id: 'before',
      title: 'Avant votre séance',
      body: ['Vous n’avez rien à préparer, et rien de particulier à ressentir ou à faire.'],
      list: [
        'Portez des vêtements souples et confortables. Vous les gardez pendant toute la séance.',
        'Signalez à {name} vos blessures, vos problèmes de santé et vos médicaments.',
        'Si un médecin ou un thérapeute vous suit, vous pouvez aussi lui parler de ces séances.',
        'Dites ce qui vous aiderait à vous sentir en sécurité, par exemple la lumière de la pièce ou les zones que vous préférez qu’on ne touche pas.',
        'Venez avec vos questions. Toutes les questions sont les bienvenues.',
      ],
    },
    {
      id: 'during',
      title: 'Pendant la séance',
      body: [
        'Vous vous allongez sur une table rembourrée, sans vous déshabiller, et {name} vous touche très légèrement.',
      ],
      list: [
        '{name} peut vous demander si vous êtes d’accord pour parler, ou pour vous laisser guider par une image simple. Vous pouvez répondre oui ou non.',
        'Certaines personnes sentent leur corps bouger de lui-même, ou reprendre la position qu’il avait lors d’une ancienne blessure.',
        'Des souvenirs et des émotions peuvent remonter : peur, tristesse, colère, frustration ou culpabilité. Selon les personnes qui pratiquent la LSE, c’est fréquent. Partagez-en autant ou aussi peu que vous le souhaitez.',
      ],
    },
    {
      id: 'after',
      title: 'Après votre séance',
      body: [
        'Beaucoup de personnes parlent de soulagement, de légèreté ou d’un calme contentement. ' +
          'D’autres se sentent fatiguées, sensibles, un peu endolories ou agitées pendant un jour ou deux. Les deux sont fréquents.',
      ],
      list: [
        'Si vous le pouvez, prenez le reste de la journée en douceur.',
        'Buvez un peu d’eau, et reposez-vous si vous en ressentez le besoin.',
        'Si une détresse, une douleur ou un souvenir pénible persiste, parlez-en à {name}. ' +
          'Vous pouvez aussi consulter votre médecin, un psychologue ou un psychothérapeute.',
        'Contactez {name} si vous avez des questions ou si quelque chose vous inquiète.',
      ],
    },
    {
      id: 'control',
      title: 'C’est vous qui décidez',
      body: [
        'Rien ne se fait sans votre accord. Avant d’essayer quelque chose de nouveau, {name} vous demande votre avis, et vous pouvez toujours dire non.',
        'Rien n’est forcé. Vous pouvez ralentir, faire une pause ou arrêter la séance à tout moment. Vous n’avez jamais à vous justifier.',
      ],
    },
  ],

  clHeading: 'Qu’avez-vous remarqué ?',
  clIntro:
    'Cochez ce que vous avez remarqué pendant ou après votre séance. Il n’y a pas de bonne ou de mauvaise réponse.',
  clNoneOk: 'Vous pouvez aussi ne rien cocher.',
  clPrivacy: 'Rien de ce que vous cochez n’est enregistré ni envoyé.',
  clSaved:
    'Ce navigateur garde vos réponses : toute personne qui utilise cet appareil peut les voir. Pour les effacer, utilisez « {forget} ».',
  clSent: 'Vos réponses sont envoyées à ce site uniquement quand vous envoyez le formulaire.',
  groups: [
    {
      id: 'during',
      legend: 'Émotions qui peuvent remonter',
      items: [
        { id: 'fear', label: 'Peur', hint: 'De l’inquiétude, de la tension ou de la nervosité' },
        { id: 'sadness', label: 'Tristesse', hint: 'Un moral bas, une lourdeur, l’envie de pleurer' },
        { id: 'anger', label: 'Colère', hint: 'De la chaleur, de la crispation ou de l’agacement' },
        { id: 'frustration', label: 'Frustration', hint: 'Un sentiment de blocage ou d’impatience' },
        { id: 'guilt', label: 'Culpabilité', hint: 'Comme si vous aviez fait quelque chose de mal' },
      ],
    },
    {
      id: 'after',
      legend: 'Ce que vous pouvez ressentir ensuite',
      items: [
        { id: 'relief', label: 'Soulagement', hint: 'L’impression que quelque chose s’est dénoué' },
        { id: 'lightness', label: 'Légèreté', hint: 'Un poids en moins' },
        { id: 'contentment', label: 'Contentement', hint: 'Un sentiment de calme et de bien-être' },
        { id: 'tired', label: 'Fatigue', hint: 'Un épuisement, une envie de dormir' },
        { id: 'sore', label: 'Sensibilité', hint: 'Une zone sensible ou un peu douloureuse' },
        { id: 'unsettled', label: 'Agitation', hint: 'Un trouble, des tremblements ou beaucoup d’émotion' },
      ],
    },
  ],
  clOther: 'Autre chose',
  clOtherHint: 'Décrivez-le avec vos propres mots, si vous le souhaitez.',
  clNone: 'Vous n’avez rien coché.',
  clNoted: 'Vous avez noté : {list}',
  clClear: 'Effacer mes réponses',
  clCopy: 'Copier mes notes',
  clCopied: 'Copié',
  clCopyFail:
    'La copie n’a pas fonctionné. Vos notes sont maintenant sélectionnées : copiez-les comme d’habitude, puis collez-les où vous voulez.',
  clPrint: 'Imprimer mes notes',
  clPrintTitle: 'Mes notes de séance',
  clPrintFor: 'À partager avec {name}, si vous le souhaitez.',
  clPrintNotes: 'Mes notes et questions',
  clForget: 'Oublier mes réponses',
  clSupport:
    'Si cela devient trop lourd, faites une pause et parlez-en à {name}. ' +
    'Si vous ne vous sentez pas en sécurité ou si vous êtes en crise, contactez votre médecin ou une ligne d’écoute locale. ' +
    'En cas d’urgence, appelez le numéro d’urgence local.',
  clSupportLink: 'Contacter {name}',
  clRequired: 'Pour envoyer ce formulaire, cochez au moins un élément.',
  clRequiredOther: 'Pour envoyer ce formulaire, cochez au moins un élément ou écrivez dans « {other} ».',

  reviewed: 'Contenu relu en {date}.',
  reviewedBy: 'Contenu relu en {date} par {name}.',

  notLoaded: 'Cette partie n’a pas pu être chargée. Rechargez la page pour la lire.',
};
export default fr;
