//! Stances: where each actor stands on the issues of `issues.tsv` (for, against,
//! conditional, neutral), read from statements, actions and attributions.
//!
//! The stage works clause by clause, with no parser:
//!
//! 1. **Issue mentions.** The phrases of `issues.tsv` at word boundaries (a plural
//!    `s` allowed), longest first. A phrase listed under several issues
//!    (`ceasefire`, `lasting peace`) takes the one whose distinctive words (the
//!    capitalized words of its label and phrases: `Gaza`, `India`, `Ukraine`) the
//!    document uses most. Anaphors stand for a recent issue: pronouns after a
//!    stance word (`would never accept that`, `agreeing to one`), demonstrative
//!    phrases (`this topic`, `those missiles`) and deal words (`welcomed the
//!    agreement`).
//! 2. **Stance words** ([`CUES`]): verbs and nouns before the issue whose subject
//!    holds the stance (`X rejects ISSUE`, `X's support for ISSUE`, chained: `urged
//!    them to agree a ceasefire`); verdicts after it, held by whoever speaks
//!    (`ISSUE was off the table`, `... were needed`); conditions (`only if`, `as
//!    soon as`, `without X`) that make a stance conditional; issue phrases that
//!    are themselves verbs (`would not send troops`); goal nouns after a possessor
//!    (`Ukraine's NATO ambition`); `citing ISSUE as a pretext`.
//! 3. **Polarity.** The product of the chain (`accept limits on enrichment` is
//!    against enrichment), flipped by a negation before it (`would never accept`,
//!    `no sign of agreeing to`), made conditional by a condition in the clause.
//!    Stances inside an `if` clause and in questions are hypothetical: none.
//! 4. **Holder and basis.** The subject of the first stance word (coordinated
//!    subjects all hold it; a first-person subject is the speaker); for a verdict,
//!    the speaker. When the issue stands in someone else's statement the stance is
//!    `attributed` and `reported_by` names the speaker; an action verb outside any
//!    statement (`approved`, `signed`) makes it `action`; else `stated`.

use crate::actors::Tokens;
use crate::dates::{date_of_event, TimeExpr};
use crate::lexicon::patterns::{Pattern, PatternSet, TokenView};
use crate::lexicon::Lexicon;
use crate::model::{
    ActorKind, LocalActor, Mention, MentionKind, Polarity, Relation, Span, Stance, StanceBasis,
    Statement, StatementKind, TokenKind,
};
use crate::syntax::{is_subject_position, PREPOSITIONS};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

/// What the stance stage sees of the document.
pub struct StanceInput<'a> {
    /// Tokens and text.
    pub toks: &'a Tokens<'a>,
    /// Resolved mentions, in text order.
    pub mentions: &'a [Mention],
    /// Statements (speaker and content spans).
    pub statements: &'a [Statement],
    /// Relations.
    pub relations: &'a [Relation],
    /// Time expressions.
    pub times: &'a [TimeExpr],
    /// The document date.
    pub date: Option<NaiveDate>,
    /// The actors of the document.
    pub actors: &'a BTreeMap<String, LocalActor>,
}

/// The stance words, one per line: `pattern`, `role`, `polarity`, `basis`.
///
/// `pattern` uses the token syntax of `relations.tsv` (`verb~`, `a|b`, `item?`).
/// `role`:
/// - `verb`: stands before the issue; its subject holds the stance (`X rejects
///   ISSUE`, `X's call for ISSUE`);
/// - `passive`: stands before the issue, but its grammatical subject is the patient,
///   so the speaker holds the stance (`Iran must never be allowed to acquire ...`);
/// - `verdict`: stands after the issue and judges it; the speaker holds the stance
///   (`ISSUE was off the table`, `ISSUE were needed`);
/// - `condition`: anywhere in the clause, makes support conditional (`only if`);
/// - `unless`: makes opposition conditional (`no guarantees without Russia`).
///
/// `basis` is `action` for verbs that report a deed (`approved`, `signed`).
pub const CUES: &str = "\
# For.
support~|back~|endorse~|champion~|favour~|favor~|advocate~|hail~|praise~|applaud~|laud~|celebrate~|negotiate~|mediate~|trigger~|take~ part in|took part in|participate~ in|attend~|renew~|enforce~|recognise~|recognize~|declare~	verb	supports	stated
want~|seek~|need~|demand~|propose~|request~|urge~|desire~	verb	supports	stated
call~ for|call~ on|push~ for|press~ for|press~|sought|lobby~ for|ask~ for|appeal~ for|plead~ for|insist~ on|work~ towards|work~ toward|work~ for|strive~ for	verb	supports	stated
call|calls|push|demand|demands|appeal|bid|drive|quest|insistence	verb	supports	stated
support for|backing for|backing of|approval of|endorsement of|acceptance of|demand for|demands for|thank~ * for|grateful for|commitment to|pledge to|plea for|hopes for|hope for|expectations for|ambition|ambitions|aspiration|aspirations	verb	supports	stated
hope~|welcome~|embrace~|accept~|like~|prefer~|pledge~|promise~|vow~|offer~|commit~ to|committed to|agree~ to|agree~ on|agree~	verb	supports	stated
tolerate~|allow~|permit~|threaten~ to|threatened to|argue~ for|make~ the case for|vote~ for|voted for|pursue~	verb	supports	stated
# Reaching a goal is being for it (`meet the 5% target`, `reach a ceasefire`).
meet~|reach~|achieve~|fulfil~|fulfill~	verb	supports	stated
# Raising an amount is being for it (`increase defence spending`, `hike tariffs`);
# not `raise`, which raises issues and questions as often as amounts.
increase~|hike~|boost~|double~|triple~	verb	supports	stated
ready to|ready for|willing to|prepared to|open to|eager to|keen to|keen on|determined to|interested in|in favour of|in favor of|in support of|supportive of|committed to	verb	supports	stated
basis for|step towards|step toward|steps towards|steps toward|way to|path to	verb	supports	stated
approve~|sign~|ratify~|adopt~|impose~|announce~|supply~|deliver~|provide~|send~|implement~|confirm~|honour~|honor~|respect~|uphold~|extend~|host~|broker~|finalise~|finalize~	verb	supports	action
resume~|restore~|reinstate~|reimpose~|re-impose~|tighten~|expand~|step~ up|stepped up|enact~|introduce~|unveil~|levy~|slap~|slapped	verb	supports	action
# Against.
oppose~|reject~|refuse~|resist~|condemn~|denounce~|dismiss~|brush~|criticise~|criticize~|fear~|decry~|question~	verb	opposes	stated
rule~ out|rules out|ruled out|warn~ against|warning to|warning against|warnings to|crack~ down on|punish~|thwart~|fight~ against|combat~|counter~|deter~|retaliation against|countermeasures against|countermeasures to|exemption from|exemptions from|punishment for|reconsider~|reverse~|rethink~|opt-out from|opt out of|opted out of|carve-out from|retaliate~ against|rail~ against|hit~ out at|slam~|blast~|lambast~|critical of|sceptical of|skeptical of|sceptical about|skeptical about|wary of|object~ to|say~ no to|said no to|cast~ doubt on|pour~ cold water on|push~ back on|push~ back against|balk~ at	verb	opposes	stated
against|opposition to|rejection of|refusal to|refusal of|veto of|veto on|condemnation of|criticism of|concern over|concerns over|concern about|concerns about|alarm over|anger at|anger over|outrage at|outrage over|protest~ against|protest~|objection to|objections to|resistance to|threat of|threat from|danger of|no point in|no need for|no place for|no	verb	opposes	stated
vote~ against|voted against|slash~|cut~|reduce~|lower~|roll~ back|rolled back|scale~ back|scaled back|remove~|eliminate~|phase~ out|phased out|limits on|limit on|curbs on|curb on|restrictions on|ban on|freeze on|end to|halt to|rollback of|lifting of|easing of|removal of|lift~|ease~|curb~|limit~|abandon~|oust~|topple~|overthrow~	verb	opposes	stated
block~|veto~|obstruct~|sabotage~|suspend~|halt~|stall~|derail~|undermine~|violate~|breach~|break~|broke|quit~|drop~|scrap~|call~ off|cancel~|postpone~	verb	opposes	action
precondition for|preconditions for|a condition for|conditions for|prerequisite for	verb	conditional	stated
# Giving something up: against it, but for an issue that is itself a concession
# (its label says `concession`): `give up the Donbas`.
give~ up|gave up|give~ away|gave away|cede~|surrender~|hand~ over|handed over|relinquish~|withdraw~ from|withdrew from|withdraw~ * from|withdrew * from|pull~ * out of|pulled * out of|withdrawal from|withdrawal of|pullout from|pull~ out of|walk~ away from|handover of	verb	yields	stated
# Neither.
declined to comment on|decline~ to comment on|no position on|neutral on|non-committal on|noncommittal on|undecided on|no public commitment to|no commitment to	verb	neutral	stated
# Patients: the speaker holds the stance.
be allowed to|been allowed to|be permitted to|be accepted|been accepted	passive	supports	stated
# Verdicts after the issue.
change the situation|change anything|make a difference|a game changer|a game-changer|a priority|the priority|a top priority|top priority|urgent|overdue|long overdue|non-negotiable|a breakthrough|historic|irreversible|a victory|a success|a good deal|a great deal|fair|needed|necessary|essential|vital|crucial|indispensable|important|welcome|acceptable|possible|a priority|the only way|the best way|better than|preferable|a step forward|a first step|first step|a good idea|the answer|on track|for sale|realistic|reasonable|achievable|justified|constructive|positive|encouraging|promising|a good basis|a basis|good basis|a starting point|a good start|the right thing|the right decision|the right step|would hold|will hold|must hold|should hold|in the interest|in the interests|long overdue|a must|good|great|excellent|beneficial|timely|wise|sensible|work~|help~|benefit~|pay~ off|paid off|save~ lives|saved lives	verdict	supports	stated
# A duty laid on the issue itself: the speaker wants it (`aid had to enter Gaza`,
# `the truce must hold`); an opposing verb right after turns it (`must be lifted`).
must|should|had to|has to|have to|needs to|need to|ought to	verdict	supports	stated
off the table|a disaster|a catastrophe|a betrayal|a capitulation|capitulation|a surrender|blackmail|a ploy|a fantasy|unrealistic|impossible|premature|nonsense|absurd|unreasonable|a threat|threat|a violation|harmful|destructive|unlawful|a blow|off the table|a non-starter|non-starter|non-starters|a red line|red line|red lines|a utopia|utopia|a road to nowhere|road to nowhere|out of the question|unacceptable|a mistake|a grave mistake|a dangerous|dangerous|reckless|a provocation|provocation|provocative|a threat|illegal|unjust|unfair|counterproductive|pointless|doomed|dead|a trap|a farce|a sham|legitimate target|legitimate targets|a matter of concern|matter of concern|a matter of extreme concern|matter of extreme concern|of concern|a concern|concern|not work|n't work|does not work|do not work|will not work|would not work|incompatible|disproportionate|excessive|unworkable|ineffective|useless|unjustified|unjustifiable|illegitimate|null and void|an unfriendly act|unfriendly|a hostile act|hostile|an act of aggression|an act of war|a violation of|destabilising|destabilizing|a dead end|meaningless|void|legally void|bad|a bad deal|wrong|misguided|shameful|outrageous|irresponsible|damaging|unhelpful|naive|an escalation|escalatory|hurt~|harm~|damage~|backfire~	verdict	opposes	stated
# Conditions.
if|only if|only as|only after|only once|only when|only through|only with|only on|but only|but through|provided|providing|on condition|on the condition|as long as|so long as|as soon as|precondition|preconditions|precondition for|prerequisite|prerequisites|in exchange for|in return for|root causes|subject to|depends on|depend on|dependent on|conditional on|contingent on|conditioned on|conditions are|when the conditions	condition	conditional	stated
unless|without|until	unless	conditional	stated
";

/// Stance words that say nothing when negated (`has not confirmed that`).
const UNFLIPPABLE: &[&str] = &[
    "confirm",
    "confirms",
    "confirmed",
    "announce",
    "announces",
    "announced",
    "host",
    "hosts",
    "hosted",
    "attend",
    "attends",
    "attended",
    "extend",
    "extends",
    "extended",
    "declare",
    "declares",
    "declared",
    "sign",
    "signs",
    "signed",
];

/// Words that negate a stance word shortly before it in its clause.
const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "cannot", "neither", "nor", "stop", "stops", "stopped", "hardly",
];

/// How many words before a stance word a negation reaches.
const NEGATION_WINDOW: usize = 3;
/// How many words may stand between a stance word and the issue it governs.
const GOVERN_GAP: usize = 7;
/// How many words may stand between an issue and the verdict that judges it.
const VERDICT_GAP: usize = 7;
/// How many sentences back a pronoun or demonstrative may find its issue.
const ANAPHOR_REACH: usize = 2;

/// Issue phrases that are verbs: the phrase is its own stance word (`Rome would not
/// send troops`).
const SELF_VERBS: &[&str] = &[
    "join",
    "joining",
    "send",
    "sending",
    "deploy",
    "deploying",
    "cede",
    "ceding",
    "give",
    "giving",
    "withdraw",
    "withdrawing",
    "recognise",
    "recognize",
    "recognising",
    "recognizing",
    "meet",
    "meeting",
    "end",
    "ending",
    "halt",
    "halting",
    "stop",
    "stopping",
    "acquire",
    "acquiring",
    "annex",
    "annexing",
    "buy",
    "buying",
    "disarm",
    "disarming",
    "disarmed",
    "bring",
    "hold",
    "holding",
    "release",
    "releasing",
    "take",
    "taking",
    "swap",
    "swapping",
    "arm",
    "arming",
    "supply",
    "supplying",
    "provide",
    "providing",
    "sign",
    "signing",
    "extend",
    "extending",
    "leave",
    "leaving",
    "left",
    "quit",
    "quitting",
    "exit",
    "exiting",
];

/// Nouns an issue phrase may contain that make a possessor hold it (`Ukraine's NATO
/// ambition`, `Kyiv's EU bid`).
const GOAL_NOUNS: &[&str] = &[
    "ambition",
    "ambitions",
    "aspiration",
    "aspirations",
    "bid",
    "hopes",
    "push",
    "quest",
    "drive",
    "claims",
    "claim",
    "sovereignty",
    "proposal",
    "plan",
    "initiative",
    "offer",
    "call",
    "calls",
    "demand",
    "demands",
];

/// Nouns after `citing ISSUE as` that make the citing actor oppose it.
const PRETEXT_NOUNS: &[&str] = &[
    "pretext",
    "pretexts",
    "justification",
    "threat",
    "threats",
    "excuse",
    "reason",
    "reasons",
    "provocation",
];

/// Nouns a demonstrative (`this`, `those`, `such`) or `the` may head while standing
/// for an issue named before: any recent issue for the generic ones.
const GENERIC_ANAPHOR_NOUNS: &[&str] = &[
    "topic",
    "issue",
    "question",
    "idea",
    "proposal",
    "step",
    "move",
    "initiative",
    "option",
    "demand",
    "demands",
    "matter",
];
/// Nouns that, definite or possessed, stand for what the document is about (`the
/// measures`, `the decision`, `Trump's plan`).
const TOPIC_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "framework",
    "pact",
    "plan",
    "proposal",
    "process",
    "treaty",
    "settlement",
    "arrangement",
    "package",
    "measures",
    "decision",
    "move",
    "pledge",
    "listing",
    "initiative",
    "offer",
    "draft",
    "text",
    "document",
    "roadmap",
    "commitment",
    "counterproposal",
    "deployment",
    "mission",
    "truce",
    "ceasefire",
    "idea",
];

/// Topic nouns that name an agreement: they stand only for an issue whose wording
/// holds them.
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "truce",
    "ceasefire",
    "arrangement",
];

/// Words that never take part in a stance span: clause boundaries.
const CLAUSE_STOPS: &[&str] = &[
    ";",
    ":",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "since",
    "when",
    "who",
    "which",
    "where",
    "adding",
    "saying",
    "said",
    "says",
    "told",
    "according",
    "if",
    "unless",
    "and",
];

/// Nouns a preposition may follow inside a governed phrase: `welcomed the proposal
/// for a truce`, `rejected China's claims in the South China Sea`.
const LINKING_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "plan",
    "plans",
    "idea",
    "push",
    "call",
    "calls",
    "demand",
    "demands",
    "talks",
    "negotiations",
    "deal",
    "agreement",
    "framework",
    "roadmap",
    "prospect",
    "prospects",
    "offer",
    "package",
    "principle",
    "hopes",
    "efforts",
    "process",
    "terms",
    "claims",
    "claim",
    "sovereignty",
    "resolution",
    "initiative",
    "bid",
    "counterproposal",
    "mediation",
    "interference",
    "involvement",
    "intervention",
    "dialogue",
    "position",
    "stance",
    "policy",
    "action",
    "steps",
    "request",
    "requests",
    "support",
    "opposition",
];

/// Verbs that name what something is (`called the listing unjust`): their subject
/// holds the verdict that follows.
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "brand",
    "brands",
    "branded",
    "label",
    "labels",
    "labelled",
    "labeled",
    "deem",
    "deems",
    "deemed",
    "term",
    "terms",
    "termed",
    "consider",
    "considers",
    "considered",
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "find",
    "finds",
    "found",
];

/// Verbs of saying, for a statement the quote stage did not find.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "warned",
    "insisted",
    "stressed",
    "argued",
    "wrote",
    "declared",
    "noted",
    "claimed",
    "maintained",
    "repeated",
    "suggested",
    "believes",
    "believed",
    "thinks",
    "thought",
];

/// Modal words of duty: as a verdict they stand right after the issue they judge.
const DUTY_WORDS: &[&str] = &[
    "must", "should", "had", "has", "have", "needs", "need", "ought",
];

/// Nouns for the bodies that act for a state or group (`Israel's security cabinet
/// approved`, `Russia's foreign ministry said`): their possessor is the subject.
const BODY_NOUNS: &[&str] = &[
    "government",
    "cabinet",
    "security",
    "army",
    "military",
    "parliament",
    "leadership",
    "delegation",
    "negotiators",
    "negotiating",
    "team",
    "foreign",
    "defence",
    "defense",
    "ministry",
    "officials",
    "administration",
    "authorities",
    "forces",
    "coalition",
    "legislature",
];

/// Pronouns that can be a subject.
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "he", "she", "they"];

/// What a stance word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Verb,
    Passive,
    Verdict,
    Condition,
    Unless,
}

/// One row of [`CUES`].
#[derive(Debug, Clone, Copy)]
struct CueMeaning {
    role: Role,
    polarity: Polarity,
    action: bool,
    /// Giving up: against the issue, unless the issue is a concession.
    yields: bool,
}

/// The compiled stance words, one set per place they stand in (before the issue,
/// after it, anywhere in the clause), so a word can play two parts (`needed`).
struct CueSet {
    groups: Vec<(PatternSet, Vec<CueMeaning>)>,
}

fn cue_set() -> &'static CueSet {
    static SET: OnceLock<CueSet> = OnceLock::new();
    SET.get_or_init(|| {
        // before, after, condition
        let mut groups: Vec<(Vec<Pattern>, Vec<CueMeaning>)> = vec![Default::default(); 3];
        for line in CUES.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [alts, role, polarity, basis] = cols[..] else {
                continue;
            };
            let role = match role {
                "passive" => Role::Passive,
                "verdict" => Role::Verdict,
                "condition" => Role::Condition,
                "unless" => Role::Unless,
                _ => Role::Verb,
            };
            let meaning = CueMeaning {
                role,
                polarity: match polarity {
                    "yields" => Polarity::Opposes,
                    p => parse_polarity(p).unwrap_or(Polarity::Neutral),
                },
                action: basis == "action",
                yields: polarity == "yields",
            };
            let group = match role {
                Role::Verb | Role::Passive => 0,
                Role::Verdict => 1,
                Role::Condition | Role::Unless => 2,
            };
            for alt in alts.split('|') {
                // Each alternative is a phrase; its words become pattern items.
                if let Ok(p) = Pattern::compile(alt) {
                    groups[group].0.push(p);
                    groups[group].1.push(meaning);
                }
            }
        }
        CueSet {
            groups: groups
                .into_iter()
                .map(|(p, m)| (PatternSet::new(p), m))
                .collect(),
        }
    })
}

/// Parse a polarity name (`supports`, `opposes`, `conditional`, `neutral`).
pub fn parse_polarity(s: &str) -> Option<Polarity> {
    Some(match s {
        "supports" => Polarity::Supports,
        "opposes" => Polarity::Opposes,
        "conditional" => Polarity::Conditional,
        "neutral" => Polarity::Neutral,
        _ => return None,
    })
}

/// A stance word found in the text.
#[derive(Debug, Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    meaning: CueMeaning,
}

/// An issue named in the text, by a phrase or an anaphor.
#[derive(Debug, Clone)]
struct IssueMention {
    tokens: Range<usize>,
    issue: usize,
    sentence: usize,
    /// True for an anaphor (`that`, `the agreement`).
    anaphor: bool,
    /// True when the phrase names the other side of the issue (`!` in the lexicon).
    inverted: bool,
}

/// Every stance of the document, in text order.
pub fn stances(input: &StanceInput, lexicon: &Lexicon) -> Vec<Stance> {
    let doc = Doc::new(input);
    let phrases = issue_mentions(&doc, lexicon);
    if phrases.is_empty() {
        return Vec::new();
    }
    let cues = find_cues(&doc);
    let anaphors = anaphors(&doc, &phrases, &cues, lexicon);
    let mut all: Vec<IssueMention> = phrases.into_iter().chain(anaphors).collect();
    all.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    let mut out: Vec<Stance> = Vec::new();
    for m in &all {
        for found in read_stances(&doc, lexicon, m, &cues, &all) {
            push_stance(&doc, lexicon, m, found, &mut out);
        }
    }
    // An issue in someone's statement that no rule read: the nearest stance word
    // of its clause says where the speaker stands.
    for m in all.iter().filter(|m| !m.anaphor) {
        let id = &lexicon.issues[m.issue].id;
        if out
            .iter()
            .any(|s| s.sentence == m.sentence && &s.issue == id)
        {
            continue;
        }
        if let Some(found) = in_statement(&doc, lexicon, m, &cues) {
            push_stance(&doc, lexicon, m, found, &mut out);
        }
    }
    out.sort_by_key(|s| (s.sentence, s.evidence.start));
    out
}

/// The document as the stage reads it.
struct Doc<'a> {
    input: &'a StanceInput<'a>,
    kinds: Vec<TokenKind>,
    /// Mention index by first token.
    mention_start: Vec<Option<(usize, usize)>>,
    in_mention: Vec<bool>,
}

impl<'a> Doc<'a> {
    fn new(input: &'a StanceInput<'a>) -> Doc<'a> {
        let n = input.toks.words.len();
        let kinds = input.toks.seg.tokens.iter().map(|t| t.kind).collect();
        let mut mention_start = vec![None; n];
        let mut in_mention = vec![false; n];
        for (i, m) in input.mentions.iter().enumerate() {
            if m.tokens.start < n {
                mention_start[m.tokens.start] = Some((i, m.tokens.end));
            }
            for t in m.tokens.clone() {
                if t < n {
                    in_mention[t] = true;
                }
            }
        }
        Doc {
            input,
            kinds,
            mention_start,
            in_mention,
        }
    }

    fn words(&self) -> &[String] {
        self.input.toks.words
    }

    fn word(&self, t: usize) -> &str {
        self.input
            .toks
            .words
            .get(t)
            .map(String::as_str)
            .unwrap_or("")
    }

    fn sentence(&self, i: usize) -> Range<usize> {
        self.input.toks.seg.sentences[i].tokens.clone()
    }

    fn span(&self, r: Range<usize>) -> Span {
        let toks = &self.input.toks.seg.tokens;
        let end = r.end.max(r.start + 1).min(toks.len());
        Span::new(toks[r.start].span.start, toks[end - 1].span.end)
    }

    fn is_question(&self, sentence: usize) -> bool {
        let r = self.sentence(sentence);
        (r.start..r.end)
            .rev()
            .find(|&t| self.kinds[t] != TokenKind::Quote)
            .is_some_and(|t| self.word(t) == "?")
    }
}

// ---------------------------------------------------------------------------
// Issue mentions
// ---------------------------------------------------------------------------

/// Issue phrases at word boundaries, longest first, ambiguous phrases resolved by
/// the document's context.
fn issue_mentions(doc: &Doc, lexicon: &Lexicon) -> Vec<IssueMention> {
    let text = doc.input.toks.text;
    let bytes = text.as_bytes();
    let word_byte = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    // (start, end) -> (issue, inverted)
    let mut found: BTreeMap<(usize, usize), Vec<(usize, bool)>> = BTreeMap::new();
    let mut add = |start: usize, end: usize, issue: usize, inverted: bool| {
        if start > 0 && word_byte(start - 1) {
            return;
        }
        let mut end = end;
        if word_byte(end) {
            // A plural: `Tomahawks`, `ceasefires`.
            if bytes[end] == b's' && !word_byte(end + 1) {
                end += 1;
            } else if bytes.get(end..end + 2) == Some(b"es") && !word_byte(end + 2) {
                end += 2;
            } else {
                return;
            }
        }
        let entry = found.entry((start, end)).or_default();
        if !entry.iter().any(|(i, _)| *i == issue) {
            entry.push((issue, inverted));
        }
    };
    for m in lexicon.issue_matcher().find_overlapping_iter(text) {
        let issue = lexicon.issue_of_phrase(m.pattern().as_usize());
        add(m.start(), m.end(), issue, false);
    }
    // Phrases that name the other side are written `!phrase`.
    if let Some(ac) = lexicon.inverted_issue_matcher() {
        for m in ac.find_overlapping_iter(text) {
            let issue = lexicon.issue_of_inverted_phrase(m.pattern().as_usize());
            add(m.start(), m.end(), issue, true);
        }
    }
    // Each phrase takes its issue first (a phrase whose issue the document never
    // names drops out, so `immediate ceasefire` of one issue leaves `ceasefire`
    // to another); then the longest wins, with no overlaps.
    let context = Context::new(doc, lexicon);
    let mut spans: Vec<((usize, usize), usize, bool)> = Vec::new();
    for ((start, end), issues) in found {
        let generic = !text[start..end].chars().any(char::is_uppercase);
        let ids: Vec<usize> = issues.iter().map(|(i, _)| *i).collect();
        if let Some(issue) = context.choose(&ids, generic) {
            let inverted = issues.iter().any(|(i, inv)| *i == issue && *inv);
            spans.push(((start, end), issue, inverted));
        }
    }
    spans.sort_by_key(|((s, e), _, _)| (std::cmp::Reverse(e - s), *s));
    let mut kept: Vec<((usize, usize), usize, bool)> = Vec::new();
    for span in spans {
        let (a, b) = span.0;
        if kept.iter().all(|((s, e), _, _)| b <= *s || a >= *e) {
            kept.push(span);
        }
    }
    kept.sort_by_key(|((s, _), _, _)| *s);
    let seg = doc.input.toks.seg;
    let mut out = Vec::new();
    for ((start, end), issue, inverted) in kept {
        let first = seg.token_at_or_after(start);
        let last = seg.token_at_or_after(end);
        if first >= last || first >= seg.tokens.len() {
            continue;
        }
        let Some(sentence) = seg.sentence_of_token(first) else {
            continue;
        };
        out.push(IssueMention {
            tokens: first..last,
            issue,
            sentence,
            anaphor: false,
            inverted,
        });
    }
    out
}

/// Word counts of the document, to choose among the issues an ambiguous phrase
/// names.
struct Context<'l> {
    counts: HashMap<&'l str, usize>,
    lexicon: &'l Lexicon,
}

impl<'l> Context<'l> {
    /// Counts words of the text, and for a word that names an actor (`Ukraine`),
    /// adds the mentions of that actor and of the people acting for it (`Kyiv`,
    /// `Zelensky`).
    fn new(doc: &'l Doc, lexicon: &'l Lexicon) -> Context<'l> {
        let text = doc.input.toks.text;
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() {
                *counts.entry(w).or_default() += 1;
            }
        }
        let mut by_actor: HashMap<&str, usize> = HashMap::new();
        for m in doc.input.mentions {
            *by_actor.entry(m.actor.as_str()).or_default() += 1;
            if let Some(aff) = doc
                .input
                .actors
                .get(&m.actor)
                .and_then(|a| a.affiliation.as_deref())
            {
                *by_actor.entry(aff).or_default() += 1;
            }
        }
        let mut extra: Vec<(&'l str, usize)> = Vec::new();
        for i in 0..lexicon.issues.len() {
            for w in lexicon
                .issue_distinctive_words(i)
                .iter()
                .map(String::as_str)
            {
                let named = lexicon.actor_named(w);
                if let Some(a) = named {
                    let n = by_actor.get(a.id.as_str()).copied().unwrap_or(0);
                    let seen = counts.get(w).copied().unwrap_or(0);
                    // The name itself is counted once, as a word.
                    extra.push((w, n.saturating_sub(seen)));
                }
            }
        }
        for (w, n) in extra {
            *counts.entry(w).or_default() += n;
        }
        Context { counts, lexicon }
    }

    /// The issue whose distinctive words the document uses most; the first listed
    /// on a tie. A phrase without a capital (`ceasefire`, `humanitarian aid`) needs
    /// its issue's context: none when the document never names it.
    fn choose(&self, issues: &[usize], generic: bool) -> Option<usize> {
        let words: Vec<Vec<&str>> = issues
            .iter()
            .map(|&i| {
                self.lexicon
                    .issue_distinctive_words(i)
                    .iter()
                    .map(String::as_str)
                    .collect()
            })
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for (k, &issue) in issues.iter().enumerate() {
            let count = |w: &&str| self.counts.get(w).copied().unwrap_or(0);
            let present: usize = words[k].iter().map(count).sum();
            if generic && present == 0 && !words[k].is_empty() {
                continue;
            }
            let score: usize = words[k]
                .iter()
                .filter(|w| !words.iter().all(|other| other.contains(w)))
                .map(count)
                .sum();
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, issue));
            }
        }
        best.map(|(_, i)| i)
    }
}

/// Pronouns and noun phrases that stand for an issue named shortly before, when a
/// stance word governs them.
fn anaphors(
    doc: &Doc,
    phrases: &[IssueMention],
    cues: &[Cue],
    lexicon: &Lexicon,
) -> Vec<IssueMention> {
    let words = doc.words();
    let mut out = Vec::new();
    let covered = |t: usize| phrases.iter().any(|m| m.tokens.contains(&t));
    for t in 0..words.len() {
        // An object pronoun the resolver took for an actor may still stand for an
        // issue (`Poland backed the package, but Hungary rejected it`).
        let object_pronoun = matches!(words[t].as_str(), "it" | "them" | "that" | "this");
        if covered(t) || (doc.in_mention[t] && !object_pronoun) {
            continue;
        }
        let Some(sentence) = doc.input.toks.seg.sentence_of_token(t) else {
            continue;
        };
        let sent = doc.sentence(sentence);
        let w = words[t].as_str();
        // `accept that.`, `agreeing to one`, `discussing them without Russia was ...`
        let (tokens, noun) = match w {
            "everything" | "all" => {
                // `Zelensky said no to everything`: every issue of the list before.
                let governed = cues
                    .iter()
                    .any(|c| c.meaning.role == Role::Verb && c.end == t);
                let ends = t + 1 >= sent.end || doc.kinds[t + 1] == TokenKind::Punct;
                if governed && ends {
                    out.extend(listed_before(doc, phrases, t, sentence));
                }
                continue;
            }
            "that" | "it" | "this" | "them" | "one" => {
                if !pronoun_anaphor(doc, t, sent.clone(), cues) {
                    continue;
                }
                (t..t + 1, None)
            }
            _ => {
                // `this topic`, `those missiles`, `such a deal`, `the agreement`,
                // `Trump's plan`.
                if t == 0 || doc.kinds[t] != TokenKind::Word {
                    continue;
                }
                let mut d = t - 1;
                if matches!(words[d].as_str(), "a" | "an") && d > 0 && words[d - 1] == "such" {
                    d -= 1;
                }
                let det = words[d].as_str();
                let demonstrative = matches!(det, "this" | "that" | "these" | "those" | "such");
                let possessive = matches!(det, "'s" | "'")
                    && doc.input.mentions.iter().any(|m| m.tokens.end == d);
                if !(demonstrative || det == "the" || possessive) {
                    continue;
                }
                if possessive {
                    // The possessor belongs to the phrase: `Trump's plan`.
                    let owner = doc.input.mentions.iter().find(|m| m.tokens.end == d);
                    if let Some(o) = owner {
                        d = o.tokens.start;
                    }
                }
                // `the idea of European troops` names its issue right after.
                let names_next = phrases.iter().any(|m| {
                    m.tokens.start > t
                        && m.tokens.start <= t + 3
                        && matches!(words[t + 1].as_str(), "of" | "for" | "on" | "to")
                });
                if names_next {
                    continue;
                }
                (d..t + 1, Some(w))
            }
        };
        // A stance word must govern it (before) or judge it (after).
        let governed = cues.iter().any(|c| match c.meaning.role {
            Role::Verb | Role::Passive => {
                c.end <= tokens.start && reaches(doc, c.end, tokens.start, GOVERN_GAP)
            }
            Role::Verdict => {
                c.start >= tokens.end
                    && c.start < sent.end
                    && reaches_verdict(doc, tokens.end, c.start)
            }
            _ => false,
        });
        if !governed {
            continue;
        }
        if let Some(issue) = antecedent(doc, cues, phrases, tokens.clone(), noun, sentence, lexicon)
        {
            out.push(IssueMention {
                tokens,
                issue: issue.0,
                sentence,
                anaphor: true,
                inverted: issue.1,
            });
        }
    }
    out
}

/// Does a stance word govern the issue mention (is it the object of `wants`)?
fn targeted(doc: &Doc, cues: &[Cue], m: &IssueMention) -> bool {
    cues.iter().any(|c| {
        matches!(c.meaning.role, Role::Verb | Role::Passive)
            && c.end <= m.tokens.start
            && reaches(doc, c.end, m.tokens.start, GOVERN_GAP)
    })
}

/// The issues listed before `t` in its sentence, each as the anaphor `t` stands
/// for: rejecting `no NATO membership` is supporting NATO membership.
fn listed_before(
    doc: &Doc,
    phrases: &[IssueMention],
    t: usize,
    sentence: usize,
) -> Vec<IssueMention> {
    let mut out: Vec<IssueMention> = Vec::new();
    for m in phrases
        .iter()
        .filter(|m| m.sentence == sentence && m.tokens.end <= t)
    {
        if out.iter().any(|o| o.issue == m.issue) {
            continue;
        }
        let framed_against = m.tokens.start > 0 && doc.word(m.tokens.start - 1) == "no";
        out.push(IssueMention {
            tokens: t..t + 1,
            issue: m.issue,
            sentence,
            anaphor: true,
            inverted: m.inverted != framed_against,
        });
    }
    out
}

/// What an anaphor stands for: (issue, inverted).
///
/// Pronouns and demonstratives (`that`, `such an arrangement`, `those missiles`)
/// take an issue named in the last [`ANAPHOR_REACH`] sentences. A definite or
/// possessed topic noun (`the agreement`, `the measures`, `Trump's plan`) takes a
/// recent issue, else the last deal named anywhere before, else the issue the
/// document names most. Any other noun must be a word of the issue's phrases
/// (`the missiles`).
fn antecedent(
    doc: &Doc,
    cues: &[Cue],
    phrases: &[IssueMention],
    tokens: Range<usize>,
    noun: Option<&str>,
    sentence: usize,
    lexicon: &Lexicon,
) -> Option<(usize, bool)> {
    let words = doc.words();
    let before = |reach: usize| {
        phrases.iter().rev().filter(move |m| {
            m.tokens.end <= tokens.start && m.sentence.saturating_add(reach) >= sentence
        })
    };
    let pick = |m: &IssueMention| (m.issue, m.inverted);
    // The nearest issue of the same sentence; else, of the sentence before, one
    // that was itself the object of a stance word wins over one named in passing
    // (`wants troops in Ukraine after a peace deal. ... never accept that`).
    let recent = || {
        before(0).next().or_else(|| {
            before(1)
                .find(|m| targeted(doc, cues, m))
                .or_else(|| before(ANAPHOR_REACH).next())
        })
    };
    let Some(n) = noun else {
        return recent().map(pick);
    };
    let demonstrative = matches!(
        words[tokens.start].as_str(),
        "this" | "that" | "these" | "those" | "such"
    );
    // `this issue` is an anaphor, `the issue` most often a new topic.
    let topical = TOPIC_NOUNS.contains(&n) || (demonstrative && GENERIC_ANAPHOR_NOUNS.contains(&n));
    if demonstrative && topical {
        return recent().map(pick);
    }
    if !topical {
        // `the missiles`, `those weapons`: the head noun of one of the issue's own
        // phrases (not `the energy` for `sanctions on Russian energy`).
        return before(ANAPHOR_REACH)
            .find(|m| heads_include(&lexicon.issues[m.issue], n))
            .map(pick);
    }
    // `the deal`: an issue with that very word among its phrases (`ceasefire
    // deal`), recent first; then any recent issue.
    // Among them, the issue the word is most typical of (`the deal` after a
    // ceasefire and its hostages is the ceasefire deal), the nearest on a tie.
    let typical = |reach: usize| {
        let mut best: Option<(usize, &IssueMention)> = None;
        for m in before(reach) {
            let k = phrases_with(&lexicon.issues[m.issue], n);
            if k > 0 && best.is_none_or(|(b, _)| k > b) {
                best = Some((k, m));
            }
        }
        best.map(|(_, m)| pick(m))
    };
    if let Some(found) = typical(ANAPHOR_REACH).or_else(|| typical(usize::MAX)) {
        return Some(found);
    }
    // A deal no issue's wording names (`the deal` in an article on tariffs) is a
    // deal of its own, not the issue it touches.
    if DEAL_NOUNS.contains(&n) {
        return None;
    }
    if let Some(m) = recent() {
        return Some(pick(m));
    }
    // The document's main issue.
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for m in phrases {
        *counts.entry(m.issue).or_default() += 1;
    }
    let top = counts
        .iter()
        .max_by_key(|(i, c)| (**c, std::cmp::Reverse(**i)))?;
    let _ = doc;
    Some((*top.0, false))
}

/// Is the pronoun at `t` an anaphor a stance word governs? After the word, at the
/// clause's end (`would never accept that.`, `agreeing to one`), or `them` before a
/// verdict (`discussing them without Russia was "a utopia"`), or `this`/`that`
/// opening a clause before a verdict (`That is unacceptable`).
fn pronoun_anaphor(doc: &Doc, t: usize, sent: Range<usize>, cues: &[Cue]) -> bool {
    let words = doc.words();
    let w = words[t].as_str();
    let next = t + 1;
    let ends = next >= sent.end
        || doc.kinds[next] == TokenKind::Punct
        || matches!(
            words[next].as_str(),
            "as" | "because" | "and" | "but" | "either" | "at" | "without" | "until"
        );
    let governed_before = cues.iter().any(|c| {
        c.meaning.role == Role::Verb && (c.end == t || (c.end + 1 == t && words[c.end] == "to"))
    });
    if ends && governed_before {
        return true;
    }
    let verdict_after = cues.iter().any(|c| {
        c.meaning.role == Role::Verdict
            && c.start > t
            && c.start <= t + VERDICT_GAP
            && c.start < sent.end
    });
    let opens_clause = t == sent.start
        || matches!(doc.kinds[t - 1], TokenKind::Punct | TokenKind::Quote)
            && next < sent.end
            && matches!(
                words[next].as_str(),
                "is" | "was" | "would" | "will" | "remains"
            );
    verdict_after
        && match w {
            "them" => true,
            "this" | "that" => opens_clause,
            _ => false,
        }
}

/// Is `noun` (or its singular) the head of one of the issue's phrases: its last
/// word before a preposition (`sanctions` in `sanctions on Russian energy`,
/// `missiles` in `Tomahawk missiles`)?
fn heads_include(issue: &crate::lexicon::IssueEntry, noun: &str) -> bool {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    issue.phrases.iter().any(|p| {
        let words: Vec<String> = p
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let head = words
            .iter()
            .position(|w| PREPOSITIONS.contains(&w.as_str()))
            .unwrap_or(words.len());
        head > 0
            && words[head - 1]
                .strip_suffix('s')
                .unwrap_or(&words[head - 1])
                == stem
    })
}

/// How many of the issue's phrases hold `noun` (or its singular).
fn phrases_with(issue: &crate::lexicon::IssueEntry, noun: &str) -> usize {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    issue
        .phrases
        .iter()
        .filter(|p| {
            p.split(|c: char| !c.is_alphanumeric()).any(|w| {
                let w = w.to_lowercase();
                w.strip_suffix('s').unwrap_or(&w) == stem
            })
        })
        .count()
}

// ---------------------------------------------------------------------------
// Stance words
// ---------------------------------------------------------------------------

fn find_cues(doc: &Doc) -> Vec<Cue> {
    let set = cue_set();
    let skippable = crate::syntax::skippable_tokens(doc.input.toks);
    let view = TokenView {
        words: doc.words(),
        kinds: &doc.kinds,
        mention_start: &doc.mention_start,
        in_mention: &doc.in_mention,
        skippable: &skippable,
    };
    let mut out = Vec::new();
    for s in &doc.input.toks.seg.sentences {
        for (patterns, meanings) in &set.groups {
            for m in patterns.find_all(&view, s.tokens.start, s.tokens.end) {
                let meaning = meanings[m.pattern];
                // `as soon as possible` is haste, not a condition.
                if m.trigger_end < s.tokens.end
                    && doc.word(m.trigger_start) == "as"
                    && doc.word(m.trigger_end) == "possible"
                {
                    continue;
                }
                out.push(Cue {
                    start: m.trigger_start,
                    end: m.trigger_end,
                    meaning,
                });
            }
        }
    }
    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// Can a stance word ending at `from` govern an issue starting at `to`? Only a few
/// words between, no punctuation, clause break or preposition but `to` and `of`.
fn reaches(doc: &Doc, from: usize, to: usize, max: usize) -> bool {
    if to < from {
        return false;
    }
    let mut n = 0;
    for k in from..to {
        let w = doc.word(k);
        match doc.kinds[k] {
            TokenKind::Quote => continue,
            TokenKind::Punct if !matches!(w, "-" | "%") => return false,
            _ => {}
        }
        let linked = k > from && LINKING_NOUNS.contains(&doc.word(k - 1));
        if CLAUSE_STOPS.contains(&w)
            || (PREPOSITIONS.contains(&w) && !matches!(w, "to" | "of") && !linked)
        {
            return false;
        }
        if !matches!(w, "the" | "a" | "an" | "'s" | "'" | "-" | "%") {
            n += 1;
            if n > max {
                return false;
            }
        }
    }
    n <= max
}

/// Can a verdict starting at `to` judge an issue ending at `from`? A copula and a
/// few words (a prepositional phrase, `without Russia`) between.
fn reaches_verdict(doc: &Doc, from: usize, to: usize) -> bool {
    let mut n = 0;
    for k in from..to {
        let w = doc.word(k);
        match doc.kinds[k] {
            TokenKind::Quote => continue,
            TokenKind::Punct => return false,
            _ => {}
        }
        if CLAUSE_STOPS.contains(&w) && w != "and" {
            return false;
        }
        n += 1;
    }
    n <= VERDICT_GAP
}

/// A stance read off one issue mention, before it is tied to the document.
#[derive(Debug, Clone)]
struct Found {
    holders: Vec<String>,
    polarity: Polarity,
    action: bool,
    /// The token the stance hangs on (for the date and the statement).
    anchor: usize,
    /// True when the holder is whoever speaks (a verdict, a passive).
    speaker_holds: bool,
}

/// The stances one issue mention carries.
fn read_stances(
    doc: &Doc,
    lexicon: &Lexicon,
    m: &IssueMention,
    cues: &[Cue],
    all: &[IssueMention],
) -> Vec<Found> {
    let sent = doc.sentence(m.sentence);
    if doc.is_question(m.sentence) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let in_sentence: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.start >= sent.start && c.end <= sent.end)
        .collect();
    // 1. A chain of stance words before the issue.
    // Giving up is for an issue that is itself a giving up: a concession, a
    // release (`hand over the hostages`).
    let label = lexicon.issues[m.issue].label.to_lowercase();
    let concession = label.contains("concession") || label.contains("release");
    if let Some(f) = governed(doc, m, &in_sentence, sent.clone(), concession) {
        out.push(f);
    } else if let Some(f) = verdict(doc, m, &in_sentence, sent.clone(), all) {
        out.push(f);
    } else if let Some(f) = self_verb(doc, m, &in_sentence, sent.clone()) {
        out.push(f);
    }
    // 2. A possessor with a goal noun: `Ukraine's NATO ambition`.
    if let Some(f) = possessor(doc, m) {
        out.push(f);
    }
    // 3. `citing ISSUE as a pretext`.
    if let Some(f) = citing(doc, m, sent.clone()) {
        out.push(f);
    }
    // 4. `the US-brokered truce`, `a ceasefire backed by Egypt`.
    if let Some(f) = agent(doc, m, cues, sent.clone()) {
        out.push(f);
    }
    // A phrase naming the other side (`reunification` for Taiwan independence).
    if m.inverted {
        for f in &mut out {
            f.polarity = flip(f.polarity);
        }
    }
    out
}

/// `X rejects ISSUE`, `X urged them to agree a ceasefire`, `X's support for ISSUE`.
fn governed(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
    concession: bool,
) -> Option<Found> {
    let is_verb = |c: &&&Cue| matches!(c.meaning.role, Role::Verb | Role::Passive);
    // The nearest stance word that reaches the issue.
    let first = cues.iter().filter(is_verb).rev().find(|c| {
        // `no` only governs what stands right after it: `no NATO membership`.
        let max = if doc.word(c.start) == "no" {
            2
        } else {
            GOVERN_GAP
        };
        c.end <= m.tokens.start && reaches(doc, c.end, m.tokens.start, max)
    })?;
    let mut chain = vec![*first];
    loop {
        let head = chain[chain.len() - 1];
        let Some(prev) = cues
            .iter()
            .filter(is_verb)
            .rev()
            .find(|c| c.end <= head.start && reaches(doc, c.end, head.start, GOVERN_GAP))
        else {
            break;
        };
        chain.push(*prev);
    }
    let outer = chain[chain.len() - 1];
    if hypothetical(doc, outer.start, sent.start) {
        return None;
    }
    let mut polarity = Polarity::Supports;
    let mut neutral = false;
    let mut conditional = false;
    for c in &chain {
        if c.meaning.yields && concession {
            continue;
        }
        match c.meaning.polarity {
            Polarity::Opposes => polarity = flip(polarity),
            Polarity::Neutral => neutral = true,
            Polarity::Conditional => conditional = true,
            Polarity::Supports => {}
        }
    }
    if negated(doc, outer.start, sent.start) {
        // Not confirming or not announcing something is no stance on it.
        if UNFLIPPABLE.contains(&doc.word(outer.start)) {
            return None;
        }
        polarity = flip(polarity);
    }
    if inverted_after(doc, m) {
        polarity = flip(polarity);
    }
    let polarity = if neutral {
        Polarity::Neutral
    } else if conditional {
        Polarity::Conditional
    } else {
        conditioned(doc, polarity, outer.start, cues, sent.clone())
    };
    let speaker_holds = chain.iter().any(|c| c.meaning.role == Role::Passive)
        || deontic(doc, outer.start, sent.start);
    let holders = if speaker_holds {
        Vec::new()
    } else {
        subject_of(doc, outer.start, sent.clone())
    };
    if holders.is_empty() && !speaker_holds && reduced_relative(doc, outer.start) {
        // `separatist forces seeking independence`: the seekers hold it, and they
        // are no actor; the speaker does not.
        return None;
    }
    Some(Found {
        holders,
        polarity,
        action: chain.iter().all(|c| c.meaning.action),
        anchor: outer.start,
        speaker_holds,
    })
}

/// The stance of the speaker of the statement an issue stands in, read off the
/// stance word nearest to it in its clause (either side): `Peskov said the new
/// sanctions, like the ones before, would not work`.
fn in_statement(doc: &Doc, lexicon: &Lexicon, m: &IssueMention, cues: &[Cue]) -> Option<Found> {
    let sent = doc.sentence(m.sentence);
    if doc.is_question(m.sentence) {
        return None;
    }
    let issue_span = doc.span(m.tokens.clone());
    let statement = doc
        .input
        .statements
        .iter()
        .filter(|s| genuine(doc, s) && s.content.contains(issue_span))
        .min_by_key(|s| s.content.len());
    statement?;
    let seg = doc.input.toks.seg;
    let content = statement.map_or(sent.clone(), |s| {
        seg.token_at_or_after(s.content.start)..seg.token_at_or_after(s.content.end)
    });
    let bound = |k: usize| {
        let w = doc.word(k);
        (doc.kinds[k] == TokenKind::Punct && !matches!(w, "-" | "%"))
            || (CLAUSE_STOPS.contains(&w) && w != "and")
    };
    let from = (sent.start.max(content.start)..m.tokens.start)
        .rev()
        .find(|&k| bound(k))
        .map_or(sent.start.max(content.start), |k| k + 1);
    let to = (m.tokens.end..sent.end.min(content.end))
        .find(|&k| bound(k))
        .unwrap_or(sent.end.min(content.end));
    let near = cues
        .iter()
        .filter(|c| matches!(c.meaning.role, Role::Verb | Role::Verdict))
        .filter(|c| c.start >= from && c.end <= to)
        // A stance word before the issue; a verdict after it, or before it when it
        // opens an infinitive (`it would be a mistake to lift sanctions`), not
        // another noun (`not done a good job by Greenland` judges no Greenland).
        .filter(|c| match c.meaning.role {
            Role::Verb => c.end <= m.tokens.start,
            _ => {
                c.start >= m.tokens.end
                    || (c.end <= m.tokens.start && matches!(doc.word(c.end), "to" | "that"))
            }
        })
        .min_by_key(|c| {
            if c.end <= m.tokens.start {
                m.tokens.start - c.end
            } else {
                c.start - m.tokens.end
            }
        })?;
    if hypothetical(doc, near.start, from) {
        return None;
    }
    let label = lexicon.issues[m.issue].label.to_lowercase();
    let mut polarity = near.meaning.polarity;
    if near.meaning.yields && (label.contains("concession") || label.contains("release")) {
        polarity = Polarity::Supports;
    }
    if negated(doc, near.start, from) {
        polarity = flip(polarity);
    }
    if m.inverted {
        polarity = flip(polarity);
    }
    let in_clause: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.start >= from && c.end <= to)
        .collect();
    let polarity = conditioned(doc, polarity, from, &in_clause, sent);
    Some(Found {
        holders: Vec::new(),
        polarity,
        action: false,
        anchor: near.start,
        speaker_holds: true,
    })
}

/// Is the `-ing` stance word at `t` a participle after a plural noun that is no
/// actor (`forces seeking`, `countries backing`), so that noun holds it?
fn reduced_relative(doc: &Doc, t: usize) -> bool {
    if t == 0 || !doc.word(t).ends_with("ing") {
        return false;
    }
    let p = t - 1;
    let w = doc.word(p);
    doc.kinds[p] == TokenKind::Word
        && !doc.in_mention[p]
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(
            w,
            "was"
                | "is"
                | "has"
                | "does"
                | "its"
                | "keeps"
                | "stops"
                | "continues"
                | "begins"
                | "starts"
                | "avoids"
                | "considers"
                | "risks"
                | "means"
                | "resumes"
                | "ends"
        )
}

/// `ISSUE was off the table`, `discussing them without Russia was "a utopia"`.
fn verdict(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
    all: &[IssueMention],
) -> Option<Found> {
    let v = cues.iter().find(|c| {
        c.meaning.role == Role::Verdict
            && c.start >= m.tokens.end
            && reaches_verdict(doc, m.tokens.end, c.start)
    })?;
    // The verdict judges the nearest issue before it.
    if all
        .iter()
        .any(|o| o.tokens.start >= m.tokens.end && o.tokens.end <= v.start)
    {
        return None;
    }
    if hypothetical(doc, v.start, sent.start) {
        return None;
    }
    let mut polarity = v.meaning.polarity;
    if DUTY_WORDS.contains(&doc.word(v.start)) {
        // A duty judges the issue it follows directly (`aid had to enter`), and a
        // verb of ending right after it turns it around (`sanctions must be lifted`).
        if v.start > m.tokens.end + 1 {
            return None;
        }
        let ending = cues.iter().any(|c| {
            c.meaning.role == Role::Verb
                && c.meaning.polarity == Polarity::Opposes
                && c.start >= v.end
                && c.start <= v.end + 2
        });
        if ending {
            polarity = flip(polarity);
        }
    }
    // `... was not needed`; `does not think a ceasefire is necessary`.
    if negated(doc, v.start, m.tokens.end) || negated(doc, m.tokens.start, sent.start) {
        polarity = flip(polarity);
    }
    if inverted_after(doc, m) {
        polarity = flip(polarity);
    }
    let without = (m.tokens.end..v.start).any(|k| doc.word(k) == "without");
    let polarity = if without && polarity == Polarity::Opposes {
        Polarity::Conditional
    } else {
        conditioned(doc, polarity, m.tokens.start, cues, sent.clone())
    };
    // `X called the listing unjust`: the one who calls holds it; `For Moscow,
    // ISSUE is a red line`: the one it is for.
    let namer = m
        .tokens
        .start
        .checked_sub(1)
        .filter(|&k| k >= sent.start && NAMING_VERBS.contains(&doc.word(k)));
    if let Some(k) = namer {
        return Some(Found {
            holders: subject_of(doc, k, sent.clone()),
            polarity,
            action: false,
            anchor: k,
            speaker_holds: false,
        });
    }
    let words = doc.words();
    let for_whom = (words.get(sent.start).map(String::as_str) == Some("for"))
        .then(|| {
            doc.input.mentions.iter().find(|x| {
                x.tokens.start == sent.start + 1
                    && words.get(x.tokens.end).map(String::as_str) == Some(",")
            })
        })
        .flatten();
    Some(Found {
        holders: for_whom.map(members).unwrap_or_default(),
        polarity,
        action: false,
        anchor: v.start,
        speaker_holds: for_whom.is_none(),
    })
}

/// An issue phrase that is a verb phrase is its own stance word: `Rome would not
/// send troops`, `India and Pakistan agreed to halt all military action` (there the
/// chain rule has already answered).
fn self_verb(doc: &Doc, m: &IssueMention, cues: &[&Cue], sent: Range<usize>) -> Option<Found> {
    if m.anaphor || !SELF_VERBS.contains(&doc.word(m.tokens.start)) {
        return None;
    }
    let start = m.tokens.start;
    if hypothetical(doc, start, sent.start) {
        return None;
    }
    if deontic(doc, start, sent.start) {
        // `Hamas must disarm`: the speaker demands it.
        let mut polarity = Polarity::Supports;
        if negated(doc, start, sent.start) {
            polarity = flip(polarity);
        }
        return Some(Found {
            holders: Vec::new(),
            polarity,
            action: false,
            anchor: start,
            speaker_holds: true,
        });
    }
    let holders = subject_of(doc, start, sent.clone());
    if holders.is_empty() && first_person_before(doc, start, sent.start) {
        // `"We will send troops," he said`: the speaker's own deed.
        let mut polarity = Polarity::Supports;
        if negated(doc, start, sent.start) {
            polarity = flip(polarity);
        }
        return Some(Found {
            holders: Vec::new(),
            polarity: conditioned(doc, polarity, start, cues, sent),
            action: false,
            anchor: start,
            speaker_holds: true,
        });
    }
    // The subject must stand close: `X would not send`, `X will join`.
    let near = doc
        .input
        .mentions
        .iter()
        .filter(|x| holders.contains(&x.actor) && x.tokens.end <= start && x.sentence == m.sentence)
        .any(|x| start - x.tokens.end <= 4 && reaches(doc, x.tokens.end, start, 4));
    if holders.is_empty() || !near {
        return None;
    }
    let mut polarity = Polarity::Supports;
    if negated(doc, start, sent.start) {
        polarity = flip(polarity);
    }
    let polarity = conditioned(doc, polarity, start, cues, sent);
    Some(Found {
        holders,
        polarity,
        action: false,
        anchor: start,
        speaker_holds: false,
    })
}

/// Is `we` or `I` the subject of the verb at `t`, a few words before it in its
/// clause (`we will send`, `I would never cede`), inside someone's statement?
fn first_person_before(doc: &Doc, t: usize, floor: usize) -> bool {
    let at = doc.span(t..t + 1);
    let quoted = doc
        .input
        .statements
        .iter()
        .any(|s| genuine(doc, s) && s.content.contains(at));
    quoted
        && (floor.max(t.saturating_sub(4))..t)
            .any(|k| matches!(doc.word(k), "we" | "i") && reaches(doc, k + 1, t, 3))
}

/// `Ukraine's NATO ambition`, `China's sovereignty over Huangyan Dao`: a possessor
/// of a goal noun (in the issue phrase, or between them with a preposition)
/// supports the issue.
fn possessor(doc: &Doc, m: &IssueMention) -> Option<Found> {
    if m.anaphor || m.tokens.start < 2 {
        return None;
    }
    let goal_inside = m.tokens.clone().any(|t| GOAL_NOUNS.contains(&doc.word(t)));
    let mut s = m.tokens.start;
    if !goal_inside {
        // `'s [adjective] GOAL [preposition] [the] ISSUE`
        if s >= 2 && doc.word(s - 1) == "the" {
            s -= 1;
        }
        if s >= 2 && matches!(doc.word(s - 1), "over" | "in" | "to" | "for" | "on" | "of") {
            s -= 1;
        }
        if s < 3 || !GOAL_NOUNS.contains(&doc.word(s - 1)) {
            return None;
        }
        s -= 1;
        let mut adjectives = 0;
        while s >= 2 && adjectives < 2 && !matches!(doc.word(s - 1), "'s" | "'") {
            if doc.kinds[s - 1] != TokenKind::Word || doc.in_mention[s - 1] {
                return None;
            }
            s -= 1;
            adjectives += 1;
        }
    }
    if !matches!(doc.word(s - 1), "'s" | "'") {
        return None;
    }
    let owner = doc
        .input
        .mentions
        .iter()
        .find(|x| x.tokens.end == s - 1 && usable(doc, x))?;
    Some(Found {
        holders: members(owner),
        polarity: Polarity::Supports,
        action: false,
        anchor: s,
        speaker_holds: false,
    })
}

/// Participles that name who made or backs what they qualify.
const AGENT_PARTICIPLES: &[&str] = &[
    "backed",
    "brokered",
    "led",
    "proposed",
    "mediated",
    "sponsored",
    "drafted",
    "imposed",
    "negotiated",
    "supported",
    "endorsed",
    "authored",
];

/// The agent of an issue: a compound before it (`the US-brokered truce`,
/// `Qatar-mediated talks on a ceasefire` do not count, only the issue itself), or a
/// `by` phrase after a participle of a stance word (`the truce was rejected by
/// the army`, `a ceasefire proposed by Egypt`).
fn agent(doc: &Doc, m: &IssueMention, cues: &[Cue], sent: Range<usize>) -> Option<Found> {
    if m.anaphor {
        return None;
    }
    let words = doc.words();
    // `the US-brokered ceasefire`: ACTOR - PARTICIPLE ISSUE.
    let s = m.tokens.start;
    if s >= sent.start + 3
        && AGENT_PARTICIPLES.contains(&doc.word(s - 1))
        && doc.input.toks.is_joining_hyphen(s - 2)
    {
        if let Some(owner) =
            doc.input.mentions.iter().find(|x| {
                x.tokens.end == s - 2 && (usable(doc, x) || x.kind == MentionKind::Modifier)
            })
        {
            return Some(Found {
                holders: members(owner),
                polarity: Polarity::Supports,
                action: false,
                anchor: s - 1,
                speaker_holds: false,
            });
        }
    }
    // ISSUE [was|has been] PARTICIPLE by ACTOR.
    let mut k = m.tokens.end;
    while k < sent.end
        && k < m.tokens.end + 3
        && matches!(
            words[k].as_str(),
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "been"
                | "being"
                | "be"
                | "had"
                | "later"
                | "also"
                | "swiftly"
                | "quickly"
        )
    {
        k += 1;
    }
    let cue = cues.iter().find(|c| {
        c.start == k
            && c.end < sent.end
            && matches!(c.meaning.role, Role::Verb)
            && words[c.end] == "by"
    });
    let (polarity, anchor, by) = match cue {
        Some(c) if !c.meaning.yields && c.meaning.polarity != Polarity::Conditional => {
            (c.meaning.polarity, c.start, c.end)
        }
        Some(_) => return None,
        None if k < sent.end
            && AGENT_PARTICIPLES.contains(&doc.word(k))
            && words.get(k + 1).map(String::as_str) == Some("by") =>
        {
            (Polarity::Supports, k, k + 1)
        }
        None => return None,
    };
    let owner = doc
        .input
        .mentions
        .iter()
        .find(|x| x.tokens.start > by && x.tokens.start <= by + 2 && usable(doc, x))?;
    let mut polarity = polarity;
    if negated(doc, anchor, m.tokens.end) {
        polarity = flip(polarity);
    }
    // `brokered by Qatar and Turkey`.
    let mut holders = members(owner);
    let mut end = owner.tokens.end;
    while end + 1 < sent.end && matches!(words[end].as_str(), "and" | ",") {
        let Some(next) = doc
            .input
            .mentions
            .iter()
            .find(|x| x.tokens.start == end + 1 && usable(doc, x))
        else {
            break;
        };
        holders.extend(members(next));
        end = next.tokens.end;
    }
    Some(Found {
        holders,
        polarity,
        action: false,
        anchor,
        speaker_holds: false,
    })
}

/// `..., citing Ukraine's NATO ambition as one of the pretexts for its assault`.
fn citing(doc: &Doc, m: &IssueMention, sent: Range<usize>) -> Option<Found> {
    let words = doc.words();
    let cite = (sent.start..m.tokens.start)
        .rev()
        .take(GOVERN_GAP + 3)
        .find(|&k| matches!(words[k].as_str(), "citing" | "cited" | "cites" | "cite"))?;
    if !reaches_allowing_possessor(doc, cite + 1, m.tokens.start) {
        return None;
    }
    let after = m.tokens.end;
    if after >= sent.end || words[after] != "as" {
        return None;
    }
    let noun = (after + 1..(after + 7).min(sent.end))
        .take_while(|&k| doc.kinds[k] == TokenKind::Word)
        .any(|k| PRETEXT_NOUNS.contains(&words[k].as_str()));
    if !noun {
        return None;
    }
    let holders = subject_of(doc, cite, sent.clone());
    Some(Found {
        holders,
        polarity: Polarity::Opposes,
        action: false,
        anchor: cite,
        speaker_holds: false,
    })
}

fn reaches_allowing_possessor(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|k| doc.kinds[k] == TokenKind::Word || doc.word(k) == "'s")
        && to - from <= GOVERN_GAP
}

fn flip(p: Polarity) -> Polarity {
    match p {
        Polarity::Supports => Polarity::Opposes,
        Polarity::Opposes => Polarity::Supports,
        other => other,
    }
}

/// A negation shortly before `t` in its clause: `would never accept`, `no sign of
/// agreeing to`.
fn negated(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < NEGATION_WINDOW {
        k -= 1;
        if doc.kinds[k] == TokenKind::Quote {
            continue;
        }
        let w = doc.word(k);
        if doc.kinds[k] == TokenKind::Punct || CLAUSE_STOPS.contains(&w) {
            return false;
        }
        if NEGATORS.contains(&w) {
            return true;
        }
        seen += 1;
    }
    false
}

/// A demand on someone else right before `t`: `must`, `should`, `has to` (`Russia
/// must accept a ceasefire` is the speaker's stance, not Russia's).
fn deontic(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < 4 {
        k -= 1;
        let w = doc.word(k);
        if doc.kinds[k] == TokenKind::Punct || CLAUSE_STOPS.contains(&w) {
            return false;
        }
        if matches!(w, "must" | "should" | "ought")
            || (w == "to" && k > floor && matches!(doc.word(k - 1), "has" | "have" | "had"))
        {
            return true;
        }
        seen += 1;
    }
    false
}

/// `ISSUE relief`, `ISSUE exemptions`: the words after the issue turn it around.
fn inverted_after(doc: &Doc, m: &IssueMention) -> bool {
    matches!(
        doc.word(m.tokens.end),
        "relief" | "exemption" | "exemptions" | "waiver" | "waivers"
    )
}

/// Is the stance word at `t` inside an `if` clause (`if Moscow kept refusing`)?
/// Looks a few words back, not past punctuation; `only if` and `even if` are
/// conditions, not hypotheses.
fn hypothetical(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < 6 {
        k -= 1;
        if doc.kinds[k] == TokenKind::Quote {
            continue;
        }
        let w = doc.word(k);
        if matches!(w, "if" | "whether") {
            return !(k > floor && matches!(doc.word(k - 1), "only" | "even"));
        }
        if doc.kinds[k] == TokenKind::Punct || matches!(w, "but" | "then") {
            return false;
        }
        seen += 1;
    }
    false
}

/// Does a bare `if` at `k` set a condition on the stance word at `from`: after it,
/// in the same clause (`ready for talks if Moscow stops`), not in a later one (`...,
/// but warned that if Kyiv rejected it`)?
fn bare_if_binds(doc: &Doc, from: usize, k: usize) -> bool {
    k > from
        && (from..k).all(|t| {
            doc.kinds[t] != TokenKind::Punct && !matches!(doc.word(t), "but" | "that" | "and")
        })
}

/// Support becomes conditional when the clause sets a condition (`only if`, `as
/// soon as`, up to the next report: `, adding`), opposition when its own clause
/// names what is missing (`no guarantees without Russia`, `unless`).
fn conditioned(
    doc: &Doc,
    polarity: Polarity,
    from: usize,
    cues: &[&Cue],
    sent: Range<usize>,
) -> Polarity {
    let words = doc.words();
    let condition_end = (from..sent.end)
        .find(|&k| {
            matches!(
                words[k].as_str(),
                ";" | "adding"
                    | "saying"
                    | "said"
                    | "says"
                    | "told"
                    | "while"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
            )
        })
        .unwrap_or(sent.end);
    let unless_end = (from..sent.end)
        .find(|&k| {
            let w = words[k].as_str();
            (doc.kinds[k] == TokenKind::Punct && w != "-")
                || (CLAUSE_STOPS.contains(&w) && w != "unless")
        })
        .unwrap_or(sent.end);
    let clause_start = (sent.start..from)
        .rev()
        .find(|&k| matches!(words[k].as_str(), ";" | ":"))
        .map(|k| k + 1)
        .unwrap_or(sent.start);
    let mut out = polarity;
    for c in cues {
        match (c.meaning.role, polarity) {
            (Role::Condition, Polarity::Supports)
                if c.start >= clause_start
                    && c.start < condition_end
                    && (words[c.start] != "if" || bare_if_binds(doc, from, c.start)) =>
            {
                out = Polarity::Conditional
            }
            (Role::Unless, Polarity::Opposes) if c.start > from && c.start < unless_end => {
                out = Polarity::Conditional
            }
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Holders
// ---------------------------------------------------------------------------

fn usable(doc: &Doc, m: &Mention) -> bool {
    m.kind != MentionKind::Modifier
        && !m.locative
        && doc
            .input
            .actors
            .get(&m.actor)
            .is_none_or(|a| !matches!(a.kind, ActorKind::Media | ActorKind::Issue))
}

fn members(m: &Mention) -> Vec<String> {
    if m.group.is_empty() {
        vec![m.actor.clone()]
    } else {
        m.group.clone()
    }
}

/// The subject of the stance word at `t`: the nearest subject-position actor before
/// it in its clause, skipping objects of control verbs (`urged them to`), with the
/// actors coordinated with it (`India and Pakistan`). A verb coordinated with an
/// earlier one (`..., and urged them`) takes the sentence's subject. Empty when
/// the clause has none (the speaker then holds the stance).
fn subject_of(doc: &Doc, t: usize, sent: Range<usize>) -> Vec<String> {
    let words = doc.words();
    // A possessor right before a nominal stance word: `Kyiv's bid`.
    if t >= 2 && matches!(words[t - 1].as_str(), "'s" | "'") {
        if let Some(m) = doc
            .input
            .mentions
            .iter()
            .find(|m| m.tokens.end == t - 1 && usable(doc, m))
        {
            return members(m);
        }
    }
    // Do not look past the start of the reported clause the word stands in; a
    // quotation may leave its subject outside (`Putin was "ready to meet"`).
    let at = doc.span(t..t + 1);
    let floor = doc
        .input
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::Indirect && s.content.contains(at))
        .map(|s| doc.input.toks.seg.token_at_or_after(s.content.start))
        .max()
        .unwrap_or(sent.start)
        .max(sent.start);
    let candidates: Vec<&Mention> = doc
        .input
        .mentions
        .iter()
        .filter(|m| m.tokens.start >= floor && m.tokens.end <= t && usable(doc, m))
        .filter(|m| {
            is_subject_position(doc.input.toks, m.tokens.start, m.tokens.end)
                || owns_body(doc, m, t)
        })
        .collect();
    let coordinated = t > floor + 1
        && words[t - 1] == "and"
        && matches!(doc.kinds[t - 2], TokenKind::Punct | TokenKind::Quote);
    let chosen = if coordinated {
        candidates.first().copied()
    } else {
        candidates.iter().rev().copied().find(|m| {
            // `urged them to`, `told Manila to`: an object, not the subject.
            let end = m.tokens.end;
            let object = end < t
                && words[end] == "to"
                && m.tokens.start > 0
                && doc.kinds[m.tokens.start - 1] == TokenKind::Word
                && !matches!(words[m.tokens.start - 1].as_str(), "and" | "that" | "the");
            !object
        })
    };
    // A pronoun nobody resolved (`that he hopes`, `we will`) nearer than the actor
    // is the subject: the speaker for the first person, else unknown.
    let from = chosen.map(|m| m.tokens.end).unwrap_or(floor);
    if (from..t).any(|k| SUBJECT_PRONOUNS.contains(&words[k].as_str()) && !doc.in_mention[k]) {
        return Vec::new();
    }
    let Some(m) = chosen else {
        return Vec::new();
    };
    with_coordinated(doc, m, floor)
}

/// The actors of `m` and of the mentions coordinated before it, not before `floor`:
/// `India and Pakistan agreed`, `Britain, France and Germany`.
fn with_coordinated(doc: &Doc, m: &Mention, floor: usize) -> Vec<String> {
    let words = doc.words();
    let mut out = members(m);
    let mut start = m.tokens.start;
    if start >= 3 && words[start - 1] == "the" {
        start -= 1;
    }
    while start >= 2 && matches!(words[start - 1].as_str(), "and" | ",") {
        // `Egypt, which hosted the talks, and Qatar`: skip the relative clause.
        let mut end = start - 1;
        if words[end] == "and" && end >= floor + 3 && words[end - 1] == "," {
            let relative = (end.saturating_sub(14).max(floor + 1)..end - 1)
                .rev()
                .find(|&k| matches!(words[k].as_str(), "which" | "who") && words[k - 1] == ",");
            if let Some(k) = relative {
                end = k - 1;
            }
        }
        let Some(prev) = doc
            .input
            .mentions
            .iter()
            .find(|x| x.tokens.end == end && x.tokens.start >= floor && usable(doc, x))
        else {
            break;
        };
        for a in members(prev) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        start = prev.tokens.start;
    }
    out
}

/// The speaker of `s` and those coordinated with them when the speaker's name
/// stands right before the speech verb (`Mali, Burkina Faso and Niger said`).
fn speakers(doc: &Doc, s: &Statement, speaker: &str) -> Vec<String> {
    let Some(cue) = s.cue else {
        return vec![speaker.to_string()];
    };
    let seg = doc.input.toks.seg;
    let verb = seg.token_at_or_after(cue.start);
    let sent = seg
        .sentence_of_token(verb)
        .map_or(verb..verb, |i| doc.sentence(i));
    doc.input
        .mentions
        .iter()
        .find(|m| m.actor == speaker && m.tokens.end == verb && usable(doc, m))
        .map(|m| with_coordinated(doc, m, sent.start))
        .unwrap_or_else(|| vec![speaker.to_string()])
}

/// Is `m` the possessor of a body that acts for it, right before `t` (`Israel's
/// security cabinet approved`)?
fn owns_body(doc: &Doc, m: &Mention, t: usize) -> bool {
    let e = m.tokens.end;
    if !matches!(doc.word(e), "'s" | "'") {
        return false;
    }
    let body = (e + 1..t.min(e + 4))
        .take_while(|&k| BODY_NOUNS.contains(&doc.word(k)))
        .count();
    body > 0 && e + 1 + body >= t.saturating_sub(2) && e + 1 + body <= t
}

/// Turn what was read into stances: the speaker when the clause has no subject,
/// the basis, the claimant, the date and the evidence.
fn push_stance(doc: &Doc, lexicon: &Lexicon, m: &IssueMention, f: Found, out: &mut Vec<Stance>) {
    let toks = doc.input.toks;
    let anchor = doc.span(f.anchor..f.anchor + 1);
    let issue_span = doc.span(m.tokens.clone());
    // The innermost statement holding the issue (or the stance word).
    let statement = doc
        .input
        .statements
        .iter()
        .filter(|s| {
            (s.content.contains(issue_span) || s.content.contains(anchor)) && genuine(doc, s)
        })
        .min_by_key(|s| s.content.len());
    let holders = if f.holders.is_empty() || f.speaker_holds {
        match statement.and_then(|s| s.speaker.as_deref().map(|sp| speakers(doc, s, sp))) {
            Some(sp) => sp,
            None if f.holders.is_empty() => said_by(doc, m),
            None => f.holders.clone(),
        }
    } else {
        f.holders.clone()
    };
    let sent = doc.sentence(m.sentence);
    let date = statement
        .and_then(|s| s.date)
        .or_else(|| date_of_event(doc.input.times, sent.clone(), f.anchor, doc.input.date).0);
    let evidence = evidence_span(toks, sent);
    // Someone speaking of what their own state or group does (`Zelensky said
    // Ukraine was ready`, `its negotiator said the group would`) states their own
    // position: the stance is the speaker's.
    let mut holders = holders;
    if let Some(sp) = statement.and_then(|s| s.speaker.as_ref()) {
        let own = doc
            .input
            .actors
            .get(sp)
            .and_then(|a| a.affiliation.as_deref());
        if let Some(own) = own {
            if holders.len() == 1 && holders[0] == own {
                holders.push(sp.clone());
            }
        }
    }
    for actor in holders {
        if lexicon.issues.iter().any(|i| i.id == actor) {
            continue;
        }
        // A reported clause that opens with the holder itself (`, said Zelensky,
        // who wants ...`) is the holder speaking, not someone reporting them.
        let speaker = statement
            .filter(|s| !opens_with(doc, s, &actor))
            .and_then(|s| s.speaker.clone());
        let (basis, reported_by) = match speaker {
            Some(sp) if sp != actor => (StanceBasis::Attributed, Some(sp)),
            Some(_) => (StanceBasis::Stated, None),
            None if f.action => (StanceBasis::Action, None),
            None => (StanceBasis::Stated, None),
        };
        let stance = Stance {
            actor,
            issue: lexicon.issues[m.issue].id.clone(),
            polarity: f.polarity,
            basis,
            reported_by,
            evidence,
            date,
            sentence: m.sentence,
        };
        // One sentence gives one stance per actor and issue: the later reading
        // (`rejected any deal ..., calling the idea "unacceptable"`) wins.
        let same = |s: &Stance| {
            s.actor == stance.actor && s.issue == stance.issue && s.sentence == stance.sentence
        };
        // Only a stance of this sentence can be replaced; most are at the end.
        if let Some(i) = out.iter().rposition(same) {
            out.remove(i);
        }
        out.push(stance);
    }
}

/// A statement with a speaker whose content does not open with the speaker's name:
/// `urged Washington to scrap the tariffs` is no statement of Washington's (`Iran
/// insisted its programme was peaceful`, opening with a pronoun, is).
fn genuine(doc: &Doc, s: &Statement) -> bool {
    let Some(speaker) = s.speaker.as_deref() else {
        return false;
    };
    let first = doc.input.toks.seg.token_at_or_after(s.content.start);
    !crate::model::mentions_starting_in(doc.input.mentions, first, first + 1)
        .iter()
        .any(|m| m.actor == speaker && m.kind != MentionKind::Pronoun)
}

/// Does the content of `s` open with `actor` in apposition (`Zelensky, who ...`)?
fn opens_with(doc: &Doc, s: &Statement, actor: &str) -> bool {
    doc.input
        .mentions
        .iter()
        .find(|m| m.span.start >= s.content.start)
        .is_some_and(|m| {
            m.span.start == s.content.start
                && m.actor == actor
                && matches!(doc.word(m.tokens.end), "," | "who")
        })
}

/// When no statement was found around the issue, the subject of a speech verb
/// before it in the sentence (`Trump said after the summit that ...`).
fn said_by(doc: &Doc, m: &IssueMention) -> Vec<String> {
    let sent = doc.sentence(m.sentence);
    (sent.start..m.tokens.start)
        .rev()
        .find(|&k| SPEECH_VERBS.contains(&doc.word(k)))
        .map(|k| subject_of(doc, k, sent.clone()))
        .unwrap_or_default()
}

/// The sentence without a leading paragraph time stamp.
fn evidence_span(toks: &Tokens, sent: Range<usize>) -> Span {
    let t = &toks.seg.tokens;
    let end = sent.end.max(sent.start + 1).min(t.len());
    Span::new(t[sent.start].span.start, t[end - 1].span.end)
}

#[cfg(test)]
mod tests {
    use crate::model::StanceBasis;
    use crate::{extract, Document, Extraction, Lexicon};
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().expect("built-in lexicons load"))
    }

    fn extraction(text: &str) -> Extraction {
        let doc = Document {
            id: "t".into(),
            title: None,
            date: chrono::NaiveDate::from_ymd_opt(2025, 6, 2),
            source: "test".into(),
            url: None,
            text: text.into(),
        };
        extract(&doc, lexicon())
    }

    /// The stances a text leaves the reader with, as `actor issue polarity`, one
    /// per (actor, issue) (the last), sorted.
    fn stances_of(text: &str) -> Vec<String> {
        let mut last: BTreeMap<(String, String), String> = BTreeMap::new();
        for s in &extraction(text).stances {
            last.insert(
                (s.actor.clone(), s.issue.clone()),
                s.polarity.as_str().to_string(),
            );
        }
        last.into_iter()
            .map(|((a, i), p)| format!("{a} {i} {p}"))
            .collect()
    }

    use std::collections::BTreeMap;

    fn check(text: &str, expected: &[&str]) {
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(stances_of(text), want, "text: {text}");
    }

    #[test]
    fn the_subject_of_a_stance_word_holds_the_stance() {
        check(
            "German Chancellor Friedrich Merz backed the use of frozen Russian assets to fund a loan for Kyiv.",
            &["merz frozen_russian_assets supports"],
        );
        check(
            "Belgium has resisted the plan to tap the immobilised Russian assets held at Euroclear.",
            &["belgium frozen_russian_assets opposes"],
        );
        check(
            "The European Union agreed a 19th sanctions package against Russia on Thursday.",
            &["eu sanctions_on_russia supports"],
        );
        check(
            "NATO allies committed to spending 5% of GDP on defence by 2035.",
            &["nato nato_defence_spending supports"],
        );
        check(
            "Zelensky urged Washington to supply Tomahawk missiles.",
            &["zelensky military_aid_to_ukraine supports"],
        );
        check(
            "The RSF said it had agreed to a humanitarian truce in Sudan proposed by the United States.",
            &["rsf sudan_ceasefire supports", "usa sudan_ceasefire supports"],
        );
    }

    #[test]
    fn coordinated_subjects_all_hold_it() {
        check(
            "France and Britain will recognise a Palestinian state at the UN in September, Emmanuel Macron said.",
            &["france palestinian_statehood supports", "uk palestinian_statehood supports"],
        );
        check(
            "Mali, Burkina Faso and Niger confirmed their withdrawal from ECOWAS.",
            &[
                "burkina_faso sahel_states_leaving_ecowas supports",
                "mali sahel_states_leaving_ecowas supports",
                "niger sahel_states_leaving_ecowas supports",
            ],
        );
        check(
            "Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington.",
            &[
                "drc drc_peace_deal supports",
                "rwanda drc_peace_deal supports",
            ],
        );
        check(
            "Russia and China rejected the return of UN sanctions on Iran as legally void.",
            &[
                "china sanctions_on_iran opposes",
                "russia sanctions_on_iran opposes",
            ],
        );
    }

    #[test]
    fn reported_stances_are_attributed() {
        let ex = extraction(
            "Hungary's prime minister Viktor Orban said on Tuesday that Budapest would block Ukraine's EU accession.",
        );
        let s = &ex.stances[0];
        assert_eq!(
            (s.actor.as_str(), s.issue.as_str(), s.polarity.as_str()),
            ("hungary", "eu_membership_for_ukraine", "opposes")
        );
        assert_eq!(s.basis, StanceBasis::Attributed);
        assert_eq!(s.reported_by.as_deref(), Some("orban"));
        assert_eq!(s.evidence.slice(&ex.doc.text), ex.doc.text.trim_end());
        let ex =
            extraction("The Israeli cabinet approved the Gaza ceasefire deal early on Friday.");
        assert_eq!(ex.stances.len(), 1);
        assert_eq!(ex.stances[0].basis, StanceBasis::Action);
        assert_eq!(ex.stances[0].actor, "israel");
    }

    #[test]
    fn the_speaker_holds_a_verdict_or_a_demand() {
        check(
            "The Kremlin said a meeting between Putin and Zelensky was premature.",
            &["russia putin_zelensky_meeting opposes"],
        );
        check(
            "Spain's Pedro Sanchez said NATO's 5% target was unreasonable.",
            &["sanchez nato_defence_spending opposes"],
        );
        check(
            "Netanyahu said Hamas must be disarmed and that Israel would keep control of security in Gaza.",
            &["netanyahu hamas_disarmament supports"],
        );
        check(
            "Trump said after the Alaska summit that a peace agreement in Ukraine was better than a mere ceasefire.",
            &["trump peace_deal_ukraine supports"],
        );
        check(
            "Egypt, Qatar and Turkey welcomed the Gaza ceasefire agreement, calling it a historic opportunity.",
            &[
                "egypt gaza_ceasefire supports",
                "qatar gaza_ceasefire supports",
                "turkey gaza_ceasefire supports",
            ],
        );
    }

    #[test]
    fn negation_flips_the_stance() {
        check(
            "Hamas has refused to lay down its weapons, Israeli officials say.",
            &["hamas hamas_disarmament opposes"],
        );
        check(
            "Iran will not give up uranium enrichment, its foreign minister Abbas Araghchi said.",
            &["iran iran_nuclear_program supports"],
        );
        check(
            "Volodymyr Zelensky ruled out ceding any territory to Russia.",
            &["zelensky territorial_concessions opposes"],
        );
        check(
            "Zelensky said Ukraine would never recognise Crimea as Russian.",
            &[
                "ukraine territorial_concessions opposes",
                "zelensky territorial_concessions opposes",
            ],
        );
        check(
            "Berlin has so far refused to send Taurus missiles to Kyiv.",
            &["germany military_aid_to_ukraine opposes"],
        );
        check(
            "Danish Prime Minister Mette Frederiksen said Denmark would never accept a US takeover of Greenland.",
            &[
                "denmark greenland_acquisition opposes",
                "frederiksen greenland_acquisition opposes",
            ],
        );
        check(
            "Donald Trump said he does not think a ceasefire in Ukraine is necessary for a deal.",
            &["trump ceasefire_in_ukraine opposes"],
        );
    }

    #[test]
    fn one_sentence_leaves_one_stance_per_actor_and_issue() {
        // The chain is too long to read the rejection, the verdict on `the idea` is not.
        check(
            "Zelensky rejected any deal that would require Kyiv to hand over the rest of the Donetsk region, calling the idea \"unacceptable\".",
            &["zelensky territorial_concessions opposes"],
        );
    }

    #[test]
    fn conditions_make_a_stance_conditional() {
        check(
            "Vladimir Putin said Russia was ready for a ceasefire in Ukraine, but only if the West stopped arming Kyiv.",
            &[
                "putin ceasefire_in_ukraine conditional",
                "russia ceasefire_in_ukraine conditional",
            ],
        );
        check(
            "Russia said it would not take part in any summit in Budapest until the groundwork had been laid.",
            &["russia putin_trump_summit conditional"],
        );
        check(
            "Slovakia and Hungary threatened to veto the new sanctions on Russia unless they received exemptions.",
            &["hungary sanctions_on_russia conditional", "slovakia sanctions_on_russia conditional"],
        );
    }

    #[test]
    fn a_shared_phrase_takes_the_issue_the_document_is_about() {
        check(
            "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha.",
            &[
                "afghanistan pakistan_afghanistan_ceasefire supports",
                "pakistan pakistan_afghanistan_ceasefire supports",
            ],
        );
        check(
            "Kyiv welcomed the proposal for an unconditional 30-day truce.",
            &["ukraine ceasefire_in_ukraine supports"],
        );
        // `peacekeepers` and `peace agreement` name issues of other regions only.
        check("Indonesia offered to send peacekeepers to Gaza.", &[]);
        check(
            "Armenia and Azerbaijan initialled a peace agreement at the White House.",
            &[],
        );
    }

    #[test]
    fn phrases_of_the_other_side_and_concessions() {
        check(
            "Xi Jinping called for the peaceful reunification of Taiwan with the mainland.",
            &["xi taiwan_independence opposes"],
        );
        check(
            "Pyongyang will never give up its nuclear weapons, Kim Yo Jong said.",
            &[
                "kim_yo_jong north_korea_denuclearization opposes",
                "north_korea north_korea_denuclearization opposes",
            ],
        );
        check(
            "Moscow wants Kyiv to give up the rest of the Donbas before any talks.",
            &["russia territorial_concessions supports"],
        );
        check(
            "Hungary's foreign minister Peter Szijjarto called for sanctions relief for Russia.",
            &["szijjarto sanctions_on_russia opposes"],
        );
    }

    #[test]
    fn possessors_of_goals_hold_them() {
        check(
            "The Philippines rejected China's expansive claims in the South China Sea.",
            &[
                "china south_china_sea supports",
                "philippines south_china_sea opposes",
            ],
        );
        check(
            "Moscow has long cited Ukraine's NATO ambition as a threat.",
            &[
                "russia nato_membership_for_ukraine opposes",
                "ukraine nato_membership_for_ukraine supports",
            ],
        );
    }

    #[test]
    fn anaphors_stand_for_the_issue_named_before() {
        check(
            "Emmanuel Macron wants European troops in Ukraine after a peace deal. The Kremlin said it would never accept that.",
            &[
                "macron foreign_troops_in_ukraine supports",
                "russia foreign_troops_in_ukraine opposes",
            ],
        );
        check(
            "Kinshasa and Kigali signed the Doha framework in November. The African Union said it welcomed the agreement.",
            &[
                "african_union drc_peace_deal supports",
                "drc drc_peace_deal supports",
                "rwanda drc_peace_deal supports",
            ],
        );
        check(
            "Zelensky asked for Tomahawk missiles. Dmitry Peskov said those missiles would not change the situation.",
            &[
                "peskov military_aid_to_ukraine opposes",
                "zelensky military_aid_to_ukraine supports",
            ],
        );
    }

    #[test]
    fn hypotheses_and_questions_take_no_side() {
        check(
            "If Russia rejects a ceasefire in Ukraine, more sanctions will follow.",
            &[],
        );
        check("Will Russia accept a ceasefire in Ukraine?", &[]);
        check("Beijing says reunification with Taiwan is inevitable.", &[]);
    }

    #[test]
    fn toleration_resumption_and_amounts() {
        check(
            "Beijing warned that it would never tolerate Taiwan independence.",
            &["china taiwan_independence opposes"],
        );
        check(
            "Washington resumed intelligence sharing with Kyiv on Tuesday.",
            &["usa military_aid_to_ukraine supports"],
        );
        check(
            "Germany pledged to increase military aid to Ukraine next year.",
            &["germany military_aid_to_ukraine supports"],
        );
        check(
            "Canada imposed counter-tariffs on US steel and aluminium.",
            &["canada us_tariffs opposes"],
        );
    }

    #[test]
    fn a_duty_laid_on_the_issue_is_the_speakers_wish() {
        check(
            "Egyptian Foreign Minister Badr Abdelatty said humanitarian aid had to enter Gaza at once.",
            &["abdelatty gaza_humanitarian_aid supports"],
        );
        check(
            "Sergei Lavrov said the sanctions on Russia must be lifted.",
            &["lavrov sanctions_on_russia opposes"],
        );
    }

    #[test]
    fn handing_over_hostages_is_releasing_them() {
        check(
            "Hamas said it would hand over the hostages in Gaza in exchange for Palestinian prisoners.",
            &["hamas hostage_release conditional"],
        );
    }

    #[test]
    fn a_body_of_a_state_acts_for_it() {
        check(
            "Israel's security cabinet approved the ceasefire deal for Gaza on Friday.",
            &["israel gaza_ceasefire supports"],
        );
    }

    #[test]
    fn a_deal_word_names_the_issue_it_is_typical_of() {
        check(
            "Negotiators announced a ceasefire in Gaza and the release of the hostages. Two ministers, Itamar Ben-Gvir and Bezalel Smotrich, voted against the deal.",
            &[
                "ben_gvir gaza_ceasefire opposes",
                "smotrich gaza_ceasefire opposes",
            ],
        );
    }

    #[test]
    fn a_speaker_on_their_own_state_holds_the_stance_too() {
        check(
            "Zelensky said Ukraine would never recognise Russian control over Crimea.",
            &[
                "ukraine territorial_concessions opposes",
                "zelensky territorial_concessions opposes",
            ],
        );
    }

    #[test]
    fn a_stance_word_far_in_the_clause_of_a_statement() {
        check(
            "Lavrov said the deployment of European troops in Ukraine under any flag or pretext would be unacceptable.",
            &["lavrov foreign_troops_in_ukraine opposes"],
        );
    }

    #[test]
    fn agents_of_an_issue() {
        check(
            "The US-brokered ceasefire between Israel and Hamas took effect in Gaza on Sunday.",
            &["usa gaza_ceasefire supports"],
        );
        check(
            "A humanitarian truce in Sudan proposed by Washington has gone nowhere.",
            &["usa sudan_ceasefire supports"],
        );
        check(
            "The 30-day ceasefire in Ukraine was accepted by Kyiv on Tuesday.",
            &["ukraine ceasefire_in_ukraine supports"],
        );
    }

    #[test]
    fn a_participle_after_a_plain_noun_is_not_the_speakers() {
        check(
            "China's defence ministry said the drills were a stern warning to separatist forces seeking Taiwan independence.",
            &["china_defence_ministry taiwan_independence opposes"],
        );
    }

    #[test]
    fn the_object_of_a_call_is_no_speaker() {
        check(
            "China's commerce ministry said the talks had been useful, but urged Washington to scrap the remaining tariffs.",
            &["china_commerce_ministry us_tariffs opposes"],
        );
    }

    #[test]
    fn a_deal_no_issue_names_is_its_own() {
        check(
            "Washington and Beijing agreed to cut tariffs. China's commerce ministry said the deal was an important step.",
            &["china us_tariffs opposes", "usa us_tariffs opposes"],
        );
    }

    #[test]
    fn a_stance_word_reaches_across_modifiers() {
        check(
            "Ukraine agreed to the latest American proposal for an immediate interim 30-day ceasefire with Russia.",
            &["ukraine ceasefire_in_ukraine supports"],
        );
    }

    #[test]
    fn goals_exemptions_and_reversals() {
        check(
            "Spain said it would not meet the 5% target for NATO defence spending, calling it unreasonable.",
            &["spain nato_defence_spending opposes"],
        );
        check(
            "Pedro Sanchez secured an exemption from the new NATO spending target.",
            &["sanchez nato_defence_spending opposes"],
        );
        check(
            "South Korean President Lee Jae-myung said he would pursue the denuclearization of North Korea through dialogue.",
            &["lee_jae_myung north_korea_denuclearization supports"],
        );
        check(
            "ECOWAS urged the three juntas to reconsider their withdrawal from ECOWAS.",
            &["ecowas sahel_states_leaving_ecowas opposes"],
        );
        check(
            "Beijing said the exercises were a punishment for separatist provocations by Taiwan's government.",
            &["china taiwan_independence opposes"],
        );
        check(
            "Iranian Foreign Minister Abbas Araghchi said the reimposition of UN sanctions on Iran would be legally void.",
            &["araghchi sanctions_on_iran opposes"],
        );
    }

    #[test]
    fn a_trailing_if_makes_support_conditional() {
        check(
            "Zelensky said Ukraine was ready for peace talks with Russia if Moscow stopped its attacks.",
            &[
                "ukraine peace_deal_ukraine conditional",
                "zelensky peace_deal_ukraine conditional",
            ],
        );
        check(
            "Putin said the American draft could serve as a basis for a final settlement in Ukraine, but warned that if Kyiv rejected it Russian forces would keep advancing.",
            &["putin peace_deal_ukraine supports"],
        );
    }

    #[test]
    fn leaving_is_its_own_stance_word_and_agents_coordinate() {
        check(
            "Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday.",
            &[
                "burkina_faso sahel_states_leaving_ecowas supports",
                "mali sahel_states_leaving_ecowas supports",
                "niger sahel_states_leaving_ecowas supports",
            ],
        );
        check(
            "Pakistan welcomed the ceasefire with Afghanistan brokered by Qatar and Turkey.",
            &[
                "pakistan pakistan_afghanistan_ceasefire supports",
                "qatar pakistan_afghanistan_ceasefire supports",
                "turkey pakistan_afghanistan_ceasefire supports",
            ],
        );
    }

    #[test]
    fn a_definite_noun_stands_for_an_issue_it_heads() {
        check(
            "The EU approved new sanctions on Russian energy. India said meeting the energy needs of its citizens was a priority.",
            &["eu sanctions_on_russia supports"],
        );
    }

    #[test]
    fn nominal_stance_words_and_plain_verdicts() {
        check(
            "Spain's refusal to commit to the 5% NATO spending target angered Washington.",
            &["spain nato_defence_spending opposes"],
        );
        check(
            "Japan voiced concern over China's claims in the South China Sea.",
            &["japan south_china_sea opposes"],
        );
        check(
            "Mark Carney said the US tariffs would hurt workers on both sides of the border.",
            &["carney us_tariffs opposes"],
        );
    }

    #[test]
    fn a_verdict_before_another_noun_judges_no_issue() {
        check(
            "Vance said Denmark had not done a good job by the people of Greenland.",
            &[],
        );
    }

    #[test]
    fn coordinated_speakers_all_hold_the_stance() {
        check(
            "Mali, Burkina Faso and Niger said their withdrawal from ECOWAS was irreversible.",
            &[
                "burkina_faso sahel_states_leaving_ecowas supports",
                "mali sahel_states_leaving_ecowas supports",
                "niger sahel_states_leaving_ecowas supports",
            ],
        );
    }

    #[test]
    fn a_relative_clause_does_not_break_coordination() {
        check(
            "Negotiators agreed on a ceasefire in Gaza. Egypt, which hosted the talks in Sharm el-Sheikh, and Qatar welcomed the agreement.",
            &["egypt gaza_ceasefire supports", "qatar gaza_ceasefire supports"],
        );
    }

    #[test]
    fn an_object_pronoun_stands_for_the_issue_before() {
        check(
            "Britain backed the new sanctions package on Russia. Germany rejected it.",
            &[
                "germany sanctions_on_russia opposes",
                "uk sanctions_on_russia supports",
            ],
        );
        check(
            "Poland backed the sanctions package on Russia, but Hungary rejected it.",
            &[
                "hungary sanctions_on_russia opposes",
                "poland sanctions_on_russia supports",
            ],
        );
    }

    #[test]
    fn a_first_person_deed_in_a_quote_is_the_speakers() {
        check(
            "Macron spoke in Paris about Ukraine. \"We will send troops,\" he said.",
            &["macron foreign_troops_in_ukraine supports"],
        );
        check(
            "Meloni spoke in Rome about Ukraine. \"We will not send troops,\" she said.",
            &["meloni foreign_troops_in_ukraine opposes"],
        );
    }

    #[test]
    fn paraphrases_of_issues_are_read() {
        check(
            "The European Union adopted new restrictive measures against Russia on Friday. Kyiv welcomed the peace blueprint, and Germany pledged more military support for Ukraine.",
            &[
                "eu sanctions_on_russia supports",
                "germany military_aid_to_ukraine supports",
                "ukraine peace_deal_ukraine supports",
            ],
        );
    }
}
