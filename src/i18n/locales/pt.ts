import type { Messages } from '../types.js';

/**
 * Brazilian Portuguese with "você": Brazilian word order and vocabulary (maca, agendar, em uma).
 * Wording policy (README, "Languages"): neutral words for people (pessoa, quem atende você), no adjective
 * that assumes the reader's gender, beliefs attributed to those who practise SER.
 */
const pt: Messages = {
  practitioner: 'quem atende você',

  cardHeading: 'O que é a Liberação SomatoEmocional?',
  cardSummary:
    'A Liberação SomatoEmocional (LSE) é uma prática suave, feita com as mãos, que nasceu da Terapia Craniossacral. ' +
    'Em uma sessão, {name} usa um toque leve e, se você quiser, conversa um pouco com calma. ' +
    'O objetivo é ajudar você a perceber e soltar sentimentos que, segundo quem pratica a LSE, o corpo pode reter. ' +
    'Muitas pessoas dizem que saem da sessão mais leves.',
  cardMore: [
    'A LSE parte da Terapia Craniossacral, uma abordagem de toque leve que trabalha com a cabeça, a coluna e os tecidos ao redor. ' +
      'Uma sessão de LSE usa o mesmo toque calmo e deixa espaço para que os sentimentos venham à tona.',
    'Quem pratica a LSE descreve o corpo como capaz de reter tensões e mágoas antigas, às vezes durante anos. ' +
      'Nessa visão, essa tensão retida pode aparecer como dores ou rigidez. ' +
      'É assim que esta prática vê as coisas. Não é algo comprovado pela medicina.',
    'Muitas pessoas contam que, em uma sessão, surge um sentimento ou uma lembrança que depois se acalma. ' +
      'Muitas dizem que ficam mais calmas, mais leves ou mais em paz. Cada pessoa é diferente, e quem decide é sempre você.',
  ],
  cardMoreOpen: 'Saiba mais',
  cardMoreClose: 'Mostrar menos',
  cardDisclaimer:
    'A LSE serve para acompanhar os cuidados médicos e de saúde mental, não para substituir esses cuidados. ' +
    'Se tiver algum problema de saúde, fale com seu médico ou com outro profissional de saúde. ' +
    'Não pare nem adie nenhum tratamento sem antes falar com seu médico.',
  cardCta: 'Agendar uma sessão',

  wteShowAll: 'Mostrar todos os tópicos',
  wteHideAll: 'Ocultar todos os tópicos',
  sections: [
    {
      id: 'before',
      title: 'Antes da sessão',
      body: ['Não há nada a preparar, nem nada que você precise sentir ou fazer.'],
      list: [
        'Venha com roupa macia e confortável. Você não precisa tirar a roupa em momento algum.',
        'Informe {name} sobre lesões, problemas de saúde ou remédios que você toma.',
        'Se você faz acompanhamento com um médico ou terapeuta, pode contar a eles sobre estas sessões também.',
        'Diga o que traz mais tranquilidade para você, como a luz da sala ou partes do corpo onde prefere não receber toque.',
        'Traga suas perguntas. Todas as perguntas são bem-vindas.',
      ],
    },
    {
      id: 'during',
      title: 'Durante a sessão',
      body: ['Você se deita em uma maca, de roupa, enquanto {name} usa um toque muito leve.'],
      list: [
        '{name} pode pedir sua permissão para conversar com você ou para guiar você em uma visualização simples. Você pode dizer sim ou não.',
        'Algumas pessoas percebem que o corpo se move sozinho, ou que volta à posição em que estava quando aconteceu uma lesão antiga.',
        'Podem surgir lembranças e sentimentos, como medo, tristeza, raiva, frustração ou culpa. Quem pratica a LSE diz que isso é comum. Conte tanto ou tão pouco quanto quiser.',
      ],
    },
    {
      id: 'after',
      title: 'Depois da sessão',
      body: [
        'Muitas pessoas relatam alívio, leveza ou uma serena sensação de contentamento. ' +
          'Outras sentem cansaço, sensibilidade, alguma dor ou certa agitação por um ou dois dias. As duas coisas são comuns.',
      ],
      list: [
        'Se puder, leve o resto do dia com calma.',
        'Beba um pouco de água e descanse se sentir cansaço.',
        'Se o mal-estar, a dor ou uma lembrança difícil continuar, fale com {name}. ' +
          'Você também pode procurar seu médico ou um serviço de psicologia ou psicoterapia.',
        'Se tiver dúvidas ou alguma preocupação, fale com {name}.',
      ],
    },
    {
      id: 'control',
      title: 'Quem decide é você',
      body: [
        'Nada acontece sem o seu consentimento. Antes de experimentar algo novo, {name} pede sua autorização, e você sempre pode dizer não.',
        'Nada é forçado. Você pode ir mais devagar, fazer uma pausa ou terminar a sessão a qualquer momento. Você nunca precisa dar explicações.',
      ],
    },
  ],

  clHeading: 'O que você notou?',
  clIntro: 'Marque o que você notou durante ou depois da sessão. Não há respostas certas ou erradas.',
  clNoneOk: 'Você também pode não marcar nada.',
  clPrivacy: 'Nada do que você marcar é salvo ou enviado.',
  clSaved:
    'Este navegador guarda suas respostas. Quem usar este aparelho pode ver essas respostas. Para apagar, use “{forget}”.',
  clSent: 'Suas respostas só são enviadas para este site quando você envia o formulário.',
  groups: [
    {
      id: 'during',
      legend: 'Sentimentos que podem surgir',
      items: [
        { id: 'fear', label: 'Medo', hint: 'Apreensão, tensão ou sensação de alerta' },
        { id: 'sadness', label: 'Tristeza', hint: 'Desânimo, peso ou vontade de chorar' },
        { id: 'anger', label: 'Raiva', hint: 'Calor, aperto ou irritação' },
        { id: 'frustration', label: 'Frustração', hint: 'Sensação de bloqueio ou impaciência' },
        { id: 'guilt', label: 'Culpa', hint: 'Como se você tivesse feito algo errado' },
      ],
    },
    {
      id: 'after',
      legend: 'O que você pode sentir depois',
      items: [
        { id: 'relief', label: 'Alívio', hint: 'Sensação de que algo se soltou' },
        { id: 'lightness', label: 'Leveza', hint: 'Sentir menos peso' },
        { id: 'contentment', label: 'Contentamento', hint: 'Sensação de calma e bem-estar' },
        { id: 'tired', label: 'Cansaço', hint: 'Exaustão ou sono' },
        { id: 'sore', label: 'Sensibilidade', hint: 'Alguma parte do corpo sensível ou dolorida' },
        { id: 'unsettled', label: 'Agitação', hint: 'Inquietação, tremor ou muita emoção' },
      ],
    },
  ],
  clOther: 'Outra coisa',
  clOtherHint: 'Descreva com suas palavras, se quiser.',
  clNone: 'Você não marcou nada.',
  clNoted: 'Suas respostas: {list}',
  clClear: 'Limpar minhas respostas',
  clCopy: 'Copiar minhas anotações',
  clCopied: 'Copiado',
  clCopyFail:
    'Não foi possível copiar. Suas anotações já estão selecionadas: copie como costuma fazer e cole onde quiser.',
  clPrint: 'Imprimir minhas anotações',
  clPrintTitle: 'Anotações da minha sessão',
  clPrintFor: 'Para compartilhar com {name}, se quiser.',
  clPrintNotes: 'Minhas anotações e perguntas',
  clForget: 'Apagar minhas respostas',
  clSupport:
    'Se ficar demais, faça uma pausa e fale com {name}. ' +
    'Se você não se sentir em segurança ou estiver em crise, procure seu médico ou um serviço de apoio em crise da sua região. ' +
    'Em uma emergência, ligue para o número de emergência local.',
  clSupportLink: 'Falar com {name}',
  clRequired: 'Para enviar este formulário, marque pelo menos uma opção.',
  clRequiredOther: 'Para enviar este formulário, marque pelo menos uma opção ou escreva em “{other}”.',

  reviewed: 'Conteúdo revisado em {date}.',
  reviewedBy: 'Conteúdo revisado em {date} por {name}.',

  notLoaded: 'Esta parte não carregou. Recarregue a página para lê-la.',
};
export default pt;
