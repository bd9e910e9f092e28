//! Stance words: the [`CUES`] table compiled once, the words found in each
//! sentence, and how far a word reaches (a verb to the issue it governs, an issue
//! to the verdict that judges it).

use super::{parse_polarity, Doc};
use crate::lexicon::patterns::{Pattern, PatternSet, TokenView};
use crate::model::{Polarity, TokenKind};
use crate::syntax::PREPOSITIONS;
use std::collections::HashMap;
use std::sync::OnceLock;

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
look~ forward to|looked forward to|tolerate~|allow~|permit~|threaten~ to|threatened to|argue~ for|make~ the case for|vote~ for|voted for|pursue~	verb	supports	stated
# Taking part in something is being for it (`join the reassurance force`,
# `contribute troops`).
join~|contribute~|contribute~ to	verb	supports	stated
# Keeping to something is being for it (`stood by its counter-tariffs`, `defended
# the decision`); making someone do it too (`would force Kyiv to cede`), though not
# for the one made to.
roll~ over|rolled over|keep~ up|kept up|ramp~ up|ramped up|intensify~|sustain~|stand~ by|stood by|stick~ to|stuck to|defend~|justify~|maintain~|prolong~|keep~ in place|kept in place|push~ ahead with|pushed ahead with|press~ ahead with|pressed ahead with|go~ ahead with|went ahead with|proceed~ with|force~|compel~|oblige~|require~	verb	supports	stated
a proponent of|proponents of|an advocate of|advocates of|a supporter of|supporters of|a champion of	verb	supports	stated
# Reaching a goal is being for it (`meet the 5% target`, `reach a ceasefire`).
meet~|reach~|achieve~|fulfil~|fulfill~	verb	supports	stated
# Raising an amount is being for it (`increase defence spending`, `hike tariffs`);
# not `raise`, which raises issues and questions as often as amounts.
increase~|hike~|boost~|double~|triple~	verb	supports	stated
ready to|ready for|willing to|prepared to|open to|eager to|keen to|keen on|determined to|interested in|in favour of|in favor of|in support of|supportive of|committed to	verb	supports	stated
basis for|step towards|step toward|steps towards|steps toward|way to|path to	verb	supports	stated
approve~|sign~|ratify~|grant~|ordered|adopt~|impose~|announce~|present~|unveil~|supply~|deliver~|provide~|send~|implement~|confirm~|honour~|honor~|respect~|uphold~|extend~|host~|broker~|finalise~|finalize~	verb	supports	action
resume~|restore~|reinstate~|reimpose~|re-impose~|tighten~|expand~|step~ up|stepped up|enact~|introduce~|unveil~|levy~|slap~|slapped	verb	supports	action
# A body passing a bill or a motion is for it (`the Senate passed the bill`).
pass~|passed	verb	supports	action
# Against.
oppose~|reject~|refuse~|resist~|condemn~|denounce~|dismiss~|brush~|criticise~|criticize~|fear~|decry~|question~	verb	opposes	stated
retaliatory|rule~ out|rules out|ruled out|warn~ against|warning to|warning against|warnings to|crack~ down on|punish~|thwart~|fight~ against|combat~|counter~|deter~|retaliation against|countermeasures against|countermeasures to|exemption from|exemptions from|punishment for|reconsider~|reverse~|rethink~|opt-out from|opt out of|opted out of|carve-out from|retaliate~ against|rail~ against|hit~ out at|slam~|blast~|lambast~|critical of|sceptical of|skeptical of|sceptical about|skeptical about|wary of|object~ to|say~ no to|said no to|cast~ doubt on|pour~ cold water on|push~ back on|push~ back against|balk~ at	verb	opposes	stated
against|opposition to|rejection of|refusal to|refusal of|veto of|veto on|condemnation of|criticism of|concern over|concerns over|concern about|concerns about|alarm over|anger at|anger over|outrage at|outrage over|protest~ against|protest~|objection to|objections to|resistance to|threat of|threat from|danger of|no point in|no need for|no place for|no	verb	opposes	stated
vote~ against|voted against|slash~|cut~|reduce~|lower~|roll~ back|rolled back|scale~ back|scaled back|remove~|eliminate~|phase~ out|phased out|limits on|limit on|curbs on|curb on|restrictions on|ban on|freeze on|end to|halt to|rollback of|lifting of|easing of|removal of|lift~|ease~|curb~|limit~|abandon~|oust~|topple~|overthrow~	verb	opposes	stated
back~ out of|backed out of|renege~ on|reneged on|go~ back on|went back on|prevent~|stop~|turn~ down|turned down|rebuff~|spurn~|deplore~|regret~|lament~|back~ away from|backed away from|walk~ back|walked back|shoot~ down|shot down|an opponent of|opponents of|a critic of|critics of|a sceptic of|a skeptic of	verb	opposes	stated
block~|veto~|obstruct~|sabotage~|suspend~|pause~|halt~|stall~|derail~|undermine~|violate~|breach~|break~|broke|quit~|drop~|scrap~|call~ off|cancel~|postpone~	verb	opposes	action
# Ending or freezing what is under way, or undoing a decision, is a deed against it
# (`terminated the trade negotiations`, `froze the talks`, `revoked the waiver`).
terminate~|freeze~|froze|revoke~|rescind~|repeal~|annul~|tear~ up|tore up	verb	opposes	action
# Bringing an amount down (`the levies should come down`): against it.
come~ down|came down|go~ down|went down|be brought down|be phased out	verb	opposes	stated
precondition for|preconditions for|a condition for|conditions for|prerequisite for	verb	conditional	stated
# Giving something up: against it, but for an issue that is itself a concession
# (its label says `concession`): `give up the Donbas`.
give~ up|gave up|give~ away|gave away|cede~|surrender~|hand~ over|handed over|relinquish~|withdraw~ from|withdrew from|withdraw~ * from|withdrew * from|pull~ * out of|pulled * out of|withdrawal from|withdrawal of|pullout from|pull~ out of|walk~ away from|handover of	verb	yields	stated
# Neither.
# Weighing something up is no side yet (`would study the proposal`, `was examining
# the request`).
study~|examine~|weigh~|review~	verb	neutral	stated
declined to comment on|decline~ to comment on|no position on|neutral on|non-committal on|noncommittal on|undecided on|no public commitment to|no commitment to	verb	neutral	stated
# Abstaining in a vote is a deed of neither side (`abstained on the resolution`).
abstain~ on|abstained on|abstain~ in|abstained in|abstain~ from|abstained from	verb	neutral	action
# Patients: the speaker holds the stance.
be allowed to|been allowed to|be permitted to|be accepted|been accepted	passive	supports	stated
# Verdicts after the issue.
change the situation|change anything|make a difference|a game changer|a game-changer|a priority|the priority|a top priority|top priority|urgent|overdue|long overdue|non-negotiable|a breakthrough|historic|irreversible|a victory|a success|a good deal|a great deal|fair|needed|necessary|essential|vital|crucial|indispensable|important|welcome|acceptable|possible|a priority|the only way|the best way|better than|preferable|a step forward|a first step|first step|a good idea|the answer|on track|for sale|realistic|reasonable|achievable|justified|constructive|positive|encouraging|promising|a good basis|a basis|good basis|a starting point|a good start|the right thing|the right decision|the right step|would hold|will hold|must hold|should hold|in the interest|in the interests|long overdue|a must|good|great|excellent|beneficial|timely|wise|sensible|work~|help~|benefit~|pay~ off|paid off|save~ lives|saved lives	verdict	supports	stated
# Steps forward and good days (`called the pledge the first concrete step`).
peaceful|purely peaceful|exclusively peaceful|stay~ in place|remain~ in place|must stay|will stay|should stay|here to stay|the first * step|a first * step|an important step|a concrete step|a significant step|a major step|a positive step|a big step|a real step|a step in the right direction|step in the right direction|a step forward|steps forward|a momentous day|momentous|a turning point|a milestone|the best day|good news|great news|welcome news|a win|a win-win	verdict	supports	stated
# A duty laid on the issue itself: the speaker wants it (`aid had to enter Gaza`,
# `the truce must hold`); an opposing verb right after turns it (`must be lifted`).
must|should|had to|has to|have to|needs to|need to|ought to	verdict	supports	stated
off the table|a disaster|a catastrophe|a betrayal|a capitulation|capitulation|a surrender|blackmail|a ploy|a fantasy|unrealistic|impossible|premature|nonsense|absurd|unreasonable|a threat|threat|a violation|harmful|destructive|unlawful|a blow|off the table|a non-starter|non-starter|non-starters|a red line|red line|red lines|a utopia|utopia|a road to nowhere|road to nowhere|out of the question|unacceptable|a mistake|a grave mistake|a dangerous|dangerous|reckless|a provocation|provocation|provocative|a threat|illegal|unjust|unfair|counterproductive|pointless|doomed|dead|a trap|a farce|a sham|legitimate target|legitimate targets|a matter of concern|matter of concern|a matter of extreme concern|matter of extreme concern|of concern|a concern|concern|not work|n't work|does not work|do not work|will not work|would not work|incompatible|disproportionate|excessive|unworkable|ineffective|useless|unjustified|unjustifiable|illegitimate|null and void|an unfriendly act|unfriendly|a hostile act|hostile|an act of aggression|an act of war|a violation of|destabilising|destabilizing|a dead end|meaningless|void|legally void|bad|a bad deal|wrong|misguided|shameful|outrageous|irresponsible|damaging|unhelpful|naive|an escalation|escalatory|hurt~|harm~|damage~|backfire~|reward~ aggression|a reward for aggression|legitimise~ aggression|legitimize~ aggression|a gift to|a step backwards|a step backward|a backward step|a dangerous step|a setback|a mistake|doomed to fail|bound to fail|a recipe for|fail~|a failure|a failed|have not worked|has not worked|did not work|have backfired|has backfired	verdict	opposes	stated
# Costs to those the speaker speaks for (`would raise prices for families`, `would
# ruin them`, `a tariff war has no winners`).
raise~ prices|push~ up prices|pushed up prices|drive~ up prices|drove up prices|higher prices|ruin~|have no winners|has no winners|no winners|nobody wins|no one wins|painful for our|painful for us|painful for ordinary	verdict	opposes	stated
# Conditions.
if|once|only if|only as|only after|only once|only when|only through|only with|only on|but only|but through|provided|providing|on condition|on the condition|as long as|so long as|as soon as|precondition|preconditions|precondition for|prerequisite|prerequisites|in exchange for|in return for|root causes|subject to|depends on|depend on|dependent on|conditional on|contingent on|conditioned on|conditions are|when the conditions	condition	conditional	stated
unless|without|until	unless	conditional	stated
";

/// How many words may stand between a stance word and the issue it governs.
pub(super) const GOVERN_GAP: usize = 7;

/// How many words may stand between an issue and the verdict that judges it.
pub(super) const VERDICT_GAP: usize = 7;

/// Words that never take part in a stance span: clause boundaries.
pub(super) const CLAUSE_STOPS: &[&str] = &[
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
    "once",
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

/// What a stance word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Verb,
    Passive,
    Verdict,
    Condition,
    Unless,
}

/// One row of [`CUES`].
#[derive(Debug, Clone, Copy)]
pub(super) struct CueMeaning {
    pub(super) role: Role,
    pub(super) polarity: Polarity,
    pub(super) action: bool,
    /// Giving up: against the issue, unless the issue is a concession.
    pub(super) yields: bool,
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
        let (patterns, meanings): (Vec<Vec<Pattern>>, Vec<Vec<CueMeaning>>) =
            groups.into_iter().unzip();
        CueSet {
            groups: PatternSet::family(patterns)
                .into_iter()
                .zip(meanings)
                .collect(),
        }
    })
}

/// A stance word found in the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cue {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) meaning: CueMeaning,
}

pub(super) fn find_cues(doc: &Doc) -> Vec<Cue> {
    let set = cue_set();
    let view = TokenView {
        words: doc.words(),
        kinds: &doc.kinds,
        mention_start: &doc.mention_start,
        in_mention: &doc.in_mention,
        skippable: doc.input.toks.skippable(),
    };
    let mut out = Vec::new();
    for s in &doc.input.toks.seg.sentences {
        // The groups share one vocabulary: each token is looked up once.
        let ids = set
            .groups
            .first()
            .map_or_else(Default::default, |(first, _)| {
                first.word_ids_for(&view, s.tokens.start, s.tokens.end)
            });
        for (patterns, meanings) in &set.groups {
            for m in patterns.find_all_with(&view, &ids, s.tokens.start, s.tokens.end) {
                let meaning = meanings[m.pattern];
                if meaning.role == Role::Condition
                    && no_condition(doc, m.trigger_start, m.trigger_end, s.tokens.clone())
                {
                    continue;
                }
                if sources_terms(doc, m.trigger_start, m.trigger_end, s.tokens.end) {
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

/// Words after which a clause opens: what a conjunction `once` is followed by
/// (`once the attacks stop`, `once it is signed`), unlike the adverb (`once
/// backed`, `once again`).
const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "all", "both", "this", "these", "those",
    "it", "they", "we", "he", "she", "i", "you", "there",
];

/// A condition word that sets no condition here:
/// - `as soon as possible`: haste;
/// - `even if`, `even when`: the stance holds whatever happens;
/// - `(for) as long as it takes`, `as long as necessary`: no end set, no condition;
/// - `once` as an adverb (`Hungary once backed`, `once again`, `once a year`):
///   only a `once` that opens a clause (a determiner, a pronoun or a name after
///   it) is a condition.
fn no_condition(doc: &Doc, start: usize, end: usize, sent: std::ops::Range<usize>) -> bool {
    let next = if end < sent.end { doc.word(end) } else { "" };
    let first = doc.word(start);
    let haste = first == "as" && next == "possible";
    let even = start > sent.start && doc.word(start - 1) == "even";
    let long = matches!(first, "as" | "so")
        && doc.word(start + 1) == "long"
        && ((next == "it" && end + 1 < sent.end && doc.word(end + 1).starts_with("take"))
            || matches!(next, "necessary" | "needed" | "possible" | "required")
            || (start > sent.start && doc.word(start - 1) == "for"));
    // `once a year`: how often, not when.
    let frequency = matches!(next, "a" | "an" | "every")
        && matches!(
            doc.word(end + 1),
            "day" | "week" | "month" | "year" | "decade" | "fortnight"
        );
    let adverb = first == "once"
        && end == start + 1
        && (frequency
            || !(CLAUSE_OPENERS.contains(&next)
                || (end < sent.end && (doc.in_mention[end] || doc.input.toks.starts_upper(end)))));
    haste || even || long || adverb
}

/// `speaking on condition of anonymity`, `on condition that they not be named`:
/// the terms a source set with the reporter, not a condition on an issue.
fn sources_terms(doc: &Doc, start: usize, end: usize, limit: usize) -> bool {
    let after: Vec<&str> = (end..(end + 6).min(limit)).map(|t| doc.word(t)).collect();
    doc.word(start) == "on"
        && (after.iter().take(2).any(|w| *w == "anonymity")
            || after.first() == Some(&"that")
                && after.iter().any(|w| matches!(*w, "named" | "identified")))
}

/// What [`reaches`] needs to know of a word, as bits: looked up once per token in
/// [`reach_flags`] rather than in four word lists at every call (`reaches` runs
/// hundreds of thousands of times on a large corpus).
const F_STOP: u8 = 1;
const F_PREP: u8 = 2;
const F_LINK: u8 = 4;
const F_FREE: u8 = 8;
const F_DASH: u8 = 16;

type FlagTable = HashMap<&'static str, u8, crate::lexicon::patterns::BuildWordHasher>;

fn flag_table() -> &'static FlagTable {
    static TABLE: OnceLock<FlagTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = FlagTable::default();
        for w in CLAUSE_STOPS {
            *t.entry(w).or_default() |= F_STOP;
        }
        for w in PREPOSITIONS.iter().filter(|w| !matches!(**w, "to" | "of")) {
            *t.entry(w).or_default() |= F_PREP;
        }
        for w in LINKING_NOUNS {
            *t.entry(w).or_default() |= F_LINK;
        }
        for w in ["the", "a", "an", "'s", "'", "-", "%"] {
            *t.entry(w).or_default() |= F_FREE;
        }
        for w in ["-", "%"] {
            *t.entry(w).or_default() |= F_DASH;
        }
        t
    })
}

/// The [`reaches`] bits of each token.
pub(super) fn reach_flags(words: &[String]) -> Vec<u8> {
    let table = flag_table();
    words
        .iter()
        .map(|w| table.get(w.as_str()).copied().unwrap_or(0))
        .collect()
}

/// Can a stance word ending at `from` govern an issue starting at `to`? Only a few
/// words between, no punctuation, clause break or preposition but `to` and `of`.
pub(super) fn reaches(doc: &Doc, from: usize, to: usize, max: usize) -> bool {
    if to < from {
        return false;
    }
    let mut n = 0;
    for k in from..to {
        let f = doc.reach_flags[k];
        match doc.kinds[k] {
            TokenKind::Quote => continue,
            TokenKind::Punct if f & F_DASH == 0 => return false,
            _ => {}
        }
        let linked = k > from && doc.reach_flags[k - 1] & F_LINK != 0;
        if f & F_STOP != 0 || (f & F_PREP != 0 && !linked) {
            return false;
        }
        if f & F_FREE == 0 {
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
pub(super) fn reaches_verdict(doc: &Doc, from: usize, to: usize) -> bool {
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
