//! Runs the stages over one document, in order: segment, recognise actors, resolve
//! references, find time expressions, statements, relations; then gathers the
//! actors the document mentions, and gives a state's ministries to the state.

use crate::actors::recognise;
use crate::dates::{dateline_date, find_time_expressions};
use crate::lexicon::patterns::normalized_words;
use crate::lexicon::Lexicon;
use crate::model::Tokens;
use crate::model::{
    ActorKind, ActorSeen, Document, Extraction, LocalActor, Mention, MentionKind, Relation,
};
use crate::quotes::{statements, QuoteInput};
use crate::relations::{relations, RelationInput};
use crate::resolve::resolve;
use crate::segment::segment;
use crate::stances::{stances, StanceInput};
use crate::voices::ministries_speak_as_states;
use std::collections::BTreeMap;

/// Extract actors, statements and relations from one document.
pub fn extract(doc: &Document, lexicon: &Lexicon) -> Extraction {
    let seg = segment(&doc.text);
    let words = normalized_words(&doc.text, &seg.tokens);
    let toks = Tokens {
        text: &doc.text,
        seg: &seg,
        words: &words,
    };
    // An article without a date header (or `--date`) often dates itself in its
    // dateline; relative dates ("on Thursday") and dated roles need that date.
    let dated = doc
        .date
        .is_none()
        .then(|| dateline_date(&toks))
        .flatten()
        .map(|date| Document {
            date: Some(date),
            ..doc.clone()
        });
    let doc = dated.as_ref().unwrap_or(doc);
    let mut rec = recognise(doc, &toks, lexicon);
    let mentions = resolve(&mut rec, &toks, lexicon, doc.date);
    let times = find_time_expressions(&toks, doc.date);
    let statements = statements(
        &QuoteInput {
            toks: &toks,
            mentions: &mentions,
            times: &times,
            date: doc.date,
            actors: &rec.actors,
        },
        lexicon,
    );
    let relations = relations(
        &RelationInput {
            toks: &toks,
            mentions: &mentions,
            statements: &statements,
            times: &times,
            date: doc.date,
            actors: &rec.actors,
        },
        lexicon,
    );
    let stances = stances(
        &StanceInput {
            toks: &toks,
            mentions: &mentions,
            statements: &statements,
            relations: &relations,
            times: &times,
            date: doc.date,
            actors: &rec.actors,
        },
        lexicon,
    );
    let mut actors = actors_seen(doc, &mentions, &rec.actors, lexicon, &relations);
    actors.extend(issues_seen(&stances, lexicon));
    actors.sort_by(|a, b| a.id.cmp(&b.id));
    let mut extraction = Extraction {
        doc: doc.clone(),
        actors,
        statements,
        relations,
        stances,
    };
    ministries_speak_as_states(&mut extraction, lexicon);
    extraction
}

/// The actors a document mentions as agents or targets: every actor with at least
/// one mention that is not only a location, or that a relation names (`fired
/// missiles at Israel`: the place hit is a target).
fn actors_seen(
    doc: &Document,
    mentions: &[Mention],
    local: &BTreeMap<String, LocalActor>,
    lexicon: &Lexicon,
    relations: &[Relation],
) -> Vec<ActorSeen> {
    let related: std::collections::BTreeSet<&str> = relations
        .iter()
        .flat_map(|r| [r.source.as_str(), r.target.as_str()])
        .collect();
    let mut seen: BTreeMap<String, ActorSeen> = BTreeMap::new();
    for m in mentions
        .iter()
        .filter(|m| !m.locative || related.contains(m.actor.as_str()))
    {
        let ids: Vec<&String> = if m.group.is_empty() {
            vec![&m.actor]
        } else {
            m.group.iter().collect()
        };
        for id in ids {
            let Some(actor) = local.get(id) else { continue };
            let entry = seen.entry(id.clone()).or_insert_with(|| ActorSeen {
                id: id.clone(),
                label: actor.label.clone(),
                kind: actor.kind,
                affiliation: actor.affiliation.clone(),
                aliases: Vec::new(),
                mentions: 0,
                roles: roles_of(actor, lexicon, doc),
            });
            entry.mentions += 1;
            let named = matches!(
                m.kind,
                MentionKind::Name
                    | MentionKind::Metonym
                    | MentionKind::Demonym
                    | MentionKind::Description
                    | MentionKind::Modifier
            );
            if named && m.group.is_empty() {
                let mut form = m
                    .span
                    .slice(&doc.text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(rest) = form.strip_prefix("The ") {
                    form = format!("the {rest}");
                }
                if !entry.aliases.contains(&form) {
                    entry.aliases.push(form);
                }
            }
        }
    }
    for a in seen.values_mut() {
        a.aliases.sort();
    }
    seen.into_values().collect()
}

/// The issues the document's stances are about, as nodes of kind `issue`.
fn issues_seen(stances: &[crate::model::Stance], lexicon: &Lexicon) -> Vec<ActorSeen> {
    let mut seen: BTreeMap<&str, ActorSeen> = BTreeMap::new();
    for s in stances {
        // By index: with the family instances the lexicon has thousands of issues.
        // An issue the stage read from the text itself (`eu_mercosur_deal`) is
        // labelled by its id.
        let label = match lexicon.issue_index(&s.issue) {
            Some(i) => lexicon.issues[i].label.clone(),
            None => s.issue.replace('_', " "),
        };
        seen.entry(&s.issue)
            .or_insert_with(|| ActorSeen {
                id: s.issue.clone(),
                label,
                kind: ActorKind::Issue,
                affiliation: None,
                aliases: Vec::new(),
                mentions: 0,
                roles: Vec::new(),
            })
            .mentions += 1;
    }
    seen.into_values().collect()
}

/// Roles as readable strings: from the lexicon at the document's date, and from
/// the text for actors it introduced.
fn roles_of(actor: &LocalActor, lexicon: &Lexicon, doc: &Document) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    if actor.kind == ActorKind::Person {
        for r in lexicon.roles_of(&actor.id, doc.date) {
            if let Some(first) = r.roles.first() {
                roles.push(format!("{} of {}", first.replace('_', " "), r.org));
            }
        }
    }
    for (role, org) in &actor.roles {
        let s = if org.is_empty() {
            role.replace('_', " ")
        } else {
            format!("{} of {}", role.replace('_', " "), org)
        };
        if !roles.contains(&s) {
            roles.push(s);
        }
    }
    roles.sort();
    roles
}
