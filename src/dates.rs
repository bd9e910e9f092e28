//! Dates: time expressions in the text resolved against the document date
//! (`on Thursday` in an article of Friday 2025-08-22 is 2025-08-21; `last week`,
//! `yesterday`, `in 2014`, `on 15 August`), and the date each event gets.

use crate::model::Tokens;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// The day is known.
    Day,
    /// Only the week is known (`earlier in the week`, `last week`).
    Week,
    /// Only the month is known.
    Month,
    /// Only the year is known.
    Year,
}

impl Precision {
    /// The name used in `graph.json`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A time expression and the date it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Tokens it covers.
    pub tokens: std::ops::Range<usize>,
    /// The date.
    pub date: NaiveDate,
    /// Its precision.
    pub precision: Precision,
    /// It is the dateline or the date line at the head of the article, which dates
    /// the article, not an event of its first sentence.
    pub dateline: bool,
}

/// Month names and their abbreviations; each month's full name comes first.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words that put a weekday in the future (`will meet on Monday`).
const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "next",
    "plans",
    "planned",
    "due",
    "scheduled",
    "expected",
    "set",
    "upcoming",
    "coming",
    "tomorrow",
];

/// Can a word starting with byte `b` open a time expression? Days and years
/// start with a digit (a day with a sign too, as `u32::from_str` reads it);
/// every word of [`MONTHS`], [`WEEKDAYS`] and the relative expressions
/// (`yesterday`, `last week`, `earlier this week`) with one of these letters.
fn may_open_expression(b: u8) -> bool {
    b.is_ascii_digit()
        || b == b'+'
        || matches!(
            b.to_ascii_lowercase(),
            b'a' | b'd'
                | b'e'
                | b'f'
                | b'j'
                | b'l'
                | b'm'
                | b'n'
                | b'o'
                | b's'
                | b't'
                | b'w'
                | b'y'
        )
}

fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|(_, n)| *n)
}

/// Is the lower-case `word` the full name of a month (`may`, `february`; not an
/// abbreviation such as `feb`)?
pub fn is_month_name(word: &str) -> bool {
    month_of(word)
        .is_some_and(|n| MONTHS.iter().find(|(_, m)| *m == n).map(|(name, _)| *name) == Some(word))
}

/// Is the lower-case `word` the name of a weekday?
pub fn is_weekday(word: &str) -> bool {
    weekday_of(word).is_some()
}

fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(d, _)| *d == word).map(|(_, w)| *w)
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day_of(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    digits
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d) && suffix_ok && !digits.is_empty())
}

/// The latest `weekday` on or before `date`.
pub fn weekday_on_or_before(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    date - Duration::days(back as i64)
}

/// The first `weekday` strictly after `date`.
pub fn weekday_after(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date + Duration::days(if ahead == 0 { 7 } else { ahead as i64 })
}

/// A month named without a year: this year's if it is not after the document's
/// month, else last year's.
fn month_year(doc: NaiveDate, month: u32) -> i32 {
    if month <= doc.month() {
        doc.year()
    } else {
        doc.year() - 1
    }
}

/// Find and resolve the time expressions of a document.
pub fn find_time_expressions(toks: &Tokens, doc_date: Option<NaiveDate>) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = expressions(toks, doc_date).collect();
    if let Some(e) = out.first_mut() {
        e.dateline = is_dateline(toks, e);
    }
    out
}

/// The time expressions of a document in text order, found lazily, none yet
/// marked as the dateline.
fn expressions<'a>(
    toks: &'a Tokens,
    doc_date: Option<NaiveDate>,
) -> impl Iterator<Item = TimeExpr> + 'a {
    let n = toks.words.len();
    let mut t = 0;
    std::iter::from_fn(move || {
        while t < n {
            if let Some((len, date, precision)) = expression_at(toks, t, doc_date) {
                let e = TimeExpr {
                    tokens: t..t + len,
                    date,
                    precision,
                    dateline: false,
                };
                t += len;
                return Some(e);
            }
            t += 1;
        }
        None
    })
}

/// How far into the text a dateline may stand: past a headline and a byline.
const DATELINE_REACH: usize = 400;

/// Words that may open a date line (`Published 14 March 2025`).
const DATE_LINE_OPENERS: &[&str] = &["published", "updated", "posted", "first published"];

/// The date an article gives itself at its head when it has no date header: a
/// dateline (`NAIROBI, March 14, 2025 (Wire) - ...`) or a line that holds only a
/// date (`Friday 14 March 2025`, `Published: 14 March 2025 10:32 GMT`). Only a
/// full date with its year counts: `NEW DELHI, May 11 -` names no year.
pub fn dateline_date(toks: &Tokens) -> Option<NaiveDate> {
    // Only the first expression can be the dateline: no need to read the rest.
    let first = expressions(toks, None).next()?;
    (first.precision == Precision::Day && is_dateline(toks, &first)).then_some(first.date)
}

/// Is `e` the dateline or the date line of the article: near the head of the
/// text, alone on its line but for a place, a weekday, an agency and a time, and
/// ending its line or followed by the dash that opens the story?
fn is_dateline(toks: &Tokens, e: &TimeExpr) -> bool {
    let text = toks.text;
    let start = toks.seg.tokens[e.tokens.start].span.start;
    let end = toks.seg.tokens[e.tokens.end - 1].span.end;
    if start > DATELINE_REACH || text[..start].matches('\n').count() > 6 {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    dateline_prefix(&text[line_start..start]) && dateline_suffix(&text[end..line_end])
}

/// What may stand before a dateline's date on its line: nothing, an opener
/// (`Published:`), or a few capitalized words ending in a comma (`NAIROBI,`,
/// `Friday,`, `NEW DELHI/ISLAMABAD,`).
fn dateline_prefix(prefix: &str) -> bool {
    let p = prefix.trim();
    if p.is_empty() {
        return true;
    }
    let lower = p.trim_end_matches([':', ',']).trim().to_lowercase();
    if DATE_LINE_OPENERS
        .iter()
        .any(|o| lower == *o || lower.strip_prefix(o) == Some(" on"))
    {
        return true;
    }
    // A weekday alone before the date (`Friday 14 March 2025`).
    if weekday_of(&lower).is_some() {
        return true;
    }
    let Some(place) = p.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "/.,'-".contains(c))
        })
}

/// What may follow a dateline's date on its line: nothing, or an agency in
/// brackets and a time of day, then nothing or the dash that opens the story.
fn dateline_suffix(suffix: &str) -> bool {
    let mut rest = suffix.trim_start();
    if let Some(after) = rest
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|i| &r[i + 1..]))
    {
        rest = after.trim_start();
    }
    // A time of day: `10:32 GMT`, `at 9.15 am`.
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || ":. apmAPMGMTUTCEST,|".contains(c)))
        .unwrap_or(rest.len());
    if rest[..time_len].contains(|c: char| c.is_ascii_digit()) {
        rest = rest[time_len..].trim_start();
    }
    rest.is_empty() || rest.starts_with(['-', '\u{2013}', '\u{2014}', '|'])
}

fn expression_at(
    toks: &Tokens,
    t: usize,
    doc: Option<NaiveDate>,
) -> Option<(usize, NaiveDate, Precision)> {
    let w = toks.words;
    let at = |k: usize| w.get(k).map(String::as_str).unwrap_or("");
    let word = at(t);
    // This runs at every token; most cannot start an expression, and their
    // first byte tells, without the searches of the tables below.
    if !word
        .as_bytes()
        .first()
        .is_some_and(|&b| may_open_expression(b))
    {
        return None;
    }
    // Absolute dates first: "15 August 2025", "August 15, 2025", "in 2014".
    if let Some(day) = day_of(word) {
        if let Some(month) = month_of(at(t + 1)) {
            let (year, len) = match year_of(at(t + 2)) {
                Some(y) => (y, 3),
                None => (doc.map(|d| month_year(d, month))?, 2),
            };
            return NaiveDate::from_ymd_opt(year, month, day).map(|d| (len, d, Precision::Day));
        }
    }
    if let Some(month) = month_of(word) {
        // Month abbreviations must be capitalized to avoid "may", "mar", "sep".
        let raw = toks.seg.tokens[t].span.slice(toks.text);
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut k = t + 1;
        if at(k) == "." {
            k += 1;
        }
        if let Some(day) = day_of(at(k)) {
            let mut len = k + 1 - t;
            let year = if at(k + 1) == "," && year_of(at(k + 2)).is_some() {
                len += 2;
                year_of(at(k + 2))
            } else if year_of(at(k + 1)).is_some() {
                len += 1;
                year_of(at(k + 1))
            } else {
                doc.map(|d| month_year(d, month))
            }?;
            return NaiveDate::from_ymd_opt(year, month, day).map(|d| (len, d, Precision::Day));
        }
        if let Some(year) = year_of(at(k)) {
            return NaiveDate::from_ymd_opt(year, month, 1)
                .map(|d| (k + 1 - t, d, Precision::Month));
        }
        if word.len() > 3
            && t > 0
            && matches!(
                at(t - 1),
                "in" | "since" | "until" | "by" | "early" | "late" | "mid"
            )
        {
            let d = doc?;
            return NaiveDate::from_ymd_opt(month_year(d, month), month, 1)
                .map(|x| (1, x, Precision::Month));
        }
        return None;
    }
    if let Some(year) = year_of(word) {
        if t > 0 && matches!(at(t - 1), "in" | "since" | "until" | "by" | "of") {
            return NaiveDate::from_ymd_opt(year, 1, 1).map(|d| (1, d, Precision::Year));
        }
        return None;
    }
    let d = doc?;
    if let Some(weekday) = weekday_of(word) {
        let raw = toks.seg.tokens[t].span.slice(toks.text);
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let prev = if t > 0 { at(t - 1) } else { "" };
        let future = prev == "next" || future_context(toks, t);
        let date = if prev == "last" {
            weekday_on_or_before(d - Duration::days(1), weekday)
        } else if future {
            weekday_after(d, weekday)
        } else {
            weekday_on_or_before(d, weekday)
        };
        return Some((1, date, Precision::Day));
    }
    let next = at(t + 1);
    match (word, next) {
        ("yesterday", _) => Some((1, d - Duration::days(1), Precision::Day)),
        ("today", _) | ("tonight", _) => Some((1, d, Precision::Day)),
        ("tomorrow", _) => Some((1, d + Duration::days(1), Precision::Day)),
        ("last", "week") => Some((2, d - Duration::days(7), Precision::Week)),
        ("next", "week") => Some((2, d + Duration::days(7), Precision::Week)),
        ("last", "month") => {
            let (y, m) = if d.month() == 1 {
                (d.year() - 1, 12)
            } else {
                (d.year(), d.month() - 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).map(|x| (2, x, Precision::Month))
        }
        ("last", "year") => {
            NaiveDate::from_ymd_opt(d.year() - 1, 1, 1).map(|x| (2, x, Precision::Year))
        }
        ("earlier", "this") | ("earlier", "in") if matches!(at(t + 2), "week" | "the") => {
            let len = if at(t + 2) == "the" { 4 } else { 3 };
            (at(t + len - 1) == "week").then(|| (len, earlier_in_week(d), Precision::Week))
        }
        _ => None,
    }
}

/// A day earlier in the same week as `d` (the Monday, or the day before a Monday).
fn earlier_in_week(d: NaiveDate) -> NaiveDate {
    let monday = weekday_on_or_before(d, Weekday::Mon);
    if monday == d {
        d - Duration::days(1)
    } else {
        monday.max(d - Duration::days(3))
    }
}

fn future_context(toks: &Tokens, t: usize) -> bool {
    let from = t.saturating_sub(8);
    toks.words[from..t]
        .iter()
        .any(|w| FUTURE_CUES.contains(&w.as_str()))
}

/// The date of an event anchored at token `anchor` in a sentence spanning
/// `sentence`: the nearest time expression in the sentence, else the document date.
/// `exprs` are in text order, as [`find_time_expressions`] returns them.
pub fn date_of_event(
    exprs: &[TimeExpr],
    sentence: std::ops::Range<usize>,
    anchor: usize,
    doc_date: Option<NaiveDate>,
) -> (Option<NaiveDate>, Precision) {
    // Only the expressions starting in the sentence, found by binary search: a
    // scan of all of them for every event made long documents quadratic.
    let lo = exprs.partition_point(|e| e.tokens.start < sentence.start);
    let hi = lo + exprs[lo..].partition_point(|e| e.tokens.start < sentence.end);
    let nearest = exprs[lo..hi]
        .iter()
        .filter(|e| e.tokens.start >= sentence.start && e.tokens.end <= sentence.end)
        .filter(|e| !e.dateline)
        .min_by_key(|e| {
            let dist = if e.tokens.end <= anchor {
                anchor - e.tokens.end
            } else {
                e.tokens.start - anchor
            };
            // Prefer an expression before the anchor at equal distance.
            (dist, e.tokens.start > anchor)
        });
    match nearest {
        Some(e) => (Some(e.date), e.precision),
        None => (doc_date, Precision::Day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::patterns::normalized_words;
    use crate::segment::segment;

    #[test]
    fn month_names_are_the_full_names_only() {
        assert!(is_month_name("may"));
        assert!(is_month_name("february"));
        assert!(!is_month_name("feb"));
        assert!(!is_month_name("sept"));
        assert!(!is_month_name("monday"));
    }

    #[test]
    fn every_table_word_passes_the_first_byte_test() {
        let relative = [
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "last",
            "next",
            "earlier",
        ];
        let words = MONTHS
            .iter()
            .map(|(m, _)| *m)
            .chain(WEEKDAYS.iter().map(|(d, _)| *d))
            .chain(relative)
            .chain(["1", "15th", "2025", "+3"]);
        for w in words {
            assert!(
                may_open_expression(w.as_bytes()[0]),
                "{w} must pass the first-byte test"
            );
        }
    }

    /// Run `f` over the tokens of `text`.
    fn with_tokens<R>(text: &str, f: impl FnOnce(&Tokens) -> R) -> R {
        let seg = segment(text);
        let words = normalized_words(text, &seg.tokens);
        f(&Tokens {
            text,
            seg: &seg,
            words: &words,
        })
    }

    fn resolve(text: &str, doc: &str) -> Vec<(String, Precision)> {
        let doc = NaiveDate::parse_from_str(doc, "%Y-%m-%d").ok();
        with_tokens(text, |toks| {
            find_time_expressions(toks, doc)
                .into_iter()
                .map(|e| (e.date.to_string(), e.precision))
                .collect()
        })
    }

    #[test]
    fn weekdays_resolve_to_the_latest_on_or_before() {
        // 2025-08-22 is a Friday.
        assert_eq!(
            resolve("The envoy left on Thursday.", "2025-08-22"),
            [("2025-08-21".into(), Precision::Day)]
        );
        assert_eq!(
            resolve("Talks ended on Friday.", "2025-08-22"),
            [("2025-08-22".into(), Precision::Day)]
        );
        assert_eq!(
            resolve("Seoul will reply on Monday.", "2025-08-22"),
            [("2025-08-25".into(), Precision::Day)]
        );
        assert_eq!(
            resolve("They met last Friday.", "2025-08-22"),
            [("2025-08-15".into(), Precision::Day)]
        );
    }

    #[test]
    fn relative_and_absolute_expressions() {
        assert_eq!(
            resolve("Cairo said yesterday", "2025-03-01")[0].0,
            "2025-02-28"
        );
        assert_eq!(
            resolve("It began in 2014.", "2025-03-01"),
            [("2014-01-01".into(), Precision::Year)]
        );
        assert_eq!(
            resolve("on 15 August the leaders", "2025-08-22")[0].0,
            "2025-08-15"
        );
        assert_eq!(
            resolve("On Aug. 18, 2025, the", "2025-09-22")[0].0,
            "2025-08-18"
        );
        assert_eq!(
            resolve("in March the talks", "2025-02-10")[0].0,
            "2024-03-01"
        );
        assert_eq!(
            resolve("earlier in the week", "2025-08-22")[0].1,
            Precision::Week
        );
        assert!(resolve("You may go.", "2025-08-22").is_empty());
    }
    fn dateline_of(text: &str) -> Option<String> {
        with_tokens(text, |toks| dateline_date(toks).map(|d| d.to_string()))
    }

    #[test]
    fn datelines_and_date_lines_date_the_article() {
        let d = |t: &str| dateline_of(t);
        assert_eq!(
            d("LIMA, June 3, 2025 (Agency) - Peru recalled its envoy on Monday.").as_deref(),
            Some("2025-06-03")
        );
        assert_eq!(
            d("Talks stall in Doha\n\nDOHA/CAIRO, 9 October 2025 \u{2014} Mediators met.")
                .as_deref(),
            Some("2025-10-09")
        );
        assert_eq!(
            d("Seoul hosts summit\nPublished: 4 November 2025 10:32 GMT\n\nLeaders met.")
                .as_deref(),
            Some("2025-11-04")
        );
        assert_eq!(
            d("Friday 7 March 2025\n\nThe cabinet resigned.").as_deref(),
            Some("2025-03-07")
        );
        // No year, a date inside the story, a date after other words: no dateline.
        assert_eq!(d("NEW DELHI, May 11 - India said no."), None);
        assert_eq!(d("The treaty signed on 5 May 2024 lapsed."), None);
        assert_eq!(d("On 5 May 2024, the treaty lapsed."), None);
    }

    #[test]
    fn a_dateline_does_not_date_the_events_of_its_sentence() {
        let text = "ACCRA, March 14, 2025 - Ghana and Togo met on Thursday.";
        let doc = NaiveDate::from_ymd_opt(2025, 3, 14);
        let date = with_tokens(text, |toks| {
            let exprs = find_time_expressions(toks, doc);
            let met = toks.words.iter().position(|w| w == "met").unwrap_or(0);
            date_of_event(&exprs, 0..toks.words.len(), met, doc).0
        });
        assert_eq!(date, NaiveDate::from_ymd_opt(2025, 3, 13));
    }
}
