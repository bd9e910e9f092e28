//! Segmentation: tokens and sentences with byte offsets into the document text.
//!
//! Tokens: words (letters and digits, with internal apostrophes as in `O'Brien`),
//! numbers (`2,000`, `3.5`), dotted abbreviations kept whole (`U.S.`, `D.C.`),
//! quotation marks, and single punctuation characters. Hyphens, the possessive
//! `'s` and the negation `n't` are tokens of their own, so `Putin-Zelensky` gives
//! `Putin`, `-`, `Zelensky`.
//!
//! Sentences end at `.`, `!` or `?` (plus closing quotes or brackets) followed by
//! white space and a capital letter, an opening quote or a digit, unless the period
//! belongs to an abbreviation (`Mr.`, `Gen.`, `Jan.`) or an initial (`Donald J.
//! Trump`). A line break always ends a sentence; a blank line ends a paragraph.
//! A run of more than [`MAX_SENTENCE_TOKENS`] tokens without a sentence end is cut
//! there, so no stage ever works on an unbounded sentence.

use crate::model::{Segmented, Sentence, Span, Token, TokenKind};

/// Abbreviations whose period does not end a sentence (compared without the dot,
/// case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Adm", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Sen", "Rep",
    "Gov", "Prof", "Rev", "Gens", "Brig", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co",
    "No", "Nos", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Pres", "Amb", "Supt", "Insp", "Cpl", "Pvt", "Fr", "Messrs",
    "Mme", "Mlle", "Hon", "Dept", "Univ", "Ave", "Blvd", "est", "cf", "al",
];

/// The most tokens one sentence holds. Real sentences stay far below; a megabyte
/// line without punctuation is cut into sentences of this size, which keeps every
/// per-sentence step (and the evidence and statement texts) bounded.
pub const MAX_SENTENCE_TOKENS: usize = 512;

/// Words that, after a dotted abbreviation such as `U.S.`, show a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "There",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "So",
];

/// Is `c` a quotation mark (not counting the apostrophe forms)?
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Is `c` an apostrophe or single quotation mark?
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters of a text addressed by byte offset. The tokenizer used to collect a
/// `(offset, char)` pair per character into a vector as long as the text (16 bytes
/// per character, written and read once); decoding in place costs nothing for
/// ASCII, which is nearly all of a news text.
#[derive(Clone, Copy)]
struct Chars<'a> {
    text: &'a str,
}

impl Chars<'_> {
    /// The character starting at byte `b` (a character boundary), `None` past the end.
    #[inline]
    fn at(self, b: usize) -> Option<char> {
        let byte = *self.text.as_bytes().get(b)?;
        if byte.is_ascii() {
            Some(char::from(byte))
        } else {
            self.text[b..].chars().next()
        }
    }

    /// The byte after the character at `b`; past the end, a position past the end
    /// too, so that `at` of it is `None` as the character index after the last
    /// one was.
    #[inline]
    fn after(self, b: usize) -> usize {
        self.at(b).map_or(b + 1, |c| b + c.len_utf8())
    }

    /// The character ending at byte `b`, if any.
    #[inline]
    fn before(self, b: usize) -> Option<char> {
        self.text[..b].chars().next_back()
    }
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars = Chars { text };
    // About one token per six bytes of news text: reserved once rather than grown
    // by doubling.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = chars.at(i) {
        let start = i;
        let next = i + c.len_utf8();
        if c.is_whitespace() || is_invisible(c) {
            i = next;
            continue;
        }
        if is_word_char(c) {
            let (word_end, kind) = scan_word(chars, i);
            // Split a trailing n't off ("don't" -> "do" "n't") and 's / ' possessives.
            let word = &text[start..word_end];
            if let Some(cut) = negation_split(word) {
                tokens.push(Token {
                    span: Span::new(start, start + cut),
                    kind,
                });
                tokens.push(Token {
                    span: Span::new(start + cut, word_end),
                    kind: TokenKind::Word,
                });
            } else {
                tokens.push(Token {
                    span: Span::new(start, word_end),
                    kind,
                });
            }
            i = word_end;
            continue;
        }
        if is_apostrophe(c) {
            // Possessive: 's after a word, or a lone ' after a plural ending in s.
            let prev = chars.before(i);
            if prev.is_some_and(is_word_char) {
                if let Some(n) = chars.at(next) {
                    let after_n = next + n.len_utf8();
                    let after = chars.at(after_n);
                    if (n == 's' || n == 'S') && !after.is_some_and(is_word_char) {
                        tokens.push(Token {
                            span: Span::new(start, after_n),
                            kind: TokenKind::Word,
                        });
                        i = after_n;
                        continue;
                    }
                }
                if prev == Some('s') && !chars.at(next).is_some_and(is_word_char) {
                    tokens.push(Token {
                        span: Span::new(start, next),
                        kind: TokenKind::Word,
                    });
                    i = next;
                    continue;
                }
            }
            tokens.push(Token {
                span: Span::new(start, next),
                kind: TokenKind::Quote,
            });
            i = next;
            continue;
        }
        let kind = if is_quote_char(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        tokens.push(Token {
            span: Span::new(start, next),
            kind,
        });
        i = next;
    }
    tokens
}

/// Zero-width and other invisible characters that separate nothing.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Scan a word, number or dotted abbreviation starting at byte `i`; returns the
/// byte after it and its kind.
fn scan_word(chars: Chars, i: usize) -> (usize, TokenKind) {
    let at = |k: usize| chars.at(k);
    let after = |k: usize| chars.after(k);
    let bytes = chars.text.as_bytes();
    // Dotted abbreviation: single letters each followed by a dot (U.S., D.C., U.K.).
    // An ASCII first letter (nearly every word) is tested on the bytes.
    let dotted = match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphabetic() && bytes.get(i + 1) == Some(&b'.'),
        _ => at(i).is_some_and(|c| c.is_alphabetic()) && at(after(i)) == Some('.'),
    };
    if dotted {
        let mut k = i;
        let mut letters = 0;
        while at(k).is_some_and(|c| c.is_alphabetic()) && at(after(k)) == Some('.') && {
            let next_letter = after(after(k));
            !at(next_letter)
                .is_some_and(|c| c.is_alphabetic() && at(after(next_letter)) != Some('.'))
        } {
            letters += 1;
            k = after(after(k));
            if !at(k).is_some_and(|c| c.is_alphabetic()) {
                break;
            }
        }
        if letters >= 2 {
            return (k, TokenKind::Word);
        }
    }
    let numeric_start = at(i).is_some_and(|c| c.is_ascii_digit());
    let mut j = i;
    loop {
        // An ASCII letter or digit is a word character, whatever follows: the
        // common case, tested on the byte without decoding a character.
        if bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
            continue;
        }
        let Some(c) = at(j) else { break };
        let next = j + c.len_utf8();
        let numeric_separator =
            (c == ',' || c == '.') && numeric_start && at(next).is_some_and(|d| d.is_ascii_digit());
        if is_word_char(c) || numeric_separator {
            j = next;
        } else if is_apostrophe(c)
            && at(next).is_some_and(is_word_char)
            && (!matches!(at(next), Some('s') | Some('S'))
                || at(after(next)).is_some_and(is_word_char))
        {
            // Internal apostrophe: O'Brien, Sa'ar, don't (split later).
            j = next;
        } else {
            break;
        }
    }
    let kind = if numeric_start && chars.text[i..j].chars().all(|c| !c.is_alphabetic()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (j, kind)
}

/// Byte offset where a trailing `n't` starts, if the word has one.
fn negation_split(word: &str) -> Option<usize> {
    // The word lowercased ends in n't (with a straight or curly apostrophe) after
    // at least one other character; checked on the last characters, without
    // lowercasing the whole word into a new string for every word of the text.
    // Most words do not end in `t`; the last byte tells (a `t` is one byte).
    if !word.ends_with(['t', 'T']) {
        return None;
    }
    let mut last = word.chars().rev();
    let tail = (last.next(), last.next(), last.next(), last.next());
    if let (Some('t' | 'T'), Some('\'' | '\u{2019}'), Some('n' | 'N'), Some(_)) = tail {
        // "can't" -> "ca" "n't": the standard Penn split.
        let cut = word
            .char_indices()
            .rev()
            .nth(2)
            .map(|(b, _)| b)
            .unwrap_or(0);
        if cut > 0 {
            return Some(cut);
        }
    }
    None
}

/// Segment a whole text into tokens and sentences.
pub fn segment(text: &str) -> Segmented {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    Segmented::new(tokens, sentences)
}

/// The width of a hard-wrapped text (plain-text mail and wire feeds break lines at a
/// fixed width, inside sentences), or `None` when lines are paragraphs or items.
/// A text is wrapped when at least two of its line breaks fall inside a sentence
/// (the line ends without closing punctuation and the next starts in lower case),
/// and they are at least a quarter of the breaks inside paragraphs.
fn wrap_width(text: &str) -> Option<usize> {
    let lines = || text.lines().map(str::trim_end);
    let (mut inside, mut mid_sentence) = (0, 0);
    for (line, next) in lines().zip(lines().skip(1)) {
        let next = next.trim_start();
        if line.trim().is_empty() || next.is_empty() {
            continue;
        }
        inside += 1;
        let open_end = !line.ends_with(['.', '!', '?', ':', '"', '\u{201D}', ';']);
        if open_end && next.chars().next().is_some_and(char::is_lowercase) {
            mid_sentence += 1;
        }
    }
    (mid_sentence >= 2 && mid_sentence * 4 >= inside)
        .then(|| lines().map(|l| l.chars().count()).max().unwrap_or(0))
}

/// In a hard-wrapped text, does the single line break before `next` end a
/// sentence? Only after a short line that opens no sentence, such as a headline
/// or a byline before a capitalized line; otherwise the break is a space.
fn wrapped_line_ends_sentence(text: &str, tokens: &[Token], next: usize, width: usize) -> bool {
    let at = tokens[next].span.start;
    let line_start = text[..at].trim_end().rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..at].trim();
    let short = line.chars().count() * 5 < width * 3;
    let upper_next = text[at..].chars().next().is_some_and(char::is_uppercase);
    short && upper_next
}

fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let wrap = wrap_width(text);
    let mut sentences = Vec::new();
    let mut start_tok = 0;
    let mut paragraph = 0;
    let mut i = 0;
    while i < tokens.len() {
        let too_long = i + 1 - start_tok >= MAX_SENTENCE_TOKENS && i + 1 < tokens.len();
        let boundary_after =
            sentence_ends_after(text, tokens, i, wrap).or(too_long.then_some(i + 1));
        if let Some(end_tok) = boundary_after {
            push_sentence(&mut sentences, tokens, start_tok, end_tok, paragraph);
            start_tok = end_tok;
            if end_tok < tokens.len() {
                let gap = &text[tokens[end_tok - 1].span.end..tokens[end_tok].span.start];
                if is_paragraph_break(gap) {
                    paragraph += 1;
                }
            }
            i = end_tok;
            continue;
        }
        i += 1;
    }
    push_sentence(&mut sentences, tokens, start_tok, tokens.len(), paragraph);
    sentences
}

fn push_sentence(
    out: &mut Vec<Sentence>,
    tokens: &[Token],
    start: usize,
    end: usize,
    paragraph: usize,
) {
    if start >= end {
        return;
    }
    out.push(Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: start..end,
        paragraph,
    });
}

fn is_paragraph_break(gap: &str) -> bool {
    gap.matches('\n').count() >= 2
}

/// If a sentence ends after token `i`, the index of the first token of the next.
fn sentence_ends_after(
    text: &str,
    tokens: &[Token],
    i: usize,
    wrap: Option<usize>,
) -> Option<usize> {
    let next = i + 1;
    if next >= tokens.len() {
        return None;
    }
    let gap = &text[tokens[i].span.end..tokens[next].span.start];
    if gap.contains('\n') {
        let joined = wrap.is_some_and(|width| {
            !is_paragraph_break(gap) && !wrapped_line_ends_sentence(text, tokens, next, width)
        });
        if !joined {
            return Some(next);
        }
    }
    let tok = tokens[i].span.slice(text);
    let is_terminal = matches!(tok, "." | "!" | "?" | "\u{2026}");
    let abbrev_with_dot = tok.len() > 2 && tok.ends_with('.') && tokens[i].kind == TokenKind::Word;
    if !is_terminal && !abbrev_with_dot {
        return None;
    }
    if tok == "." && i > 0 && is_abbreviation_before(text, tokens, i) {
        return None;
    }
    // Closing quotes and brackets stay with the sentence they close.
    let mut end = next;
    while end < tokens.len() {
        let t = tokens[end].span.slice(text);
        let closing = matches!(t, ")" | "]")
            || (tokens[end].kind == TokenKind::Quote && is_closing_quote(text, tokens, end));
        let attached = tokens[end].span.start == tokens[end - 1].span.end;
        if closing && attached {
            end += 1;
        } else {
            break;
        }
    }
    if end >= tokens.len() {
        return None;
    }
    let gap = &text[tokens[end - 1].span.end..tokens[end].span.start];
    if gap.is_empty() {
        return None;
    }
    if gap.contains('\n') && wrap.is_none() || is_paragraph_break(gap) {
        return Some(end);
    }
    let first = tokens[end].span.slice(text);
    let starts_upper = first.chars().next().is_some_and(|c| c.is_uppercase());
    let starts_ok = starts_upper
        || tokens[end].kind == TokenKind::Quote
        || tokens[end].kind == TokenKind::Number;
    if !starts_ok {
        return None;
    }
    if abbrev_with_dot && !SENTENCE_STARTERS.contains(&first) {
        return None;
    }
    Some(end)
}

fn is_abbreviation_before(text: &str, tokens: &[Token], dot: usize) -> bool {
    let prev = &tokens[dot - 1];
    if prev.span.end != tokens[dot].span.start || prev.kind != TokenKind::Word {
        return false;
    }
    let word = prev.span.slice(text);
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    // A single capital letter is an initial: "Donald J. Trump".
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Does the quote token at `i` close a quotation (rather than open one)?
pub fn is_closing_quote(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].span.slice(text);
    match t {
        "\u{201D}" | "\u{00BB}" | "\u{2019}" => true,
        "\u{201C}" | "\u{201E}" | "\u{00AB}" | "\u{2018}" => false,
        _ => {
            // Straight quote: closing when glued to the previous token and followed by
            // space, punctuation or the end.
            let glued_left = i > 0 && tokens[i - 1].span.end == tokens[i].span.start;
            let glued_right =
                i + 1 < tokens.len() && tokens[i + 1].span.start == tokens[i].span.end;
            let right_is_word = glued_right && tokens[i + 1].kind != TokenKind::Punct;
            glued_left && !right_is_word || (!glued_right && i + 1 == tokens.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.slice(text)).collect()
    }

    // The tokenizer walks byte offsets and decodes characters in place: letters,
    // apostrophes and quotes of several bytes must still end and split tokens at
    // character boundaries.
    #[test]
    fn splits_words_with_characters_of_several_bytes() {
        let text = "M\u{fc}ller\u{2019}s team didn\u{2019}t see Z\u{fc}rich\u{2019}s \u{201c}plan\u{201d}\u{2026} 3,5\u{a0}%";
        assert_eq!(
            words(text),
            [
                "M\u{fc}ller",
                "\u{2019}s",
                "team",
                "did",
                "n\u{2019}t",
                "see",
                "Z\u{fc}rich",
                "\u{2019}s",
                "\u{201c}",
                "plan",
                "\u{201d}",
                "\u{2026}",
                "3,5",
                "%"
            ]
        );
        let kinds: Vec<TokenKind> = tokenize("\u{e9}t\u{e9} 42")
            .iter()
            .map(|t| t.kind)
            .collect();
        assert_eq!(kinds, [TokenKind::Word, TokenKind::Number]);
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn cuts_a_sentence_without_an_end() {
        // A megabyte line with no punctuation once made statements quadratic in size.
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 10);
        let seg = segment(&text);
        assert_eq!(seg.sentences.len(), 3);
        assert!(seg
            .sentences
            .iter()
            .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(seg.sentences[2].tokens.len(), 10);
    }

    #[test]
    fn splits_hyphens_possessives_and_negations() {
        assert_eq!(
            words("Beijing's Putin-Xi talks don't stall."),
            ["Beijing", "'s", "Putin", "-", "Xi", "talks", "do", "n't", "stall", "."]
        );
        assert_eq!(
            words("the ministers’ summit"),
            ["the", "ministers", "’", "summit"]
        );
        assert_eq!(words("O'Brien and Sa'ar"), ["O'Brien", "and", "Sa'ar"]);
    }

    #[test]
    fn keeps_dotted_abbreviations_and_numbers() {
        assert_eq!(
            words("The U.S. paid $2,000.5 to D.C. today"),
            ["The", "U.S.", "paid", "$", "2,000.5", "to", "D.C.", "today"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Adm. Pierre Vandier met Gen. Dan Caine on Jan. 5 in Norfolk. Mr. Caine left.";
        assert_eq!(
            sentences(text),
            [
                "Adm. Pierre Vandier met Gen. Dan Caine on Jan. 5 in Norfolk.",
                "Mr. Caine left."
            ]
        );
    }

    #[test]
    fn us_at_sentence_end_splits_only_before_a_starter() {
        let text =
            "Talks moved to the U.S. The envoy flew in. Officials in the U.S. Senate agreed.";
        assert_eq!(
            sentences(text),
            [
                "Talks moved to the U.S.",
                "The envoy flew in.",
                "Officials in the U.S. Senate agreed."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let text = "\u{201C}We will not yield.\u{201D} The minister left. \"Why?\" she asked.";
        assert_eq!(
            sentences(text),
            [
                "\u{201C}We will not yield.\u{201D}",
                "The minister left.",
                "\"Why?\" she asked."
            ]
        );
    }

    #[test]
    fn paragraphs_are_counted() {
        let seg = segment("One line.\n\nTwo line. Three.\nFour");
        let paras: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 1, 1, 1]);
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Donald J. Trump spoke. He left."),
            ["Donald J. Trump spoke.", "He left."]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_into_sentences() {
        let text = "Chile recalls envoy\n\
                    SANTIAGO - The Chilean foreign ministry said on Tuesday that it\n\
                    would recall its ambassador to Caracas after the embassy was\n\
                    searched. Officials in Caracas denied that any search took place\n\
                    and called the claim a provocation.\n\
                    \n\
                    The dispute follows months of tension.";
        assert_eq!(
            sentences(text),
            [
                "Chile recalls envoy",
                "SANTIAGO - The Chilean foreign ministry said on Tuesday that it\n\
                 would recall its ambassador to Caracas after the embassy was\n\
                 searched.",
                "Officials in Caracas denied that any search took place\n\
                 and called the claim a provocation.",
                "The dispute follows months of tension."
            ]
        );
    }

    #[test]
    fn lines_that_are_items_stay_apart() {
        // Live-blog entries and transcript turns: every line opens a sentence.
        let text = "09:40 Delegations arrive\n10:15 Talks begin in the palace\n\
                    MINISTER: we are ready\nREPORTER: and the timing";
        assert_eq!(sentences(text).len(), 4);
    }
}
