/** Word lists for attribution: reporting verbs, function words, roles and capitals. All lower case. */

const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Regular inflections of a base verb: note → notes, noted, noting; rely → relies, relied, relying. */
function inflect(base: string): string[] {
  if (base.endsWith('e')) return [base, base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, base + 'es', base + 'ed', base + 'ing'];
  return [base, base + 's', base + 'ed', base + 'ing'];
}

/**
 * Communication and stance verbs beyond the classic reporting verbs (PolNeAR attributes stances and
 * speech acts: "likened X to Y", "railed against", "touted", "dismissed"), as regular base forms.
 */
const STANCE_VERB_BASES = forms(`
  characterize characterise dub brand label liken echo offer unveil reference detail document outline pitch extol laud
  lambast scold chastise deride rail bemoan decry knock fault press implore exhort appeal plead reaffirm clarify specify
  signal hint imply recognize regard deem downplay dispute contest doubt disagree concur approve back champion favor favour
  prefer resist balk commit recount relate portray depict frame brag gloat muse ponder speculate reckon
  wager forecast project calculate determine discover learn suspect assume presume imagine envision anticipate request
  lobby protest chant scream whisper tease taunt jeer lampoon scoff chide rebuke reprimand admonish assail credit applaud
  commend congratulate cheer celebrate salute justify apologize apologise regret rebut refute contradict answer react notice
  invoke raise address debate flag alert notify reassure guarantee verify accept embrace repeat restate summarize sum pen
  retweet post publish divulge expose uncover unearth release issue proclaim affirm attest swear confess recommend advise
  fret grumble lash trumpet hype tout vilify disparage belittle dismiss question challenge insist demand vow pledge
  highlight stress describe predict
  decline consider intend wish resent respect admire trust mourn allude refer object inquire beg elaborate
  judge realize remember confront equate attribute advocate oppose condemn acknowledge link
`);

/** Irregular perception and cognition verbs in every inflection: "she saw it as …", "he felt that …". */
const IRREGULAR_STANCE_VERBS = forms('see sees saw seen seeing feel feels felt feeling understand understands understood understanding');

/** Participles of cue verbs that work as prepositions: "sanctions relating to the conflict". */
const PREPOSITION_PARTICIPLES = new Set(forms('relating regarding'));

/** Reporting verbs in every inflection: the cue of "X said (that) …" and "…, X said". */
export const SAY_VERBS = new Set(
  forms(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  state states stated stating explain explains explained explaining stress stresses stressed stressing
  emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  believe believes believed think thinks thought claim claims claimed claiming argue argues argued arguing
  insist insists insisted insisting warn warns warned warning announce announces announced announcing
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  report reports reported write writes wrote writing tweet tweets tweeted tweeting
  ask asks asked asking reply replies replied replying respond responds responded responding
  predict predicts predicted estimate estimates estimated agree agrees agreed deny denies denied denying
  declare declares declared declaring confirm confirms confirmed confirming conclude concludes concluded concluding
  recall recalls recalled recalling complain complains complained complaining contend contends contended
  maintain maintains maintained assert asserts asserted allege alleges alleged promise promises promised promising
  pledge pledges pledged pledging vow vows vowed vowing urge urges urged urging suggest suggests suggested suggesting
  reveal reveals revealed indicate indicates indicated highlight highlights highlighted
  concede concedes conceded fear fears feared hope hopes hoped expect expects expected
  express expresses expressed expressing stresses remark remarks remarked observe observes observed
  mention mentions mentioned mentioning comment comments commented commenting
  describe describes described describing accuse accuses accused accusing criticize criticizes criticized criticized
  criticise criticised criticises blast blasts blasted slam slams slammed praise praises praised
  quote quotes quoted cite cites cited citing reiterate reiterates reiterated reiterating
  underline underlines underlined underscore underscores underscored caution cautions cautioned
  assure assures assured inform informs informed remind reminds reminded question questions questioned
  show shows showed shown find finds found conclude concluded disclose discloses disclosed
  propose proposes proposed proposing demand demands demanded demanding wonder wonders wondered
  announce told testified testify testifies boast boasts boasted joke jokes joked quip quips quipped
  acknowledge counter counters countered retort retorts retorted shout shouts shouted shouting yell yells yelled yelling
  call calls called calling attack attacks attacked attacking want wants wanted plan plans planned
  support supports supported know knows knew discuss discusses discussed discussing vow pledge
  seem seems seemed rule rules ruled endorse endorses endorsed endorsing decide decides decided refuse refuses refused
  oppose opposes opposed opposing encourage encourages encouraged encouraging challenge challenges challenged
  blame blames blamed blaming charge charges charged defend defends defended defending reject rejects rejected
  dismiss dismisses dismissed recommend recommends recommended compare compares compared comparing paint paints painted painting
  talk talks talked talking speak speaks spoke speaking worry worries worried complain threaten threatens threatened
  push pushes pushed pushing advocate advocates advocated slammed questioning grilled grill grills insisted
  acknowledged lament laments lamented hail hails hailed welcome welcomes welcomed condemn condemns condemned
  denounce denounces denounced mock mocks mocked ridicule ridiculed thank thanks thanked tout touts touted
  wrote written spoken sought swore sworn voted votes
  believing thinking estimating contending maintaining asserting alleging revealing indicating conceding fearing hoping
  expecting remarking observing criticizing criticising blasting praising quoting underscoring cautioning assuring informing
  reminding disclosing wondering testifying boasting joking countering retorting deciding refusing rejecting lamenting
  hailing welcoming denouncing mocking ridiculing ridicules thanking`).concat(STANCE_VERB_BASES.flatMap(inflect), IRREGULAR_STANCE_VERBS).filter((w) => !PREPOSITION_PARTICIPLES.has(w)),
);

/** Stems of cues that take a that-clause after an object or adverbial ("told reporters on Friday that …"). */
const CLAUSE_CUE_STEMS = forms(`say said tell told add note stat explain stress emphas believ think thought claim argu insist warn
  announc acknowledg admit report writ wrote tweet repl respond predict estimat agree den declar confirm conclud recall
  complain contend maintain assert alleg promis pledg vow suggest reveal indicat conced fear hope hoping expect remark observ
  mention comment reiterat underlin underscor caution assur inform remind show find found disclos testif boast jok quip
  counter retort know knew decid rul wonder`);

/** Cues whose content may follow a that a few tokens on; for the others a later "that" is a relative pronoun. */
export const CLAUSE_CUES = new Set([...SAY_VERBS].filter((w) => CLAUSE_CUE_STEMS.some((stem) => w.startsWith(stem))));

/** Particles after a cue that open its content: "called for …", "talked about …", "critical of …". */
export const CUE_PARTICLES = new Set(forms('for about on against as over with of out to'));

/** Verbs whose object names the listener, not the content: "told reporters that …". */
export const TELL_VERBS = new Set(forms('tell tells told telling ask asks asked asking urge urges urged urging warn warns warned warning assure assures assured inform informs informed remind reminds reminded'));

/** Verbs whose object is the speaker: "BelTA quotes Lukashenka", "… quoted him as saying". */
export const QUOTING_VERBS = new Set(forms('quote quotes quoted'));

/** -s forms that are verbs often enough after any subject; other -s cues may be plural nouns ("comments"). */
export const SAFE_S_CUES = new Set(forms('says tells adds notes argues claims insists warns believes thinks writes reports explains stresses emphasizes recalls predicts suggests acknowledges admits announces asks tweets'));

/** Present participles that continue the current speaker: "…, adding that …". */
export const PARTICIPLE_CUES = new Set([...SAY_VERBS].filter((w) => w.endsWith('ing')));

export const SUBJECT_PRONOUNS = new Set(forms('he she they we i who which it'));
export const PERSON_PRONOUNS = new Set(forms('he she him his her who'));
export const POSSESSIVES = new Set(forms('his her their its'));

export const DETERMINERS = new Set(
  forms('the a an another this that these those his her their its our my your some many several one two three four five most other both all each any no'),
);

/** Words that end a speaker phrase when walking left from the cue. */
export const NP_STOP = new Set(
  forms(`that which and but or because while when as if after before so where than since though although then
  whether to for with from into by at on in about of whom whose what how why not also who
  is was were are be been being has have had will would could can may might should must do does did
  it there here this`),
);

/** Words that may sit between the speaker and the cue: "X also said", "X on Friday said". */
export const BETWEEN_SUBJECT_AND_CUE = new Set(
  forms(`also sometimes always usually later then again previously repeatedly recently earlier further once now still even just
  reportedly publicly privately openly flatly often frequently already never not has had have was is were are
  will would could can may might did does do last week month year night weekend on monday tuesday wednesday
  thursday friday saturday sunday yesterday today tonight this morning afternoon evening has n't
  has had been long together first should must`),
);

/**
 * Adjectives that report a stance after a copula ("Republicans are skeptical of …", "she was confident that …"),
 * PARC's adjectival cues.
 */
export const STANCE_ADJECTIVES = new Set(
  forms(`critical afraid concerned worried skeptical sceptical confident optimistic pessimistic hopeful certain convinced
  aware supportive opposed wary fearful unhappy proud angry furious upset frustrated disappointed pleased satisfied
  adamant vocal outspoken dismissive suspicious doubtful uncertain unsure insistent reluctant sympathetic enthusiastic
  alarmed troubled disturbed outraged incensed dissatisfied unconvinced emphatic grateful thankful silent coy mum`),
);

/** Copulas before a stance adjective. */
export const COPULAS = new Set(forms('is are was were be been being am remain remains remained seem seems seemed appear appears appeared became become becomes grew'));

/** What a stance adjective takes: "critical of", "worried about", "confident that". */
export const STANCE_COMPLEMENTS = new Set(forms('of about that with over whether toward towards on'));

/** Verbs and adjectives whose infinitive carries the cue: "appeared to suggest", "is expected to announce". */
export const CUE_TAKING_VERBS = new Set(
  forms(`appear appears appeared seem seems seemed try tries tried trying need needs needed begin begins began continue continues
  continued move moves moved rush rushes rushed fail fails failed attempt attempts attempted going used sought seek seeks
  quick likely expected able unable willing eager ready set poised due careful`),
);

/** Time words and adverbs skipped after a cue: "said on Friday that", "announced last week". */
export const AFTER_CUE_SKIP = new Set(
  forms(`also later then again previously repeatedly recently earlier further once now still even just reportedly
  publicly privately openly flatly often frequently already last week month year night weekend on monday tuesday
  wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening`),
);

/** Base forms that are usually nouns ("state news agency"): cues only after a plural subject or pronoun. */
export const NOUN_LIKE_BASE_CUES = new Set(
  forms(`state report call support plan charge question comment show rule demand talk attack push challenge worry blame praise welcome promise hope fear quote estimate claim pledge vow thank tout grill mock advocate counter
  offer record issue release answer label brand doubt echo detail document outline pitch plea bet forecast project rally protest chant
  request lobby credit salute cheer regret reply post review hint signal back aim wish frame press address approve favor favour
  sum pen muse knock fault appeal dispute contest commit expose debate raise alert flag repeat`),
);

/** After these, a cue's object is not what was said: "…, X said at a news conference". */
export const TRAILING_AFTER_CUE = new Set(
  forms(`at on in during while when after before to from last this yesterday today tonight monday tuesday
  wednesday thursday friday saturday sunday earlier later in`),
);

/** Singular nouns for bodies that speak: "Flight attendants' union endorses Clinton", "as police have said". */
export const SPEAKING_BODIES = new Set(
  forms('union court panel committee council board group party campaign agency government administration department commission police staff media press military'),
);

/** Head nouns of descriptions that stand for a person: "the Belarusian president", "the politician". */
export const PERSON_ROLES = new Set(
  forms(`president leader politician minister premier chancellor spokesman spokeswoman spokesperson official
  senator governor candidate nominee chief head secretary king queen pope ambassador diplomat envoy mayor
  lawmaker congressman congresswoman representative director chairman chairwoman ceo founder commander general
  prosecutor judge attorney adviser advisor aide businessman billionaire democrat republican star actor singer
  author economist analyst professor expert strongman autocrat dictator ruler host anchor reporter journalist
  man woman`),
);

/** Capitals that stand for their country when they speak ("Minsk explained"). */
export const CAPITAL_TO_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    minsk: 'Belarus', moscow: 'Russia', kyiv: 'Ukraine', kiev: 'Ukraine', washington: 'United States',
    london: 'United Kingdom', beijing: 'China', paris: 'France', berlin: 'Germany', warsaw: 'Poland',
    vilnius: 'Lithuania', riga: 'Latvia', tallinn: 'Estonia', tehran: 'Iran', tokyo: 'Japan', ankara: 'Turkey',
    rome: 'Italy', madrid: 'Spain', ottawa: 'Canada', delhi: 'India', 'new delhi': 'India', seoul: 'South Korea',
    pyongyang: 'North Korea', damascus: 'Syria', baghdad: 'Iraq', kabul: 'Afghanistan', islamabad: 'Pakistan',
    cairo: 'Egypt', riyadh: 'Saudi Arabia', jerusalem: 'Israel', 'tel aviv': 'Israel', havana: 'Cuba',
    caracas: 'Venezuela', tbilisi: 'Georgia', yerevan: 'Armenia', baku: 'Azerbaijan', astana: 'Kazakhstan',
    chisinau: 'Moldova', budapest: 'Hungary', prague: 'Czech Republic', bratislava: 'Slovakia',
    bucharest: 'Romania', sofia: 'Bulgaria', belgrade: 'Serbia', athens: 'Greece', vienna: 'Austria',
    stockholm: 'Sweden', oslo: 'Norway', helsinki: 'Finland', copenhagen: 'Denmark', brussels: 'Belgium',
    canberra: 'Australia', 'mexico city': 'Mexico', brasilia: 'Brazil', 'buenos aires': 'Argentina',
  }),
);

/** Line-start labels that are not speakers: "Photo: …", "Read more: …". */
export const NOT_SPEAKER_LABELS = new Set(
  forms('photo photos image video source sources read related update updated note editor advertisement watch listen see tags tag share follow subscribe credit getty reuters ap afp file caption posted published by'),
);
