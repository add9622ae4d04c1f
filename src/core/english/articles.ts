/**
 * English articles, which Arabic does not mark the English way: names that English writes with "the" (the United
 * States, the Taliban, the State Department), and "a/an" before an indefinite singular count noun (a summit, an offer)
 * but not before a mass noun (stability, cooperation).
 */

/** Last words of names English writes with "the" (the United States, the Foreign Ministry, the New York Times). */
const THE_HEADS = new Set(
  (
    'States Kingdom Emirates Nations Republic Netherlands Philippines Maldives Bahamas Comoros Gulf Sea Ocean River Canal ' +
    'Strip Bank Heights Peninsula Desert Valley Islands Alps Balkans Caucasus Levant Sahel Taliban Houthis Department ' +
    'Ministry Times Post Journal Guardian Telegraph Independent Economist Council Union League Organization Organisation ' +
    'Agency Fund Commission Court Party Front Movement Brotherhood Army Forces Force Authority Committee Assembly Congress ' +
    'Senate Parliament Crescent Cross Office Service Police Guard Guards Brigade Brigades Group Pentagon Kremlin House ' +
    'Vatican Coalition Alliance Institute Programme Program Secretariat Cabinet Presidency Navy Directorate Administration'
  ).split(' '),
);
/** Acronyms read as a word take no article (NATO, OPEC); letter-by-letter ones do (the UN, the EU, the IMF). */
const WORD_ACRONYMS = new Set('NATO OPEC UNESCO UNICEF FIFA UEFA ASEAN UNRWA ISIS NASA MERCOSUR INTERPOL ECOWAS OPEC+'.split(' '));

/** Whether English writes this name with "the". */
export function takesThe(name: string): boolean {
  if (/^the\b/i.test(name)) return false;
  if (/^[A-Z]{2,5}$/.test(name)) return !WORD_ACRONYMS.has(name);
  const words = name.split(' ');
  if (words.length > 1 && words.includes('of')) return true;
  return THE_HEADS.has(words[words.length - 1]!);
}

/** English nouns that are mass nouns in news (no "a"): stability, support, aid … */
const MASS = new Set(
  (
    'stability security peace cooperation coordination support information help assistance aid progress research ' +
    'violence pressure damage news advice equipment money oil gas water food power control trade growth terrorism ' +
    'escalation intervention fighting health education safety development unemployment inflation investment energy ' +
    'electricity fuel weather rain traffic evidence justice freedom democracy corruption poverty agriculture tourism ' +
    'knowledge importance attention interest funding housing migration immigration weaponry armament calm work ' +
    'production reconstruction transport shipping protection participation construction implementation launch ' +
    'cancellation approval rejection condemnation criticism responsibility sovereignty independence infrastructure ' +
    'legislation property land territory confidence trust debt revenue income spending consumption shelling ' +
    'gunfire fire time reform arms surveillance compensation detention displacement fear anger leadership membership ' +
    'citizenship humanity credibility legitimacy transparency unity solidarity prosperity equality neutrality jewellery ' +
    'jewelry furniture luggage baggage clothing coronavirus covid cash gold silver software reduction relief de-escalation easing ' +
    // diseases, substances and fields of knowledge, which English names without an article (Arabic: السرطان، الحديد)
    'cancer tuberculosis malaria diabetes cholera polio measles influenza flu pneumonia asthma hepatitis dementia ' +
    'obesity malnutrition hunger famine iron steel copper aluminium aluminum wood plastic glass cotton wool paper ' +
    'sand salt sugar rice wheat bread meat milk coffee tea blood air oxygen carbon hydrogen nitrogen smoke dust ' +
    'pollution radiation science medicine music literature philosophy mathematics physics chemistry biology ' +
    'geography astronomy architecture theatre theater cinema photography sport football tennis basketball ' +
    'survival nature wildlife biodiversity ice snow'
  ).split(' '),
);
const MASS_SUFFIX = /(ism|ness|ics)$/;
/** Number words count their noun themselves (ثلاث سفن "three ships", not "a three of ships"). */
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion|dozen)$/;

/** Whether an English noun takes "a/an" when indefinite and singular. */
export function countable(noun: string): boolean {
  const head = noun.split(' of ')[0]!.split(' ').pop() ?? '';
  if (!/^[a-z]/.test(head) || NUMBER_WORD.test(head)) return false;
  return !MASS.has(head) && !MASS_SUFFIX.test(head);
}

/** "a" or "an" for the following word. */
export const indefiniteArticle = (word: string): string =>
  /^[aeiou]/i.test(word) && !/^(uni|eu|one|use|us[aeu])/i.test(word) ? 'an' : /^(hour|honou?r|heir)/i.test(word) ? 'an' : 'a';
