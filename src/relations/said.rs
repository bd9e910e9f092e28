//! Events that are what someone said: a statement that criticizes, accuses,
//! rejects, threatens, demands of or praises an actor is that event (the gold
//! guideline codes it so, as event coders do). The `quote` patterns of
//! `relations.tsv` are read inside each statement with a known speaker; the speaker
//! is the source and the target is the pattern's `@T`, else the nearest other actor
//! in the statement's sentence, else the one actor the statement is about.

use super::anaphora::{answers_earlier_events, names_said_or_done, Earlier};
use super::{is_clause_break, negated, own_side, usable, Ctx, Reading, STATE_BODIES};
use crate::dates::date_of_event;
use crate::lexicon::patterns::{Match, TokenView};
use crate::lexicon::{Frame, Lexicon, RelationEntry};
use crate::model::{Mention, Modality, Relation, Span, Statement, TokenKind};
use std::ops::Range;

/// The relations that the statements over this sentence are: the `quote` patterns
/// read in the part of each statement that lies in the sentence.
pub(super) fn relations_in_sentence(
    ctx: &Ctx,
    lexicon: &Lexicon,
    view: &TokenView,
) -> Vec<Relation> {
    let toks = ctx.input.toks;
    let sent_span = Span::new(
        toks.seg.tokens[ctx.sent.start].span.start,
        toks.seg.tokens[ctx.sent.end - 1].span.end,
    );
    let mut out = Vec::new();
    for said in ctx.said.overlapping(sent_span) {
        let Some(speaker) = said.speaker.as_deref() else {
            continue;
        };
        let inside = tokens_of(ctx, said.content);
        let range = inside.start.max(ctx.sent.start)..inside.end.min(ctx.sent.end);
        if range.is_empty() {
            continue;
        }
        let is_quote = |p: usize| lexicon.relations[p].frame == Frame::Quote;
        let matches =
            lexicon
                .relation_patterns
                .find_all_where(view, range.start, range.end, is_quote);
        for m in &matches {
            if inside_longer(m, &matches) {
                continue;
            }
            if negated(toks.words, ctx.kinds, m.trigger_start, range.start)
                || clause_denied(ctx, m.trigger_start)
            {
                continue;
            }
            let entry = &lexicon.relations[m.pattern];
            let targets = match m.target {
                Some(i) => Some(ctx.input.mentions[i].actor.clone())
                    .filter(|t| !own_side(ctx, speaker, t))
                    .into_iter()
                    .collect(),
                None if entry.relation == CONDUCT_RELATION => {
                    conduct_owner(ctx, speaker, range.start, m.trigger_start)
                        .into_iter()
                        .collect()
                }
                None if ends_in_object_pronoun(ctx, m) => {
                    pronoun_object(ctx, said, speaker, range.clone(), m.trigger_start)
                        .into_iter()
                        .collect()
                }
                None => free_target(ctx, said, speaker, range.clone(), m, entry),
            };
            let date = said.date.or_else(|| {
                date_of_event(
                    ctx.input.times,
                    ctx.sent.clone(),
                    m.trigger_start,
                    ctx.input.date,
                )
                .0
            });
            for target in targets {
                let reading = Reading {
                    modality: Modality::Asserted,
                    reported_by: None,
                    date,
                    evidence: sent_span,
                    trigger: toks.span_of_range(m.trigger_start..m.trigger_end),
                };
                out.push(entry.event(speaker.to_string(), target, reading));
            }
        }
    }
    out
}

/// The target of a statement's evaluative words when the pattern names none: the
/// demonym heading the trigger, the nearest other actor in its clause, a demonym
/// owning a noun there (before the trigger, or after it for the people and bodies of
/// a state: `grateful to our Lithuanian friends`), the actor the statement is said
/// of, an act named again whose doer stands in the sentences before (`called the
/// tariffs unjust`), else the one actor the statement is about.
fn free_target(
    ctx: &Ctx,
    said: &Statement,
    speaker: &str,
    range: Range<usize>,
    m: &Match,
    entry: &RelationEntry,
) -> Vec<String> {
    let t = m.trigger_start;
    let single = heading_demonym(ctx, speaker, range.start, t)
        .or_else(|| nearest_target(ctx, speaker, range.clone(), t))
        .or_else(|| nearest_demonym(ctx, speaker, range.clone(), t))
        .or_else(|| following_demonym(ctx, speaker, range.end, m.trigger_end))
        .or_else(|| said_of(ctx, said, speaker))
        .or_else(|| addressee_referred(ctx, said, speaker, range.start, t));
    if let Some(id) = single {
        return vec![id];
    }
    answers_earlier_events(entry)
        .then(|| doer_named_back(ctx, speaker, range.start, t))
        .flatten()
        .or_else(|| only_about(ctx, said, speaker))
        .into_iter()
        .collect()
}

/// Who did the act that a definite noun of the statement before the trigger at `t`
/// names again (`called the tariffs unjust`, `said the veto was shameful`): the
/// source of the latest relation in the sentences before whose trigger shares the
/// noun's stem (`imposed new tariffs`, `vetoed`), not on the speaker's side. A
/// relation of another kind is no antecedent: in `the EU listed a refinery ...
/// Nayara called the listing unjust`, the latest act may be someone else's.
fn doer_named_back(ctx: &Ctx, speaker: &str, start: usize, t: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let k = (start..t).find(|&k| DEFINITE.contains(&words[k].as_str()))?;
    let noun = (k + 1..(k + 4).min(t))
        .take_while(|&j| !ctx.mentions_cover(j))
        .map(|j| words[j].as_str())
        .find(|w| names_said_or_done(w))?;
    let stem = noun.get(..STEM)?;
    let text = ctx.input.toks.text;
    let shares_stem = |r: &Relation| {
        r.trigger
            .slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.get(..STEM).is_some_and(|p| p.eq_ignore_ascii_case(stem)))
    };
    let find = |earlier: &Earlier| {
        earlier
            .latest_first()
            .find(|r| shares_stem(r) && !own_side(ctx, speaker, &r.source))
            .map(|r| r.source.clone())
    };
    find(&ctx.earlier).or_else(|| find(&ctx.earlier.far()))
}

/// Words that make a noun point back to something named before.
const DEFINITE: &[&str] = &["the", "this", "that", "these", "those"];

/// How many leading letters a noun and a trigger word share to name one act
/// (`tariff` and `tariffs`, `veto` and `vetoed`, `decision` and `decided`).
const STEM: usize = 4;

/// The relation name of the rows whose words judge an act only when an actor owns
/// it (`dangerous`: `how dangerous China's actions had become`, not `the roads are
/// dangerous`).
const CONDUCT_RELATION: &str = "criticizes_conduct";

/// Nouns for an actor's conduct, beside the nouns for things said or done.
const CONDUCT_NOUNS: &[&str] = &[
    "conduct",
    "activities",
    "activity",
    "tactics",
    "manoeuvres",
    "maneuvers",
    "posture",
    "course",
];

/// Does the word name something an actor said or did, or how it behaves?
fn names_conduct(word: &str) -> bool {
    names_said_or_done(word) || CONDUCT_NOUNS.contains(&word)
}

/// The owner of the conduct a judging word at `t` speaks of, in the statement's
/// clause: the possessor of such a noun (`Beijing's conduct ... is dangerous`, `how
/// dangerous China's actions had become`) or the state whose adjective heads it
/// (`Russian moves were dangerous`), before the trigger or right after it.
fn conduct_owner(ctx: &Ctx, speaker: &str, start: usize, t: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let noun_at = |k: usize| words.get(k).is_some_and(|w| names_conduct(w));
    let owner = |m: &&Mention| {
        let end = m.tokens.end;
        words.get(end).is_some_and(|w| w == "'s") && (noun_at(end + 1) || noun_at(end + 2))
    };
    let after = (t + 1..(t + 3).min(ctx.sent.end))
        .find_map(|k| ctx.mentions.iter().find(|m| m.tokens.start == k))
        .filter(owner)
        .filter(|m| usable(m, ctx.input.actors))
        .map(|m| m.actor.clone());
    let before = || {
        ctx.mentions
            .iter()
            .rev()
            .filter(|m| m.tokens.start >= start && m.tokens.end <= t)
            .take_while(|m| !crosses_clause(ctx, m.tokens.end, t))
            .find(|m| owner(m) && usable(m, ctx.input.actors))
            .map(|m| m.actor.clone())
    };
    let demonym = || {
        (start..t)
            .rev()
            .take_while(|&k| !crosses_clause(ctx, k, t))
            .filter(|&k| noun_at(k + 1) || noun_at(k + 2))
            .find_map(|k| ctx.bare_demonym(k))
    };
    after
        .or_else(before)
        .or_else(demonym)
        .filter(|id| !own_side(ctx, speaker, id))
}

/// Is there a clause break (`;`, `:`, `but`, a sentence end or a comma) in
/// `from..to`?
fn crosses_clause(ctx: &Ctx, from: usize, to: usize) -> bool {
    let words = ctx.input.toks.words;
    (from..to).any(|k| {
        matches!(words[k].as_str(), ";" | ":" | "but" | ",") || is_clause_break(words, ctx.kinds, k)
    })
}

/// Object pronouns that end a trigger (`urged them to`).
const OBJECT_PRONOUNS: &[&str] = &["them", "him", "her"];

/// Does the match's trigger end in an object pronoun (`urged them to`)?
fn ends_in_object_pronoun(ctx: &Ctx, m: &Match) -> bool {
    let words = ctx.input.toks.words;
    (m.trigger_start..m.trigger_end).any(|k| OBJECT_PRONOUNS.contains(&words[k].as_str()))
}

/// Whom an object pronoun of the trigger (`"I urged them to sign," Trump said of the
/// Ukrainians`) stands for: the actor the statement is said of, else the nearest
/// other actor before the trigger in its clause. An actor after it is no
/// antecedent (`urged them to call Putin`).
fn pronoun_object(
    ctx: &Ctx,
    said: &Statement,
    speaker: &str,
    range: Range<usize>,
    t: usize,
) -> Option<String> {
    said_of(ctx, said, speaker).or_else(|| nearest_target(ctx, speaker, range.start..t, t))
}

/// The people and bodies of a state, named by its adjective after a statement's
/// evaluative words (`grateful to our Lithuanian friends`, `thanked the Japanese
/// government`).
const PEOPLE_OF_A_STATE: &[&str] = &[
    "friends",
    "partners",
    "allies",
    "colleagues",
    "counterparts",
    "government",
    "authorities",
    "leadership",
    "side",
];

/// The state whose adjective heads its people or a body of it (`our Lithuanian
/// friends`) in the few words after the trigger ending at `end`, within the clause.
fn following_demonym(ctx: &Ctx, speaker: &str, range_end: usize, end: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let last = (end + 4).min(range_end).min(ctx.sent.end);
    (end..last)
        .take_while(|&k| !crosses_clause(ctx, k, k + 1))
        .filter(|&k| {
            words
                .get(k + 1)
                .is_some_and(|w| PEOPLE_OF_A_STATE.contains(&w.as_str()))
        })
        .find_map(|k| ctx.bare_demonym(k))
        .filter(|id| !own_side(ctx, speaker, id))
}

/// Is the match part of a longer one (`regret` in `will regret`, a threat)? The
/// longer phrase says what the words mean together.
fn inside_longer(m: &Match, all: &[Match]) -> bool {
    all.iter()
        .any(|o| o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)
}

/// How far back from a statement's evaluative word a negation of its clause is
/// looked for: `he had never called Orban a liar` denies the whole clause, farther
/// than the few words the event negation reads.
const DENIAL_WINDOW: usize = 8;

/// Is the clause the trigger at `t` is in denied by a negated verb of saying or
/// calling before it (`had never called Orban a liar`, `did not say Kyiv was to
/// blame`)? The look reaches back past the statement's start, since a negated
/// speech verb (`never called`) stands outside what it reports. Only `not` or
/// `never` right before such a verb counts, so that `no one believes these lies`
/// still criticizes.
fn clause_denied(ctx: &Ctx, t: usize) -> bool {
    let words = ctx.input.toks.words;
    let from = t.saturating_sub(DENIAL_WINDOW).max(ctx.sent.start);
    let Some(k) = (from..t).rev().find(|&k| {
        words[k] == ","
            || is_clause_break(words, ctx.kinds, k)
            || DENIALS.contains(&words[k].as_str())
    }) else {
        return false;
    };
    DENIALS.contains(&words[k].as_str())
        && words
            .get(k + 1)
            .is_some_and(|w| DENIED_VERBS.contains(&w.as_str()))
}

/// Negations that deny the verb after them.
const DENIALS: &[&str] = &["not", "n't", "never"];

/// Verbs whose denial denies what the clause says of an actor.
const DENIED_VERBS: &[&str] = &[
    "call",
    "called",
    "calling",
    "say",
    "said",
    "saying",
    "describe",
    "described",
    "accuse",
    "accused",
    "blame",
    "blamed",
    "think",
    "believe",
    "consider",
    "considered",
    "regard",
];

/// The actor a statement is said of, named right after its speech verb (`"They are
/// lying," Wang said of the Philippines`, `said of the Hamas proposal`): what the
/// statement calls them is aimed there.
fn said_of(ctx: &Ctx, said: &Statement, speaker: &str) -> Option<String> {
    let cue = said.cue?;
    let words = ctx.input.toks.words;
    let after = tokens_of(ctx, Span::new(cue.end, cue.end)).start;
    if words.get(after).map(String::as_str) != Some("of") {
        return None;
    }
    // The mention may hold the article (`the Philippines`) or follow it.
    let the = usize::from(words.get(after + 1).is_some_and(|w| w == "the"));
    ctx.mentions
        .iter()
        .find(|m| {
            (after + 1..=after + 1 + the).contains(&m.tokens.start) && usable(m, ctx.input.actors)
        })
        .filter(|m| !own_side(ctx, speaker, &m.actor))
        .map(|m| m.actor.clone())
}

/// Pronouns by which a statement refers to the one it is told to.
const ADDRESSEE_PRONOUNS: &[&str] = &["you", "your", "he", "his", "she", "they", "their"];

/// The actor the statement is told to (`told Macron that he had made a grave
/// mistake`, `"You are lying," Petro told Rubio`), when a pronoun before the
/// trigger at `t`, in its clause, can be that actor.
fn addressee_referred(
    ctx: &Ctx,
    said: &Statement,
    speaker: &str,
    start: usize,
    t: usize,
) -> Option<String> {
    let to = said.addressee.as_deref()?;
    let words = ctx.input.toks.words;
    let refers = (start..t)
        .rev()
        .take_while(|&k| !crosses_clause(ctx, k, k + 1))
        .any(|k| ADDRESSEE_PRONOUNS.contains(&words[k].as_str()));
    (refers && !own_side(ctx, speaker, to)).then(|| to.to_string())
}

/// Is the mention a place where what the statement rejects or condemns happens,
/// after `in` or `at` past the trigger (`cannot accept more suffering in Sudan`),
/// not an actor it is aimed at? Before the trigger such a place is often the
/// actor's own ground (`a presence in Ukraine was off the table`) and stays.
fn is_setting_after(ctx: &Ctx, m: &Mention, t: usize) -> bool {
    m.tokens.start > t
        && m.locative
        && matches!(
            ctx.input.toks.words[m.tokens.start - 1].as_str(),
            "in" | "at" | "inside" | "across"
        )
}

/// The other actor nearest the trigger within its clause of the statement: before
/// it (`Russia's recklessness`, `Kyiv is lying`) or after it (`lies about Moscow`).
fn nearest_target(ctx: &Ctx, speaker: &str, range: Range<usize>, t: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let clause_between = |a: usize, b: usize| {
        (a..b).any(|k| {
            matches!(words[k].as_str(), ";" | ":" | "but")
                || (words[k] == "," && words.get(k + 1).is_some_and(|w| w == "and"))
                || (is_clause_break(words, ctx.kinds, k)
                    && matches!(words[k].as_str(), "." | "!" | "?"))
        })
    };
    candidates(ctx, speaker, range)
        .filter(|m| !is_setting_after(ctx, m, t))
        .filter(|m| {
            if m.tokens.end <= t {
                !clause_between(m.tokens.end, t)
            } else {
                !clause_between(t, m.tokens.start)
            }
        })
        .min_by_key(|m| {
            if m.tokens.end <= t {
                t - m.tokens.end
            } else {
                // After the trigger counts a little farther: a subject is likelier.
                m.tokens.start - t + 2
            }
        })
        .map(|m| m.actor.clone())
}

/// The state whose adjective heads the trigger word itself, at most one word
/// before it (`Russian interference`, `massive Chinese meddling`): the evaluation is
/// of that state's act, whatever actor stands nearer in the clause (`Moldovans
/// voted despite massive Russian interference`).
fn heading_demonym(ctx: &Ctx, speaker: &str, start: usize, t: usize) -> Option<String> {
    (t.saturating_sub(2).max(start)..t)
        .rev()
        .take_while(|&k| !ctx.mentions_cover(k) && ctx.kinds[k] == TokenKind::Word)
        .find_map(|k| ctx.bare_demonym(k))
        .filter(|id| !own_side(ctx, speaker, id))
}

/// The state whose adjective, no mention of its own, stands in the clause of the
/// statement before the trigger at `t` (`the Israeli accusations were baseless`,
/// `the American duties were unjustified`): what is said of the noun is said of it.
/// The noun must be something said or done or one of the state's bodies: `French
/// producers` are people of that nation, not its state.
fn nearest_demonym(ctx: &Ctx, speaker: &str, range: Range<usize>, t: usize) -> Option<String> {
    let words = ctx.input.toks.words;
    let end = t.min(range.end);
    let owned_noun = |k: usize| {
        (k + 1..(k + 3).min(end)).any(|j| {
            let w = words[j].as_str();
            names_said_or_done(w) || STATE_BODIES.contains(&w) || PEOPLE_OF_A_STATE.contains(&w)
        })
    };
    (range.start..end)
        .rev()
        .take_while(|&k| !matches!(words[k].as_str(), ";" | ":" | "but" | ","))
        .filter(|&k| owned_noun(k))
        .find_map(|k| ctx.bare_demonym(k))
        .filter(|id| !own_side(ctx, speaker, id))
}

/// The single actor, not on the speaker's side, that the statement is about, when
/// the statement stays in the sentence: what a long quote is about may be said in
/// another of its sentences than the one judged (`They have no legal right ...
/// when the United States walked out`).
fn only_about(ctx: &Ctx, said: &Statement, speaker: &str) -> Option<String> {
    let inside = tokens_of(ctx, said.content);
    if inside.start < ctx.sent.start || inside.end > ctx.sent.end {
        return None;
    }
    let mut others = said.about.iter().filter(|a| !own_side(ctx, speaker, a));
    let first = others.next()?;
    others.next().is_none().then(|| first.clone())
}

/// Token range of a byte span: the tokens that lie inside it.
fn tokens_of(ctx: &Ctx, span: Span) -> Range<usize> {
    let seg = ctx.input.toks.seg;
    let lo = seg.token_at_or_after(span.start);
    let hi = seg.tokens.partition_point(|t| t.span.end <= span.end);
    lo..hi.max(lo)
}

/// Actors of a mention that may be a statement's target.
fn candidates<'m>(
    ctx: &'m Ctx,
    speaker: &'m str,
    range: Range<usize>,
) -> impl Iterator<Item = &'m Mention> + 'm {
    ctx.mentions.iter().filter(move |m| {
        m.tokens.start >= range.start
            && m.tokens.end <= range.end
            && usable(m, ctx.input.actors)
            && !own_side(ctx, speaker, &m.actor)
    })
}

/// The target a speech verb's statement names: the first other actor in the first
/// sentence of what was said (`warned that Kyiv would ...`).
pub(super) fn content_target(ctx: &Ctx, said: &Statement) -> Option<String> {
    let speaker = said.speaker.as_deref()?;
    let range = tokens_of(ctx, said.content);
    let range = range.start.max(ctx.sent.start)..range.end.min(ctx.sent.end);
    let first = candidates(ctx, speaker, range).next()?;
    Some(first.actor.clone())
}
