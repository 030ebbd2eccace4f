import { isNewsletterStory } from '../guards/is-newsletter-story';
import { followingProseWords, TRAILING_PROSE_WORDS } from '../guards/has-following-prose';
import { collectPromoBoxes, collectTextBlocks } from '../text/blocks';
import { isPaywallMeter } from '../text/nag-wording';
import { phraseRegex } from '../text/phrases';
import { judgePromoBlock, keepContentLists, type PromoSignals } from '../promo-evidence';
import { isPodcastOrAppPlug } from './engagement-prompts';
import { defineRule } from './rule';

const WEEKDAY_OR_CADENCE = '(?:day|week|morning|evening|weekday|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Sign-up and subscription asks, and the fine print that only a sign-up form has. */
const NEWSLETTER_ASKS = phraseRegex([
  'sign up(?: now| today| for| to)?', 'subscribe(?: now| today| for| to)?', '(?:in|to|into) your inbox', 'no spam', 'unsubscribe (?:at )?any ?time', 'opt out at any time',
  'by (?:signing up|subscribing|clicking)', 'join \\d[\\d,.]* (?:readers|subscribers|others)', 'save \\d+ ?(?:%|percent)', `get (?:the|our) .{0,60}?(?:every|each) ${WEEKDAY_OR_CADENCE}`,
  `delivered (?:daily|weekly|weekdays|every ${WEEKDAY_OR_CADENCE})`, 'cancel any ?time', 'double[- ]opt[- ]in', 'withdraw (?:your|my) consent at any time', // en
  'newsletter abonnieren', '(?:jetzt|gratis) abonnieren', 'abonnieren sie', '(?:zum|für den) newsletter anmelden', 'jetzt anmelden', 'in (?:ihr|dein) postfach', 'jederzeit (?:abbestellen|kündbar|kündigen|abmelden)', 'mit (?:der|ihrer) anmeldung', '(?:einwilligung|zustimmung) jederzeit(?: \\S+){0,4} widerrufen', // de
  'abonnez-vous', 'je m[’\']abonne', 'inscrivez-vous', 'dans votre boîte (?:mail|e-mail|de réception|aux lettres)', 'recevez', 'désinscri\\w+ à tout moment', 'résiliable à tout moment', 'sans engagement', 'en vous inscrivant', // fr
  'suscríbe(?:te|se)', 'apúntate', 'regístrate', 'recib[ea] (?:cada|todos|gratis|en tu|nuestr|las|el|lo)', 'en tu (?:correo|bandeja)', 'date de baja', 'cancela cuando quieras', 'al suscribirte', // es
  'assine(?: já| agora)?', 'inscreva-se', 'cadastre-se', 'receba (?:as|os|nossa|nosso|gratuitamente|diariamente|todas|no)', 'no seu e-?mail', 'na sua caixa de entrada', 'cancele quando quiser', // pt
  'iscriviti', 'abbonati (?:ora|subito|a|al|alla|per)', 'ricevi (?:ogni|la|le|gratis|nella)', 'nella tua (?:casella|email|posta)', 'disiscriviti', 'disdici quando vuoi', // it
  'schrijf je in', 'abonneer(?: je| nu)?', 'meld je aan', 'ontvang (?:elke|dagelijks|wekelijks|de|onze|gratis)', 'in je (?:inbox|mailbox)', 'uitschrijven kan altijd', 'altijd opzegbaar', // nl
  'zapisz się', 'zaprenumeruj', 'subskrybuj', 'wykup (?:dostęp|prenumeratę|subskrypcję)', 'otrzymuj', 'na (?:twoją|swoją) skrzynkę', 'wypisać się w każdej chwili', 'anuluj w dowolnym momencie', // pl
  // "Join our mailing list": the join family of sign-up asks.
  'join (?:our|the|my) (?:free )?(?:(?:mailing|e-?mail|subscriber|newsletter) list|newsletter)',
  '(?:tragen sie sich|trag dich) (?:in|für) (?:unseren|den|meinen) newsletter', '(?:melden sie sich|melde dich) (?:für|zu) (?:unserem|unseren|den|meinem) newsletter',
  'rejoignez (?:notre|la|ma) (?:liste de diffusion|newsletter|lettre d[’\']information)',
  'únete a (?:nuestra|la|mi) (?:lista de correo|newsletter)', 'únete a (?:nuestro|el|mi) boletín',
  'junte-se à (?:nossa|minha) (?:lista de e-?mails?|newsletter)',
  'unisciti alla (?:nostra|mia) (?:mailing list|newsletter)',
  'word lid van (?:onze|mijn) (?:mailinglijst|nieuwsbrief)',
  'dołącz do (?:naszego|mojego) newslettera', 'dołącz do (?:naszej|mojej) listy mailingowej',
]);
/** Wording that backs an ask up but means nothing alone. */
const NEWSLETTER_CONTEXT = phraseRegex([
  'newsletters?', 'inbox', 'e-?mail', 'free', `(?:twice|once) a ${WEEKDAY_OR_CADENCE}`, `every ${WEEKDAY_OR_CADENCE}`, 'weekly', 'daily', 'privacy (?:policy|notice)', 'terms',
  'kostenlos', 'datenschutz\\w*', 'gratuit\\w*', 'confidentialité', 'boletín', 'gratis', 'privacidad', 'gratuito', 'privacidade', 'nieuwsbrief', 'bezpłatn\\w+', 'prywatności',
]);
const NEWSLETTER_MARKERS = new Set(['newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'subscriptions', 'optin', 'mailing', 'mailchimp', 'inbox', 'nieuwsbrief', 'boletin', 'abonnement', 'abo']);
const NEWSLETTER_LINKS = new Set([...NEWSLETTER_MARKERS, 'abonnements', 'abonnieren', 'suscripcion', 'suscripciones', 'suscribete', 'assinatura', 'assine', 'abbonamento', 'abbonamenti', 'abbonati', 'abonneren', 'prenumerata', 'subskrypcja', 'offers', 'offres']);

const SIGNALS: PromoSignals = { ask: NEWSLETTER_ASKS, context: NEWSLETTER_CONTEXT, markers: NEWSLETTER_MARKERS, linkTokens: NEWSLETTER_LINKS };

export default defineRule({
  id: 'newsletter-promos',
  kind: 'newsletter',
  phase: 'post',
  summary: 'Removes newsletter sign-up boxes and subscription offers, keeping stories about newsletters.',
  collect(root, ctx) {
    const blocks = collectTextBlocks(root);
    let about: boolean | undefined;
    const aboutNewsletters = () => (about ??= isNewsletterStory(ctx.title, blocks));
    const flagged = new Map<Element, string>();
    const proseAfter = followingProseWords(blocks);
    blocks.forEach((block, index) => {
      const matched = judgePromoBlock(block, root, SIGNALS, aboutNewsletters, (proseAfter[index] ?? 0) < TRAILING_PROSE_WORDS);
      // Podcast plugs and paywall meters say "subscribe" too; their own rules (and kinds) take them.
      if (matched && !isPodcastOrAppPlug(block.text) && !isPaywallMeter(block.text)) flagged.set(block.element, `Newsletter or subscription offer (matched “${matched}”)`);
    });
    return collectPromoBoxes(root, blocks, keepContentLists(flagged), { markers: NEWSLETTER_MARKERS });
  },
});
