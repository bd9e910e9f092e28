//! Relations: CAMEO-coded events between actors, read with the patterns of
//! `relations.tsv` over each sentence, with negation, modality, reported claims
//! (`Trump said Russia had agreed to ...`), the event date and the evidence span.
//!
//! Source and target come from the pattern's `@S`/`@T` slots when it has them, else
//! from its frame: the subject before the trigger and the first actor after it
//! (`svo`), the reverse with a `by` agent (`passive`), or both directions (`sym`).

use crate::dates::{date_of_event, TimeExpr};
use crate::lexicon::patterns::{Match, TokenView};
use crate::lexicon::{Frame, Lexicon};
use crate::model::Tokens;
use crate::model::{
    ActorKind, LocalActor, Mention, MentionKind, Modality, Relation, Statement, TokenKind,
};
use crate::syntax::{is_clause_break, is_name_use, is_subject_position, reaches, PREPOSITIONS};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Words before a trigger that negate it in the same clause.
const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "without", "cannot", "refused", "declined",
    "failed",
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

/// Extract every relation of the document, in text order.
pub fn relations(input: &RelationInput, lexicon: &Lexicon) -> Vec<Relation> {
    let toks = input.toks;
    let n = toks.words.len();
    let kinds: Vec<TokenKind> = toks.seg.tokens.iter().map(|t| t.kind).collect();
    let mut start = vec![None; n];
    let mut inside = vec![false; n];
    for (i, m) in input.mentions.iter().enumerate() {
        if usable(m, input.actors) {
            start[m.tokens.start] = Some((i, m.tokens.end));
        }
        for t in m.tokens.clone() {
            inside[t] = true;
        }
    }
    let skippable = crate::syntax::skippable_tokens(toks);
    let view = TokenView {
        words: toks.words,
        kinds: &kinds,
        mention_start: &start,
        in_mention: &inside,
        skippable: &skippable,
    };
    let mut out: Vec<Relation> = Vec::new();
    for (si, sent) in toks.seg.sentences.iter().enumerate() {
        for m in lexicon
            .relation_patterns
            .find_all(&view, sent.tokens.start, sent.tokens.end)
        {
            if negated(toks.words, &kinds, m.trigger_start, sent.tokens.start)
                || is_name_use(toks, m.trigger_start, sent.tokens.start)
            {
                continue;
            }
            let entry = &lexicon.relations[m.pattern];
            let ctx = Ctx {
                input,
                kinds: &kinds,
                sent: sent.tokens.clone(),
            };
            for (source, target) in endpoints(&ctx, &m, entry.frame, &entry.relation) {
                if source == target {
                    continue;
                }
                let (modality, reported_by) = modality_of(&ctx, &m, entry.modality, &source);
                let (date, _) = date_of_event(
                    input.times,
                    sent.tokens.clone(),
                    m.trigger_start,
                    input.date,
                );
                let rel = Relation {
                    source,
                    target,
                    relation: entry.relation.clone(),
                    label: entry.label.clone(),
                    cameo: entry.cameo.clone(),
                    goldstein: entry.goldstein,
                    quad_class: entry.quad_class,
                    modality,
                    reported_by,
                    date,
                    evidence: sent.span,
                    trigger: toks.span_of_range(m.trigger_start..m.trigger_end),
                };
                let dup = out.iter().any(|r| {
                    r.source == rel.source
                        && r.target == rel.target
                        && r.cameo == rel.cameo
                        && r.evidence == rel.evidence
                });
                if !dup {
                    out.push(rel);
                }
            }
        }
        let _ = si;
    }
    out
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
        if NEGATORS.contains(&w) {
            return true;
        }
        seen += 1;
    }
    false
}

/// Can a mention be a source or target? Not a modifier, and not a news outlet
/// (`speaking to NBC` is an interview, not talks).
fn usable(m: &Mention, actors: &BTreeMap<String, LocalActor>) -> bool {
    m.kind != MentionKind::Modifier
        && actors
            .get(&m.actor)
            .is_none_or(|a| a.kind != ActorKind::Media)
}

fn members(m: &Mention) -> Vec<String> {
    if m.group.is_empty() {
        vec![m.actor.clone()]
    } else {
        m.group.clone()
    }
}

/// The (source, target) pairs of a match.
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
];

fn endpoints(ctx: &Ctx, m: &Match, frame: Frame, relation: &str) -> Vec<(String, String)> {
    let mentions = ctx.input.mentions;
    let slot = |i: Option<usize>| i.map(|i| &mentions[i]);
    let explicit_source = slot(m.source);
    let explicit_target = slot(m.target);
    let (source, target) = match frame {
        Frame::Passive => {
            let target = explicit_target.or_else(|| subject_before(ctx, m.trigger_start));
            let source = explicit_source.or_else(|| agent_after(ctx, m.trigger_end));
            (source, target)
        }
        Frame::Svo | Frame::Sym => {
            let target = explicit_target.or_else(|| object_after(ctx, m.end));
            let source = explicit_source
                .or_else(|| subject_before(ctx, m.start))
                .or_else(|| fronted_subject(ctx, m.end, target));
            (source, target)
        }
    };
    let sources: Vec<String> = source
        .map(|s| coordinated(ctx, s, Side::Before))
        .unwrap_or_default();
    let targets: Vec<String> = target
        .map(|t| coordinated(ctx, t, Side::After))
        .unwrap_or_default();
    let mut pairs = Vec::new();
    let nominal = m.start > ctx.sent.start
        && matches!(
            ctx.input.toks.words[m.start - 1].as_str(),
            "the" | "a" | "an" | "this" | "that" | "any"
        );
    let reciprocal = frame == Frame::Sym || RECIPROCAL.contains(&relation);
    if targets.is_empty() && sources.len() >= 2 && reciprocal && !nominal {
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
    pairs.sort();
    pairs.dedup();
    pairs
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
    let mentions = ctx.input.mentions;
    let Some(i) = mentions.iter().position(|x| std::ptr::eq(x, m)) else {
        return members(m);
    };
    let joins = |a: &Mention, b: &Mention| {
        b.tokens.start == a.tokens.end + 1
            && matches!(toks.words[a.tokens.end].as_str(), "and" | "," | "&")
    };
    let (mut lo, mut hi) = (i, i);
    match side {
        Side::Before => {
            while lo > 0
                && joins(&mentions[lo - 1], &mentions[lo])
                && usable(&mentions[lo - 1], ctx.input.actors)
            {
                lo -= 1;
            }
        }
        Side::After => {
            while hi + 1 < mentions.len()
                && joins(&mentions[hi], &mentions[hi + 1])
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

/// The first token of the coordinated list a mention ends (`Britain, France and
/// Germany`), or the mention's own start.
fn list_start(ctx: &Ctx, m: &Mention) -> usize {
    let toks = ctx.input.toks;
    let mentions = ctx.input.mentions;
    let mut start = m.tokens.start;
    while start >= 2 && matches!(toks.words[start - 1].as_str(), "and" | ",") {
        match mentions.iter().find(|x| x.tokens.end == start - 1) {
            Some(prev) => start = prev.tokens.start,
            None => break,
        }
    }
    start
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
    let candidates: Vec<&Mention> = ctx
        .input
        .mentions
        .iter()
        .filter(|m| {
            m.tokens.start >= ctx.sent.start
                && m.tokens.end <= t
                && usable(m, ctx.input.actors)
                && !m.locative
                && is_subject_position(toks, m.tokens.start, m.tokens.end)
        })
        .collect();
    let nearest = candidates.last()?;
    // `advisers from Britain, France and Germany met`: a list is a subject only if
    // its first member is.
    let chain_start = list_start(ctx, nearest);
    if !is_subject_position(toks, chain_start, nearest.tokens.end) {
        return None;
    }
    if reaches(ctx.input.toks, nearest.tokens.end, t) {
        return Some(nearest);
    }
    if adjunct_participle(ctx, t) {
        // `Zelensky, after meeting Erdogan`: the subject the adjunct hangs on.
        return Some(nearest);
    }
    None
}

/// The first actor after the trigger in the same clause.
fn object_after<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let limit = (t + TARGET_WINDOW).min(ctx.sent.end);
    let m =
        ctx.input.mentions.iter().find(|m| {
            m.tokens.start >= t && m.tokens.start < limit && usable(m, ctx.input.actors)
        })?;
    // Only a few words (`the`, `its neighbour`) may stand between: no new phrase.
    let gap = m.tokens.start - t;
    let crosses = (t..m.tokens.start).any(|k| {
        let w = toks.words[k].as_str();
        is_clause_break(toks.words, ctx.kinds, k)
            || w == ","
            || (w == "and" && k == t)
            || (PREPOSITIONS.contains(&w) && k > t)
    });
    (!crosses && gap <= 3).then_some(m)
}

/// `... accused by X`: the actor right after `by`.
fn agent_after<'a>(ctx: &'a Ctx, t: usize) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let by = (t.saturating_sub(1)..(t + 3).min(ctx.sent.end)).find(|&k| toks.words[k] == "by")?;
    ctx.input
        .mentions
        .iter()
        .find(|m| m.tokens.start > by && m.tokens.start <= by + 2 && usable(m, ctx.input.actors))
}

/// `In Kyiv, speaking alongside Rutte, Zelensky said`: an opening participle phrase
/// takes the subject after its comma.
fn fronted_subject<'a>(ctx: &'a Ctx, t: usize, target: Option<&Mention>) -> Option<&'a Mention> {
    let toks = ctx.input.toks;
    let comma = (t..ctx.sent.end).find(|&k| toks.words[k] == ",")?;
    ctx.input.mentions.iter().find(|m| {
        m.tokens.start > comma
            && m.tokens.start <= comma + 2
            && usable(m, ctx.input.actors)
            && Some(*m) != target
    })
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
    let claim =
        ctx.input.statements.iter().find(|s| {
            s.content.contains(at) && s.speaker.as_deref().is_some_and(|sp| sp != source)
        });
    let reported_by = claim.and_then(|s| s.speaker.clone());
    let hypothetical = {
        let from = m.start.saturating_sub(MODIFIER_WINDOW).max(ctx.sent.start);
        let to = (m.end + 3).min(ctx.sent.end);
        (from..m.start).any(|k| HYPOTHETICAL.contains(&toks.words[k].as_str()))
            // `a meeting between Putin and Zelensky was possible`
            || (m.end..to).any(|k| IRREALIS_AFTER.contains(&toks.words[k].as_str()))
    };
    let modality = match pattern {
        Modality::Asserted if hypothetical => Modality::Hypothetical,
        Modality::Asserted if reported_by.is_some() => Modality::Reported,
        other => other,
    };
    (modality, reported_by)
}
