//! The state's own agencies named by a common noun: `Police in Tbilisi detained the
//! opposition leader`, `Authorities arrested the journalist in Caracas`, `the
//! activist was detained by security forces in Kampala`. News names the police,
//! the courts and the security forces that arrest, deport or crack down without a
//! demonym, and gives the place instead. Such domestic coercion (root 17) is done
//! by the state the place belongs to, so with no actor found as the source, the one
//! state named as a place in the sentence is.

use super::Ctx;
use crate::lexicon::patterns::Match;
use crate::lexicon::RelationEntry;
use crate::model::ActorKind;
use crate::syntax::is_clause_break;

/// Common nouns for the bodies through which a state coerces its own people.
const AGENCY_NOUNS: &[&str] = &[
    "police",
    "policemen",
    "authorities",
    "prosecutors",
    "prosecutor",
    "court",
    "courts",
    "judge",
    "judges",
    "forces",
    "officers",
    "agents",
    "investigators",
    "gendarmes",
    "junta",
    "regime",
];

/// How far after a passive trigger the agency noun may stand (`detained by the
/// riot police`).
const AGENT_REACH: usize = 4;

/// The source of a domestic coercion whose subject (or `by` agent) is one of the
/// state's agencies named by a common noun: the state the sentence names as a
/// place, when it names no other state. `None` for other codes, for other
/// subjects, or when no single state is named.
pub(super) fn agency_of_place(ctx: &Ctx, m: &Match, entry: &RelationEntry) -> Option<String> {
    if !entry.cameo.starts_with("17") || !agency_acts(ctx, m) {
        return None;
    }
    let actors = ctx.input.actors;
    let is_state = |id: &str| actors.get(id).is_some_and(|a| a.kind == ActorKind::State);
    // A place named as such gives the state; any other state in the sentence (`in
    // Minsk and Vilnius`: the second place is no locative mention) makes it unclear.
    let place = ctx
        .mentions
        .iter()
        .find(|x| x.locative && is_state(&x.actor))?;
    ctx.mentions
        .iter()
        .filter(|x| is_state(&x.actor))
        .all(|x| x.actor == place.actor)
        .then(|| place.actor.clone())
}

/// Is the act's doer an agency noun: the last word before the trigger in its
/// clause that is no mention (`Police in Tbilisi detained`: `police` heads the
/// subject, `in Tbilisi` follows it), or the noun after `by` (`was detained by
/// riot police`)?
fn agency_acts(ctx: &Ctx, m: &Match) -> bool {
    let words = ctx.input.toks.words;
    // The passive rows hold their `by` (`detained by`); a verb row may stand before it.
    let by_at = [m.trigger_end - 1, m.trigger_end]
        .into_iter()
        .find(|&k| k > m.trigger_start && words.get(k).is_some_and(|w| w == "by"));
    if let Some(by) = by_at {
        let last = (by + 1 + AGENT_REACH).min(ctx.sent.end);
        return (by + 1..last).any(|k| AGENCY_NOUNS.contains(&words[k].as_str()));
    }
    let clause_start = (ctx.sent.start..m.trigger_start)
        .rev()
        .find(|&k| is_clause_break(words, ctx.kinds, k) || words[k] == ",")
        .map_or(ctx.sent.start, |k| k + 1);
    (clause_start..m.trigger_start).any(|k| AGENCY_NOUNS.contains(&words[k].as_str()))
}
