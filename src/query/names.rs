//! Finding actors, relations and documents by the names people type.
//!
//! Users write `Zelenskyy`, `zelensky`, `Volodymyr Zelensky` or `erdogan` for
//! `Erdoğan`; all of them should land on the same node. Names are compared after
//! [`fold`], and an unknown name is answered with the closest known ones (by edit
//! distance) instead of a bare "not found".

use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireNode};

/// How many suggestions an "unknown name" error carries.
const SUGGESTIONS: usize = 3;

/// The comparison form of a name: lower case, without diacritics, with punctuation
/// folded so that `U.S.`, `us`, `security-guarantees` and `security_guarantees`
/// compare as users expect.
///
/// ```
/// use stancegraph::query::fold;
///
/// assert_eq!(fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
/// assert_eq!(fold("  Zelenskyy "), "zelenskyy");
/// assert_eq!(fold("security_guarantees-for Ukraine"), "security guarantees for ukraine");
/// assert_eq!(fold("U.S."), "us");
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if is_combining_mark(c) || matches!(c, '.' | '\'' | '\u{2019}') {
            // Dots and apostrophes join: `U.S.` is `us`, `Kremlin's` is `kremlins`.
            continue;
        }
        if let Some(base) = strip_diacritic(c) {
            out.push_str(base);
        } else if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// A looser comparison form than [`fold`], for transliterations that differ only
/// in `iy`/`ij`/`ii`/`y` and doubled letters (`Zelenskyy`, `Zelenskiy`,
/// `Zelenskij` and `Zelensky`; `Andrii` and `Andriy`).
///
/// ```
/// use stancegraph::query::names::loose;
///
/// assert_eq!(loose("Zelenskyy"), "zelensky");
/// assert_eq!(loose("Zelenskiy"), loose("Zelensky"));
/// assert_eq!(loose("Andrii"), loose("Andriy"));
/// assert_eq!(loose("Mark Rutte"), "mark rute");
/// ```
pub fn loose(name: &str) -> String {
    let folded = fold(name)
        .replace("iy", "y")
        .replace("ij", "y")
        .replace("ii", "y");
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Combining diacritical marks, as left by decomposed input (`e` + U+0301).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Lower-case letters with a diacritic (or a ligature) and their plain spelling.
/// Covers Latin-1, Latin Extended-A and the Romanian commas, which is where the
/// names in international news come from.
const DIACRITICS: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ţťŧț", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("þ", "th"),
];

/// The plain spelling of a lower-case letter with a diacritic, if it has one.
fn strip_diacritic(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    DIACRITICS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map(|(_, base)| *base)
}

/// Every name a node answers to, folded: its id, its label and its aliases.
fn forms(node: &WireNode) -> impl Iterator<Item = String> + '_ {
    std::iter::once(node.id.as_str())
        .chain(std::iter::once(node.label.as_str()))
        .chain(node.aliases.iter().map(String::as_str))
        .map(fold)
}

/// `id (Label)`, the way errors name a node.
fn describe(node: &WireNode) -> String {
    if node.label.is_empty() || node.label == node.id {
        node.id.clone()
    } else {
        format!("{} ({})", node.id, node.label)
    }
}

/// Find the actor (or issue) a user means by `name`: its id, label or any alias,
/// compared with [`fold`]. An id wins over a label, a label over an alias, so
/// `russia` is Russia even if some person has "Russia" as an alias. When nothing
/// matches, transliteration variants get a second chance ([`loose`]): a graph that
/// only saw "Zelensky" still answers to `Zelenskyy` and `Zelenskiy`.
///
/// ```
/// use stancegraph::{GraphFile, query::resolve};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// assert_eq!(resolve(&graph, "Zelenskyy")?.id, "zelensky");
/// assert_eq!(resolve(&graph, "ERDOGAN")?.id, "erdogan");
///
/// let err = resolve(&graph, "Zelenksy").unwrap_err();
/// assert!(err.to_string().contains("closest: zelensky (Volodymyr Zelensky)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn resolve<'g>(graph: &'g GraphFile, name: &str) -> Result<&'g WireNode, QueryError> {
    let wanted = fold(name);
    let by_id = |n: &WireNode| fold(&n.id) == wanted;
    let by_label = |n: &WireNode| fold(&n.label) == wanted;
    let by_alias = |n: &WireNode| n.aliases.iter().any(|a| fold(a) == wanted);
    let wanted_loose = loose(name);
    let by_variant = |n: &WireNode| forms(n).any(|f| loose(&f) == wanted_loose);
    let tiers: [&dyn Fn(&WireNode) -> bool; 4] = [&by_id, &by_label, &by_alias, &by_variant];
    for tier in tiers {
        let found: Vec<&WireNode> = graph.nodes.iter().filter(|n| tier(n)).collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(one),
            many => {
                return Err(QueryError::AmbiguousActor {
                    name: name.to_string(),
                    candidates: many.iter().map(|n| describe(n)).collect(),
                })
            }
        }
    }
    Err(QueryError::UnknownActor {
        name: name.to_string(),
        closest: closest_nodes(graph, name)
            .into_iter()
            .map(describe)
            .collect(),
    })
}

/// The nodes whose names are closest to `name` by edit distance, best first
/// (ties by id). Whole names and their single words both count, so `lavrof` is
/// close to "Sergei Lavrov". Only near names are offered when there are some
/// (a third of the name, at least two edits); otherwise the nearest few, so the user sees what exists.
pub fn closest_nodes<'g>(graph: &'g GraphFile, name: &str) -> Vec<&'g WireNode> {
    let wanted: Vec<char> = fold(name).chars().collect();
    let scored = graph.nodes.iter().map(|n| {
        let distance = forms(n)
            .map(|f| distance_to_form(&wanted, &f))
            .min()
            .unwrap_or(usize::MAX);
        (distance, n)
    });
    best(scored, wanted.len())
}

/// The closest of `candidates` to `name`, best first, as for [`closest_nodes`].
pub fn closest_names<'a>(candidates: impl IntoIterator<Item = &'a str>, name: &str) -> Vec<String> {
    let wanted: Vec<char> = fold(name).chars().collect();
    let scored = candidates
        .into_iter()
        .map(|c| (distance_to_form(&wanted, &fold(c)), c));
    best(scored, wanted.len())
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Whether an edit distance is small enough for a name of `len` characters to
/// count as a likely typo: up to a third of the name, and at least two edits.
fn near(distance: usize, len: usize) -> bool {
    distance <= (len / 3).max(2)
}

/// The [`SUGGESTIONS`] best-scored items (lowest distance first, ties in the
/// given order), keeping only near ones when any is near.
fn best<T>(scored: impl Iterator<Item = (usize, T)>, len: usize) -> Vec<T> {
    let mut scored: Vec<(usize, T)> = scored.collect();
    scored.sort_by_key(|(d, _)| *d);
    let any_near = scored.first().is_some_and(|(d, _)| near(*d, len));
    scored
        .into_iter()
        .filter(|(d, _)| !any_near || near(*d, len))
        .take(SUGGESTIONS)
        .map(|(_, item)| item)
        .collect()
}

/// Edit distance from `wanted` to a folded form or to the nearest of its words.
fn distance_to_form(wanted: &[char], form: &str) -> usize {
    let whole = edit_distance(wanted, &form.chars().collect::<Vec<_>>());
    form.split(' ')
        .map(|word| edit_distance(wanted, &word.chars().collect::<Vec<_>>()))
        .fold(whole, usize::min)
}

/// Levenshtein distance (insertions, deletions and substitutions cost 1).
///
/// ```
/// use stancegraph::query::names::edit_distance;
///
/// let chars = |s: &str| s.chars().collect::<Vec<_>>();
/// assert_eq!(edit_distance(&chars("zelenksy"), &chars("zelensky")), 2);
/// assert_eq!(edit_distance(&chars(""), &chars("nato")), 4);
/// ```
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    // One row of the dynamic-programming table is enough.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_diacritics_and_punctuation() {
        for (input, expected) in [
            ("Türkiye", "turkiye"),
            ("Erdoğan", "erdogan"),
            ("Erdog\u{0306}an", "erdogan"),
            ("Łukasz Straße", "lukasz strasse"),
            ("Ukraine's", "ukraines"),
            ("nato_membership_for_ukraine", "nato membership for ukraine"),
            ("--Lavrov--", "lavrov"),
            ("", ""),
        ] {
            assert_eq!(fold(input), expected, "fold({input:?})");
        }
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        for (a, b, expected) in [
            ("lavrov", "lavrov", 0),
            ("lavrof", "lavrov", 1),
            ("lavrov", "lavrovs", 1),
            ("putin", "", 5),
            ("kitten", "sitting", 3),
        ] {
            assert_eq!(edit_distance(&chars(a), &chars(b)), expected, "{a} {b}");
        }
    }
}
