import type { Messages } from '../types.js';

/**
 * Portuguese with "você", worded to read well in Brazil and in Portugal: no clitic pronouns whose
 * place differs, no words spelt differently (seção/secção, fato/facto, contato/contacto).
 */
const pt: Messages = {
  practitioner: 'o seu terapeuta',

  cardHeading: 'O que é a Liberação SomatoEmocional?',
  cardSummary:
    'A Liberação SomatoEmocional (LSE) é uma prática suave, feita com as mãos, que nasceu da Terapia Craniossacral. ' +
    'Numa sessão, {name} usa um toque leve e, se você concordar, um pouco de conversa tranquila. ' +
    'O objetivo é ajudar a perceber e a soltar sentimentos que, segundo os terapeutas, o corpo pode reter. ' +
    'Muitas pessoas dizem que saem da sessão mais leves.',
  cardMore: [
    'A LSE parte da Terapia Craniossacral, uma abordagem de toque leve que trabalha com a cabeça, a coluna e os tecidos à sua volta. ' +
      'Uma sessão de LSE usa o mesmo toque calmo e deixa espaço para que os sentimentos venham à tona.',
    'Os terapeutas descrevem o corpo como capaz de reter tensões e mágoas antigas, às vezes durante anos. ' +
      'Na visão deles, essa tensão retida pode aparecer como dores ou rigidez. ' +
      'É assim que esta prática vê as coisas. Não é algo comprovado pela medicina.',
    'Muitas pessoas contam que, numa sessão, surge um sentimento ou uma lembrança que depois se acalma. ' +
      'Muitas dizem que ficam mais calmas, mais leves ou mais em paz. Cada pessoa é diferente, e quem decide é sempre você.',
  ],
  cardMoreOpen: 'Saiba mais',
  cardMoreClose: 'Mostrar menos',
  cardDisclaimer:
    'A LSE serve para acompanhar os cuidados médicos e de saúde mental, não para substituí-los. ' +
    'Se tiver algum problema de saúde, fale com o seu médico ou com outro profissional qualificado.',
  cardCta: 'Marcar uma sessão',

  wteShowAll: 'Mostrar todos os tópicos',
  wteHideAll: 'Ocultar todos os tópicos',
  sections: [
    {
      id: 'before',
      title: 'Antes da sessão',
      body: ['Não há nada a preparar, nem nada que você tenha de sentir ou fazer.'],
      list: [
        'Venha com roupa macia e confortável. Você não tira a roupa em momento algum.',
        'Informe {name} sobre lesões, problemas de saúde ou medicamentos.',
        'Diga o que lhe traria mais tranquilidade, como a luz da sala ou partes do corpo onde prefere não receber toque.',
        'Traga as suas perguntas. Nenhuma pergunta é pequena demais.',
      ],
    },
    {
      id: 'during',
      title: 'Durante a sessão',
      body: ['Você repousa numa mesa acolchoada, sem tirar a roupa, enquanto {name} usa um toque muito leve.'],
      list: [
        '{name} pode pedir autorização para conversar, ou para conduzir uma visualização simples. Você pode dizer sim ou não.',
        'O seu corpo pode fazer movimentos espontâneos, ou voltar à posição em que estava quando aconteceu uma lesão antiga.',
        'Podem surgir lembranças e sentimentos, como medo, tristeza, raiva, frustração ou culpa. Isso é comum. Conte tanto ou tão pouco quanto quiser.',
      ],
    },
    {
      id: 'after',
      title: 'Depois da sessão',
      body: [
        'Muitas pessoas relatam alívio, leveza ou uma serena sensação de contentamento. ' +
          'Outras sentem cansaço, sensibilidade ou alguma emoção durante um dia ou dois. As duas coisas são comuns.',
      ],
      list: [
        'Se puder, leve o resto do dia com calma.',
        'Beba um pouco de água, e descanse se sentir cansaço.',
        'Se tiver dúvidas ou alguma preocupação, fale com {name}.',
      ],
    },
    {
      id: 'control',
      title: 'Quem decide é você',
      body: [
        'Nada acontece sem o seu consentimento. Antes de experimentar algo novo, {name} pede a sua autorização, e você pode sempre dizer não.',
        'Nada é forçado. Você pode ir mais devagar, fazer uma pausa ou terminar a sessão a qualquer momento. Nunca tem de dar explicações.',
      ],
    },
  ],

  clHeading: 'O que você notou?',
  clIntro:
    'Assinale o que notou durante ou depois da sessão. Não há respostas certas ou erradas, e também pode não assinalar nada.',
  clPrivacy: 'O que você assinalar fica neste navegador. Não é enviado para lugar nenhum.',
  groups: [
    {
      id: 'during',
      legend: 'Sentimentos que podem surgir',
      items: [
        { id: 'fear', label: 'Medo', hint: 'Sensação de susto, tensão ou alerta' },
        { id: 'sadness', label: 'Tristeza', hint: 'Desânimo, peso ou vontade de chorar' },
        { id: 'anger', label: 'Raiva', hint: 'Calor, aperto ou irritação' },
        { id: 'frustration', label: 'Frustração', hint: 'Sensação de bloqueio ou impaciência' },
        { id: 'guilt', label: 'Culpa', hint: 'Sensação de ter feito algo errado' },
      ],
    },
    {
      id: 'after',
      legend: 'O que pode sentir depois',
      items: [
        { id: 'relief', label: 'Alívio', hint: 'Sensação de que algo se soltou' },
        { id: 'lightness', label: 'Leveza', hint: 'Sentir menos peso' },
        { id: 'contentment', label: 'Contentamento', hint: 'Sensação de calma e bem-estar' },
      ],
    },
  ],
  clOther: 'Outra coisa',
  clOtherHint: 'Descreva com as suas palavras, se quiser.',
  clNone: 'Você ainda não assinalou nada.',
  clNoted: 'Você anotou: {list}',
  clClear: 'Limpar',
  clCopy: 'Copiar',
  clCopied: 'Copiado',
  clCopyFail: 'Não foi possível copiar. O texto está selecionado para que possa copiá-lo.',
  clPrint: 'Imprimir',
  clPrintTitle: 'Notas da minha sessão',
  clForget: 'Apagar as respostas guardadas',
  clSaved: 'As suas respostas ficam guardadas só neste navegador.',
  clSupport:
    'Se for demais, faça uma pausa e fale com {name}. Numa emergência, ligue para o número de emergência local.',
  clSupportLink: 'Falar com {name}',
  clRequired: 'Assinale pelo menos uma opção.',

  notLoaded: 'Esta parte não carregou. Recarregue a página para lê-la.',
};
export default pt;
