import type { Messages } from '../types.js';

/** French, "vous", with narrow no-break spaces before ? and :. Ids stay as in English. */
const fr: Messages = {
  practitioner: 'votre thérapeute',

  cardHeading: 'Qu’est-ce que la Libération SomatoÉmotionnelle ?',
  cardSummary:
    'La Libération SomatoÉmotionnelle (LSE) est une pratique douce et manuelle, issue de la thérapie craniosacrale. ' +
    'Pendant une séance, {name} utilise un toucher léger et, si vous êtes d’accord, quelques échanges calmes. ' +
    'Le but est de vous aider à remarquer et à relâcher des émotions que le corps, selon les praticiens, peut retenir. ' +
    'Beaucoup de personnes disent repartir plus légères.',
  cardMore: [
    'La LSE s’appuie sur la thérapie craniosacrale, une approche au toucher léger qui travaille avec la tête, la colonne vertébrale et les tissus qui les entourent. ' +
      'Une séance de LSE utilise le même toucher calme, et laisse de la place aux émotions qui remontent.',
    'Les praticiens décrivent un corps capable de garder le stress et d’anciennes blessures, parfois pendant des années. ' +
      'Selon eux, cette tension retenue peut se manifester par des douleurs ou des raideurs. ' +
      'C’est ainsi que cette pratique voit les choses. Ce n’est pas un fait médical prouvé.',
    'Beaucoup de personnes racontent qu’une émotion ou un souvenir remonte pendant une séance, puis s’apaise. ' +
      'Beaucoup disent se sentir ensuite plus calmes, plus légères ou plus en paix. Chacun est différent, et c’est vous qui décidez du début à la fin.',
  ],
  cardMoreOpen: 'En savoir plus',
  cardMoreClose: 'Voir moins',
  cardDisclaimer:
    'La LSE vient en complément des soins médicaux et psychologiques, sans les remplacer. ' +
    'Si vous avez un souci de santé, parlez-en à votre médecin ou à un autre professionnel qualifié.',
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
        'Dites ce qui vous aiderait à vous sentir en sécurité, par exemple la lumière de la pièce ou les zones que vous préférez qu’on ne touche pas.',
        'Venez avec vos questions. Aucune question n’est trop petite.',
      ],
    },
    {
      id: 'during',
      title: 'Pendant la séance',
      body: ['Vous vous installez sur une table rembourrée, sans vous déshabiller, et {name} vous touche très légèrement.'],
      list: [
        '{name} peut vous demander si vous êtes d’accord pour parler, ou pour vous laisser guider par une image simple. Vous pouvez répondre oui ou non.',
        'Votre corps peut bouger de lui-même, ou reprendre la position qu’il avait lors d’une ancienne blessure.',
        'Des souvenirs et des émotions peuvent remonter : peur, tristesse, colère, frustration ou culpabilité. C’est fréquent. Partagez-en autant ou aussi peu que vous le souhaitez.',
      ],
    },
    {
      id: 'after',
      title: 'Après votre séance',
      body: [
        'Beaucoup de personnes parlent de soulagement, de légèreté ou d’un calme contentement. ' +
          'D’autres se sentent fatiguées, sensibles ou un peu émues pendant un jour ou deux. Les deux sont fréquents.',
      ],
      list: [
        'Si vous le pouvez, prenez le reste de la journée en douceur.',
        'Buvez un peu d’eau, et reposez-vous si vous en ressentez le besoin.',
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
    'Cochez ce que vous avez remarqué pendant ou après votre séance. Il n’y a pas de bonne ou de mauvaise réponse, et vous pouvez ne rien cocher.',
  clPrivacy: 'Ce que vous cochez reste dans ce navigateur. Rien n’est envoyé.',
  groups: [
    {
      id: 'during',
      legend: 'Émotions qui peuvent remonter',
      items: [
        { id: 'fear', label: 'Peur', hint: 'De l’inquiétude, de la tension ou de la nervosité' },
        { id: 'sadness', label: 'Tristesse', hint: 'Un moral bas, une lourdeur, l’envie de pleurer' },
        { id: 'anger', label: 'Colère', hint: 'De la chaleur, de la crispation ou de l’agacement' },
        { id: 'frustration', label: 'Frustration', hint: 'Un sentiment de blocage ou d’impatience' },
        { id: 'guilt', label: 'Culpabilité', hint: 'L’impression d’avoir mal fait' },
      ],
    },
    {
      id: 'after',
      legend: 'Ce que vous pouvez ressentir ensuite',
      items: [
        { id: 'relief', label: 'Soulagement', hint: 'L’impression que quelque chose s’est dénoué' },
        { id: 'lightness', label: 'Légèreté', hint: 'Un poids en moins' },
        { id: 'contentment', label: 'Contentement', hint: 'Un sentiment de calme et de bien-être' },
      ],
    },
  ],
  clOther: 'Autre chose',
  clOtherHint: 'Décrivez-le avec vos propres mots, si vous le souhaitez.',
  clNone: 'Vous n’avez encore rien coché.',
  clNoted: 'Vous avez noté : {list}',
  clClear: 'Effacer',
  clCopy: 'Copier',
  clCopied: 'Copié',
  clCopyFail: 'La copie n’a pas fonctionné. Le texte est sélectionné : vous pouvez le copier vous-même.',
  clPrint: 'Imprimer',
  clPrintTitle: 'Mes notes de séance',
  clForget: 'Oublier mes réponses',
  clSaved: 'Vos réponses sont enregistrées uniquement dans ce navigateur.',
  clSupport:
    'Si cela devient trop lourd, faites une pause et parlez-en à {name}. En cas d’urgence, appelez le numéro d’urgence local.',
  clSupportLink: 'Contacter {name}',
  clRequired: 'Cochez au moins un élément.',

  notLoaded: 'Cette partie n’a pas pu être chargée. Rechargez la page pour la lire.',
};
export default fr;
