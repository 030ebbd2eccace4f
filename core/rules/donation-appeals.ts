import { isFundraiserStory } from '../guards/is-fundraiser-story';
import { followingProseWords, TRAILING_PROSE_WORDS } from '../guards/has-following-prose';
import { collectPromoBoxes, collectTextBlocks } from '../text/blocks';
import { phraseRegex } from '../text/phrases';
import { judgePromoBlock, keepContentLists, type PromoSignals } from '../promo-evidence';
import { defineRule } from './rule';

/** Asks for money or membership, addressed to the reader. */
const APPEAL_ASKS = phraseRegex([
  'donate(?: now| today| here)?', 'make a (?:donation|gift|contribution)', 'give (?:now|today|monthly|once)', 'give [$€£]\\d+',
  'your (?:gift|donation|contribution|support)', 'support(?:ing)? (?:us|our (?:work|journalism|reporting|newsroom|mission|blog|site))', 'would you consider (?:supporting|donating|a donation|a gift|chipping in)',
  'please support', 'support (?:independent|local|nonprofit|quality|public) (?:journalism|news|reporting|media|radio)',
  'become a (?:member|supporter|patron|sustainer|sustaining member)', 'gift of any (?:size|amount)', 'chip in',
  '(?:reader|listener|viewer|member)s?-(?:supported|funded|powered)', 'can[’\']?t do (?:this|it) without you', // en
  'jetzt spenden', 'spenden sie', 'spende jetzt', 'jetzt unterstützen', 'unterstützen sie', 'unterstütze uns',
  '(?:ihre|deine) (?:unterstützung|spende)', 'werden sie mitglied', 'werde mitglied', // de
  'fai(?:tes|re) un don', 'soutenez(?:-nous)?', 'soutenir (?:notre|le) journalisme', 'votre (?:soutien|don)', 'devenez membre', // fr
  'haz(?:te)? (?:una )?donación', 'dona ahora', 'apóyanos', 'apoya (?:el|nuestro) periodismo', 'tu apoyo',
  'hazte (?:socio|socia|miembro|mecenas)\\w*', 'tu aportación', // es ("su apoyo" is also "his support")
  'doe (?:agora|hoje)', 'faça uma doação', 'apoie', 'teu apoio', 'seja (?:membro|apoiador)', 'torne-se (?:membro|apoiador)', // pt ("seu apoio" is also "his support": context only)
  'dona ora', 'fai una donazione', 'sostienici', 'sostieni', 'il tuo (?:sostegno|contributo)', 'diventa (?:socio|sostenitore|membro)', // it
  'doneer(?: nu)?', 'steun ons', 'steun (?:onafhankelijke|de) journalistiek', '(?:jouw|uw) (?:steun|bijdrage|gift)', 'word (?:lid|donateur|vriend)', // nl
  'wesprzyj(?: nas)?', 'wspieraj', 'wpłać', 'przekaż darowiznę', 'twoje wsparcie', 'twojego wsparcia', 'zostań (?:patronem|darczyńcą|członkiem)', // pl
]);
/** Wording that backs an ask up but says nothing alone. */
const APPEAL_CONTEXT = phraseRegex([
  'non-?profit', 'independent journalism', 'readers? (?:like you|fund|support)', 'fundrais\\w+', 'donations?', 'a month', 'per month', 'monthly', 'tax-deductible', 'any amount',
  'gemeinnützig', 'unabhängige[nr]? (?:lokal)?journalismus', 'im monat', 'leserinnen und leser',
  'sans but lucratif', 'indépendant', 'par mois', 'medio independiente', 'al mes', 'se financia', 'sin ánimo de lucro',
  'independente', 'por mês', 'sem fins lucrativos', 'indipendente', 'al mese', 'senza scopo di lucro',
  'onafhankelijk\\w*', 'per maand', 'niezależn\\w+', 'miesięcznie', 'seu apoio', 'sua contribuição',
]);
/** Whole id/class/data tokens of appeal boxes, and whole tokens of donate/support links. */
const APPEAL_MARKERS = new Set(['donate', 'donation', 'donations', 'donor', 'support', 'supporter', 'pledge', 'fundraising', 'membership', 'contribute', 'contribution', 'appeal', 'spenden', 'unterstützen', 'soutien', 'donar', 'socios', 'apoyo', 'apoio', 'apoie', 'doação', 'doe', 'sostieni', 'donazione', 'steun', 'doneer', 'wsparcie', 'wesprzyj', 'darowizna']);
// Reader-funding platforms count like a /donate address.
const APPEAL_LINKS = new Set([...APPEAL_MARKERS, 'give', 'giving', 'members', 'join', 'don', 'faire-un-don', 'doar', 'dona', 'donazioni', 'doneren', 'wpłać', 'unterstuetzen', 'steadyhq', 'patreon', 'liberapay', 'buymeacoffee', 'tipeee', 'patronite']);

const SIGNALS: PromoSignals = { ask: APPEAL_ASKS, context: APPEAL_CONTEXT, markers: APPEAL_MARKERS, linkTokens: APPEAL_LINKS };

export default defineRule({
  id: 'donation-appeals',
  kind: 'appeal',
  phase: 'post',
  summary: 'Removes donation and membership appeals addressed to the reader, keeping stories about fundraisers.',
  collect(root, ctx) {
    const blocks = collectTextBlocks(root);
    let about: boolean | undefined;
    const aboutFundraising = () => (about ??= isFundraiserStory(ctx.title, blocks));
    const flagged = new Map<Element, string>();
    const proseAfter = followingProseWords(blocks);
    blocks.forEach((block, index) => {
      const matched = judgePromoBlock(block, root, SIGNALS, aboutFundraising, (proseAfter[index] ?? 0) < TRAILING_PROSE_WORDS);
      if (matched) flagged.set(block.element, `Asks readers to donate or join (matched “${matched}”)`);
    });
    return collectPromoBoxes(root, blocks, keepContentLists(flagged), { markers: APPEAL_MARKERS });
  },
});
