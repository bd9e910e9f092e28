//! `eval --breakdown`: where the errors of a gold set lie, in counts only.
//!
//! The headline scores say how much is wrong; this says which kind of wrong, per
//! CAMEO root, per kind of actor and per cause, without printing a sentence of the
//! articles. That lets a project score a held-out or validation set it must not read
//! and still learn which stage to work on, and gives event-data users the per-root
//! table they report.

use super::{
    overlap, predicted_actors, predicted_relations, root, same_actors, Gold, GoldRelation, IdMap,
    Key, Prf,
};
use crate::lexicon::Lexicon;
use crate::model::{ActorKind, Extraction, Statement};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Error counts of one document or of a whole set.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Breakdown {
    /// Relations over (doc, source, target, root), one entry per CAMEO root seen
    /// in the gold or the prediction.
    pub relations_by_root: BTreeMap<String, Prf>,
    /// Gold relations not found, by whether their actors were found.
    pub missed_relations: MissedRelations,
    /// Actors the lexicon knows (gold ids that are lexicon ids).
    pub actors_in_lexicon: Prf,
    /// Actors the lexicon does not know: people and bodies the text introduces.
    pub actors_outside_lexicon: Prf,
    /// Direct statements: gold and found.
    pub direct_statements: Recall,
    /// Indirect (reported) statements: gold and found.
    pub indirect_statements: Recall,
    /// Found statements given to the wrong speaker, by cause.
    pub misattributed: Misattributed,
}

/// Gold relations not found, by what was missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MissedRelations {
    /// Both actors were found in the document: the event itself was missed (or
    /// coded with another root, or between other actors).
    pub actors_found: usize,
    /// The source was not found as an actor of the document.
    pub source_missing: usize,
    /// The target was not found as an actor of the document.
    pub target_missing: usize,
    /// Neither was found.
    pub both_missing: usize,
    /// Of `actors_found`: the pair was found, with another root.
    pub other_root: usize,
    /// The `other_root` misses by (gold root, a root predicted for the pair).
    pub root_confusions: BTreeMap<String, usize>,
    /// Of `actors_found`: the pair was found the other way round only.
    pub reversed: usize,
    /// Of `actors_found`, the rest: the evidence holds a found statement of the
    /// source (the relation is in what was said).
    pub in_statement: usize,
    /// Of `actors_found`, the rest: both actors are named in the evidence.
    pub both_named: usize,
    /// Of `actors_found`, the rest: an actor is only referred to (a pronoun, a
    /// description, an earlier sentence).
    pub referred: usize,
}

/// Found over gold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Recall {
    /// Gold items.
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
}

/// Misattributed statements by cause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Misattributed {
    /// The statement was found with no speaker.
    pub no_speaker: usize,
    /// The gold speaker is not an actor of the extraction at all.
    pub speaker_not_found: usize,
    /// The gold speaker was found in the document, but another actor was chosen.
    pub other_speaker: usize,
    /// The chosen speaker and the gold one are a person and the state or body
    /// that person belongs to (a resolution or convention question).
    pub person_for_body: usize,
    /// The chosen speaker and the gold one are a body (a ministry, an office) and
    /// the state it belongs to, or the reverse: a convention question.
    pub body_for_state: usize,
    /// Of `body_for_state`: the body was chosen where the gold has its state
    /// (the rest are the reverse). Which way the errors go says which convention
    /// the annotators follow.
    pub body_chosen: usize,
}

impl Breakdown {
    /// Add another document's counts.
    pub fn add(&mut self, o: &Breakdown) {
        for (r, p) in &o.relations_by_root {
            self.relations_by_root.entry(r.clone()).or_default().add(*p);
        }
        let m = &mut self.missed_relations;
        m.actors_found += o.missed_relations.actors_found;
        m.source_missing += o.missed_relations.source_missing;
        m.target_missing += o.missed_relations.target_missing;
        m.both_missing += o.missed_relations.both_missing;
        m.other_root += o.missed_relations.other_root;
        for (pair, n) in &o.missed_relations.root_confusions {
            *m.root_confusions.entry(pair.clone()).or_default() += n;
        }
        m.reversed += o.missed_relations.reversed;
        m.in_statement += o.missed_relations.in_statement;
        m.both_named += o.missed_relations.both_named;
        m.referred += o.missed_relations.referred;
        self.actors_in_lexicon.add(o.actors_in_lexicon);
        self.actors_outside_lexicon.add(o.actors_outside_lexicon);
        self.direct_statements.add(o.direct_statements);
        self.indirect_statements.add(o.indirect_statements);
        let a = &mut self.misattributed;
        a.no_speaker += o.misattributed.no_speaker;
        a.speaker_not_found += o.misattributed.speaker_not_found;
        a.other_speaker += o.misattributed.other_speaker;
        a.person_for_body += o.misattributed.person_for_body;
        a.body_for_state += o.misattributed.body_for_state;
        a.body_chosen += o.misattributed.body_chosen;
    }
}

impl Recall {
    fn add(&mut self, o: Recall) {
        self.gold += o.gold;
        self.found += o.found;
    }
}

/// The breakdown of one document, with the id map and statement matches the
/// headline score used.
pub(super) fn of_document(
    gold: &Gold,
    ex: &Extraction,
    lexicon: &Lexicon,
    map: &IdMap,
    matched: &[Option<&Statement>],
) -> Breakdown {
    let actors = predicted_actors(ex, map);
    let relations = predicted_relations(ex, map, Key::Root);
    let mut b = Breakdown {
        relations_by_root: relations_by_root(gold, &relations),
        missed_relations: missed_relations(gold, &relations, &actors, &Evidence { ex, map }),
        ..Breakdown::default()
    };
    let gold_actors: BTreeSet<&str> = gold.actors.iter().map(String::as_str).collect();
    let predicted: BTreeSet<&str> = actors.iter().map(String::as_str).collect();
    let part = |set, known| lexicon_part(set, lexicon, known);
    b.actors_in_lexicon = overlap(&part(&predicted, true), &part(&gold_actors, true));
    b.actors_outside_lexicon = overlap(&part(&predicted, false), &part(&gold_actors, false));
    count_statements(gold, ex, map, matched, &actors, lexicon, &mut b);
    b
}

/// The ids of `set` the lexicon knows (`known`), or those it does not.
fn lexicon_part<'a>(set: &BTreeSet<&'a str>, lexicon: &Lexicon, known: bool) -> BTreeSet<&'a str> {
    set.iter()
        .copied()
        .filter(|id| lexicon.actor(id).is_some() == known)
        .collect()
}

/// Root-level P/R per root, with the same matching as the headline score.
fn relations_by_root(
    gold: &Gold,
    predicted: &BTreeSet<(String, String, String)>,
) -> BTreeMap<String, Prf> {
    let mut by_root: BTreeMap<String, Prf> = BTreeMap::new();
    for p in predicted {
        let entry = by_root.entry(p.2.clone()).or_default();
        entry.predicted += 1;
        let right = gold
            .relations
            .iter()
            .any(|g| root(&g.cameo) == p.2 && same_actors(&p.0, &p.1, g));
        entry.correct_predicted += usize::from(right);
    }
    for g in gold.relations.iter().filter(|g| root(&g.cameo) != "01") {
        let entry = by_root.entry(root(&g.cameo).to_string()).or_default();
        entry.gold += 1;
        entry.found_gold += usize::from(found(g, predicted));
    }
    by_root
}

/// Is the gold relation among the predicted ones (compared on the root)?
fn found(g: &GoldRelation, predicted: &BTreeSet<(String, String, String)>) -> bool {
    predicted
        .iter()
        .any(|p| p.2 == root(&g.cameo) && same_actors(&p.0, &p.1, g))
}

/// What a missed relation's evidence holds in the extraction.
struct Evidence<'a> {
    ex: &'a Extraction,
    map: &'a IdMap,
}

impl Evidence<'_> {
    /// Does a found statement of one of `speakers` overlap the evidence text?
    fn said_by(&self, speakers: &[&str], evidence: &str) -> bool {
        let evidence = evidence.trim();
        let Some(start) = self.ex.doc.text.find(evidence) else {
            return false;
        };
        let end = start + evidence.len();
        self.ex.statements.iter().any(|s| {
            s.content.start < end
                && s.content.end > start
                && s.speaker
                    .as_deref()
                    .is_some_and(|p| speakers.contains(&self.map.get(p).as_str()))
        })
    }

    /// Is an actor that maps to one of `ids` named in the evidence (its label or
    /// an alias as whole words, case ignored)?
    fn names(&self, ids: &[&str], evidence: &str) -> bool {
        let evidence = evidence.to_lowercase();
        self.ex
            .actors
            .iter()
            .filter(|a| ids.contains(&self.map.get(&a.id).as_str()))
            .flat_map(|a| std::iter::once(&a.label).chain(&a.aliases))
            .any(|name| contains_word(&evidence, &name.to_lowercase()))
    }
}

/// Does `hay` hold `needle` between non-alphanumeric characters?
fn contains_word(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

fn missed_relations(
    gold: &Gold,
    predicted: &BTreeSet<(String, String, String)>,
    actors: &BTreeSet<String>,
    evidence: &Evidence,
) -> MissedRelations {
    let mut missed = MissedRelations::default();
    let found_actor =
        |id: &str, alts: &[String]| actors.contains(id) || alts.iter().any(|a| actors.contains(a));
    for g in gold.relations.iter().filter(|g| root(&g.cameo) != "01") {
        if found(g, predicted) {
            continue;
        }
        match (
            found_actor(&g.source, &g.alt_source),
            found_actor(&g.target, &g.alt_target),
        ) {
            (true, true) => {
                missed.actors_found += 1;
                why_missed(g, predicted, evidence, &mut missed);
            }
            (false, true) => missed.source_missing += 1,
            (true, false) => missed.target_missing += 1,
            (false, false) => missed.both_missing += 1,
        }
    }
    missed
}

/// Sorts a relation missed with both actors found into one finer cause.
fn why_missed<'g>(
    g: &'g GoldRelation,
    predicted: &BTreeSet<(String, String, String)>,
    evidence: &Evidence,
    missed: &mut MissedRelations,
) {
    if let Some(p) = predicted.iter().find(|p| same_actors(&p.0, &p.1, g)) {
        missed.other_root += 1;
        let confusion = format!("{} -> {}", root(&g.cameo), p.2);
        *missed.root_confusions.entry(confusion).or_default() += 1;
        return;
    }
    if predicted.iter().any(|p| same_actors(&p.1, &p.0, g)) {
        missed.reversed += 1;
        return;
    }
    let ids = |first: &'g str, alts: &'g [String]| -> Vec<&'g str> {
        std::iter::once(first)
            .chain(alts.iter().map(String::as_str))
            .collect()
    };
    let (sources, targets) = (ids(&g.source, &g.alt_source), ids(&g.target, &g.alt_target));
    if evidence.said_by(&sources, &g.evidence) {
        missed.in_statement += 1;
    } else if evidence.names(&sources, &g.evidence) && evidence.names(&targets, &g.evidence) {
        missed.both_named += 1;
    } else {
        missed.referred += 1;
    }
}

fn count_statements(
    gold: &Gold,
    ex: &Extraction,
    map: &IdMap,
    matched: &[Option<&Statement>],
    actors: &BTreeSet<String>,
    lexicon: &Lexicon,
    b: &mut Breakdown,
) {
    for (g, found) in gold.statements.iter().zip(matched.iter().copied()) {
        let part = if g.kind.as_deref() == Some("indirect") {
            &mut b.indirect_statements
        } else {
            &mut b.direct_statements
        };
        part.gold += 1;
        let Some(p) = found else { continue };
        part.found += 1;
        let speaker = p.speaker.as_deref().map(|s| map.get(s));
        let a = &mut b.misattributed;
        match speaker {
            Some(s) if s == g.speaker => {}
            None => a.no_speaker += 1,
            Some(s)
                if belongs_to(&s, &g.speaker, lexicon) || belongs_to(&g.speaker, &s, lexicon) =>
            {
                if is_person(&s, ex, lexicon) || is_person(&g.speaker, ex, lexicon) {
                    a.person_for_body += 1;
                } else {
                    a.body_for_state += 1;
                    a.body_chosen += usize::from(belongs_to(&s, &g.speaker, lexicon));
                }
            }
            Some(_) if actors.contains(&g.speaker) => a.other_speaker += 1,
            Some(_) => a.speaker_not_found += 1,
        }
    }
}

/// Is `id` a person of the lexicon or of the extraction?
fn is_person(id: &str, ex: &Extraction, lexicon: &Lexicon) -> bool {
    lexicon
        .actor(id)
        .is_some_and(|e| e.kind == ActorKind::Person)
        || ex
            .actors
            .iter()
            .any(|x| x.id == id && x.kind == ActorKind::Person)
}

/// Is `member` a lexicon actor affiliated with `body` (`lavrov` with `russia`), or
/// a body whose id starts with it (`russia_foreign_ministry` with `russia`)?
fn belongs_to(member: &str, body: &str, lexicon: &Lexicon) -> bool {
    let affiliated = lexicon
        .actor(member)
        .and_then(|a| a.affiliation.as_deref())
        .is_some_and(|aff| aff == body);
    affiliated
        || member
            .strip_prefix(body)
            .is_some_and(|rest| rest.starts_with('_'))
}
