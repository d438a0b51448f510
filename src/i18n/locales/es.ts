import type { Messages } from '../types.js';

/**
 * Spanish, informal "tú", neutral between Spain and Latin America. Ids stay as in English.
 * Wording policy (README, "Languages"): neutral nouns for people (persona, terapeuta), no adjective that
 * assumes the reader's gender, beliefs attributed to those who practise SER.
 */
const es: Messages = {
  practitioner: 'tu terapeuta',

  cardHeading: '¿Qué es la Liberación SomatoEmocional?',
  cardSummary:
    'La Liberación SomatoEmocional (LSE) es una práctica suave y manual que nace de la Terapia Craneosacral. ' +
    'En una sesión, {name} usa un toque ligero y, si estás de acuerdo, habla contigo con calma. ' +
    'La idea es ayudarte a notar y soltar emociones que, según quienes la practican, el cuerpo puede retener. ' +
    'Muchas personas dicen que salen sintiéndose más ligeras.',
  cardMore: [
    'La LSE parte de la Terapia Craneosacral, un enfoque de toque ligero que trabaja con la cabeza, la columna y los tejidos que las rodean. ' +
      'Una sesión de LSE usa el mismo toque tranquilo y deja espacio para que surjan emociones.',
    'Quienes la practican describen que el cuerpo puede retener el estrés y viejas heridas, a veces durante años. ' +
      'Desde su punto de vista, esa tensión guardada puede notarse como dolores o rigidez. ' +
      'Así lo entiende esta práctica. No es un hecho médico probado.',
    'Muchas personas cuentan que en una sesión aparece una emoción o un recuerdo, y que después se suaviza. ' +
      'Muchas dicen sentirse más tranquilas, más ligeras o más en paz. Cada persona es distinta, y tú decides en todo momento.',
  ],
  cardMoreOpen: 'Saber más',
  cardMoreClose: 'Ver menos',
  cardDisclaimer:
    'La LSE está pensada para acompañar la atención médica y psicológica, no para sustituirla. ' +
    'Si tienes algún problema de salud, habla con tu médico o con otro profesional de la salud. ' +
    'No dejes ni retrases ningún tratamiento sin hablarlo antes con tu médico.',
  cardCta: 'Reservar una sesión',

  wteShowAll: 'Mostrar todas las secciones',
  wteHideAll: 'Ocultar todas las secciones',
  sections: [
    {
      id: 'before',
      title: 'Antes de tu sesión',
      body: ['No necesitas preparar nada, ni tienes que sentir o hacer nada en particular.'],
      list: [
        'Ponte ropa suave y cómoda. No tendrás que quitártela en ningún momento.',
        'Cuéntale a {name} si tienes lesiones, problemas de salud o tomas medicamentos.',
        'Si vas al médico o a terapia, quizá quieras contarles también que vienes a estas sesiones.',
        'Di qué te ayudaría a sentirte a gusto, como la luz de la sala o las zonas donde prefieres que no te toquen.',
        'Trae tus preguntas. Cualquier pregunta es bienvenida.',
      ],
    },
    {
      id: 'during',
      title: 'Durante la sesión',
      body: ['Te acuestas en una camilla acolchada, con la ropa puesta, mientras {name} te toca de forma muy suave.'],
      list: [
        '{name} puede preguntarte si quieres hablar un poco o dejarte guiar para imaginar una escena sencilla. Puedes decir que sí o que no.',
        'Algunas personas notan que su cuerpo se mueve solo, o que vuelve a la postura en la que estaba cuando ocurrió una lesión antigua.',
        'Pueden surgir recuerdos y emociones, como miedo, tristeza, enojo, frustración o culpa. Quienes practican la LSE dicen que es algo habitual. Comparte tanto o tan poco como quieras.',
      ],
    },
    {
      id: 'after',
      title: 'Después de tu sesión',
      body: [
        'Muchas personas cuentan que sienten alivio, ligereza o una serena sensación de bienestar. ' +
          'Otras notan cansancio, sensibilidad, algo de dolor o cierto desasosiego durante un día o dos. Las dos cosas son habituales.',
      ],
      list: [
        'Si puedes, tómate el resto del día con calma.',
        'Bebe algo de agua y descansa si lo necesitas.',
        'Si el malestar, el dolor o un recuerdo difícil no se va, habla con {name}. ' +
          'También puedes acudir a tu médico o a un servicio de psicología o psicoterapia.',
        'Ponte en contacto con {name} si tienes preguntas o algo te preocupa.',
      ],
    },
    {
      id: 'control',
      title: 'Tú tienes el control',
      body: [
        'Nada ocurre sin tu consentimiento: {name} te preguntará antes de probar algo nuevo, y siempre puedes decir que no.',
        'Nada se fuerza. Puedes ir más despacio, hacer una pausa o terminar la sesión cuando quieras. Nunca tienes que dar explicaciones.',
      ],
    },
  ],

  clHeading: '¿Qué notaste?',
  clIntro: 'Marca lo que notaste durante la sesión o después. No hay respuestas correctas ni incorrectas.',
  clNoneOk: 'Está bien no marcar nada.',
  clPrivacy: 'Nada de lo que marques se guarda ni se envía.',
  clSaved:
    'Este navegador guarda tus respuestas, así que cualquiera que use este dispositivo puede verlas. Para borrarlas, usa «{forget}».',
  clSent: 'Tus respuestas se envían a este sitio web solo cuando envías el formulario.',
  groups: [
    {
      id: 'during',
      legend: 'Emociones que pueden surgir',
      items: [
        { id: 'fear', label: 'Miedo', hint: 'Sentir temor, tensión o alerta' },
        { id: 'sadness', label: 'Tristeza', hint: 'Sentir desánimo, pesadez o ganas de llorar' },
        { id: 'anger', label: 'Enojo', hint: 'Sentir calor, opresión o irritación' },
        { id: 'frustration', label: 'Frustración', hint: 'Sentir bloqueo o impaciencia' },
        { id: 'guilt', label: 'Culpa', hint: 'Sentir como si hubieras hecho algo mal' },
      ],
    },
    {
      id: 'after',
      legend: 'Cómo puedes sentirte después',
      items: [
        { id: 'relief', label: 'Alivio', hint: 'La sensación de que algo se ha soltado' },
        { id: 'lightness', label: 'Ligereza', hint: 'Sentir menos peso encima' },
        { id: 'contentment', label: 'Bienestar', hint: 'Sentir calma y estar a gusto' },
        { id: 'tired', label: 'Cansancio', hint: 'Sentir agotamiento o sueño' },
        { id: 'sore', label: 'Sensibilidad', hint: 'Notar alguna zona sensible o con algo de dolor' },
        { id: 'unsettled', label: 'Desasosiego', hint: 'Sentir nervios, inquietud o mucha emoción' },
      ],
    },
  ],
  clOther: 'Otra cosa',
  clOtherHint: 'Descríbelo con tus propias palabras, si quieres.',
  clNone: 'No has marcado nada.',
  clNoted: 'Tus respuestas: {list}',
  clClear: 'Borrar mis respuestas',
  clCopy: 'Copiar mis notas',
  clCopied: 'Copiado',
  clCopyFail:
    'No se pudo copiar. Tus notas ya están seleccionadas: cópialas como sueles hacerlo y pégalas donde quieras.',
  clPrint: 'Imprimir mis notas',
  clPrintTitle: 'Mis notas de la sesión',
  clPrintFor: 'Para compartir con {name}, si quieres.',
  clPrintNotes: 'Mis notas y preguntas',
  clForget: 'Olvidar mis respuestas',
  clSupport:
    'Si algo te desborda, haz una pausa y habla con {name}. ' +
    'Si no te sientes a salvo o estás en crisis, llama a tu médico o a una línea de ayuda en crisis de tu zona. ' +
    'En una emergencia, llama al número de emergencias local.',
  clSupportLink: 'Hablar con {name}',
  clRequired: 'Para enviar este formulario, marca al menos una opción.',
  clRequiredOther: 'Para enviar este formulario, marca al menos una opción o escribe en «{other}».',

  reviewed: 'Contenido revisado en {date}.',
  reviewedBy: 'Contenido revisado en {date} por {name}.',

  notLoaded: 'No se pudo cargar esta parte. Vuelve a cargar la página para leerla.',
};
export default es;
