//! Text layout for people: column widths, wrapping, shortening around a word.
//!
//! Widths count characters (Unicode scalar values), which is right for the Latin,
//! Cyrillic and Greek text of the news this tool reads; wide CJK characters would
//! be under-counted.

/// The mark put where text was cut.
pub const ELLIPSIS: char = '…';

/// Words that never identify a relation in its evidence.
const STOP_WORDS: &[&str] = &[
    "about", "against", "and", "for", "from", "into", "not", "of", "on", "onto", "over", "the",
    "to", "with",
];

/// The width of `s` in columns.
pub fn width(s: &str) -> usize {
    s.chars().count()
}

/// `s` cut to at most `max` columns, with an ellipsis when something was cut.
///
/// ```
/// use stancegraph::query::text::truncate;
///
/// assert_eq!(truncate("Volodymyr Zelensky", 10), "Volodymyr…");
/// assert_eq!(truncate("NATO", 10), "NATO");
/// ```
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push(ELLIPSIS);
    out
}

/// `s` followed by spaces up to `columns` columns.
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(s))));
    out
}

/// Greedy word wrap into lines of at most `columns` columns. A word longer than a
/// line is split, so no line ever overflows.
///
/// ```
/// use stancegraph::query::text::wrap;
///
/// assert_eq!(wrap("There is no meeting planned", 12), ["There is no", "meeting", "planned"]);
/// ```
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > columns {
            flush(&mut lines, &mut line);
            lines.push(word.drain(..columns).collect());
        }
        let word: String = word.into_iter().collect();
        if !line.is_empty() && width(&line) + 1 + width(&word) > columns {
            flush(&mut lines, &mut line);
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    flush(&mut lines, &mut line);
    lines
}

/// Move a non-empty `line` into `lines`.
fn flush(lines: &mut Vec<String>, line: &mut String) {
    if !line.is_empty() {
        lines.push(std::mem::take(line));
    }
}

/// `text` shortened to at most `budget` columns around the character at `anchor`:
/// a little context before it, more after (where the target usually is), cut at
/// word boundaries, each cut marked with an ellipsis.
///
/// ```
/// use stancegraph::query::text::shorten_around;
///
/// let evidence = "Lavrov also poured cold water on hopes for direct talks by questioning the Ukrainian president's legitimacy";
/// let at = evidence.find("questioning").unwrap();
/// assert_eq!(shorten_around(evidence, at, 60), "…direct talks by questioning the Ukrainian president's…");
/// ```
pub fn shorten_around(text: &str, anchor: usize, budget: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= budget {
        return text.trim().to_string();
    }
    let anchor = anchor.min(chars.len().saturating_sub(1));
    let (mut start, mut end) = window(chars.len(), anchor, budget);
    // Start on a word: skip the rest of a cut word, but never past the anchor.
    if start > 0 && !chars[start - 1].is_whitespace() {
        if let Some(space) = chars[start..anchor].iter().position(|c| c.is_whitespace()) {
            start += space + 1;
        }
    }
    // End on a word: drop a cut word, but keep the anchor.
    if end < chars.len() && !chars[end].is_whitespace() {
        if let Some(space) = chars[anchor..end].iter().rposition(|c| c.is_whitespace()) {
            end = anchor + space;
        }
    }
    let body: String = chars[start..end].iter().collect();
    let mut out = String::new();
    if start > 0 {
        out.push(ELLIPSIS);
    }
    out.push_str(body.trim().trim_end_matches([',', ';', ':']));
    if end < chars.len() {
        out.push(ELLIPSIS);
    }
    out
}

/// The `start..end` of a window of `text_len` characters around `anchor` that
/// fits `budget` columns with an ellipsis at each cut end: a third of the room
/// before the anchor, the rest after it.
fn window(text_len: usize, anchor: usize, budget: usize) -> (usize, usize) {
    let one_cut = budget.saturating_sub(1).max(1);
    let two_cuts = budget.saturating_sub(2).max(1);
    let before = two_cuts / 3;
    if anchor <= before {
        // Only the end is cut.
        (0, one_cut.min(text_len))
    } else if anchor - before + two_cuts >= text_len {
        // Only the start is cut.
        (text_len.saturating_sub(one_cut), text_len)
    } else {
        (anchor - before, anchor - before + two_cuts)
    }
}

/// The character offset in `evidence` of the word that most likely triggered a
/// relation: the first word of its label or name that the evidence contains (by
/// a four-letter stem, so `criticizes` finds `criticised`), else the first of
/// `names` (the target's, then the source's), else 0.
///
/// ```
/// use stancegraph::query::text::trigger;
///
/// let evidence = "Russia on Friday ruled out an immediate meeting with Volodymyr Zelensky";
/// assert_eq!(trigger(evidence, &["rules out meeting with", "rejects_meeting"], &[]), 17);
/// assert_eq!(trigger(evidence, &["hosts"], &["Volodymyr Zelensky"]), 53);
/// ```
pub fn trigger(evidence: &str, labels: &[&str], names: &[&str]) -> usize {
    let words = words(evidence);
    let stems = labels
        .iter()
        .flat_map(|l| l.split(['_', ' ', '-']))
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.to_lowercase().as_str()))
        .map(|w| stem(&w.to_lowercase()));
    let name_words = names
        .iter()
        .flat_map(|n| n.split_whitespace())
        .map(str::to_lowercase);
    stems
        .chain(name_words)
        .find_map(|s| {
            words
                .iter()
                .find(|(_, w)| w.starts_with(&s))
                .map(|(at, _)| *at)
        })
        .unwrap_or(0)
}

/// The first four characters of a word: enough to match its inflections.
fn stem(word: &str) -> String {
    word.chars().take(4).collect()
}

/// The words of `text` (runs of letters and digits), lower-cased, with their
/// character offsets.
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.chars().enumerate() {
        if c.is_alphanumeric() {
            let word = current.get_or_insert_with(|| (i, String::new()));
            word.1.extend(c.to_lowercase());
        } else if let Some(word) = current.take() {
            out.push(word);
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_every_line_within_width() {
        let text = "When Russia raises the issue of security guarantees, I honestly do not yet know who is threatening them";
        for columns in [1, 5, 10, 20, 33, 200] {
            let lines = wrap(text, columns);
            assert!(
                lines.iter().all(|l| width(l) <= columns),
                "{columns}: {lines:?}"
            );
            let joined: String = lines.concat();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""), "{columns}");
        }
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn shorten_stays_within_budget_and_keeps_the_anchor() {
        let text = "Trump earlier said Russia had agreed to some Western security guarantees for Kyiv, while Moscow later cast doubt on any such arrangement";
        let at = text.find("agreed").unwrap_or(0);
        for budget in [12, 20, 40, 80] {
            let short = shorten_around(text, at, budget);
            assert!(width(&short) <= budget, "{budget}: {short}");
            assert!(short.contains("agree"), "{budget}: {short}");
        }
        assert_eq!(shorten_around("short", 0, 40), "short");
    }

    #[test]
    fn shorten_marks_only_the_cut_ends() {
        let text = "aaa bbb ccc ddd eee fff ggg hhh";
        assert_eq!(shorten_around(text, 0, 12), "aaa bbb ccc…");
        assert_eq!(shorten_around(text, 28, 12), "…fff ggg hhh");
    }

    proptest::proptest! {
        #[test]
        fn shorten_never_overflows_or_panics(
            text in "[a-zé ,.\"]{0,200}",
            anchor in 0usize..250,
            budget in 3usize..120,
        ) {
            let short = shorten_around(&text, anchor, budget);
            proptest::prop_assert!(width(&short) <= budget, "{short:?}");
        }

        #[test]
        fn wrap_never_overflows(text in "[a-zß ]{0,300}", columns in 1usize..80) {
            proptest::prop_assert!(wrap(&text, columns).iter().all(|l| width(l) <= columns));
        }
    }

    #[test]
    fn trigger_finds_inflected_words() {
        let evidence = "Moscow condemned the measures";
        assert_eq!(trigger(evidence, &["condemns", "criticizes"], &[]), 7);
        assert_eq!(trigger(evidence, &["praises"], &[]), 0);
        assert_eq!(trigger("Erdoğan praised both", &["praises"], &[]), 8);
    }
}
