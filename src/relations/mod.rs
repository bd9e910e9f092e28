//! Relations: CAMEO-coded events between actors, read with the patterns of
//! `relations.tsv` over each sentence, with negation, modality, reported claims
//! (`Trump said Russia had agreed to ...`), the event date and the evidence span.
//!
//! Source and target come from the pattern's `@S`/`@T` slots when it has them, else
//! from its frame: the subject before the trigger and the first actor after it
//! (`svo`), the reverse with a `by` agent (`passive`), or both directions (`sym`).
//! Inside a direct quote, `I` and `we` as subject stand for the speaker. Patterns
//! of the `quote` frame are read in statements only ([`said`]): what a speaker says
//! of an actor can itself be the event (`"they are lying"` criticizes them).

mod anaphora;
mod coerce;
mod conjunct;
mod said;
mod statements;

use crate::dates::{date_of_event, TimeExpr};
use crate::lexicon::patterns::{Match, TokenView};
use crate::lexicon::{Frame, Lexicon, RelationEntry};
use crate::model::{mentions_starting_in, Tokens};
use crate::model::{
    ActorKind, LocalActor, Mention, MentionKind, Modality, Relation, Statement, StatementKind,
    TokenKind,
};
use crate::syntax::{
    is_clause_break, is_name_use, is_passive_participle, is_possessive_mark, is_subject_position,
    reaches, relative_clause_head, PREPOSITIONS,
};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Words before a trigger that negate it in the same clause.
const NEGATORS: &[&str] = &[
    "not",
    "n't",
    "never",
    "no",
    "neither",
    "nor",
    "without",
    "cannot",
    "refused",
    "declined",
    "failed",
    "avoid",
    // `has avoided criticising Beijing`, `refuses to meet`.
    "avoided",
    "avoids",
    "avoiding",
    "refuses",
    "refusing",
    "declines",
    "declining",
    "fails",
    "failing",
];
/// Words before a trigger that make it hypothetical: conditionals, and nouns of
/// hope and proposal before a nominal event (`hopes for direct talks`).
const HYPOTHETICAL: &[&str] = &[
    "if",
    "would",
    "could",
    "might",
    "may",
    "should",
    "whether",
    "hopes",
    "hope",
    "possible",
    "potential",
    "proposed",
    "prospect",
    "prospects",
    "eventual",
    "idea",
    "chance",
    "chances",
    "unless",
    "possibility",
    // `rejected any targeting of civilians`, `any attack on an ally`.
    "any",
];
/// Words shortly after a nominal event that make it not (yet) real.
const IRREALIS_AFTER: &[&str] = &[
    "possible",
    "likely",
    "unlikely",
    "planned",
    "proposed",
    "expected",
    "envisaged",
    "mooted",
    "impossible",
];
/// How many tokens before the trigger negation and modality reach.
const MODIFIER_WINDOW: usize = 4;
/// How many tokens after the trigger the target may stand.
const TARGET_WINDOW: usize = 8;

/// What the relation stage sees of the document.
pub struct RelationInput<'a> {
    /// Tokens and text.
    pub toks: &'a Tokens<'a>,
    /// Resolved mentions, in text order.
    pub mentions: &'a [Mention],
    /// Statements, for reported claims.
    pub statements: &'a [Statement],
    /// Time expressions.
    pub times: &'a [TimeExpr],
    /// The document date.
    pub date: Option<NaiveDate>,
    /// The actors of the document, for their kinds.
    pub actors: &'a BTreeMap<String, LocalActor>,
}

impl RelationInput<'_> {
    /// Is the actor `id` a person of the document?
    fn is_person(&self, id: &str) -> bool {
        self.actors
            .get(id)
            .is_some_and(|a| a.kind == ActorKind::Person)
    }
}

/// Extract every relation of the document, in text order.
pub fn relations(input: &RelationInput, lexicon: &Lexicon) -> Vec<Relation> {
    // `Israeli air strikes on Iran`: the event words of a mention are read by the
    // patterns, the demonym before them is the event's owner.
    let (trimmed, event_owners) = split_event_heads(input.mentions, input.toks);
    let input = &RelationInput {
        mentions: &trimmed,
        ..*input
    };
    let toks = input.toks;
    let n = toks.words.len();
    let kinds: Vec<TokenKind> = toks.seg.tokens.iter().map(|t| t.kind).collect();
    let mut start = vec![None; n];
    let mut inside = vec![false; n];
    for (i, m) in input.mentions.iter().enumerate() {
        if usable(m, input.actors) || owner_of_unnamed(m, toks) {
            start[m.tokens.start] = Some((i, m.tokens.end));
        }
        // A possessive pronoun is a determiner a gap may cross (`recalled his
        // ambassador`), and so is a state's adjective on a group noun (`expelled
        // two Russian diplomats`): the wording around it is still read.
        if !is_possessive_pronoun(m, toks) && !is_adjective_group(m, toks, lexicon) {
            for t in m.tokens.clone() {
                inside[t] = true;
            }
        }
    }
    let skippable = skippable_with_titles(toks, &start, input, lexicon);
    let view = TokenView {
        words: toks.words,
        kinds: &kinds,
        mention_start: &start,
        in_mention: &inside,
        skippable: &skippable,
    };
    let mut out: Vec<Relation> = Vec::new();
    debug_assert!(input
        .mentions
        .windows(2)
        .all(|w| w[0].tokens.start <= w[1].tokens.start));
    let is_quote_frame = |p: usize| lexicon.relations[p].frame == Frame::Quote;
    let statements = statements::StatementIndex::new(input.statements);
    let sentences = &toks.seg.sentences;
    let intent_to_meet = lexicon
        .relations
        .iter()
        .filter(|e| e.relation == "intends_to_meet" && e.cameo == "036")
        .min_by_key(|e| e.label != "will meet");
    for (si, sent) in sentences.iter().enumerate() {
        if sent.tokens.is_empty() {
            continue;
        }
        let window = &sentences[si.saturating_sub(anaphora::SENTENCES_BACK)];
        let far_window = &sentences[si.saturating_sub(anaphora::FAR_SENTENCES_BACK)];
        let ctx = Ctx {
            input,
            kinds: &kinds,
            sent: sent.tokens.clone(),
            mentions: mentions_starting_in(input.mentions, sent.tokens.start, sent.tokens.end),
            said: &statements,
            event_owners: &event_owners,
            lexicon,
            earlier: anaphora::Earlier {
                relations: &out,
                from: window.span.start,
                far_from: far_window.span.start,
                to: sent.span.start,
            },
        };
        let mut found: Vec<Relation> = Vec::new();
        for m in lexicon.relation_patterns.find_all_where(
            &view,
            sent.tokens.start,
            sent.tokens.end,
            |p| !is_quote_frame(p),
        ) {
            if is_name_use(toks, m.trigger_start, sent.tokens.start) {
                continue;
            }
            let entry = &lexicon.relations[m.pattern];
            // `will not send weapons`, `refused to meet Putin`: a cooperative act
            // refused is a rejection (12); any other negated act is no event.
            let refusal = if negated(toks.words, &kinds, m.trigger_start, sent.tokens.start) {
                match refused_act(&ctx, &m, entry) {
                    Some(code) => recoded(lexicon, entry, code, Modality::Asserted),
                    None => continue,
                }
            } else {
                None
            };
            if meets_a_standard(toks.words, entry, &m, sent.tokens.end)
                || naming_crosses_a_phrase(toks.words, entry, &m)
                || naming_of_a_pronoun(input.mentions, entry, &m)
            {
                continue;
            }
            // `is expected to hold talks with Xi`, `will send tanks to Kyiv`: an act
            // still to come, or promised, is its intent (03).
            let intent = match refusal {
                Some(_) => None,
                None => intended_act(&ctx, &m, entry).and_then(|code| match intent_to_meet {
                    Some(meet) if entry.cameo.starts_with("04") => Some(meet.clone()),
                    _ if is_threat(code) => recoded(lexicon, entry, code, Modality::Asserted),
                    _ => recoded(lexicon, entry, code, Modality::Intended),
                }),
            };
            let act = entry;
            let entry = refusal.as_ref().or(intent.as_ref()).unwrap_or(act);
            for (source, target) in endpoints(&ctx, &m, act) {
                if source == target
                    || (anaphora::is_refusal(entry) && own_side(&ctx, &source, &target))
                {
                    // `"we will not recognise it," Araghchi said`: no one refuses
                    // their own side.
                    continue;
                }
                let (mut modality, reported_by) = modality_of(&ctx, &m, act.modality, &source);
                if refusal.is_some() || intent.is_some() {
                    // An intent is intended; `said Putin would not meet him`, `will
                    // strike Kyiv again`: the refusal or threat is asserted, or
                    // reported by its claimant, whatever `would` makes of the act.
                    modality = match (entry.modality, &reported_by) {
                        (Modality::Intended, _) => Modality::Intended,
                        (_, Some(_)) => Modality::Reported,
                        (_, None) => Modality::Asserted,
                    };
                }
                let (date, _) = date_of_event(
                    input.times,
                    sent.tokens.clone(),
                    m.trigger_start,
                    input.date,
                );
                let reading = Reading {
                    modality,
                    reported_by,
                    date,
                    evidence: sent.span,
                    trigger: toks.span_of_range(m.trigger_start..m.trigger_end),
                };
                found.push(entry.event(source, target, reading));
            }
        }
        found.extend(said::relations_in_sentence(&ctx, lexicon, &view));
        for rel in found {
            push_unique(&mut out, rel);
        }
    }
    out
}

/// How an event was read: its modality, claimant, date, evidence and trigger.
struct Reading {
    modality: Modality,
    reported_by: Option<String>,
    date: Option<NaiveDate>,
    evidence: crate::model::Span,
    trigger: crate::model::Span,
}

impl RelationEntry {
    /// The event this pattern meaning names between two actors.
    fn event(&self, source: String, target: String, reading: Reading) -> Relation {
        Relation {
            source,
            target,
            relation: self.relation.clone(),
            label: self.label.clone(),
            cameo: self.cameo.clone(),
            goldstein: self.goldstein,
            quad_class: self.quad_class,
            modality: reading.modality,
            reported_by: reading.reported_by,
            date: reading.date,
            evidence: reading.evidence,
            trigger: reading.trigger,
        }
    }
}

/// Add a relation unless the same event (source, target, code, evidence) is there.
fn push_unique(out: &mut Vec<Relation>, rel: Relation) {
    // Relations come sentence by sentence: a twin can only be among the last ones.
    let dup = out
        .iter()
        .rev()
        .take_while(|r| r.evidence.start >= rel.evidence.start)
        .any(|r| {
            r.source == rel.source
                && r.target == rel.target
                && r.cameo == rel.cameo
                && r.evidence == rel.evidence
        });
    if !dup {
        out.push(rel);
    }
}

impl Tokens<'_> {
    fn span_of_range(&self, r: std::ops::Range<usize>) -> crate::model::Span {
        let end = r.end.max(r.start + 1).min(self.seg.tokens.len());
        crate::model::Span::new(
            self.seg.tokens[r.start].span.start,
            self.seg.tokens[end - 1].span.end,
        )
    }
}

struct Ctx<'a> {
    input: &'a RelationInput<'a>,
    kinds: &'a [TokenKind],
    sent: std::ops::Range<usize>,
    /// The mentions of the sentence, a slice of `input.mentions`.
    mentions: &'a [Mention],
    /// The statements, indexed by position.
    said: &'a statements::StatementIndex<'a>,
    /// What happened in the sentences just before, for `rejected the charge`.
    earlier: anaphora::Earlier<'a>,
    /// Token ends of the mentions whose event words were split off
    /// ([`split_event_heads`]): they own the event right after them.
    event_owners: &'a [usize],
    /// The lexicons, for demonyms that are not mentions (`Thai positions`).
    lexicon: &'a Lexicon,
}

impl Ctx<'_> {
    /// The actor a bare demonym adjective at token `k` names (`Thai` in `fired on
    /// Thai positions`), when the word is no mention and the actor is one of the
    /// document's.
    fn bare_demonym(&self, k: usize) -> Option<String> {
        if k < self.sent.start || k >= self.sent.end || self.mentions_cover(k) {
            return None;
        }
        let toks = self.input.toks;
        let raw = toks.seg.tokens[k].span.slice(toks.text);
        let id = &self.lexicon.actors[self.lexicon.adjective(raw)?].id;
        self.input.actors.contains_key(id).then(|| id.clone())
    }

    /// The state a demonym adjective at token `k` names, as a demonym mention
    /// starting there (`Polish` in `Polish and allied jets`) or a bare word (`Dutch`
    /// in `Dutch F-35s`), with the token after it.
    /// The flag tells whether the mention already holds the noun (`Belarusian
    /// forces`).
    fn adjective_state(&self, k: usize) -> Option<(String, usize, bool)> {
        if let Some(m) = self
            .mentions
            .iter()
            .find(|m| m.tokens.start == k && m.kind == MentionKind::Demonym)
        {
            return Some((m.actor.clone(), m.tokens.end, m.tokens.len() > 1));
        }
        self.bare_demonym(k).map(|id| (id, k + 1, false))
    }

    /// `rejected the Ethiopian demand`, `met the Chinese side`: the state whose
    /// adjective (a demonym mention or a bare word) opens the object noun phrase
    /// right after the trigger at `t`, past its determiners, when the noun is one of
    /// the state's bodies or, for a reaction, something said or done.
    fn demonym_owner_of_object(&self, t: usize, reaction: bool) -> Option<String> {
        let words = self.input.toks.words;
        let mut k = t;
        while k < self.sent.end && crate::syntax::NP_LEFT.contains(&words[k].as_str()) {
            k += 1;
        }
        if k >= self.sent.end || k - t > 2 {
            return None;
        }
        let (id, next, _) = self.adjective_state(k)?;
        // The adjective modifies a noun for something said or done, or for the
        // state's own bodies (`the Russian demand`, `European governments`), not a
        // group of people of that nation (`French producers`).
        let noun = (next..(next + 2).min(self.sent.end))
            .take_while(|&j| self.kinds[j] == TokenKind::Word && !self.mentions_cover(j))
            .any(|j| {
                let w = words[j].as_str();
                (reaction && anaphora::names_said_or_done(w)) || STATE_BODIES.contains(&w)
            });
        noun.then_some(id)
    }

    /// `struck Cambodian military targets`: a demonym heading the object of a use of
    /// force, a few words after the trigger, names the state hit.
    fn demonym_object(&self, t: usize) -> Option<String> {
        let words = self.input.toks.words;
        (t..(t + 3).min(self.sent.end))
            .take_while(|&k| {
                let w = words[k].as_str();
                w != "," && !is_clause_break(words, self.kinds, k) && !PREPOSITIONS.contains(&w)
            })
            .find_map(|k| self.bare_demonym(k))
    }
}

impl Ctx<'_> {
    /// `bought discounted Russian crude`, `tariffs on Indian imports`: the state
    /// whose adjective opens a noun phrase of goods inside the match (from the
    /// token after the trigger to `end`) or in the few words after it, through
    /// `on`, `against` and `of` but no other phrase.
    /// With `goods_only`, the noun must be one of [`GOODS`].
    fn goods_owner(&self, from: usize, end: usize, goods_only: bool) -> Option<String> {
        let words = self.input.toks.words;
        let last = (end + GOODS_REACH).min(self.sent.end);
        (from..last)
            .take_while(|&k| {
                let w = words[k].as_str();
                w != ","
                    && !is_clause_break(words, self.kinds, k)
                    && (!PREPOSITIONS.contains(&w) || matches!(w, "on" | "against" | "of"))
            })
            .find_map(|k| {
                let id = self.state_adjective(k)?;
                // The adjective modifies a noun (`Chinese steel`), not stands alone.
                let noun = words.get(k + 1).map(String::as_str)?;
                let modifies = k + 1 < self.sent.end
                    && self.kinds[k + 1] == TokenKind::Word
                    && (!goods_only || GOODS.contains(&noun));
                modifies.then_some(id)
            })
    }

    /// The document's actor whose adjective is the word at `k` (`Russian`), whether
    /// or not recognition made it a mention (`Russian oil` is a modifier).
    fn state_adjective(&self, k: usize) -> Option<String> {
        let toks = self.input.toks;
        let raw = toks.seg.tokens[k].span.slice(toks.text);
        let id = &self.lexicon.actors[self.lexicon.adjective(raw)?].id;
        self.input.actors.contains_key(id).then(|| id.clone())
    }
}

/// Verbs that stop a purchase named after them (`end imports of`, `stop buying`).
const ENDING_VERBS: &[&str] = &[
    "end", "ending", "ended", "stop", "stopping", "stopped", "halt", "halting", "halted", "ban",
    "banned", "banning", "cut", "cutting", "phase", "curb", "curbing", "curbed", "reduce",
    "reducing", "reduced",
];

/// Is the purchase whose trigger is at `t` ended by a verb in the two words before
/// it (`to end imports of`, `stop buying`, `phase out purchases of`)?
fn purchase_ended(ctx: &Ctx, t: usize) -> bool {
    let words = ctx.input.toks.words;
    (t.saturating_sub(2).max(ctx.sent.start)..t).any(|k| ENDING_VERBS.contains(&words[k].as_str()))
}

/// Goods a state sells (`Russian oil`, `American weapons`).
const GOODS: &[&str] = &[
    "oil",
    "gas",
    "crude",
    "coal",
    "uranium",
    "fertiliser",
    "fertilizer",
    "grain",
    "wheat",
    "energy",
    "lng",
    "liquefied",
    "goods",
    "products",
    "exports",
    "weapons",
    "arms",
    "fuel",
    "diesel",
    "steel",
    "soybeans",
];

/// How many words after a match the goods of an economic event may still come
/// (`imposed tariffs on Chinese steel`, `buying discounted Russian oil`).
const GOODS_REACH: usize = 4;

/// CAMEO codes of events over goods, whose object names the other state by its
/// adjective: trade and material help (06), sanctions (163), easing them (085)
/// and threatening them (1312).
const ECONOMIC_CODES: &[&str] = &["06", "163", "085", "1312"];

/// Is the event one over goods ([`ECONOMIC_CODES`])?
fn is_economic(entry: &RelationEntry) -> bool {
    ECONOMIC_CODES.iter().any(|c| entry.cameo.starts_with(c))
}

/// Nouns for a state's own bodies, which act for it (`criticised European
/// governments`).
const STATE_BODIES: &[&str] = &[
    "government",
    "governments",
    "authorities",
    "leadership",
    "leaders",
    "officials",
    "side",
    "position",
    "stance",
    // `summoned the Chinese ambassador`, `condemned the Israeli army`.
    "ambassador",
    "envoy",
    "embassy",
    "diplomats",
    "army",
    "military",
    "forces",
    "troops",
];

/// Words that end an actor mention but name an event of it (`Russian attacks`,
/// `Israeli air strikes`), so the patterns can read them.
const EVENT_HEADS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "shelling",
    "raid",
    "raids",
    "invasion",
    "incursion",
    "incursions",
    "bombardment",
    "offensive",
    "assault",
];

/// Words that may stand before an event head inside the event words (`air
/// strikes`, `drone attacks`).
const EVENT_MODIFIERS: &[&str] = &["air", "missile", "drone", "rocket", "artillery"];

/// The mentions with the event words cut off their end (`Israeli air strikes` reads
/// as the actor `Israeli` before `air strikes`), and the token ends of the cut
/// mentions, sorted.
fn split_event_heads(mentions: &[Mention], toks: &Tokens) -> (Vec<Mention>, Vec<usize>) {
    let words = toks.words;
    let mut owners = Vec::new();
    let out = mentions
        .iter()
        .map(|m| {
            let mut m = m.clone();
            let head = m.tokens.end - 1;
            if m.tokens.len() < 2 || !EVENT_HEADS.contains(&words[head].as_str()) {
                return m;
            }
            let mut cut = head;
            while cut > m.tokens.start + 1 && EVENT_MODIFIERS.contains(&words[cut - 1].as_str()) {
                cut -= 1;
            }
            m.tokens.end = cut;
            m.span = crate::model::Span::new(m.span.start, toks.seg.tokens[cut - 1].span.end);
            owners.push(cut);
            m
        })
        .collect();
    owners.sort_unstable();
    (out, owners)
}

/// Objects of `meet` that are no one met (`meet EU production standards`, `meet
/// China halfway`).
const MET_NON_PARTIES: &[&str] = &[
    "standards",
    "standard",
    "requirements",
    "requirement",
    "criteria",
    "targets",
    "target",
    "goals",
    "goal",
    "needs",
    "expectations",
    "obligations",
    "commitments",
    "halfway",
    "deadline",
    "deadlines",
    "rules",
    "norms",
];

/// Is a meeting wording used for meeting a standard or meeting someone halfway: a
/// word of [`MET_NON_PARTIES`] in the few words after the trigger?
fn meets_a_standard(words: &[String], entry: &RelationEntry, m: &Match, sent_end: usize) -> bool {
    entry.relation == "meets"
        && (m.trigger_end..(m.trigger_end + 4).min(sent_end))
            .any(|k| MET_NON_PARTIES.contains(&words[k].as_str()))
}

/// Is an evaluative naming (`called the listing unjust`) read across a new phrase
/// (`called Macron to say the talks were unfair`, `considers the plan in light of
/// unfair rules`)? Between the verb and the evaluation only the named object (with
/// an `of` owner) and `as` may stand.
fn naming_crosses_a_phrase(words: &[String], entry: &RelationEntry, m: &Match) -> bool {
    entry.relation == "disparages"
        && (m.trigger_start + 1..m.end).any(|k| {
            let w = words[k].as_str();
            w != "of" && w != "as" && PREPOSITIONS.contains(&w)
        })
}

/// Is the actor an evaluative naming aims at only a pronoun (`called his actions
/// reckless`)? A negative evaluation is read only when its target is tied to the
/// actor by name, possessor or adjective: a possessive resolved to the wrong person
/// would make a criticism of someone never meant.
fn naming_of_a_pronoun(mentions: &[Mention], entry: &RelationEntry, m: &Match) -> bool {
    entry.relation == "disparages"
        && m.target
            .and_then(|i| mentions.get(i))
            .is_some_and(|t| t.kind == MentionKind::Pronoun)
}

/// Is the trigger at `t` negated by a word shortly before it in its clause?
fn negated(words: &[String], kinds: &[TokenKind], t: usize, sent_start: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > sent_start && seen < MODIFIER_WINDOW {
        k -= 1;
        if kinds[k] == TokenKind::Quote {
            continue;
        }
        let w = words[k].as_str();
        if w == "," || is_clause_break(words, kinds, k) {
            return false;
        }
        if w == "and" && conjunct::is_simple_past(&words[t]) {
            // `did not exist and accused`: a past verb after `and` is a new
            // conjunct, out of the reach of the negation before it.
            return false;
        }
        if NEGATORS.contains(&w) || stops_short_of(words, k) {
            return true;
        }
        seen += 1;
    }
    false
}

/// `stopped short of naming Moscow`, `fell short of a recognition`: the phrase
/// says the event after it did not happen. `short` alone negates nothing (`a
/// short visit`), so the verb before it and the `of` after it are required.
fn stops_short_of(words: &[String], k: usize) -> bool {
    const STOP_FORMS: &[&str] = &[
        "stop", "stops", "stopped", "stopping", "fall", "falls", "fell", "falling",
    ];
    words[k] == "short"
        && words.get(k + 1).is_some_and(|w| w == "of")
        && k > 0
        && STOP_FORMS.contains(&words[k - 1].as_str())
}

/// Can a mention be a source or target? Not a modifier, and not a news outlet
/// (`speaking to NBC` is an interview, not talks).
fn usable(m: &Mention, actors: &BTreeMap<String, LocalActor>) -> bool {
    m.kind != MentionKind::Modifier
        && actors
            .get(&m.actor)
            .is_none_or(|a| a.kind != ActorKind::Media)
}

/// Is the mention a possessor (`Russia's` in `Russia's attack`)?
fn is_possessor(m: &Mention, toks: &Tokens) -> bool {
    toks.words.get(m.tokens.end).is_some_and(|w| w == "'s")
}

/// `expelled Cambodia's envoy`: a state named only as the owner of an unnamed
/// official may still be a target.
fn owner_of_unnamed(m: &Mention, toks: &Tokens) -> bool {
    m.kind == MentionKind::Modifier && is_possessor(m, toks)
}

/// `his`, `her`, `its`, `their`: a pronoun mention that is a determiner. `her` is
/// one only before a word that can open a noun phrase: `praised her.`, `praised
/// her as a friend`, `urged her and Macron` hold the object `her`.
fn is_possessive_pronoun(m: &Mention, toks: &Tokens) -> bool {
    let t = m.tokens.start;
    m.kind == MentionKind::Pronoun
        && match toks.words[t].as_str() {
            "his" | "its" | "their" => true,
            "her" => !crate::syntax::her_is_object(toks, t),
            _ => false,
        }
}

/// Is the mention a state's adjective with the group noun it heads (`Russian
/// diplomats`, `Belarusian forces`), rather than a name or a plural demonym?
fn is_adjective_group(m: &Mention, toks: &Tokens, lexicon: &Lexicon) -> bool {
    m.kind == MentionKind::Demonym
        && m.tokens.len() > 1
        && lexicon
            .adjective(toks.seg.tokens[m.tokens.start].span.slice(toks.text))
            .is_some()
}

/// The most words of a title run before a name (`former opposition leader`).
const LONGEST_TITLE_RUN: usize = 3;

/// Words that may open a title run before the title itself (`opposition leader`,
/// `former mayor`, `rights activist`): what the person was or is in, not a post.
const TITLE_MODIFIERS: &[&str] = &[
    "opposition",
    "former",
    "ex",
    "veteran",
    "senior",
    "jailed",
    "exiled",
    "detained",
    "imprisoned",
    "prominent",
    "rights",
    "student",
    "union",
    "party",
    "rebel",
    "army",
    "police",
    "government",
];

/// The tokens the wordings step over: those of [`Tokens::skippable`], and the
/// title run right before a person's name (`arrested opposition leader Selim
/// Kaya`, `freed the American teacher Marc Fogel`, `detained Mayor Ana Ruiz`),
/// so that a wording reads the name as its object. Recognition keeps such titles
/// out of the name's mention when the lexicon's person carries no such post.
fn skippable_with_titles(
    toks: &Tokens,
    start: &[Option<(usize, usize)>],
    input: &RelationInput,
    lexicon: &Lexicon,
) -> Vec<bool> {
    let mut out = toks.skippable().to_vec();
    for (s, slot) in start.iter().enumerate() {
        let Some((i, _)) = slot else { continue };
        if !input.is_person(&input.mentions[*i].actor) || s == 0 {
            continue;
        }
        if let Some(from) = title_run_before(toks, s, lexicon) {
            out[from..s].iter_mut().for_each(|b| *b = true);
        }
    }
    out
}

/// The first token of a title run ending right before token `s`: a title phrase
/// of the lexicon that ends at `s`, with title modifiers or demonyms before it.
fn title_run_before(toks: &Tokens, s: usize, lexicon: &Lexicon) -> Option<usize> {
    let low = s.saturating_sub(LONGEST_TITLE_RUN);
    let end_byte = toks.seg.tokens[s - 1].span.end;
    let title_start = (low..s).find(|&k| {
        let mut ends_here = false;
        lexicon.title_matches_at(toks.text, toks.seg.tokens[k].span.start, |end, _| {
            ends_here |= end == end_byte;
        });
        ends_here
    })?;
    let mut from = title_start;
    while from > low {
        let w = toks.words[from - 1].as_str();
        let modifier = TITLE_MODIFIERS.contains(&w)
            || lexicon
                .adjective(toks.seg.tokens[from - 1].span.slice(toks.text))
                .is_some();
        if !modifier {
            break;
        }
        from -= 1;
    }
    Some(from)
}

fn members(m: &Mention) -> Vec<String> {
    if m.group.is_empty() {
        vec![m.actor.clone()]
    } else {
        m.group.clone()
    }
}

/// Relations that a plural subject does to each other when no object is named
/// (`they agreed to meet`, `the two leaders spoke by phone`).
const RECIPROCAL: &[&str] = &[
    "meets",
    "holds_talks_with",
    "phones",
    "negotiates_with",
    "intends_to_meet",
    "declares_ceasefire_with",
    "signs_agreement_with",
    "consults",
    "exchanges_prisoners_with",
    "intends_to_exchange_prisoners",
    "reaches_agreement",
    "exercises_together",
    "intends_to_talk_again",
    "discusses_together",
];

/// Relations read only between the members of a plural subject (see
/// [`RECIPROCAL`]), never towards an object: `Russian and Belarusian forces began
/// an exercise` is one between them; `China began drills near Taiwan` is none.
const MUTUAL_ONLY: &[&str] = &[
    "reaches_agreement",
    "exercises_together",
    "intends_to_talk_again",
    // `Sybiha and Barrot discussed the guarantees`; `Trump discussed Ukraine` names
    // a topic, not a party.
    "discusses_together",
];

/// `apologised to Cambodia's Hun Sen`, `met Ukraine's Zelensky`: a target after
/// the wording that owns the person named right after it stands for that person,
/// the one the wording is about. (A wording that reads the possessive itself,
/// `seized @T 's assets`, ends past it.)
fn person_of_possessor<'a>(ctx: &Ctx<'a>, t: &Mention, m: &Match) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    if t.tokens.end < m.end || !crate::syntax::is_possessive_mark(words, t.tokens.end) {
        return None;
    }
    ctx.mentions
        .iter()
        .find(|p| p.tokens.start == t.tokens.end + 1)
        .filter(|p| ctx.input.is_person(&p.actor))
}

/// The (source, target) pairs of a match.
fn endpoints(ctx: &Ctx, m: &Match, entry: &RelationEntry) -> Vec<(String, String)> {
    let (frame, relation) = (entry.frame, entry.relation.as_str());
    // Material conflict (quad class 4): a place hit stands for its state.
    let force = entry.quad_class == 4;
    let mentions = ctx.input.mentions;
    let slot = |i: Option<usize>| i.map(|i| &mentions[i]);
    let explicit_source = slot(m.source);
    let explicit_target = slot(m.target);
    let words = ctx.input.toks.words;
    if frame != Frame::Passive
        && words[m.trigger_end - 1].ends_with("ed")
        && words.get(m.trigger_end).is_some_and(|w| w == "by")
    {
        // `a ceasefire brokered by Egypt`: a passive use, read by the passive rows.
        return Vec::new();
    }
    if let Some(group) = explicit_target.filter(|t| between_group(ctx, t)) {
        // `talks between the two sides`: the members meet each other, and an actor
        // named elsewhere in the clause is no party.
        return mutual_pairs(&group.group);
    }
    let passive_use = explicit_source.is_none()
        && words.get(m.trigger_start + 1).is_none_or(|w| w != "to")
        && is_passive_participle(ctx.input.toks, m.trigger_start, ctx.sent.start);
    if frame != Frame::Passive && passive_use {
        // `Kyiv was attacked overnight by Russia`: the subject is the one acted on,
        // the agent after a later `by` in the clause the actor; with no agent there
        // is no event between two actors.
        return passive_pairs(ctx, m, frame);
    }
    if reduced_passive(words, m) {
        // `two banks accused of helping Moscow`: the banks are accused, by someone
        // unnamed.
        return Vec::new();
    }
    let toks = ctx.input.toks;
    if let Some(s) =
        explicit_source.filter(|s| s.tokens.end <= m.trigger_start && !is_possessor(s, toks))
    {
        // `advisers from Britain, France and Germany met`: the pair is no subject;
        // the whole list, as the plural head's complement, may be.
        let start = list_start(ctx, s);
        if !is_subject_position(toks, start, s.tokens.end)
            && !clause_opening_subject(ctx, start, s.tokens.end, m.trigger_start)
        {
            return head_list_pairs(ctx, m, s, force);
        }
    }
    let mut adjective_sources: Vec<String> = Vec::new();
    let (source, target) = match frame {
        Frame::Passive => {
            let target = explicit_target
                .or_else(|| subject_before(ctx, m.trigger_start))
                .or_else(|| possessor_subject(ctx, m.trigger_start));
            let source = explicit_source.or_else(|| agent_after(ctx, m.trigger_end));
            if let (Some(agent), None) = (source, target) {
                if after_event_noun(ctx, m.trigger_start) {
                    // `a truce brokered by Qatar between Sudan and Chad`: the noun's
                    // event concerns the parties named after the agents, or those of
                    // the last mutual event.
                    return noun_event_pairs(ctx, entry, agent);
                }
            }
            (source, target)
        }
        Frame::Svo | Frame::Sym | Frame::Quote => {
            let target = explicit_target
                .or_else(|| object_after(ctx, m.end, force))
                .or_else(|| listed_object(ctx, m.end))
                .or_else(|| force.then(|| place_hit(ctx, m.end)).flatten())
                .map(|t| person_of_possessor(ctx, t, m).unwrap_or(t));
            let source = explicit_source
                .or_else(|| accused_doer(ctx, m.trigger_start))
                .or_else(|| owner_before(ctx, m.start))
                .or_else(|| relative_antecedent(ctx, m.start))
                .or_else(|| subject_before(ctx, m.start));
            // `the UAE, which Khartoum blames for arming the RSF`: in an object
            // relative clause the actor the clause hangs on is the object.
            let target = match source.and_then(|s| object_relative_head(ctx, s, m.start)) {
                Some(head) if explicit_target.is_none() => Some(head),
                _ => target,
            };
            if source.is_none() {
                // `Thai F-16 jets struck`: states named by adjectives on the subject.
                adjective_sources = demonym_subject(ctx, m.start);
            }
            let source = source.or_else(|| {
                adjective_sources.is_empty().then(|| {
                    fronted_subject(ctx, m, target).or_else(|| possessor_subject(ctx, m.start))
                })?
            });
            (source, target)
        }
    };
    // A list runs away from the trigger: `Israel and Hamas agreed ... brokered by
    // Egypt and Qatar`.
    let side = |x: &Mention| {
        if x.tokens.start < m.trigger_start {
            Side::Before
        } else {
            Side::After
        }
    };
    let mut sources: Vec<String> = source
        .map(|s| coordinated(ctx, s, side(s)))
        .unwrap_or(adjective_sources);
    let mut targets: Vec<String> = target
        .map(|t| coordinated(ctx, t, side(t)))
        .unwrap_or_default();
    if sources.is_empty() {
        // `Police in Tbilisi detained ...`: the state of the place (`coerce`).
        sources.extend(coerce::agency_of_place(ctx, m, entry));
    }
    if frame != Frame::Passive {
        if let Some(speaker) = conjunct::speech_verb_conjunct(ctx, m) {
            // `Qassem said the group would act alone and accused the government`:
            // the speaker, not the reported clause's subject, did the second verb.
            sources = vec![speaker.to_string()];
        }
    }
    if force {
        // `struck Cambodian military targets`: the army's targets stand for its state.
        if let Some(owner) = target.and_then(|t| owner_of_hit_assets(ctx, t)) {
            targets = vec![owner];
        }
    }
    // `spoke by phone with Trump together with Macron and Merz`: the actors joined
    // after the object share the subject's side; they take part in the call, but
    // the object did not call each of them, so they get no reverse pair.
    let mut joined: Vec<String> = Vec::new();
    if frame == Frame::Sym && !sources.is_empty() {
        if let Some(t) = target.filter(|t| t.tokens.start >= m.trigger_start) {
            for id in joined_with(ctx, t) {
                if !sources.contains(&id) && !targets.contains(&id) && !joined.contains(&id) {
                    joined.push(id);
                }
            }
        }
    }
    if frame != Frame::Passive {
        if sources.is_empty() && m.start > ctx.sent.start {
            // `Iranian missile salvoes on Israel`: a demonym owns the nominal event.
            sources.extend(ctx.bare_demonym(m.start - 1));
        }
        if targets.is_empty() && force {
            targets.extend(ctx.demonym_object(m.end));
        }
        if relation == "buys_goods_from" {
            // `buys Russian oil`: only goods named by a state's adjective say whom
            // the buyer buys from (`buys time`, `bought Boeing jets` say nothing);
            // `to end imports of Russian gas` is trade stopping, not trade.
            targets = if purchase_ended(ctx, m.trigger_start) {
                Vec::new()
            } else {
                ctx.goods_owner(m.trigger_end, m.end, true)
                    .into_iter()
                    .collect()
            };
        } else if targets.is_empty() && is_economic(entry) {
            // `imposed tariffs on Chinese steel`: the state whose adjective names the
            // goods hit is the other party.
            targets.extend(ctx.goods_owner(m.trigger_end, m.end, false));
        }
        if targets.is_empty() && !force {
            // `Kyiv rejected the Russian demand`: what is praised, criticized or
            // rejected belongs to the state its adjective names; `asked the
            // Chinese side`: so do the state's own bodies after any trigger.
            let reaction = anaphora::answers_earlier_events(entry);
            targets.extend(ctx.demonym_owner_of_object(m.end, reaction));
        }
        if sources.is_empty() {
            // `"We will meet him," Putin said`: the first person is the speaker.
            sources.extend(first_person_subject(ctx, m.start));
        }
        if targets.is_empty() && relation == "disparages" {
            // `described the Finnish border closure as arbitrary`: a state's
            // adjective in the named object owns it.
            targets.extend((m.trigger_start + 1..m.end).find_map(|k| ctx.bare_demonym(k)));
        }
        if targets.is_empty() && !sources.is_empty() && frame == Frame::Svo {
            // `expelled two Russian diplomats`, `handed over 84 Ukrainian POWs`: the
            // state whose adjective stands inside the wording is the one acted on.
            let inside = m.trigger_start + 1..m.end;
            targets.extend(
                inside
                    .filter_map(|k| ctx.adjective_state(k))
                    .map(|a| a.0)
                    .next(),
            );
        }
        if targets.is_empty() && relation != "disparages" && anaphora::answers_earlier_events(entry)
        {
            // `dismissed her demands`, `rejected his claims`: the owner of what is
            // answered, named by a possessive pronoun, said or did it.
            targets.extend(pronoun_owner_of_object(ctx, m.end));
            if targets.is_empty() {
                // `Islamabad rejected the charge`: the target did what is named.
                targets.extend(anaphora::antecedent(
                    ctx,
                    m.trigger_start + 1,
                    m.end,
                    &sources,
                ));
            }
        }
        if targets.is_empty() && anaphora::is_refusal(entry) {
            // `Takaichi has refused to retract`: what is refused was asked by
            // someone in the sentences before.
            targets.extend(anaphora::demander(ctx, &sources));
        }
        if relation == "chairs_talks" {
            // `chairs the Association of Southeast Asian Nations` is no talks: only
            // talks named back give what is chaired parties.
            targets.clear();
        }
        if targets.is_empty() && anaphora::serves_talks(entry) {
            // `Oman, which brokered that understanding`, `Egypt, which hosted the
            // talks`: the parties are those of the talks or deal named before.
            targets.extend(anaphora::parties_of_talks_named_back(ctx, m.end, &sources));
        }
        if targets.is_empty() && !sources.is_empty() && both_sides_object(ctx, m.end) {
            // `had also visited both`, `appealed to both commanders`: a plural
            // object no mention names stands for the two sides of the last mutual
            // event.
            targets.extend(anaphora::last_mutual_parties(ctx, &sources));
        }
        if let Some(said) = statement_of_cue(ctx, m) {
            // `Peskov warned that Kyiv ...`: the event verb is the speech verb, and
            // what was said names the target.
            if sources.is_empty() {
                sources.extend(said.speaker.clone());
            }
            // An evaluative naming (`called the tariff unfair`) aims only at what
            // it names, not at whoever the rest of the statement mentions.
            if targets.is_empty() && relation != "disparages" {
                targets.extend(said::content_target(ctx, said));
            }
        }
    }
    if frame != Frame::Passive {
        if let Some(person) = counterpart_named_after(ctx, m.end) {
            // `talks with his Chinese counterpart, Liu Jinsong`: the counterpart is
            // the person named, not the state of the adjective.
            targets = vec![person];
        }
    }
    let mut pairs = Vec::new();
    // `the accord signed by Peru and Chile`: the parties named after the trigger
    // make it mutual even after an article.
    let parties_after = explicit_source.is_some_and(|s| s.tokens.start >= m.trigger_end);
    let nominal = !parties_after
        && m.start > ctx.sent.start
        && matches!(
            ctx.input.toks.words[m.start - 1].as_str(),
            "the" | "a" | "an" | "this" | "that" | "any"
        );
    let reciprocal = frame == Frame::Sym || RECIPROCAL.contains(&relation);
    if MUTUAL_ONLY.contains(&relation) {
        // `Peru and Chile agreed to cut tariffs` is an agreement between them;
        // `Peru agreed to Chile's terms` is not one.
        targets.clear();
    }
    // `advisers from Britain, France and Germany met` act side by side; but a pair
    // (`commanders from both countries met`, `envoys from Serbia and Kosovo met`)
    // with no one else to meet met each other.
    let side_by_side = source.is_some_and(|s| from_list(ctx, s)) && sources.len() != 2;
    if targets.is_empty() && sources.len() >= 2 && reciprocal && !nominal && !side_by_side {
        // "they had agreed to meet", "Putin and Trump spoke by telephone": a plural
        // subject and no object make the event mutual.
        for a in &sources {
            for b in &sources {
                if a != b {
                    pairs.push((a.clone(), b.clone()));
                }
            }
        }
    }
    for a in &sources {
        for b in &targets {
            pairs.push((a.clone(), b.clone()));
            if frame == Frame::Sym {
                pairs.push((b.clone(), a.clone()));
            }
        }
    }
    for a in &joined {
        for b in &targets {
            pairs.push((a.clone(), b.clone()));
        }
    }
    pairs.sort();
    pairs.dedup();
    pairs
}

/// `rejected her demands`, `criticised his remarks`: the actors a possessive
/// pronoun right after a reaction ending at `end` stands for, when the noun it
/// opens (past one modifier) is something said or done.
fn pronoun_owner_of_object(ctx: &Ctx, end: usize) -> Vec<String> {
    let toks = ctx.input.toks;
    let Some(p) = ctx
        .mentions
        .iter()
        .find(|x| x.tokens.start == end && is_possessive_pronoun(x, toks))
    else {
        return Vec::new();
    };
    let last = (p.tokens.end + 2).min(ctx.sent.end);
    let names_deed = (p.tokens.end..last)
        .take_while(|&j| ctx.kinds[j] == TokenKind::Word && !ctx.mentions_cover(j))
        .any(|j| anaphora::names_said_or_done(&toks.words[j]));
    if names_deed {
        members(p)
    } else {
        Vec::new()
    }
}

/// Is the object right after a trigger ending at `end` a plural reference to two
/// sides that names no actor: `both` (alone or before a noun: `both commanders`),
/// or `the two` before a noun (`the two delegations`)?
fn both_sides_object(ctx: &Ctx, end: usize) -> bool {
    let words = ctx.input.toks.words;
    let word = |k: usize| (k < ctx.sent.end).then(|| words[k].as_str());
    let noun_at = |k: usize| {
        k >= ctx.sent.end
            || !ctx.mentions_cover(k)
                && (ctx.kinds[k] != TokenKind::Word || !ctx.input.toks.starts_upper(k))
    };
    match (word(end), word(end + 1)) {
        (Some("both"), _) => noun_at(end + 1),
        (Some("the"), Some("two")) => {
            word(end + 2).is_some_and(|w| ctx.kinds[end + 2] == TokenKind::Word && w.ends_with('s'))
                && noun_at(end + 2)
        }
        _ => false,
    }
}

/// A plural reference right after `between` (`talks between the two sides`).
fn between_group(ctx: &Ctx, t: &Mention) -> bool {
    let words = ctx.input.toks.words;
    let mut k = t.tokens.start;
    if k > ctx.sent.start && words[k - 1] == "the" {
        k -= 1;
    }
    t.group.len() >= 2 && k > ctx.sent.start && words[k - 1] == "between"
}

/// Every ordered pair of distinct members.
fn mutual_pairs(members: &[String]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for a in members {
        for b in members.iter().filter(|b| *b != a) {
            pairs.push((a.clone(), b.clone()));
        }
    }
    pairs
}

/// Is the trigger a past participle with no object, right before `of` or `for`
/// (`banks accused of helping`, `a firm blamed for the leak`)? An active use names
/// its object first (`accused Kyiv of`).
fn reduced_passive(words: &[String], m: &Match) -> bool {
    m.target.is_none()
        && m.trigger_end == m.trigger_start + 1
        && words[m.trigger_start].ends_with("ed")
        && words
            .get(m.trigger_end)
            .is_some_and(|w| matches!(w.as_str(), "of" | "for"))
}

/// The direct statement whose text holds token `t`, when its speaker is known.
fn quoted_at<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Statement> {
    let at = ctx.input.toks.seg.tokens[t].span;
    ctx.said
        .containing(at)
        .find(|s| s.kind == StatementKind::Direct)
}

/// `I` or `we` as the subject of the trigger at `t`, inside a direct quote: the
/// speaker.
fn first_person_subject(ctx: &Ctx, t: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let mut k = t;
    let mut seen = 0;
    while k > ctx.sent.start && seen < MODIFIER_WINDOW + 2 {
        k -= 1;
        let w = words[k].as_str();
        if matches!(w, "i" | "we") {
            return quoted_at(ctx, k).and_then(|s| s.speaker.clone());
        }
        if w == "," || is_clause_break(words, ctx.kinds, k) || ctx.mentions_cover(k) {
            return None;
        }
        seen += 1;
    }
    None
}

/// The statement whose speech verb is the trigger (`warned`, `accused`).
fn statement_of_cue<'a>(ctx: &'a Ctx, m: &Match) -> Option<&'a Statement> {
    ctx.said
        .with_cue(ctx.input.toks.seg.tokens[m.trigger_start].span)
}

impl Ctx<'_> {
    /// Is token `k` inside a mention of the sentence?
    fn mentions_cover(&self, k: usize) -> bool {
        self.mentions.iter().any(|m| m.tokens.contains(&k))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// A mention with the mentions coordinated with it (`Putin and Trump`, `Macron,
/// Starmer and Merz`), as actor ids in text order; groups expand to their members.
fn coordinated(ctx: &Ctx, m: &Mention, side: Side) -> Vec<String> {
    let toks = ctx.input.toks;
    let mentions = ctx.mentions;
    let Some(i) = mentions.iter().position(|x| std::ptr::eq(x, m)) else {
        return members(m);
    };
    // `Egypt, Qatar and the United States`: an article may stand before the next.
    let joins = |a: &Mention, b: &Mention| {
        let article = b.tokens.start == a.tokens.end + 2 && toks.words[a.tokens.end + 1] == "the";
        (b.tokens.start == a.tokens.end + 1 || article)
            && matches!(toks.words[a.tokens.end].as_str(), "and" | "," | "&")
    };
    let (mut lo, mut hi) = (i, i);
    match side {
        Side::Before => {
            // `the ministers of China and India`: the first member was read as the
            // owner of the title.
            let owned = |x: &Mention| {
                x.kind == MentionKind::Modifier
                    && x.tokens.start > 0
                    && toks.words[x.tokens.start - 1] == "of"
            };
            while lo > 0
                && joins(&mentions[lo - 1], &mentions[lo])
                && (usable(&mentions[lo - 1], ctx.input.actors) || owned(&mentions[lo - 1]))
            {
                lo -= 1;
            }
        }
        Side::After => {
            // `talks with Modi and with Li`: the preposition before the first member
            // may be repeated after the `and`.
            let prep = m
                .tokens
                .start
                .checked_sub(1)
                .map(|k| toks.words[k].as_str());
            let repeats = |a: &Mention, b: &Mention| {
                b.tokens.start == a.tokens.end + 2
                    && toks.words[a.tokens.end] == "and"
                    && prep.is_some_and(|p| {
                        PREPOSITIONS.contains(&p) && toks.words[a.tokens.end + 1] == p
                    })
            };
            while hi + 1 < mentions.len()
                && (joins(&mentions[hi], &mentions[hi + 1])
                    || repeats(&mentions[hi], &mentions[hi + 1]))
                && usable(&mentions[hi + 1], ctx.input.actors)
            {
                hi += 1;
            }
        }
    }
    // Commas coordinate only in a list closed by "and" (`A, B and C`).
    let has_and =
        (lo..hi).any(|k| matches!(toks.words[mentions[k].tokens.end].as_str(), "and" | "&"));
    if !has_and {
        lo = i;
        hi = i;
    }
    let mut out: Vec<String> = Vec::new();
    for x in &mentions[lo..=hi] {
        for id in members(x) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// `Trump together with Macron, Starmer and Merz`: the actors joined to the list
/// that mention `m` opens by `together with` or `along with`.
fn joined_with(ctx: &Ctx, m: &Mention) -> Vec<String> {
    let words = ctx.input.toks.words;
    let mentions = ctx.mentions;
    let Some(mut i) = mentions.iter().position(|x| std::ptr::eq(x, m)) else {
        return Vec::new();
    };
    // Walk to the end of the list `m` opens.
    while i + 1 < mentions.len()
        && mentions[i + 1].tokens.start <= mentions[i].tokens.end + 2
        && matches!(words[mentions[i].tokens.end].as_str(), "and" | ",")
    {
        i += 1;
    }
    let end = mentions[i].tokens.end;
    let joined = end + 2 < ctx.sent.end
        && matches!(words[end].as_str(), "together" | "along")
        && words[end + 1] == "with";
    if !joined {
        return Vec::new();
    }
    mentions
        .iter()
        .find(|x| x.tokens.start == end + 2 && usable(x, ctx.input.actors))
        .map(|x| coordinated(ctx, x, Side::After))
        .unwrap_or_default()
}

/// The first token of the coordinated list a mention ends (`Britain, France and
/// Germany`), or the mention's own start.
fn list_start(ctx: &Ctx, m: &Mention) -> usize {
    let toks = ctx.input.toks;
    let mentions = ctx.mentions;
    let mut start = m.tokens.start;
    let mut has_and = false;
    while start >= 2 && matches!(toks.words[start - 1].as_str(), "and" | ",") {
        match mentions.iter().find(|x| x.tokens.end == start - 1) {
            Some(prev) => {
                has_and |= toks.words[start - 1] == "and";
                start = prev.tokens.start;
            }
            None => break,
        }
    }
    // `Britain, France and Germany`, seen from `France`: the `and` may follow.
    let end = m.tokens.end;
    has_and |= start < m.tokens.start
        && toks.words.get(end).is_some_and(|w| w == "and")
        && mentions.iter().any(|x| {
            x.tokens.start == end + 1 || (x.tokens.start == end + 2 && toks.words[end + 1] == "the")
        });
    // Commas alone make no list (`According to Reuters, Saudi Arabia offered`).
    if has_and {
        start
    } else {
        m.tokens.start
    }
}

/// Is the trigger an adjunct participle of the main clause (`..., by questioning`,
/// `while visiting`), whose subject is the sentence's subject?
fn adjunct_participle(ctx: &Ctx, t: usize) -> bool {
    let toks = ctx.input.toks;
    t > ctx.sent.start
        && toks.words[t].ends_with("ing")
        && matches!(
            toks.words[t - 1].as_str(),
            "by" | "while" | "after" | "before" | "when" | "since" | ","
        )
}

/// The subject of the trigger at `t`: the nearest subject-position actor before it
/// that reaches it within its clause, or for an adjunct participle the sentence's
/// first subject. An actor that is only a location (`in Kyiv`) is not a subject.
fn subject_before<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    if deed_of_an_unnamed_object(ctx, t) {
        return None;
    }
    let candidates: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| {
            m.tokens.end <= t
                && usable(m, ctx.input.actors)
                && !m.locative
                && (is_subject_position(toks, m.tokens.start, m.tokens.end)
                    || clause_opening_subject(ctx, m.tokens.start, m.tokens.end, t))
        })
        .collect();
    let Some(nearest) = candidates.last() else {
        return plural_head_of(ctx, t);
    };
    if let Some(verb) = governing_verb_of_object(ctx, nearest, t) {
        // `Russia attacked Ukraine and threatened Poland`: the second verb shares
        // the first verb's subject, not its object.
        let series = series_subject(ctx, verb, &candidates);
        return subject_before(ctx, verb).filter(|s| {
            reaches(toks, s.tokens.end, verb) || series.is_some_and(|x| std::ptr::eq(x, *s))
        });
    }
    // `advisers from Britain, France and Germany met`: a list is a subject only if
    // its first member is.
    let chain_start = list_start(ctx, nearest);
    if !is_subject_position(toks, chain_start, nearest.tokens.end)
        && !clause_opening_subject(ctx, chain_start, nearest.tokens.end, t)
    {
        return plural_head_of(ctx, t);
    }
    if reaches(ctx.input.toks, nearest.tokens.end, t) || titled_name_subject(ctx, nearest, t) {
        return Some(nearest);
    }
    if let Some(s) = series_subject(ctx, t, &candidates) {
        // `met Wang Yi in Beijing, urging China to`, `flew to Brussels, met Kallas
        // and thanked the EU`: the verbs of a series share the clause's subject.
        return Some(s);
    }
    if adjunct_participle(ctx, t) {
        // `Zelensky, after meeting Erdogan`: the subject the adjunct hangs on.
        return Some(nearest);
    }
    // `Medvedev, deputy chairman of Russia's Security Council, mocked`: the nearest
    // actor stands in an aside that an earlier subject reaches across.
    candidates
        .iter()
        .rev()
        .skip(1)
        .take(2)
        .find(|m| reaches(toks, m.tokens.end, t))
        .copied()
}

/// Irregular past forms of the verbs that head relation triggers or stand in a
/// series of verbs (`took aim at`, `flew to Doha, met the emir and ...`); regular
/// ones end in `-ed`.
pub(super) const IRREGULAR_PASTS: &[&str] = &[
    "met", "spoke", "sent", "held", "made", "told", "gave", "took", "sought", "struck", "shot",
    "won", "left", "paid", "went", "came", "flew", "wrote", "began", "drew", "swore", "broke",
    "threw", "brought", "fought", "led", "hit", "cut",
];

/// Is token `k` a verb form that can head a member of a series of verbs (`met`,
/// `accused`, `urging`)?
fn series_verb(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.input.toks;
    let w = toks.words[k].as_str();
    ctx.kinds[k] == TokenKind::Word
        && !toks.starts_upper(k)
        && !ctx.mentions_cover(k)
        && (w.ends_with("ed") || w.ends_with("ing") || IRREGULAR_PASTS.contains(&w))
}

/// Is `id` on the speaker's own side: the speaker, the state or body they act for,
/// or someone acting for the same one?
fn own_side(ctx: &Ctx, speaker: &str, id: &str) -> bool {
    let affiliation = |a: &str| ctx.input.actors.get(a).and_then(|x| x.affiliation.clone());
    let (sa, ia) = (affiliation(speaker), affiliation(id));
    id == speaker
        || sa.as_deref() == Some(id)
        || ia.as_deref() == Some(speaker)
        || (sa.is_some() && sa == ia)
}

/// The token that coordinates the verb at `v` with what stands before it: a comma,
/// `and` or `, and`, past the adverbs of [`COORDINATED_VERB_ADVERBS`].
fn series_coordinator(ctx: &Ctx, v: usize) -> Option<usize> {
    let words = ctx.input.toks.words;
    let k = start_of_adverbs_before(ctx, v);
    if k <= ctx.sent.start + 1 {
        return None;
    }
    match words[k - 1].as_str() {
        "," => Some(k - 1),
        "and" if words[k - 2] == "," => Some(k - 2),
        "and" => Some(k - 1),
        _ => None,
    }
}

/// `Jaishankar met Wang Yi in Beijing, urging China to ...`, `Pashinyan flew to
/// Brussels, met Kallas and thanked the EU`: the verb at `t` is a member of a
/// series whose members are joined by commas (and a last `and`), or a participle
/// set off by a comma. Its subject is the clause's subject: the first subject
/// candidate that reaches the first member's coordinator across a verb. The object of an earlier
/// member (`Wang Yi`) is never the subject. A series joined by `and` alone is left
/// to [`governing_verb_of_object`].
fn series_subject<'a>(ctx: &'a Ctx, t: usize, candidates: &[&'a Mention]) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    if !series_verb(ctx, t) {
        return None;
    }
    let mut first = series_coordinator(ctx, t)?;
    let mut comma = words[first] == ",";
    // Walk back over the earlier members: a verb right after a coordinator.
    while let Some(prev) = series_coordinator_before(ctx, first) {
        comma |= words[prev] == ",";
        first = prev;
    }
    if !comma {
        return None;
    }
    // The subject reaches the first member, whose verb stands between them; or
    // the comma closes an aside set off right after the subject (`Shoigu, a
    // veteran of three governments who once ran the army, criticized`), and no
    // actor inside the aside is the subject.
    let subject = candidates.iter().copied().find(|c| {
        let end = c.tokens.end;
        // `France, Germany and Britain set ...`: a comma before another actor
        // continues a list, it opens no aside.
        let aside = end < first
            && words[end] == ","
            && !ctx.mentions_cover(end + 1)
            && !(end + 1..first).any(|k| words[k] == ",")
            && is_subject_position(ctx.input.toks, c.tokens.start, end);
        end <= first
            && (aside
                || (reaches(ctx.input.toks, end, first)
                    && (end..first).any(|k| series_verb(ctx, k))))
    })?;
    // A list as subject is read from its last member, whose coordination
    // reaches back to the first.
    candidates
        .iter()
        .rev()
        .copied()
        .find(|x| x.tokens.end <= first && list_start(ctx, x) == subject.tokens.start)
        .or(Some(subject))
}

/// The coordinator of the member of a series that ends at the coordinator
/// `coord`: the nearest verb before it that follows a comma or `and` in the same
/// clause.
fn series_coordinator_before(ctx: &Ctx, coord: usize) -> Option<usize> {
    let words = ctx.input.toks.words;
    (ctx.sent.start + 1..coord)
        .rev()
        .take_while(|&k| !is_clause_break(words, ctx.kinds, k) && words[k] != ";")
        .find(|&k| series_verb(ctx, k))
        .and_then(|k| series_coordinator(ctx, k))
        .filter(|&c| c < coord)
}

/// `penalising countries for buying Russian oil`, `thanked its partners for
/// supplying`: a gerund after `for` or `of` that follows a plural common noun is
/// that noun's deed. The noun names no actor, and the subject of the sentence
/// does not do the deed.
fn deed_of_an_unnamed_object(ctx: &Ctx, t: usize) -> bool {
    let words = ctx.input.toks.words;
    if t < 2 || !words[t].ends_with("ing") || !matches!(words[t - 1].as_str(), "for" | "of") {
        return false;
    }
    let noun = words[t - 2].as_str();
    noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss") && !ctx.mentions_cover(t - 2)
}

/// Longest title phrase before a name in apposition (`The EU's foreign policy
/// chief`).
const TITLE_PHRASE_WORDS: usize = 8;

/// `Brazil's foreign minister, Mauro Vieira, criticized`: is `m` a person's name set
/// off by commas after the title phrase opening the sentence, which reaches the verb
/// at `t` from its closing comma? The closing comma stops the usual reach, and an
/// actor inside the title (`China's UN ambassador`) would be taken instead; the
/// title and the name are one subject, and the name is the actor.
fn titled_name_subject(ctx: &Ctx, m: &Mention, t: usize) -> bool {
    let words = ctx.input.toks.words;
    let (start, end) = (m.tokens.start, m.tokens.end);
    if !ctx.input.is_person(&m.actor)
        || m.kind != MentionKind::Name
        || start < ctx.sent.start + 2
        || end >= t
    {
        return false;
    }
    if words[start - 1] != "," || words[end] != "," {
        return false;
    }
    // Past the closing comma the name reaches the verb as any subject does.
    reaches(ctx.input.toks, end + 1, t) && is_title_phrase(ctx, ctx.sent.start, start - 1)
}

/// Is `from..to` a title phrase that opens the sentence (`Russia's deputy foreign
/// minister`, `The Kremlin spokesman`): a possessor or an article, not opened by a
/// preposition, no comma or clause word, and a lower-case noun last? A time
/// adverbial (`Earlier this week`, `On Monday`) is none.
fn is_title_phrase(ctx: &Ctx, from: usize, to: usize) -> bool {
    let toks = ctx.input.toks;
    let words = toks.words;
    let mut from = from;
    while from < to && ctx.kinds[from] == TokenKind::Quote {
        from += 1;
    }
    if from >= to || to - from > TITLE_PHRASE_WORDS {
        return false;
    }
    let last = to - 1;
    if ctx.kinds[last] != TokenKind::Word || toks.starts_upper(last) {
        return false;
    }
    let opened = matches!(words[from].as_str(), "the" | "a" | "an")
        || (from..to).any(|k| is_possessive_mark(words, k));
    opened
        && !PREPOSITIONS.contains(&words[from].as_str())
        && (from..to).all(|k| words[k] != "," && !is_clause_break(words, ctx.kinds, k))
}

/// Adverbs that may stand between a coordinating `and` and the verb it joins
/// (`and then threatened`, `and also urged`).
pub(super) const COORDINATED_VERB_ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "quickly",
    "immediately",
    "subsequently",
    "promptly",
    "separately",
];

/// The first token of the [`COORDINATED_VERB_ADVERBS`] right before the verb at
/// `v` (`v` itself when none stands there), within the sentence.
fn start_of_adverbs_before(ctx: &Ctx, v: usize) -> usize {
    let words = ctx.input.toks.words;
    let mut k = v;
    while k > ctx.sent.start && COORDINATED_VERB_ADVERBS.contains(&words[k - 1].as_str()) {
        k -= 1;
    }
    k
}

/// Function words that cannot be the verb governing an object.
const NOT_VERBS: &[&str] = &[
    "and", "or", "nor", "that", "than", "whether", "what", "whom", "whose", "the", "a", "an",
];

/// Longest prepositional phrase between an object and the `and` of the next verb
/// (`attacked Ukraine on Monday and threatened`).
const OBJECT_TAIL_WORDS: usize = 6;

/// `Russia attacked Ukraine and threatened Poland`: when the trigger at `t` is the
/// second verb of a coordination (`and` right before it, or a few adverbs) and the
/// actor `m` nearest before it closes the first verb's object (nothing, or one
/// prepositional phrase, between it and the `and`), the token of that first verb:
/// the subject of the trigger is that verb's subject.
fn governing_verb_of_object(ctx: &Ctx, m: &Mention, t: usize) -> Option<usize> {
    let toks = ctx.input.toks;
    let words = toks.words;
    let k = start_of_adverbs_before(ctx, t);
    if k <= ctx.sent.start || words[k - 1] != "and" {
        return None;
    }
    let mut and = k - 1;
    if and > ctx.sent.start && words[and - 1] == "," {
        and -= 1;
    }
    let end = m.tokens.end;
    if end > and {
        return None;
    }
    let tail = end..and;
    let plain_tail = tail.is_empty()
        || (PREPOSITIONS.contains(&words[end].as_str())
            && tail.len() <= OBJECT_TAIL_WORDS
            && tail.clone().all(|j| {
                let w = words[j].as_str();
                w != "," && w != "and" && !is_clause_break(words, ctx.kinds, j)
            }));
    if !plain_tail {
        return None;
    }
    // The word before the object noun phrase, past its determiners.
    let mut v = list_start(ctx, m);
    while v > ctx.sent.start
        && (crate::syntax::NP_LEFT.contains(&words[v - 1].as_str())
            || ctx.kinds[v - 1] == TokenKind::Quote)
    {
        v -= 1;
    }
    if v <= ctx.sent.start {
        return None;
    }
    let verb = v - 1;
    let w = words[verb].as_str();
    let verb_like = ctx.kinds[verb] == TokenKind::Word
        && !toks.starts_upper(verb)
        && !PREPOSITIONS.contains(&w)
        && !NOT_VERBS.contains(&w)
        && !CLAUSE_OPENERS.contains(&w)
        && !is_clause_break(words, ctx.kinds, verb)
        && !ctx.mentions_cover(verb);
    verb_like.then_some(verb)
}

/// Words that open a clause whose subject may follow (`after Polish and allied
/// jets shot down`, `as Russian and Belarusian forces began`).
const CLAUSE_OPENERS: &[&str] = &[
    "after", "as", "when", "while", "before", "since", "until", "once", "and", "but", ",", ";", ":",
];

/// Longest run of plain words after a state adjective in a subject (`F-16 jets`,
/// `and allied jets`).
const ADJECTIVE_NP_WORDS: usize = 5;

/// `Thai F-16 jets struck`, `after Polish and allied jets shot down`, `Polish
/// F-16s and Dutch F-35s, backed by ..., downed`: when no actor is the subject of
/// the trigger at `t`, the states whose adjectives open the subject noun phrase
/// (one per coordinated noun phrase) are its sources.
fn demonym_subject(ctx: &Ctx, t: usize) -> Vec<String> {
    let words = ctx.input.toks.words;
    let opens_clause = |k: usize| {
        let mut k = k;
        if k > ctx.sent.start && words[k - 1] == "the" {
            k -= 1;
        }
        k == ctx.sent.start
            || CLAUSE_OPENERS.contains(&words[k - 1].as_str())
            || ctx.kinds[k - 1] == TokenKind::Quote
    };
    let mut best = Vec::new();
    for k in ctx.sent.start..t {
        if !opens_clause(k) || ctx.adjective_state(k).is_none() {
            continue;
        }
        if let Some((ids, end)) = adjective_noun_phrase(ctx, k, t) {
            if end == t || (words[end] == "," && reaches(ctx.input.toks, end, t)) {
                best = ids;
            }
        }
    }
    best
}

/// The coordinated noun phrases from token `k` (each opened by a state adjective or
/// `allied`), before `t`: the states and the token after the phrases.
fn adjective_noun_phrase(ctx: &Ctx, k: usize, t: usize) -> Option<(Vec<String>, usize)> {
    let words = ctx.input.toks.words;
    let mut ids: Vec<String> = Vec::new();
    let mut j = k;
    loop {
        let mut has_noun = false;
        if let Some((id, end, noun)) = ctx.adjective_state(j) {
            if !ids.contains(&id) {
                ids.push(id);
            }
            j = end;
            has_noun = noun;
        } else if words[j] == "allied" {
            j += 1;
        } else {
            return None;
        }
        let head = j;
        while j < t && j - head < ADJECTIVE_NP_WORDS && !ctx.mentions_cover(j) && np_word(ctx, j) {
            j += 1;
        }
        if j == head && !has_noun {
            // `Polish and allied jets`: the noun is shared with the next adjective.
            if j + 1 < t && words[j] == "and" {
                j += 1;
                continue;
            }
            // The adjective must modify a noun (`Polish jets`), not stand alone.
            return None;
        }
        if j + 1 < t && words[j] == "and" {
            j += 1;
            continue;
        }
        return Some((ids, j));
    }
}

/// Can token `k` be a word inside a subject noun phrase (`F-16`, `jets`, `naval
/// forces`)? Not punctuation other than a hyphen, not a function word.
fn np_word(ctx: &Ctx, k: usize) -> bool {
    let toks = ctx.input.toks;
    let w = toks.words[k].as_str();
    match ctx.kinds[k] {
        TokenKind::Word | TokenKind::Number => {
            !PREPOSITIONS.contains(&w)
                && !is_clause_break(toks.words, ctx.kinds, k)
                && !matches!(
                    w,
                    "and" | "or" | "the" | "a" | "an" | "that" | "have" | "has" | "had"
                )
                && !NEGATORS.contains(&w)
        }
        _ => w == "-",
    }
}

/// Nouns for what force hits that belong to an army's state (`Cambodian military
/// targets`, `Indian army positions`).
const HIT_ASSETS: &[&str] = &[
    "targets",
    "target",
    "positions",
    "position",
    "posts",
    "bases",
    "base",
    "sites",
    "installations",
    "facilities",
    "infrastructure",
];

/// `struck Cambodian military targets`: an army named as the owner of what is hit
/// is read as its state, the actor a use of force is aimed at.
fn owner_of_hit_assets(ctx: &Ctx, m: &Mention) -> Option<String> {
    let next = ctx.input.toks.words.get(m.tokens.end)?;
    if !HIT_ASSETS.contains(&next.as_str()) {
        return None;
    }
    let actor = ctx.input.actors.get(&m.actor)?;
    let label = actor.label.to_lowercase();
    let army = actor.kind == ActorKind::Organization
        && (label.ends_with(" army") || label.ends_with(" military"));
    army.then(|| actor.affiliation.clone()).flatten()
}

/// Plural heads whose `of` list is the subject (`the foreign ministers of China and
/// India met`).
const PLURAL_HEADS: &[&str] = &[
    "ministers",
    "commanders",
    "generals",
    "leaders",
    "presidents",
    "delegations",
    "envoys",
    "officials",
    "negotiators",
    "heads",
    "representatives",
    "diplomats",
    "governments",
    "militaries",
    "armies",
    "forces",
    "advisers",
    "advisors",
    "mediators",
    "observers",
    "experts",
    "troops",
    "ambassadors",
];

/// `the foreign ministers of China and India met`: the last member of a list after
/// `<plural head> of`, right before the trigger.
fn plural_head_of<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    let last = ctx
        .mentions
        .iter()
        .rev()
        .find(|m| m.tokens.end <= t && usable(m, ctx.input.actors))?;
    if t - last.tokens.end > 1 {
        return None;
    }
    let start = list_start(ctx, last);
    (start >= ctx.sent.start + 2
        && matches!(words[start - 1].as_str(), "of" | "from")
        && PLURAL_HEADS.contains(&words[start - 2].as_str()))
    .then_some(last)
}

/// `envoys from Egypt, Qatar and Turkey met the Hamas delegation`, matched by a
/// wording with its own slots inside the list: every member of the `from` list of
/// a plural head meets the object after the trigger (none meets another).
fn head_list_pairs(ctx: &Ctx, m: &Match, s: &Mention, force: bool) -> Vec<(String, String)> {
    let words = ctx.input.toks.words;
    let start = list_start(ctx, s);
    let headed = from_list(ctx, s) && PLURAL_HEADS.contains(&words[start - 2].as_str());
    let first = ctx.mentions.iter().find(|x| x.tokens.start == start);
    let (Some(first), true) = (first, headed) else {
        return Vec::new();
    };
    let sources = coordinated(ctx, first, Side::After);
    // `met in Amman` names a place, not whom they met.
    let targets = object_after(ctx, m.end, force)
        .filter(|t| !t.locative)
        .map(|t| coordinated(ctx, t, Side::After))
        .unwrap_or_default();
    if targets.is_empty() && sources.len() == 2 && RECIPROCAL.contains(&relation_of(ctx, m)) {
        // `envoys from Serbia and Kosovo met in Brussels`: a pair with no one else
        // to meet met each other.
        return mutual_pairs(&sources);
    }
    let mut pairs = Vec::new();
    for a in &sources {
        for b in targets.iter().filter(|b| *b != a) {
            pairs.push((a.clone(), b.clone()));
        }
    }
    pairs
}

/// The relation name of a match's pattern.
fn relation_of<'a>(ctx: &'a Ctx, m: &Match) -> &'a str {
    ctx.lexicon.relations[m.pattern].relation.as_str()
}

/// `advisers from Britain, France and Germany met`: is the mention's list the
/// `from` complement of a plural head? Its members act side by side, not on each
/// other.
fn from_list(ctx: &Ctx, m: &Mention) -> bool {
    let start = list_start(ctx, m);
    start >= ctx.sent.start + 2 && ctx.input.toks.words[start - 1] == "from"
}

/// Words that are prepositions or conjunctions (`after the talks`, `after Putin
/// and Trump spoke`).
const CONJUNCTION_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "as"];

/// `a day after Putin and Trump spoke`: an actor after a word that can open a
/// clause, with the trigger right behind it, is that clause's subject.
fn clause_opening_subject(ctx: &Ctx, start: usize, end: usize, t: usize) -> bool {
    let words = ctx.input.toks.words;
    start > ctx.sent.start
        && CONJUNCTION_PREPOSITIONS.contains(&words[start - 1].as_str())
        && end <= t
        && t - end <= 2
        && (end..t).all(|k| !PREPOSITIONS.contains(&words[k].as_str()) && words[k] != ",")
}

/// The first actor after the trigger in the same clause.
fn object_after<'a>(ctx: &'a Ctx, t: usize, force: bool) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let limit = (t + TARGET_WINDOW).min(ctx.sent.end);
    // `hosted his Argentine counterpart`: a possessive pronoun is a determiner.
    let m = ctx.mentions.iter().find(|m| {
        m.tokens.start >= t
            && m.tokens.start < limit
            && !is_possessive_pronoun(m, toks)
            && (usable(m, ctx.input.actors)
                || owner_of_unnamed(m, toks)
                // `fired on Thai positions`: what force hits belongs to its state.
                || (force && m.kind == MentionKind::Modifier))
    })?;
    // `struck what it called camps`: the subject of a relative clause is no object.
    if m.tokens.start > 0
        && matches!(
            toks.words[m.tokens.start - 1].as_str(),
            "what" | "which" | "that" | "who"
        )
    {
        return None;
    }
    // `met in Doha`: a place the event happens in is not the object, unless the
    // wording itself ends in the preposition (`arrived in Kyiv`).
    if !force
        && m.locative
        && (t..m.tokens.start).any(|k| matches!(toks.words[k].as_str(), "in" | "at"))
    {
        return None;
    }
    // Only a few words (`the`, `its neighbour`) may stand between: no new phrase.
    let gap = m.tokens.start - t;
    // `welcomed the decision of the EU`: one `of` right before the actor joins the
    // object noun to its owner.
    // `welcomed the decision by the EU`: so does `by` after a noun.
    let owner_of = |k: usize| {
        let w = toks.words[k].as_str();
        // `the sanctions imposed by Poland` is an agent, not an owner.
        let owner_by = w == "by" && k > t && !toks.words[k - 1].ends_with("ed");
        (matches!(w, "of" | "between") || owner_by) && m.tokens.start - k <= 2
    };
    let crosses = (t..m.tokens.start).any(|k| {
        let w = toks.words[k].as_str();
        is_clause_break(toks.words, ctx.kinds, k)
            || w == ","
            || (w == "and" && k == t)
            || (PREPOSITIONS.contains(&w) && k > t && !owner_of(k))
            // `fighting engulfed Khartoum`: a verb between makes a new clause.
            || (k > t && w.len() > 4 && w.ends_with("ed"))
    });
    let has_owner = (t..m.tokens.start).any(owner_of);
    (!crosses && gap <= if has_owner { 5 } else { 3 }).then_some(m)
}

/// Words that open the list of members of a plural object (`thanked its allies,
/// including Japan and Australia`).
const LIST_OPENERS: &[&str] = &[
    "naming",
    "including",
    "notably",
    "especially",
    "particularly",
    "namely",
    "chiefly",
    "mainly",
];

/// How far after the trigger the plural object's list may open.
const LIST_WINDOW: usize = 7;

/// `thanked "friendly countries", naming Saudi Arabia, Turkey and Qatar`: the
/// first actor of the list that names the members of the object noun right after
/// the trigger at `t`. Its coordinated members are the targets.
fn listed_object<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let words = toks.words;
    let limit = (t + LIST_WINDOW).min(ctx.sent.end);
    let opener = (t + 1..limit)
        .take_while(|&k| !is_clause_break(words, ctx.kinds, k) && !ctx.mentions_cover(k))
        .find(|&k| LIST_OPENERS.contains(&words[k].as_str()))?;
    // The object noun before the opener: a few plain words, at most one comma
    // right before the opener.
    let plain = (t..opener).all(|k| {
        let w = words[k].as_str();
        (w != "," || k + 1 == opener) && (!PREPOSITIONS.contains(&w) || w == "of")
    });
    if !plain {
        return None;
    }
    let first = if words.get(opener + 1).is_some_and(|w| w == "the") {
        opener + 2
    } else {
        opener + 1
    };
    ctx.mentions
        .iter()
        .find(|m| m.tokens.start == first && usable(m, ctx.input.actors))
}

/// `condemned Iran's missile attack on Israel`: a nominal event with an owner is the
/// owner's, not the clause subject's.
fn owner_before<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    // `Russian attacks on Kyiv`, `Iranian missile salvoes on Israel`: a demonym or a
    // mention whose event words were split off owns the event right after it.
    let touching = ctx.mentions.iter().find(|m| {
        m.tokens.end == t
            && (m.kind == MentionKind::Modifier || ctx.event_owners.binary_search(&t).is_ok())
    });
    if touching.is_some() {
        return touching;
    }
    let s = (t.saturating_sub(2).max(ctx.sent.start + 1)..t)
        .rev()
        .find(|&k| words[k] == "'s")?;
    ctx.mentions.iter().find(|m| {
        m.tokens.end == s && (usable(m, ctx.input.actors) || m.kind == MentionKind::Modifier)
    })
}

/// Prepositions before a place that is hit (`struck targets in Pakistan`).
const PLACE_HIT: &[&str] = &[
    "in", "on", "into", "across", "inside", "over", "against", "at",
];

/// For a use of force with no object: the state whose place is hit
/// (`struck what it called militant camps in Pakistan`).
fn place_hit<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let limit = (t + TARGET_WINDOW + 4).min(ctx.sent.end);
    let m = ctx.mentions.iter().find(|m| {
        m.tokens.start > t
            && m.tokens.start < limit
            && usable(m, ctx.input.actors)
            && PLACE_HIT.contains(&toks.words[m.tokens.start - 1].as_str())
    })?;
    let crosses = (t..m.tokens.start).any(|k| {
        is_clause_break(toks.words, ctx.kinds, k) || matches!(toks.words[k].as_str(), "," | "and")
    });
    (!crosses).then_some(m)
}

/// `Sudan's army-backed government cut ties with ...`: when the subject names no
/// actor, its owner at the head of the clause is the source.
fn possessor_subject<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let words = toks.words;
    let m = ctx
        .mentions
        .iter()
        .rev()
        .find(|m| m.tokens.end < t && is_possessor(m, toks))?;
    let head = m.tokens.end + 1..t;
    // `Mexico's president rejected`: a state named as an official's owner acts
    // through the official when the official is not named.
    let acts = usable(m, ctx.input.actors) || owner_of_unnamed(m, toks);
    if head.is_empty() || head.len() > 5 || !acts {
        return None;
    }
    let plain_head = head.clone().all(|k| {
        let w = words[k].as_str();
        !ctx.mentions_cover(k)
            && !is_clause_break(words, ctx.kinds, k)
            && (!PREPOSITIONS.contains(&w) || w == "of")
            && w != ","
            && (w != "and" || (k + 1 < t && toks.starts_upper(k + 1)))
    });
    let mut first = m.tokens.start;
    while first > ctx.sent.start && ctx.kinds[first - 1] == TokenKind::Quote {
        first -= 1;
    }
    let opens_clause = first == ctx.sent.start
        || matches!(
            words[first - 1].as_str(),
            "," | ";" | "that" | "and" | "but"
        );
    (plain_head && opens_clause).then_some(m)
}

/// `the International Criminal Court, which has issued a warrant`: the actor the
/// relative clause of the trigger hangs on, even as a prepositional object.
fn relative_antecedent<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let head = relative_clause_head(ctx.input.toks, t, ctx.sent.start)?;
    ctx.mentions
        .iter()
        .find(|m| m.tokens.end == head + 1 && usable(m, ctx.input.actors))
}

/// Verbs that charge someone with a deed named by a gerund after `of` or `for`.
const CHARGING_VERBS: &[&str] = &[
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "blame",
    "blames",
    "blamed",
    "blaming",
    "charge",
    "charges",
    "charged",
    "charging",
    "suspect",
    "suspects",
    "suspected",
];

/// `the UAE, which Khartoum blames for arming the RSF`: the one charged is the doer
/// of the deed whose gerund is the trigger at `t`, not the subject of the charge.
fn accused_doer<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    if t < ctx.sent.start + 2
        || !words[t].ends_with("ing")
        || !matches!(words[t - 1].as_str(), "of" | "for")
    {
        return None;
    }
    // `accused Tokyo of smearing` is read as a reported claim of the accuser; only
    // the relative clause (`which Khartoum blames for arming`) needs the charged one,
    // who heads the clause.
    let verb = t - 2;
    if !CHARGING_VERBS.contains(&words[verb].as_str()) {
        return None;
    }
    let subject = subject_before(ctx, verb)?;
    object_relative_head(ctx, subject, verb)
}

/// Words that may stand between the subject of an object relative clause and its
/// verb (`which Moscow has long accused`).
const RELATIVE_VERB_LEFT: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "long",
    "also",
    "still",
    "repeatedly",
    "previously",
    "openly",
    "now",
];

/// `Ukraine, which Russia invaded`, `Eritrea, whom Ethiopia accuses`: when the
/// subject `s` of the trigger at `t` opens an object relative clause (`which` or
/// `whom` after a comma), the actor that clause hangs on.
fn object_relative_head<'a>(ctx: &'a Ctx, s: &Mention, t: usize) -> Option<&'a Mention> {
    let words = ctx.input.toks.words;
    let close = s.tokens.end <= t
        && t - s.tokens.end <= 2
        && (s.tokens.end..t).all(|k| RELATIVE_VERB_LEFT.contains(&words[k].as_str()));
    if !close {
        return None;
    }
    let mut k = s.tokens.start;
    if k > ctx.sent.start && words[k - 1] == "the" {
        k -= 1;
    }
    if k < ctx.sent.start + 3 || !matches!(words[k - 1].as_str(), "which" | "whom") {
        return None;
    }
    if words[k - 2] != "," {
        return None;
    }
    let head_end = k - 2;
    ctx.mentions
        .iter()
        .find(|m| m.tokens.end == head_end && usable(m, ctx.input.actors))
}

/// How far after a passive trigger its `by` agent may stand (`was criticised on
/// Monday by`).
const AGENT_WINDOW: usize = 6;

/// The pairs of an active wording used in the passive: the agent after `by` later
/// in the clause acts on the subject.
fn passive_pairs(ctx: &Ctx, m: &Match, frame: Frame) -> Vec<(String, String)> {
    let toks = ctx.input.toks;
    let words = toks.words;
    let limit = (m.end + AGENT_WINDOW).min(ctx.sent.end);
    let Some(by) = (m.end..limit)
        .take_while(|&k| words[k] != "," && !is_clause_break(words, ctx.kinds, k))
        .find(|&k| words[k] == "by")
    else {
        return Vec::new();
    };
    let agent = ctx
        .mentions
        .iter()
        .find(|x| x.tokens.start > by && x.tokens.start <= by + 2 && usable(x, ctx.input.actors));
    let (Some(agent), Some(subject)) = (agent, subject_before(ctx, m.trigger_start)) else {
        return Vec::new();
    };
    let sources = coordinated(ctx, agent, Side::After);
    let targets = coordinated(ctx, subject, Side::Before);
    let mut pairs = Vec::new();
    for a in &sources {
        for b in targets.iter().filter(|b| *b != a) {
            pairs.push((a.clone(), b.clone()));
            if frame == Frame::Sym {
                pairs.push((b.clone(), a.clone()));
            }
        }
    }
    pairs
}

/// Does the participle at `t` hang on a plain noun before it, as a reduced
/// relative (`aid offered by`, `the deal mediated by`), not on an auxiliary or an
/// actor?
fn after_event_noun(ctx: &Ctx, t: usize) -> bool {
    let words = ctx.input.toks.words;
    if t <= ctx.sent.start {
        return false;
    }
    let k = t - 1;
    let w = words[k].as_str();
    let is_actor = ctx.mentions.iter().any(|x| x.tokens.contains(&k));
    !is_actor
        && w.chars().all(|c| c.is_ascii_lowercase())
        && w.len() > 2
        && !NOT_EVENT_NOUNS.contains(&w)
        && !w.ends_with("ly")
}

/// Words before a participle that are no noun it could describe.
const NOT_EVENT_NOUNS: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "and", "not", "who", "which", "that", "had",
    "has", "have", "get", "got", "gets", "then", "also", "the",
];

/// Prepositions that name the party an event noun concerns after its agents
/// (`sanctions imposed by the EU on Iran`, `talks hosted by Oman between ...`).
const CONCERNED_PARTY_PREPOSITIONS: &[&str] = &["between", "on", "against", "for", "to", "with"];

/// The pairs of an event noun with a `by` agent (`a ceasefire brokered by Qatar and
/// Turkey`): each coordinated agent with each party the phrase names after it, or
/// else, for talks served by a third party, the sides of the last mutual event.
fn noun_event_pairs(ctx: &Ctx, entry: &RelationEntry, agent: &Mention) -> Vec<(String, String)> {
    let words = ctx.input.toks.words;
    let sources = coordinated(ctx, agent, Side::After);
    let party = ctx.mentions.iter().find(|x| {
        let mut k = x.tokens.start;
        if k > ctx.sent.start + 1 && words[k - 1] == "the" {
            k -= 1;
        }
        x.tokens.start > agent.tokens.end
            && x.tokens.start < ctx.sent.end
            && usable(x, ctx.input.actors)
            && k > agent.tokens.end
            && CONCERNED_PARTY_PREPOSITIONS.contains(&words[k - 1].as_str())
            && !(agent.tokens.end..k)
                .any(|j| words[j] == "," || is_clause_break(words, ctx.kinds, j))
    });
    let targets = match party {
        Some(p) if p.group.len() >= 2 => p.group.clone(),
        Some(p) => coordinated(ctx, p, Side::After),
        None if anaphora::serves_talks(entry) => anaphora::last_mutual_parties(ctx, &sources),
        None => Vec::new(),
    };
    let mut pairs = Vec::new();
    for a in &sources {
        for b in targets.iter().filter(|b| *b != a) {
            pairs.push((a.clone(), b.clone()));
        }
    }
    pairs
}

/// `... accused by X`: the actor right after `by`.
fn agent_after<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let by = (t.saturating_sub(1)..(t + 3).min(ctx.sent.end)).find(|&k| toks.words[k] == "by")?;
    ctx.mentions
        .iter()
        .find(|m| m.tokens.start > by && m.tokens.start <= by + 2 && usable(m, ctx.input.actors))
}

/// `In Kyiv, speaking alongside Rutte, Zelensky said`: an opening participle phrase
/// takes the subject after its comma.
fn fronted_subject<'a>(ctx: &'a Ctx, m: &Match, target: Option<&Mention>) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    // `Shoigu, speaking after talks with Wang Yi, criticized Macron`: a phrase after
    // the subject is no fronted phrase; the actor after its comma is an object.
    let subject_first = ctx.mentions.iter().any(|x| {
        x.tokens.end <= m.start
            && usable(x, ctx.input.actors)
            && !x.locative
            && is_subject_position(toks, x.tokens.start, x.tokens.end)
    });
    if subject_first {
        return None;
    }
    // `He spoke with Trump together with Macron, Starmer and Tusk`: only a phrase
    // that opens the sentence (`In Kyiv, speaking ...`, `Speaking in Paris, ...`)
    // is fronted.
    let mut first = ctx.sent.start;
    while first < m.start && ctx.kinds[first] == TokenKind::Quote {
        first += 1;
    }
    let opener = toks.words[first].as_str();
    if first != m.start && !PREPOSITIONS.contains(&opener) && !opener.ends_with("ing") {
        return None;
    }
    let comma = (m.end..ctx.sent.end).find(|&k| toks.words[k] == ",")?;
    ctx.mentions.iter().find(|m| {
        m.tokens.start > comma
            && m.tokens.start <= comma + 2
            && usable(m, ctx.input.actors)
            && Some(*m) != target
    })
}

/// Verbs of appeal and wish whose `to` complement is only wanted (`urged Washington
/// to help`, `called on the leaders to agree on sanctions`, `hoped to continue`).
const APPEAL_VERBS: &[&str] = &[
    "urge",
    "urged",
    "urges",
    "urging",
    "call",
    "called",
    "calls",
    "calling",
    "ask",
    "asked",
    "asks",
    "asking",
    "press",
    "pressed",
    "presses",
    "pressing",
    "encourage",
    "encouraged",
    "encourages",
    "challenged",
    "challenges",
    "invited",
    "invites",
    "want",
    "wants",
    "wanted",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "wish",
    "wished",
    "wishes",
    "seek",
    "seeks",
    "sought",
    "demand",
    "demanded",
    "demands",
    "appealed",
    "appeals",
    "pleaded",
];

/// How far before a trigger the `to` of an appeal's complement may stand, and
/// how far before that `to` the appeal verb.
const APPEAL_REACH: (usize, usize) = (8, 5);

/// Is the event at `t` inside the `to` complement of an appeal or wish (`urged
/// Washington to help South Africa`)? Then it is wanted, not done.
fn under_appeal(ctx: &Ctx, t: usize) -> bool {
    let words = ctx.input.toks.words;
    let clause_word = |k: usize| is_clause_break(words, ctx.kinds, k) || words[k] == ",";
    let lo = t.saturating_sub(APPEAL_REACH.0).max(ctx.sent.start);
    let Some(to) = (lo..t)
        .rev()
        .take_while(|&k| !clause_word(k))
        .find(|&k| words[k] == "to")
    else {
        return false;
    };
    let lo = to.saturating_sub(APPEAL_REACH.1).max(ctx.sent.start);
    (lo..to)
        .rev()
        .take_while(|&k| !clause_word(k))
        .any(|k| APPEAL_VERBS.contains(&words[k].as_str()))
}

/// Modality and claimant: a relation inside someone's statement is reported by them.
fn modality_of(
    ctx: &Ctx,
    m: &Match,
    pattern: Modality,
    source: &str,
) -> (Modality, Option<String>) {
    let toks = ctx.input.toks;
    let at = toks.seg.tokens[m.trigger_start].span;
    let claim = ctx
        .said
        .containing(at)
        .find(|s| s.speaker.as_deref().is_some_and(|sp| sp != source));
    let reported_by = claim.and_then(|s| s.speaker.clone());
    let hypothetical = {
        let from = m.start.saturating_sub(MODIFIER_WINDOW).max(ctx.sent.start);
        let to = (m.end + 3).min(ctx.sent.end);
        (from..m.start).any(|k| HYPOTHETICAL.contains(&toks.words[k].as_str()))
            // `a meeting between Putin and Zelensky was possible`
            || (m.end..to).any(|k| IRREALIS_AFTER.contains(&toks.words[k].as_str()))
            // `Will Beijing retaliate?`: a question asserts nothing.
            || toks.words[ctx.sent.start..ctx.sent.end].iter().any(|w| w == "?")
    };
    let hypothetical = hypothetical || under_appeal(ctx, m.start);
    let modality = match pattern {
        Modality::Asserted if hypothetical => Modality::Hypothetical,
        Modality::Asserted if reported_by.is_some() => Modality::Reported,
        other => other,
    };
    (modality, reported_by)
}

/// `his Chinese counterpart, Liu Jinsong` in the few words after `end` (the end of
/// a trigger): the person the apposition names.
fn counterpart_named_after(ctx: &Ctx, end: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let last = (end + 5).min(ctx.sent.end);
    let noun =
        (end..last).find(|&k| matches!(words[k].as_str(), "counterpart" | "counterparts"))?;
    if noun + 2 >= ctx.sent.end || words[noun + 1] != "," {
        return None;
    }
    let named = ctx
        .mentions
        .iter()
        .find(|x| x.tokens.start == noun + 2 && usable(x, ctx.input.actors))?;
    ctx.input
        .is_person(&named.actor)
        .then(|| named.actor.clone())
}

/// Words before `to` that make what follows a plan (`expected to meet`) or a
/// commitment (`ready to send`, `pledged to lift`, `wants to strengthen`).
const PLANNED_BY: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "expected",
    "due",
    "set",
    "scheduled",
    "slated",
    "going",
    "intends",
    "intend",
    "intended",
    "hopes",
    "hope",
    "hoped",
    "is",
    "are",
    "ready",
    "willing",
    "prepared",
    "eager",
    "keen",
    "determined",
    "committed",
    "pledge",
    "pledges",
    "pledged",
    "promise",
    "promises",
    "promised",
    "vow",
    "vows",
    "vowed",
    "offer",
    "offers",
    "offered",
    "agree",
    "agrees",
    "agreed",
    "want",
    "wants",
    "wanted",
    "decided",
    "aims",
    "seeks",
];

/// Words that end the clause a future marker may govern the trigger from.
const CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", "and", "but", "after", "before", "since", "when", "while", "who", "which",
    "that", "as",
];

/// How far before the trigger a future marker may stand (`will on Friday hold
/// talks with`).
const FUTURE_WINDOW: usize = 6;

/// Is the code a threat (13), the intent form of a conflictual act?
fn is_threat(code: &str) -> bool {
    code.starts_with("13")
}

/// The event an act becomes under another code (its intent or its refusal): the
/// relation and label say which, the frame is the act's, and `modality` is the one
/// the new code carries (an intent is intended; a refusal or a threat asserted).
fn recoded(
    lexicon: &Lexicon,
    act: &RelationEntry,
    code: &str,
    modality: Modality,
) -> Option<RelationEntry> {
    let (goldstein, quad_class) = lexicon.goldstein(code)?;
    let (relation, label) = if code.starts_with("03") {
        ("intends_to", "intends to")
    } else if is_threat(code) {
        ("threatens_to", "threatens to")
    } else {
        ("refuses_to", "refuses to")
    };
    Some(RelationEntry {
        relation: format!("{relation}_{}", act.relation),
        cameo: code.to_string(),
        goldstein,
        quad_class,
        frame: act.frame,
        modality,
        label: format!("{label}: {}", act.label),
    })
}

/// Verbal acts done by saying them (`I want to thank him`, `we wish to welcome the
/// decision`): a wish or plan before them does not make them intents.
const SAID_ACTS: &[&str] = &["praises", "thanks", "welcomes", "apologizes_to"];

/// Does the sentence make everything in it conditional or a question?
fn conditional_sentence(ctx: &Ctx) -> bool {
    ctx.input.toks.words[ctx.sent.start..ctx.sent.end]
        .iter()
        .any(|w| w == "if" || w == "unless" || w == "?")
}

/// The intent code of an act still to come: after `will`, `would` (not `would
/// have`), or a plan or commitment before `to` (`expected to`, `ready to`,
/// `pledged to`) in its own clause. An intent of cooperation (03) is not read in an
/// `if` sentence; a threat (13) often comes with its condition (`if provoked, we
/// will strike`), and only its own clause must not be the condition.
fn intended_act<'a>(ctx: &Ctx<'a>, m: &Match, entry: &RelationEntry) -> Option<&'a str> {
    let words = ctx.input.toks.words;
    if entry.modality != Modality::Asserted || SAID_ACTS.contains(&entry.relation.as_str()) {
        return None;
    }
    let (intent, _) = ctx.lexicon.intent_and_refusal(&entry.cameo)?;
    let question = words[ctx.sent.start..ctx.sent.end].iter().any(|w| w == "?");
    if question || (!is_threat(intent) && conditional_sentence(ctx)) {
        return None;
    }
    if goes_on_after(ctx, m) {
        // `their attacks on Israel will continue until ...`: an act said to go on
        // is still to come.
        return Some(intent);
    }
    let marker = clause_before(ctx, m).find(|&k| {
        let w = words[k].as_str();
        (matches!(w, "will" | "'ll" | "shall" | "would")
            && words.get(k + 1).is_none_or(|n| n != "have"))
            || (w == "to"
                && k > ctx.sent.start
                && PLANNED_BY.contains(&words[k - 1].as_str())
                && !words
                    .get(k + 1)
                    .is_some_and(|n| DETERMINERS.contains(&n.as_str())))
    })?;
    let between = &words[marker + 1..m.trigger_start];
    let ends_it = between.iter().any(|w| ENDING.contains(&w.as_str()));
    // `agreed to a truce brokered by Egypt`: a participle after the noun the marker
    // governs is not what is intended; `will be hosted by` is.
    let participle_apart = entry.frame == Frame::Passive && !between.iter().any(|w| w == "be");
    (!in_condition(ctx, marker) && !ends_it && !participle_apart).then_some(intent)
}

/// Verbs that say an act goes on (`the strikes will continue`, `will go on`).
/// (`go` counts only before `on`.)
const GOING_ON: &[&str] = &["continue", "resume", "persist", "intensify", "escalate"];

/// How many words after a match its `will continue` may stand (past the target's
/// name: `the strikes on the Houthi rebels will continue`).
const GOING_ON_WINDOW: usize = 6;

/// Is the act named by `m` the subject of a future `go on` in its own clause (`the
/// attacks on Israel will continue`, `strikes on Kyiv would resume`)? A past
/// (`had continued`) or a negated future (`will not continue`) is none.
fn goes_on_after(ctx: &Ctx, m: &Match) -> bool {
    let words = ctx.input.toks.words;
    let last = (m.end + GOING_ON_WINDOW).min(ctx.sent.end);
    let Some(k) = (m.end..last)
        .take_while(|&k| !CLAUSE_BREAKS.contains(&words[k].as_str()))
        .find(|&k| matches!(words[k].as_str(), "will" | "would" | "shall" | "'ll"))
    else {
        return false;
    };
    let goes_on = match words.get(k + 1).map(String::as_str) {
        Some("go") => words.get(k + 2).is_some_and(|w| w == "on"),
        Some(w) => GOING_ON.contains(&w),
        None => false,
    };
    goes_on && !in_condition(ctx, k)
}

/// Words after `to` that make it a preposition (`agreed to a truce`, `committed to
/// the alliance`), not the mark of an intended verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any",
    "all", "some",
];

/// Verbs of ending or lessening between a future marker and the act (`will stop
/// bombing the Houthis`, `will cut its levies on`): what is intended is the end of
/// the act, not the act.
const ENDING: &[&str] = &[
    "stop", "end", "cut", "lower", "lift", "ease", "halt", "suspend", "pause", "cease", "reduce",
    "drop", "scrap", "remove", "withdraw", "abandon", "quit", "leave",
];

/// Is the word at `k` in an `if`, `unless` or `whether` clause (`if Moscow would
/// attack`)?
fn in_condition(ctx: &Ctx, k: usize) -> bool {
    let words = ctx.input.toks.words;
    (ctx.sent.start..k)
        .rev()
        .take_while(|&j| !CLAUSE_BREAKS.contains(&words[j].as_str()))
        .any(|j| matches!(words[j].as_str(), "if" | "unless" | "whether"))
}

/// The words before the trigger of `m` that a future marker may stand on, nearest
/// first: at most [`FUTURE_WINDOW`], in the trigger's clause.
fn clause_before<'a>(ctx: &'a Ctx, m: &Match) -> impl Iterator<Item = usize> + 'a {
    let words = ctx.input.toks.words;
    let from = m
        .trigger_start
        .saturating_sub(FUTURE_WINDOW)
        .max(ctx.sent.start);
    (from..m.trigger_start)
        .rev()
        .take_while(move |&k| !CLAUSE_BREAKS.contains(&words[k].as_str()))
}

/// Verbs of refusing before `to` (`refused to meet`, `declines to lift`).
const REFUSING: &[&str] = &[
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "decline",
    "declines",
    "declined",
    "declining",
];

/// The refusal code of a negated cooperative act (roots 04-08) when the negation
/// is a refusal: a future denied (`will not send`, `won't meet`, `would never
/// recognise`) or a verb of refusing (`refused to withdraw`). A past denied (`did
/// not release`) is no event, and no code comes back for it.
fn refused_act<'a>(ctx: &Ctx<'a>, m: &Match, entry: &RelationEntry) -> Option<&'a str> {
    let words = ctx.input.toks.words;
    if entry.modality != Modality::Asserted || conditional_sentence(ctx) {
        return None;
    }
    let refusal = ctx.lexicon.intent_and_refusal(&entry.cameo)?.1?;
    let refusing = clause_before(ctx, m).find_map(|k| {
        let w = words[k].as_str();
        let before = |set: &[&str]| k > ctx.sent.start && set.contains(&words[k - 1].as_str());
        if matches!(w, "not" | "n't" | "never") {
            // `will not only send`: no negation of the act.
            let only = words.get(k + 1).is_some_and(|n| n == "only");
            return Some(!only && before(&["will", "wo", "would", "shall", "'ll"]));
        }
        (w == "to" && before(REFUSING)).then_some(true)
    });
    refusing.unwrap_or(false).then_some(refusal)
}
