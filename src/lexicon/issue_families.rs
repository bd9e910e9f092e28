//! Issue families: `issues.tsv` rows whose id holds a slot (`sanctions_on_{X}`),
//! expanded over the actors of the lexicon into one issue per state or group, and
//! the phrases that find them in a text around an actor's name.
//!
//! New stories name issues of the day that no fixed list foresees (sanctions on
//! Venezuela, Hezbollah's disarmament, a ceasefire in Lebanon). A family names
//! them all with one row. The instances are issues like the fixed ones (indices
//! into `Lexicon::issues`, after the fixed rows), but their phrases are not put
//! into the phrase automaton: a slot phrase is matched around the actor mentions
//! the document already has, so hundreds of instances cost nothing at load time or
//! per document beyond a few string comparisons per mention.

use super::{ActorEntry, IssueEntry};
use crate::model::ActorKind;
use aho_corasick::AhoCorasick;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Words that carry no content in an issue slug (`sanctions_on_iran` and
/// `iran_sanctions` name the same issue).
const FUNCTION_WORDS: &[&str] = &["for", "on", "in", "of", "the", "a", "an", "to", "by"];

/// The content words of an issue slug as a sorted bag: function words dropped and
/// a plural `s` stripped (`sanctions_on_iran` -> `iran sanction`). Two slugs with
/// the same key name the same issue; this is how family instances meet the fixed
/// rows, and how `eval` maps predicted issue ids to gold ones.
pub fn issue_key(slug: &str) -> Vec<String> {
    let mut words: Vec<String> = slug
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .map(|mut w| {
            // `singular` gives a prefix of the word: cut in place, no second copy.
            let keep = singular(&w).len();
            w.truncate(keep);
            w
        })
        .collect();
    words.sort();
    words
}

/// A simple singular: `sanctions` -> `sanction`, `tariffs` -> `tariff`; short
/// words and `-ss`/`-us` words are kept (`us`, `ss`, `status`).
fn singular(w: &str) -> &str {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

/// Which actors a family's slot takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// `{X}`: a state.
    State,
    /// `{G}`: a group.
    Group,
}

impl SlotKind {
    fn of_template(id: &str) -> Option<SlotKind> {
        if id.contains("{X}") {
            Some(SlotKind::State)
        } else if id.contains("{G}") {
            Some(SlotKind::Group)
        } else {
            None
        }
    }

    fn placeholder(self) -> &'static str {
        match self {
            SlotKind::State => "{X}",
            SlotKind::Group => "{G}",
        }
    }

    fn takes(self, kind: ActorKind) -> bool {
        match self {
            SlotKind::State => kind == ActorKind::State,
            SlotKind::Group => kind == ActorKind::Group,
        }
    }
}

/// A family row as read from a file: an issue row whose id, label and phrases
/// hold a slot (`sanctions_on_{X}`, `Sanctions on {X}`).
pub type FamilyRow = IssueEntry;

/// Is `id` a family template (holds `{X}` or `{G}`)?
pub fn is_template(id: &str) -> bool {
    SlotKind::of_template(id).is_some()
}

/// Is `id` a well-formed template: a slug once its one slot is filled?
pub fn template_is_slug(id: &str) -> bool {
    let Some(slot) = SlotKind::of_template(id) else {
        return false;
    };
    id.matches(slot.placeholder()).count() == 1
        && super::is_slug(&id.replace(slot.placeholder(), "x"))
}

/// How the slot of a phrase is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotForm {
    /// The actor's name or seat, as a mention of it.
    Name,
    /// The state's adjective (`{A}`: `Iranian`).
    Adjective,
}

/// A family phrase with a slot: the words before and after it, lowercase, with
/// straight apostrophes.
#[derive(Debug, Clone)]
pub struct SlotPhrase {
    /// Index of the family.
    pub family: usize,
    /// Text before the slot (`sanctions on `), possibly empty.
    pub before: String,
    /// Text after the slot (`'s nato membership`), possibly empty.
    pub after: String,
    /// How the slot is written.
    pub form: SlotForm,
    /// True for a phrase that names the other side (`!lift sanctions on {X}`).
    pub inverted: bool,
}

/// The families, compiled.
#[derive(Debug, Clone, Default)]
pub struct Families {
    slots: Vec<SlotKind>,
    /// Phrases with a slot, in file order.
    phrases: Vec<SlotPhrase>,
    /// Phrases without a slot: (family, inverted), parallel to `generic_matcher`.
    generic: Vec<(usize, bool)>,
    /// Their texts, parallel to `generic` (also scanned by
    /// [`crate::lexicon::Lexicon::issue_phrases_in`]).
    generic_texts: Vec<String>,
    generic_matcher: Option<AhoCorasick>,
    /// (family, actor index) -> issue index.
    instances: HashMap<(usize, usize), usize>,
    /// The issues that are some family's instance (the values of `instances`).
    instance_issues: HashSet<usize>,
    /// The slot phrases by the words right next to their slot (`on` of
    /// `sanctions on {X}`, `'s` of `{X}'s NATO membership`): a mention is tried
    /// only against the phrases of the words next to it.
    by_boundary_word: HashMap<String, Vec<usize>>,
}

impl Families {
    /// Expands the family rows over the actors, appending one issue per family and
    /// actor of the slot's kind to `issues`, unless an issue with the same content
    /// words (under the actor's slug or short name) is there already: then the
    /// instance is that issue.
    pub fn expand(
        rows: &[FamilyRow],
        actors: &[ActorEntry],
        issues: &mut Vec<IssueEntry>,
    ) -> Families {
        let mut by_key: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for (i, issue) in issues.iter().enumerate() {
            by_key.entry(issue_key(&issue.id)).or_insert(i);
        }
        let mut out = Families::default();
        let mut generic_texts: Vec<String> = Vec::new();
        for (f, row) in rows.iter().enumerate() {
            let Some(slot) = SlotKind::of_template(&row.id) else {
                continue;
            };
            out.slots.push(slot);
            for p in &row.phrases {
                let (inverted, text) = match p.strip_prefix('!') {
                    Some(rest) => (true, rest),
                    None => (false, p.as_str()),
                };
                match split_slot(text, slot) {
                    Some((before, after, form)) => out.phrases.push(SlotPhrase {
                        family: f,
                        before: normalize(before),
                        after: normalize(after),
                        form,
                        inverted,
                    }),
                    None if !text.is_empty() => {
                        generic_texts.push(text.to_string());
                        out.generic.push((f, inverted));
                    }
                    None => {}
                }
            }
            for (a, actor) in actors.iter().enumerate() {
                if !slot.takes(actor.kind) {
                    continue;
                }
                let issue = instance_issue(row, slot, actor, issues, &mut by_key);
                out.instances.insert((f, a), issue);
                out.instance_issues.insert(issue);
            }
        }
        for (i, p) in out.phrases.iter().enumerate() {
            let words = [
                p.before.split_whitespace().next_back(),
                p.after.split_whitespace().next(),
            ];
            for w in words.into_iter().flatten() {
                let list = out.by_boundary_word.entry(w.to_string()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        if !generic_texts.is_empty() {
            out.generic_matcher = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&generic_texts)
                .ok();
        }
        out.generic_texts = generic_texts;
        out
    }

    /// The phrases with a slot.
    pub fn slot_phrases(&self) -> &[SlotPhrase] {
        &self.phrases
    }

    /// Does family `f`'s slot take an actor of this kind?
    pub fn takes(&self, f: usize, kind: ActorKind) -> bool {
        self.slots.get(f).is_some_and(|s| s.takes(kind))
    }

    /// The indices (into [`Families::slot_phrases`]) of the phrases that have
    /// `word` (lowercase, straight apostrophes) right next to their slot.
    pub fn phrases_next_to(&self, word: &str) -> &[usize] {
        self.by_boundary_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// The families whose slot takes a group.
    pub fn group_families(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == SlotKind::Group)
            .map(|(f, _)| f)
    }

    /// The issue that family `f` names for actor `a`.
    pub fn instance(&self, f: usize, a: usize) -> Option<usize> {
        self.instances.get(&(f, a)).copied()
    }

    /// Is `issue` the instance of some family for some actor (`EU membership for
    /// Ukraine` of `EU membership for {X}`)?
    pub fn is_instance(&self, issue: usize) -> bool {
        self.instance_issues.contains(&issue)
    }

    /// The automaton over the phrases without a slot; map a pattern index with
    /// [`Families::generic_phrase`].
    pub fn generic_matcher(&self) -> Option<&AhoCorasick> {
        self.generic_matcher.as_ref()
    }

    /// The phrases without a slot, parallel to [`Families::generic_phrase`].
    pub fn generic_texts(&self) -> &[String] {
        &self.generic_texts
    }

    /// (family, inverted) of generic pattern `i`.
    pub fn generic_phrase(&self, i: usize) -> (usize, bool) {
        self.generic[i]
    }
}

/// The issue index of `row` filled with `actor`: an existing issue with the same
/// content words, or a new one appended to `issues`.
fn instance_issue(
    row: &FamilyRow,
    slot: SlotKind,
    actor: &ActorEntry,
    issues: &mut Vec<IssueEntry>,
    by_key: &mut BTreeMap<Vec<String>, usize>,
) -> usize {
    let slug = slot_slug(actor);
    let id = fill(&row.id, slot.placeholder(), &slug);
    let keys = [
        issue_key(&id),
        issue_key(&fill(&row.id, slot.placeholder(), &actor.id)),
    ];
    if let Some(&i) = keys.iter().find_map(|k| by_key.get(k)) {
        return i;
    }
    let label = fill(&row.label, slot.placeholder(), &actor.label);
    let adjective = actor.demonyms.first().map(String::as_str).unwrap_or("");
    // The phrases written out with the actor's label: anaphors (`the sanctions`)
    // and the document context read them like those of a fixed issue.
    let phrases = row
        .phrases
        .iter()
        .filter(|p| !(has_placeholder(p, "{A}") && adjective.is_empty()))
        .map(|p| {
            let filled = fill(p, slot.placeholder(), &actor.label);
            // No `{` left (most phrases): no `{A}` either, and no second copy.
            if filled.contains('{') {
                fill(&filled, "{A}", adjective)
            } else {
                filled
            }
        })
        .collect();
    issues.push(IssueEntry { id, label, phrases });
    let i = issues.len() - 1;
    for k in keys {
        by_key.entry(k).or_insert(i);
    }
    i
}

/// Whether `text` contains `placeholder` (`{X}`, `{G}`, `{A}`).
fn has_placeholder(text: &str, placeholder: &str) -> bool {
    next_placeholder(text, placeholder, 0).is_some()
}

/// The byte offset of the first `placeholder` in `text` at or after `from`.
///
/// A placeholder's first byte (`{`) occurs nowhere else in it, so occurrences
/// cannot overlap and testing each `{` finds the same ones as `str::find`, without
/// its searcher set-up, which dominated the expansion of every (family, actor)
/// pair (about 120,000 replacements at each lexicon load).
fn next_placeholder(text: &str, placeholder: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = *placeholder.as_bytes().first()?;
    let mut i = from;
    while let Some(k) = bytes.get(i..)?.iter().position(|&b| b == first) {
        let at = i + k;
        if bytes[at..].starts_with(placeholder.as_bytes()) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// `text.replace(placeholder, with)` for a placeholder like `{X}` (see
/// [`next_placeholder`]); the text is copied as is when it has none.
fn fill(text: &str, placeholder: &str, with: &str) -> String {
    debug_assert!(!placeholder.is_empty() && !placeholder[1..].contains(&placeholder[..1]));
    let mut out = String::with_capacity(text.len() + with.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = next_placeholder(text, placeholder, from) {
        out.push_str(&text[last..at]);
        out.push_str(with);
        last = at + placeholder.len();
        from = last;
    }
    out.push_str(&text[last..]);
    out
}

/// The slug an actor takes in issue ids: its id, or a capital alias that the id
/// starts with (`US` for usa: `us_tariffs`, as annotators write it).
pub fn slot_slug(actor: &ActorEntry) -> String {
    actor
        .aliases
        .iter()
        .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
        .map(|a| a.to_ascii_lowercase())
        .filter(|a| a.len() < actor.id.len() && actor.id.starts_with(a.as_str()))
        .min_by_key(String::len)
        .unwrap_or_else(|| actor.id.clone())
}

/// A phrase split at its one slot: (before, after, form); `None` without a slot.
fn split_slot(phrase: &str, slot: SlotKind) -> Option<(&str, &str, SlotForm)> {
    if let Some(i) = phrase.find(slot.placeholder()) {
        let rest = &phrase[i + slot.placeholder().len()..];
        return Some((&phrase[..i], rest, SlotForm::Name));
    }
    let i = phrase.find("{A}")?;
    Some((&phrase[..i], &phrase[i + 3..], SlotForm::Adjective))
}

/// Lowercase with straight apostrophes: how slot phrases are compared.
fn normalize(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// One character as slot phrases compare it: ASCII lowercase, typographic
/// apostrophes straight.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        c => c.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_function_words_and_plurals() {
        assert_eq!(issue_key("sanctions_on_iran"), issue_key("iran_sanctions"));
        assert_eq!(issue_key("ceasefire_in_gaza"), issue_key("gaza_ceasefire"));
        assert_eq!(issue_key("us_tariffs"), vec!["tariff", "us"]);
        assert_ne!(issue_key("us_tariffs"), issue_key("tariffs_on_china"));
        assert_ne!(issue_key("peace_deal_ukraine"), issue_key("peace_ukraine"));
    }

    #[test]
    fn templates_are_checked() {
        assert!(template_is_slug("sanctions_on_{X}"));
        assert!(template_is_slug("{G}_disarmament"));
        assert!(!template_is_slug("sanctions on {X}"));
        assert!(!template_is_slug("{X}_{X}_summit"));
        assert!(!is_template("sanctions_on_iran"));
    }

    #[test]
    fn fill_replaces_like_str_replace() {
        let texts = [
            "",
            "{X}",
            "sanctions on {X}",
            "{X} and {X}",
            "{X}{X}",
            "{{X}}",
            "{A} troops in {X}",
            "no slot here",
            "{ X} {Y} {X",
            "é{X}ü",
        ];
        for text in texts {
            for with in ["", "Iran", "{X}", "Côte d'Ivoire"] {
                for ph in ["{X}", "{G}", "{A}"] {
                    assert_eq!(fill(text, ph, with), text.replace(ph, with), "{text:?}");
                    assert_eq!(has_placeholder(text, ph), text.contains(ph), "{text:?}");
                }
            }
        }
    }
}
