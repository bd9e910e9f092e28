//! A state's ministries speak and act as the state.
//!
//! The guideline gives a state its metonyms (`the Kremlin`, `the White House`),
//! and CAMEO codes a ministry as its state's government, not as an actor of its
//! own. The annotators of every unseen set write `russia` where the text says
//! `the Russian foreign ministry said`, so the extraction does too. Recognition
//! still tells the ministries apart (a bare `the ministry` goes back to the last
//! one named); this step, run once the stages are done, gives each ministry's
//! statements, relations and stances to its state and keeps the ministry's
//! names among the state's aliases.
//!
//! A ministry is an organization whose id or label names a ministry, a foreign
//! office or a department of state, and whose label names the state it belongs to
//! (`Pakistan foreign ministry`, `US State Department`). A body that names another
//! place (`Gaza Health Ministry`) keeps its own id, and so do armies, parliaments,
//! courts and agencies.

use crate::lexicon::Lexicon;
use crate::model::{ActorKind, ActorSeen, Extraction};
use std::collections::BTreeMap;

/// Words of a label that make an organization a ministry.
const MINISTRY_WORDS: [&str; 3] = ["ministry", "foreign office", "state department"];

/// Give every state ministry's statements, relations and stances to its state.
pub fn ministries_speak_as_states(ex: &mut Extraction, lexicon: &Lexicon) {
    affiliate_to_states(&mut ex.actors, lexicon);
    let states = ministry_states(&ex.actors, lexicon);
    if states.is_empty() {
        return;
    }
    let to_state = |id: &mut String| {
        if let Some(state) = states.get(id.as_str()) {
            id.clone_from(state);
        }
    };
    for s in &mut ex.statements {
        s.speaker.iter_mut().for_each(to_state);
        s.addressee.iter_mut().for_each(to_state);
        s.about.iter_mut().for_each(to_state);
        dedup_keeping_order(&mut s.about);
    }
    for r in &mut ex.relations {
        to_state(&mut r.source);
        to_state(&mut r.target);
        r.reported_by.iter_mut().for_each(to_state);
    }
    // A ministry acting on its own state is the state acting on itself.
    ex.relations.retain(|r| r.source != r.target);
    for s in &mut ex.stances {
        to_state(&mut s.actor);
        s.reported_by.iter_mut().for_each(to_state);
    }
    merge_into_states(&mut ex.actors, &states, lexicon);
}

/// The state of each actor of the document that is one of its ministries.
fn ministry_states(actors: &[ActorSeen], lexicon: &Lexicon) -> BTreeMap<String, String> {
    actors
        .iter()
        .filter_map(|a| {
            let state =
                state_of_ministry(&a.id, a.kind, &a.label, a.affiliation.as_deref(), lexicon)?;
            Some((a.id.clone(), state))
        })
        .collect()
}

/// The state an organization is a ministry of: its affiliation is a state, its id
/// or label names a ministry, and its label names the state.
fn state_of_ministry(
    id: &str,
    kind: ActorKind,
    label: &str,
    affiliation: Option<&str>,
    lexicon: &Lexicon,
) -> Option<String> {
    let state = lexicon.actor(affiliation?)?;
    let label = label.to_lowercase();
    let is_ministry = id.ends_with("_ministry") || MINISTRY_WORDS.iter().any(|w| label.contains(w));
    (kind == ActorKind::Organization
        && state.kind == ActorKind::State
        && is_ministry
        && names_state(&label, state))
    .then(|| state.id.clone())
}

/// A person who works for a ministry (`Maly Socheata, the defence ministry
/// spokeswoman`) is affiliated with its state, since the ministry is no actor of
/// the output; the ministry may be one the text names only in the person's title,
/// so it is known by its id (`{state}_..._ministry`) or its lexicon entry.
fn affiliate_to_states(actors: &mut [ActorSeen], lexicon: &Lexicon) {
    for a in actors.iter_mut() {
        let Some(body) = a.affiliation.as_deref() else {
            continue;
        };
        if let Some(state) = state_of_ministry_id(body, lexicon) {
            a.affiliation = Some(state);
        }
    }
}

/// The state a ministry's id names: a lexicon ministry's affiliation, or the
/// longest state id the id starts with when it ends in `_ministry`.
fn state_of_ministry_id(id: &str, lexicon: &Lexicon) -> Option<String> {
    if let Some(e) = lexicon.actor(id) {
        return state_of_ministry(id, e.kind, &e.label, e.affiliation.as_deref(), lexicon);
    }
    let stem = id.strip_suffix("_ministry")?;
    let cuts = stem.match_indices('_').map(|(i, _)| i).rev();
    cuts.map(|i| &stem[..i])
        .find(|prefix| {
            lexicon
                .actor(prefix)
                .is_some_and(|e| e.kind == ActorKind::State)
        })
        .map(str::to_string)
}

/// Does a lowercase label name the state, by a name or an adjective of it?
fn names_state(label: &str, state: &crate::lexicon::ActorEntry) -> bool {
    let padded = format!(" {label} ");
    std::iter::once(&state.label)
        .chain(&state.aliases)
        .chain(&state.demonyms)
        .any(|name| padded.contains(&format!(" {} ", name.to_lowercase())))
}

/// Drop the ministries from the document's actors, adding their names and
/// mentions to their state (which joins the actors if the text named only the
/// ministry).
fn merge_into_states(
    actors: &mut Vec<ActorSeen>,
    states: &BTreeMap<String, String>,
    lexicon: &Lexicon,
) {
    let (ministries, mut kept): (Vec<ActorSeen>, Vec<ActorSeen>) = std::mem::take(actors)
        .into_iter()
        .partition(|a| states.contains_key(&a.id));
    for ministry in ministries {
        let state = &states[&ministry.id];
        let at = match kept.iter().position(|a| &a.id == state) {
            Some(at) => at,
            None => {
                kept.push(state_actor(state, lexicon));
                kept.len() - 1
            }
        };
        let seen = &mut kept[at];
        seen.mentions += ministry.mentions;
        for alias in ministry.aliases {
            if !seen.aliases.contains(&alias) {
                seen.aliases.push(alias);
            }
        }
    }
    kept.sort_by(|a, b| a.id.cmp(&b.id));
    *actors = kept;
}

/// A state the document names only through a ministry.
fn state_actor(id: &str, lexicon: &Lexicon) -> ActorSeen {
    let label = lexicon
        .actor(id)
        .map_or_else(|| id.to_string(), |e| e.label.clone());
    ActorSeen {
        id: id.to_string(),
        label,
        kind: ActorKind::State,
        affiliation: None,
        aliases: Vec::new(),
        mentions: 0,
        roles: Vec::new(),
    }
}

fn dedup_keeping_order(ids: &mut Vec<String>) {
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|id| seen.insert(id.clone()));
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::Document;
    use crate::pipeline::extract;

    fn run(text: &str) -> crate::model::Extraction {
        let lex = Lexicon::builtin().unwrap();
        let doc = Document {
            id: "t".into(),
            date: chrono::NaiveDate::from_ymd_opt(2025, 5, 2),
            title: None,
            source: "t".into(),
            url: None,
            text: text.into(),
        };
        extract(&doc, &lex)
    }

    /// A ministry named with its state speaks as the state, which becomes an
    /// actor with the ministry's name among its aliases.
    #[test]
    fn a_ministry_speaks_as_its_state() {
        let ex = run("The Moldovan foreign ministry said on Friday that the vote was fair.");
        let speakers: Vec<_> = ex.statements.iter().map(|s| s.speaker.clone()).collect();
        assert_eq!(speakers, vec![Some("moldova".to_string())]);
        let ids: Vec<_> = ex.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["moldova"]);
        assert!(ex.actors[0].aliases.iter().any(|a| a.contains("ministry")));
    }

    /// A ministry's spokesperson is affiliated with the ministry's state, also
    /// when the ministry is named only in the title.
    #[test]
    fn a_ministry_spokesperson_works_for_the_state() {
        let ex = run("Maly Socheata, the Cambodian defence ministry spokeswoman, said the shelling had stopped.");
        let person = ex.actors.iter().find(|a| a.id == "maly_socheata");
        let affiliation = person.and_then(|p| p.affiliation.as_deref());
        assert_eq!(affiliation, Some("cambodia"), "{:?}", ex.actors);
    }

    /// A body that names a territory, not its state, keeps its id; so does an
    /// army.
    #[test]
    fn other_bodies_keep_their_ids() {
        let ex = run("The Gaza health ministry said 40 people were killed. \
             The Indian Army said it had shot down two drones. \
             The Bundestag said the vote would go ahead.");
        let speakers: Vec<_> = ex
            .statements
            .iter()
            .filter_map(|s| s.speaker.clone())
            .collect();
        assert_eq!(
            speakers,
            ["gaza_health_ministry", "indian_army", "bundestag"]
        );
    }
}
