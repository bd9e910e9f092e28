//! Everything between two actors, as a timeline.

use super::filter::{DocOrder, Hit};
use super::names::resolve;
use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireNode};
use serde::Serialize;

/// Which way an item goes between the two actors of a [`Timeline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the first actor to the second.
    AToB,
    /// From the second actor to the first.
    BToA,
}

/// One item of a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Entry<'g> {
    /// Which way it goes.
    pub direction: Direction,
    /// The sum of the Goldstein weights of the relations up to and including this
    /// one (statements leave it unchanged).
    pub running_goldstein: f64,
    /// The statement or relation.
    pub item: Hit<'g>,
}

/// The relations and statements between two actors, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline<'g> {
    /// The first actor.
    pub a: &'g WireNode,
    /// The second actor.
    pub b: &'g WireNode,
    /// The items in date order.
    pub entries: Vec<Entry<'g>>,
}

impl Timeline<'_> {
    /// The sum of all Goldstein weights (the last running sum).
    pub fn net_goldstein(&self) -> f64 {
        self.entries.last().map_or(0.0, |e| e.running_goldstein)
    }

    /// How many relations the timeline holds.
    pub fn relations(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.item, Hit::Relation(_)))
            .count()
    }
}

/// The relations between `a` and `b` in both directions, and the statements each
/// made about the other, oldest first, with the running sum of Goldstein weights
/// (how the relationship trends).
///
/// Items on the same day keep document and text order; undated items come last.
///
/// ```
/// use stancegraph::{GraphFile, query::between};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// let timeline = between(&graph, "lavrov", "zelensky")?;
/// assert_eq!(timeline.relations(), 4);
/// assert_eq!(timeline.net_goldstein(), -10.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn between<'g>(graph: &'g GraphFile, a: &str, b: &str) -> Result<Timeline<'g>, QueryError> {
    let first = resolve(graph, a)?;
    let second = resolve(graph, b)?;
    if first.id == second.id {
        return Err(QueryError::SameActor {
            name: a.to_string(),
            other: b.to_string(),
            id: first.id.clone(),
        });
    }
    let (x, y) = (first.id.as_str(), second.id.as_str());
    let mut items: Vec<(Direction, Hit<'g>)> = Vec::new();
    for e in &graph.edges {
        if let Some(d) = direction(x, y, &e.source, &e.target) {
            items.push((d, Hit::Relation(e)));
        }
    }
    for s in &graph.statements {
        let Some(speaker) = s.speaker.as_deref() else {
            continue;
        };
        let toward = |other: &str| s.about.iter().any(|t| t == other);
        let d = match speaker {
            _ if speaker == x && toward(y) => Direction::AToB,
            _ if speaker == y && toward(x) => Direction::BToA,
            _ => continue,
        };
        items.push((d, Hit::Statement(s)));
    }
    DocOrder::new(graph).sort_oldest_first(&mut items, |(_, hit)| *hit);
    Ok(Timeline {
        a: first,
        b: second,
        entries: running_sums(items),
    })
}

/// The direction of `source → target` between `x` and `y`, if it joins them.
fn direction(x: &str, y: &str, source: &str, target: &str) -> Option<Direction> {
    if source == x && target == y {
        Some(Direction::AToB)
    } else if source == y && target == x {
        Some(Direction::BToA)
    } else {
        None
    }
}

/// Attach the running Goldstein sum to each item.
fn running_sums(items: Vec<(Direction, Hit<'_>)>) -> Vec<Entry<'_>> {
    let mut sum = 0.0;
    items
        .into_iter()
        .map(|(direction, item)| {
            sum = super::round_tenth(sum + item.goldstein().unwrap_or(0.0));
            Entry {
                direction,
                running_goldstein: sum,
                item,
            }
        })
        .collect()
}
