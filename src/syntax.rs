//! Shallow syntax shared by the stages: prepositions, clause boundaries and the
//! subject test. No parser: capitalization, function words and punctuation.

use crate::model::{TokenKind, Tokens};

/// Nouns for the people who speak for a body without a name of their own (`the
/// ministry spokesman`, `a statement from officials of`, `according to sources`).
pub const VOICE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "source",
    "sources",
];

/// Prepositions: an actor right after one is not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "about",
    "against",
    "between",
    "among",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "during",
    "without",
    "within",
    "toward",
    "towards",
    "alongside",
    "including",
    "like",
    "than",
    "via",
    "near",
    "across",
    "behind",
    "beyond",
    "despite",
    "except",
    "per",
    "upon",
    "amid",
    "amongst",
    "beside",
    "besides",
    "unlike",
    "regarding",
    "concerning",
    "through",
    "throughout",
    "around",
    "outside",
    "inside",
];

/// Determiners and similar words skipped when looking left of a noun phrase.
pub const NP_LEFT: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "both", "two", "direct", "new", "former",
    "then", "top", "senior", "fellow",
];

/// Words that end the clause an event can reach across.
pub const CLAUSE_BREAKS: &[&str] = &[
    ";",
    ":",
    "\u{2014}",
    "\u{2013}",
    "(",
    ")",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "since",
    "after",
    "before",
    "when",
    "as",
    "who",
    "which",
    "where",
    "adding",
    "saying",
    "said",
    "says",
    "told",
    "according",
    "if",
    "unless",
];

/// Is token `t` (normalized word `words[t]`) a clause break?
pub fn is_clause_break(words: &[String], kinds: &[TokenKind], t: usize) -> bool {
    let w = words[t].as_str();
    CLAUSE_BREAKS.contains(&w) || (kinds[t] == TokenKind::Punct && matches!(w, "." | "!" | "?"))
}

/// Is the word at `k` a possessive mark (`'s`, or a bare `'` after a plural)?
/// Words are normalized, so curly apostrophes are straight here.
pub fn is_possessive_mark(words: &[String], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| matches!(w.as_str(), "'s" | "'"))
}

/// Words after `her` that open no noun phrase (conjunctions, adverbs): `told her
/// that`, `thanked her again`, `urged her and Macron`.
const AFTER_OBJECT_HER: &[&str] = &[
    "and",
    "or",
    "but",
    "that",
    "as",
    "again",
    "too",
    "not",
    "back",
    "directly",
    "personally",
    "twice",
    "once",
    "out",
    "up",
    "off",
];

/// Is `her` at token `t` an object (`praised her.`, `praised her for`, `told her
/// that`) rather than a determiner (`her government`)? It is one when no word
/// that can open a noun phrase follows.
pub fn her_is_object(toks: &Tokens, t: usize) -> bool {
    match toks.words.get(t + 1) {
        None => true,
        Some(next) => {
            toks.seg.tokens[t + 1].kind != TokenKind::Word
                || PREPOSITIONS.contains(&next.as_str())
                || AFTER_OBJECT_HER.contains(&next.as_str())
        }
    }
}

/// Is a mention starting at token `start` and ending before `end` in subject
/// position: not the object of a preposition (`for direct Putin-Zelensky talks`)
/// and not a possessor (`Ukraine's ambition`)?
pub fn is_subject_position(toks: &Tokens, start: usize, end: usize) -> bool {
    let words = toks.words;
    let kinds = |t: usize| toks.seg.tokens[t].kind;
    // A possessor (`Ukraine's ambition`) or part of a compound (`Putin-Zelensky talks`).
    if is_possessive_mark(words, end) {
        return false;
    }
    if toks.is_joining_hyphen(end) || (start > 0 && toks.is_joining_hyphen(start - 1)) {
        return false;
    }
    let mut k = start;
    let mut skipped = 0;
    while k > 0 && skipped < 2 {
        let w = words[k - 1].as_str();
        if kinds(k - 1) == TokenKind::Quote {
            k -= 1;
            continue;
        }
        if PREPOSITIONS.contains(&w) {
            return false;
        }
        if NP_LEFT.contains(&w) {
            k -= 1;
            skipped += 1;
            continue;
        }
        break;
    }
    true
}

/// A capitalized trigger inside a sentence is a name (`"Meet the Press"`), not a verb.
pub fn is_name_use(toks: &Tokens, t: usize, sent_start: usize) -> bool {
    let mut first = sent_start;
    while first < t && toks.seg.tokens[first].kind == TokenKind::Quote {
        first += 1;
    }
    t > first && toks.seg.tokens[t - 1].kind != TokenKind::Punct && toks.starts_upper(t)
}

/// Can the subject at `from` reach the trigger at `to` across the words between?
/// Commas are crossed only around an apposition or relative clause (`Zelensky,
/// who wants ..., accused`); other commas and clause words end the reach.
pub fn reaches(toks: &Tokens, from: usize, to: usize) -> bool {
    let breaks = |k: usize| {
        let w = toks.words[k].as_str();
        CLAUSE_BREAKS.contains(&w)
            || (toks.seg.tokens[k].kind == TokenKind::Punct && matches!(w, "." | "!" | "?"))
    };
    let mut k = from;
    while k < to {
        let w = toks.words[k].as_str();
        if w == "," {
            let next = toks.words.get(k + 1).map(String::as_str).unwrap_or("");
            let opens_aside = matches!(
                next,
                "who"
                    | "whose"
                    | "which"
                    | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "now"
                    | "then"
                    | "also"
                    | "already"
                    | "including"
                    | "like"
                    | "however"
                    | "meanwhile"
            ) || (k + 1 < toks.seg.tokens.len() && toks.starts_upper(k + 1))
                // `Polish F-16s, backed by a surveillance plane, downed`: a passive
                // participle with its agent is an aside about the subject.
                || (next.ends_with("ed")
                    && toks.words.get(k + 2).is_some_and(|w| w == "by"));
            let close = (k + 1..to).find(|&j| toks.words[j] == ",");
            if close.is_none() && matches!(next, "who" | "which") {
                // `Modi, who spoke with Putin`: the trigger is in the relative clause,
                // whose subject is the word before it.
                return (k + 2..to)
                    .all(|j| !breaks(j) && !matches!(toks.words[j].as_str(), "that" | "whom"));
            }
            match close {
                Some(c) if opens_aside || short_aside(toks, k + 1, c) => k = c + 1,
                _ => return false,
            }
            continue;
        }
        if (breaks(k) || matches!(w, "that" | "whom"))
            && !matches!(w, "as" | "after" | "before" | "since" | "when")
        {
            return false;
        }
        k += 1;
    }
    true
}

/// Longest aside between commas that a subject reaches across without a word
/// that opens it (`Ishiba, for his part, criticized`; `Medvedev, deputy chairman
/// of the Security Council, mocked`).
const SHORT_ASIDE: usize = 8;

/// Is `from..to` a short aside: a few words, no clause word, no `and`, no quote?
fn short_aside(toks: &Tokens, from: usize, to: usize) -> bool {
    to > from
        && to - from <= SHORT_ASIDE
        && (from..to).all(|j| {
            let w = toks.words[j].as_str();
            // `speaking after the talks` is an aside; `said`, `who` or `;` is not.
            (!CLAUSE_BREAKS.contains(&w) || matches!(w, "after" | "before" | "since" | "when"))
                && !matches!(w, "and" | "or" | "that" | "." | "!" | "?")
                && toks.seg.tokens[j].kind != TokenKind::Quote
        })
}

/// Tokens a wording may step over: manner adverbs (`sharply`) and time phrases
/// (`on Saturday`, `last week`), so `agreed on Saturday to halt` reads as `agreed
/// to halt`.
pub fn skippable_tokens(toks: &Tokens) -> Vec<bool> {
    skippable_words(toks.words)
}

/// [`skippable_tokens`] over normalized words.
fn skippable_words(words: &[String]) -> Vec<bool> {
    let n = words.len();
    let mut out = vec![false; n];
    for t in 0..n {
        let w = words[t].as_str();
        // Only ever set: the token before may have marked this one (`on Saturday`).
        if crate::lexicon::patterns::is_skippable_adverb(w) || is_time_adverb(w) {
            out[t] = true;
        }
        if opens_weekday(w) && t + 1 < n && is_weekday(&words[t + 1]) {
            out[t] = true;
            out[t + 1] = true;
        }
    }
    out
}

// The three word tests below run at every token of every document (once:
// `Tokens::skippable` keeps the result for quotes, relations and stance words):
// the first byte picks the few words to compare, instead of a comparison with
// each.

/// `yesterday`, `again`, `already` and the other time adverbs a wording steps over.
fn is_time_adverb(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b'y') => w == "yesterday",
        Some(b't') => matches!(w, "today" | "then"),
        Some(b'a') => matches!(w, "again" | "also" | "already"),
        Some(b'l') => w == "later",
        Some(b'e') => w == "earlier",
        Some(b'n') => w == "now",
        Some(b's') => w == "still",
        Some(b'f') => matches!(w, "formally" | "finally"),
        _ => false,
    }
}

/// `on`, `last`, `this`, `next`: the words that make a time phrase of a weekday.
fn opens_weekday(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b'o') => w == "on",
        Some(b'l') => w == "last",
        Some(b't') => w == "this",
        Some(b'n') => w == "next",
        _ => false,
    }
}

/// A weekday, lowercase.
fn is_weekday(w: &str) -> bool {
    w.ends_with("day")
        && matches!(
            w,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
}

/// Auxiliaries that make a following past participle passive (`was targeted`).
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Is the word at `t` a passive participle: after a form of `be` (`was
/// targeted`, `has been accused`), or coordinated with one (`was chased and
/// targeted`)? Manner adverbs between are stepped over (`was sharply criticised`).
pub fn is_passive_participle(toks: &Tokens, t: usize, sent_start: usize) -> bool {
    let words = toks.words;
    if !words[t].ends_with("ed") {
        return false;
    }
    let before = |k: usize| {
        let mut k = k;
        while k > sent_start && crate::lexicon::patterns::is_skippable_adverb(&words[k - 1]) {
            k -= 1;
        }
        (k > sent_start).then(|| k - 1)
    };
    let Some(k) = before(t) else {
        return false;
    };
    if PASSIVE_AUXILIARIES.contains(&words[k].as_str()) {
        return true;
    }
    // `was chased and targeted`: the first participle carries the auxiliary.
    words[k] == "and"
        && before(k).is_some_and(|p| {
            words[p].ends_with("ed")
                && before(p).is_some_and(|a| PASSIVE_AUXILIARIES.contains(&words[a].as_str()))
        })
}

/// Relative pronouns that open a clause about the noun before them.
const RELATIVE_PRONOUNS: &[&str] = &["which", "who", "that"];

/// Words that may stand between a relative pronoun and its verb (`which has
/// issued`, `who had long backed`).
const RELATIVE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "is", "are", "was", "were", "been", "did", "does",
    "also", "long", "since", "then", "now", "already",
];

/// `the court, which has issued a warrant`: the token just before the `, which`
/// that opens the relative clause whose verb is at `t`, if there is one.
pub fn relative_clause_head(toks: &Tokens, t: usize, sent_start: usize) -> Option<usize> {
    let words = toks.words;
    let mut k = t;
    let mut seen = 0;
    while k > sent_start && seen < 3 {
        k -= 1;
        let w = words[k].as_str();
        if RELATIVE_PRONOUNS.contains(&w) {
            return (k >= sent_start + 2 && words[k - 1] == ",").then(|| k - 2);
        }
        if !RELATIVE_AUXILIARIES.contains(&w) && !crate::lexicon::patterns::is_skippable_adverb(w) {
            return None;
        }
        seen += 1;
    }
    None
}

#[cfg(test)]
mod skippable {
    use super::skippable_words;

    /// The version with one comparison per listed word, which the first-byte
    /// tests replaced.
    fn by_comparisons(words: &[String]) -> Vec<bool> {
        let n = words.len();
        let mut out: Vec<bool> = words
            .iter()
            .map(|w| crate::lexicon::patterns::is_skippable_adverb(w))
            .collect();
        let weekday = |w: &str| {
            matches!(
                w,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        };
        for t in 0..n {
            let w = words[t].as_str();
            if matches!(w, "on" | "last" | "this" | "next") && t + 1 < n && weekday(&words[t + 1]) {
                out[t] = true;
                out[t + 1] = true;
            }
            if matches!(
                w,
                "yesterday"
                    | "today"
                    | "again"
                    | "also"
                    | "later"
                    | "earlier"
                    | "now"
                    | "then"
                    | "already"
                    | "still"
                    | "formally"
                    | "finally"
            ) {
                out[t] = true;
            }
        }
        out
    }

    #[test]
    fn first_byte_tests_mark_the_same_tokens() {
        let text = "on monday last tuesday this wednesday next thursday on friday \
            saturday sunday on sunday yesterday today again also later earlier now \
            then already still formally finally strongly only early on on day \
            thenx alsoo nowhere funday on saturdays last last week , . - stilly \
            sharply criticised this friday";
        let words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        assert_eq!(skippable_words(&words), by_comparisons(&words));
        // Every suffix, so that each word is also tested at the start and end.
        for k in 0..words.len() {
            assert_eq!(skippable_words(&words[k..]), by_comparisons(&words[k..]));
        }
    }
}
