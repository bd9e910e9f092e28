//! Issue mentions: the phrases of `issues.tsv` at word boundaries, and the
//! document context that chooses among the issues a shared phrase names.

use super::{Doc, IssueMention};
use crate::lexicon::issue_families::{fold_char, SlotForm, SlotPhrase};
use crate::lexicon::patterns::BuildWordHasher;
use crate::lexicon::Lexicon;
use crate::model::{MentionKind, TokenKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Issue phrases at word boundaries, longest first, ambiguous phrases resolved by
/// the document's context.
pub(super) fn issue_mentions(doc: &Doc, lexicon: &Lexicon) -> Vec<IssueMention> {
    let text = doc.input.toks.text;
    // The lexicon writes `Ukraine's`; news text often has `Ukraine’s`. Match on a
    // copy with straight apostrophes and map the offsets back.
    let straight = straight_apostrophes(text);
    let (matched, to_text): (&str, &dyn Fn(usize) -> usize) = match &straight {
        Some((copy, map)) => (copy.as_str(), &|i: usize| map[i]),
        None => (text, &|i: usize| i),
    };
    let bytes = matched.as_bytes();
    let word_byte = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    // (start, end) -> (issue, inverted)
    let mut found: BTreeMap<(usize, usize), Vec<(usize, bool)>> = BTreeMap::new();
    let mut add = |start: usize, end: usize, issue: usize, inverted: bool| {
        if start > 0 && word_byte(start - 1) {
            return;
        }
        let mut end = end;
        if word_byte(end) {
            // A plural: `Tomahawks`, `ceasefires`.
            if bytes[end] == b's' && !word_byte(end + 1) {
                end += 1;
            } else if bytes.get(end..end + 2) == Some(b"es") && !word_byte(end + 2) {
                end += 2;
            } else {
                return;
            }
        }
        let entry = found.entry((to_text(start), to_text(end))).or_default();
        if !entry.iter().any(|(i, _)| *i == issue) {
            entry.push((issue, inverted));
        }
    };
    // One scan for the three kinds of phrase, added in the order three scans did.
    let phrases = lexicon.issue_phrases_in(matched);
    for &(start, end, issue) in &phrases.fixed {
        add(start, end, issue, false);
    }
    // Phrases that name the other side are written `!phrase`.
    for &(start, end, issue) in &phrases.inverted {
        add(start, end, issue, true);
    }
    add_family_mentions(
        doc,
        lexicon,
        matched,
        &to_text,
        &mut found,
        &phrases.generic,
    );
    // No phrase: nothing to choose among, so the context, which reads the whole
    // text, is not built.
    if found.is_empty() {
        return Vec::new();
    }
    // Each phrase takes its issue first (a phrase whose issue the document never
    // names drops out, so `immediate ceasefire` of one issue leaves `ceasefire`
    // to another); then the longest wins, with no overlaps.
    let context = Context::new(doc, lexicon, &found);
    let mut spans: Vec<((usize, usize), usize, bool)> = Vec::new();
    for ((start, end), issues) in found {
        let phrase = &text[start..end];
        let generic = !phrase.chars().any(char::is_uppercase);
        let ids: Vec<usize> = issues.iter().map(|(i, _)| *i).collect();
        if let Some(issue) = context.choose(&ids, phrase, generic) {
            let inverted = issues.iter().any(|(i, inv)| *i == issue && *inv);
            spans.push(((start, end), issue, inverted));
        }
    }
    spans.sort_by_key(|((s, e), _, _)| (std::cmp::Reverse(e - s), *s));
    let mut kept: Vec<((usize, usize), usize, bool)> = Vec::new();
    for span in spans {
        let (a, b) = span.0;
        if kept.iter().all(|((s, e), _, _)| b <= *s || a >= *e) {
            kept.push(span);
        }
    }
    let coordinated: Vec<((usize, usize), usize, bool)> = kept
        .iter()
        .filter_map(|&(span, issue, _)| {
            coordinated_issue(text, lexicon, span, issue).map(|other| (span, other, false))
        })
        .collect();
    kept.extend(coordinated);
    kept.sort_by_key(|((s, _), _, _)| *s);
    let seg = doc.input.toks.seg;
    let mut out = Vec::new();
    for ((start, end), issue, inverted) in kept {
        let first = seg.token_at_or_after(start);
        let last = seg.token_at_or_after(end);
        if first >= last || first >= seg.tokens.len() {
            continue;
        }
        let Some(sentence) = seg.sentence_of_token(first) else {
            continue;
        };
        out.push(IssueMention {
            tokens: first..last,
            issue,
            sentence,
            anaphor: false,
            inverted,
        });
    }
    out
}

/// The issue a coordinated name gives a phrase that ends in a name: `joining
/// NATO or the European Union` is also `joining the European Union`. The phrase
/// with its last name replaced by the conjunct must end in an issue phrase that
/// takes in the whole conjunct; the second issue then reads like the first (same
/// words, same stance).
fn coordinated_issue(
    text: &str,
    lexicon: &Lexicon,
    (start, end): (usize, usize),
    issue: usize,
) -> Option<usize> {
    let phrase = text.get(start..end)?;
    let conjunct = conjunct_name(text.get(end..)?)?;
    let head = phrase.trim_end_matches(|c: char| c.is_alphanumeric() || c == '-');
    let last: &str = &phrase[head.len()..];
    if head.is_empty() || !last.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = head.strip_suffix("the ").unwrap_or(head);
    let candidate = format!("{head}{conjunct}");
    // The conjunct must lie inside the match: `Ukraine joining the European
    // Union` ends in `joining the European Union`.
    let from = head.len();
    lexicon
        .issue_phrases_in(&candidate)
        .fixed
        .into_iter()
        .filter(|&(start, end, _)| end == candidate.len() && start <= from)
        .filter(|&(start, _, _)| {
            start == 0 || !candidate.as_bytes()[start - 1].is_ascii_alphanumeric()
        })
        .map(|(_, _, issue)| issue)
        .find(|&other| other != issue && same_subject(lexicon, issue, other))
}

/// Do two issues share a distinctive word (`Ukraine` for NATO and EU membership
/// for Ukraine)? A coordinated name keeps the subject of the phrase it extends.
fn same_subject(lexicon: &Lexicon, a: usize, b: usize) -> bool {
    let words = lexicon.issue_distinctive_words(b);
    lexicon
        .issue_distinctive_words(a)
        .iter()
        .any(|w| words.contains(w))
}

/// The name after `or`/`and` that follows a phrase (`or the European Union`),
/// with its article: capitalized words only.
fn conjunct_name(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(' ')?;
    let rest = rest
        .strip_prefix("or ")
        .or_else(|| rest.strip_prefix("and "))?;
    let name_start = rest.strip_prefix("the ").unwrap_or(rest);
    let article = rest.len() - name_start.len();
    let mut len = 0;
    for word in name_start.split(' ') {
        let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        len += if len == 0 { 0 } else { 1 } + w.len();
        if w.len() < word.len() {
            break;
        }
    }
    (len > 0).then(|| &rest[..article + len])
}

/// Family instances (`sanctions_on_{X}`) named in the text: a slot phrase around
/// a mention of an actor of the slot's kind (`sanctions on Caracas`) or a state's
/// adjective (`Venezuelan elections`), then the family's phrases without a slot
/// (`the sanctions`) for the instances the document so names (for a group slot,
/// for every group the document names: `disarm` in an article naming Hezbollah). A span that a
/// fixed phrase already names is left to it: fixed rows keep their readings.
fn add_family_mentions(
    doc: &Doc,
    lexicon: &Lexicon,
    matched: &str,
    to_text: &dyn Fn(usize) -> usize,
    found: &mut BTreeMap<(usize, usize), Vec<(usize, bool)>>,
    generic: &[(usize, usize, usize, bool)],
) {
    let families = lexicon.issue_families();
    if families.slot_phrases().is_empty() {
        return;
    }
    let text = doc.input.toks.text;
    let mut named: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (slot, actor, form) in slot_fillers(doc, lexicon) {
        let kind = lexicon.actors[actor].kind;
        let tried = phrases_next_to(text, slot, |w| families.phrases_next_to(w));
        for p in tried.into_iter().map(|i| &families.slot_phrases()[i]) {
            if p.form != form || !families.takes(p.family, kind) {
                continue;
            }
            let Some(span) = phrase_around(text, slot, p) else {
                continue;
            };
            let Some(issue) = families.instance(p.family, actor) else {
                continue;
            };
            if found.contains_key(&span) {
                continue;
            }
            found.insert(span, vec![(issue, p.inverted)]);
            named.entry(p.family).or_default().insert(issue);
        }
    }
    // A group's disarmament is the only one a text means by `disarm` when it
    // names the group: a group-slot family's phrases without a slot take the
    // groups the document names, slot phrase or not.
    for m in doc.input.mentions {
        if m.kind != MentionKind::Name {
            continue;
        }
        let Some(a) = lexicon.actor_index(&m.actor) else {
            continue;
        };
        if lexicon.actors[a].kind != crate::model::ActorKind::Group {
            continue;
        }
        for f in families.group_families() {
            if let Some(issue) = families.instance(f, a) {
                named.entry(f).or_default().insert(issue);
            }
        }
    }
    if named.is_empty() {
        return;
    }
    let bytes = matched.as_bytes();
    let word_byte = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    for &(start, end, family, inverted) in generic {
        let Some(issues) = named.get(&family) else {
            continue;
        };
        let mut end = end;
        if start > 0 && word_byte(start - 1) {
            continue;
        }
        if word_byte(end) {
            if bytes[end] == b's' && !word_byte(end + 1) {
                end += 1;
            } else {
                continue;
            }
        }
        let entry = found.entry((to_text(start), to_text(end))).or_default();
        for &issue in issues {
            if !entry.iter().any(|(i, _)| *i == issue) {
                entry.push((issue, inverted));
            }
        }
    }
}

/// The slot phrases (indices, in file order) that have a word standing right
/// before or after `slot` next to their slot (past an article before it, a comma
/// or a plural `s` after it). Most mentions (`said Putin`, `Russia and`) have
/// none, and no phrase is tried.
fn phrases_next_to<'f>(
    text: &str,
    slot: (usize, usize),
    by_word: impl Fn(&str) -> &'f [usize],
) -> Vec<usize> {
    let fold = |w: &str| w.chars().map(fold_char).collect::<String>();
    let mut before = text[..slot.0].split_whitespace().rev().map(fold);
    let prev = before.next().unwrap_or_default();
    let mut out: Vec<usize> = by_word(&prev).to_vec();
    if prev == "the" {
        out.extend_from_slice(by_word(&before.next().unwrap_or_default()));
    }
    let next = fold(text[slot.1..].split_whitespace().next().unwrap_or(""));
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    out.extend_from_slice(by_word(next));
    if let Some(singular) = next.strip_suffix('s') {
        out.extend_from_slice(by_word(singular));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Where an actor of the lexicon stands in the text as a slot could take it:
/// (byte span, actor index, form). Names, seats and plural demonyms are the
/// mentions resolution found; adjectives (`Iranian`) are capitalized words of the
/// demonym table.
fn slot_fillers(doc: &Doc, lexicon: &Lexicon) -> Vec<((usize, usize), usize, SlotForm)> {
    let mut out = Vec::new();
    for m in doc.input.mentions {
        if !matches!(
            m.kind,
            MentionKind::Name | MentionKind::Metonym | MentionKind::Modifier
        ) {
            continue;
        }
        if let Some(a) = lexicon.actor_index(&m.actor) {
            out.push(((m.span.start, m.span.end), a, SlotForm::Name));
        }
    }
    let toks = doc.input.toks;
    for (t, tok) in toks.seg.tokens.iter().enumerate() {
        if doc.kinds[t] != TokenKind::Word || doc.in_mention[t] || !toks.starts_upper(t) {
            continue;
        }
        if let Some(a) = lexicon.adjective(tok.span.slice(toks.text)) {
            out.push(((tok.span.start, tok.span.end), a, SlotForm::Adjective));
        }
    }
    out
}

/// The span of slot phrase `p` around the slot at `slot`, when the text has the
/// phrase's words right before and after it, at word boundaries (a plural `s`
/// allowed at the end). A slot that ends the phrase must not be a possessor
/// (`recognise Russia's claims` is not about recognising Russia).
fn phrase_around(text: &str, slot: (usize, usize), p: &SlotPhrase) -> Option<(usize, usize)> {
    let start = match_before(&text[..slot.0], &p.before)
        .or_else(|| match_before(without_article(&text[..slot.0])?, &p.before))?;
    let rest = &text[slot.1..];
    let after = match_after(rest, &p.after)?;
    if p.after.is_empty() && possessive(rest) {
        return None;
    }
    let ends_word = |s: &str| s.chars().next().is_some_and(char::is_alphanumeric);
    let mut end = slot.1 + after;
    let tail = &text[end..];
    if ends_word(tail) && !p.after.is_empty() {
        let mut chars = tail.chars();
        if chars.next() == Some('s') && !chars.next().is_some_and(char::is_alphanumeric) {
            end += 1;
        } else {
            return None;
        }
    }
    (start < end).then_some((start, end))
}

/// The text before a slot without the article that ends it: groups and some
/// states take one (`disarm the PKK`, `sanctions on the Houthis`), phrases do
/// not write it.
fn without_article(before: &str) -> Option<&str> {
    let n = before.len().checked_sub(4)?;
    let tail = before.get(n..)?;
    let head = &before[..n];
    let boundary = !head.chars().next_back().is_some_and(char::is_alphanumeric);
    (tail.eq_ignore_ascii_case("the ") && boundary).then_some(head)
}

/// Does text character `c` match pattern character `pc` (folded; a space matches
/// any space)?
fn pattern_char_matches(pc: char, c: char) -> bool {
    if pc == ' ' {
        c.is_whitespace()
    } else {
        fold_char(c) == pc
    }
}

/// The start of `pattern` ending `before` (compared with [`fold_char`], any space
/// matching any space), when a word boundary precedes it.
fn match_before(before: &str, pattern: &str) -> Option<usize> {
    let mut text = before.char_indices().rev().peekable();
    let mut start = before.len();
    for pc in pattern.chars().rev() {
        let (i, c) = text.next()?;
        if !pattern_char_matches(pc, c) {
            return None;
        }
        start = i;
    }
    if !pattern.is_empty() && text.peek().is_some_and(|(_, c)| c.is_alphanumeric()) {
        return None;
    }
    Some(start)
}

/// The length of `pattern` starting `after` (compared as in [`match_before`]).
fn match_after(after: &str, pattern: &str) -> Option<usize> {
    let mut text = after.char_indices();
    let mut len = 0;
    for pc in pattern.chars() {
        let (i, c) = text.next()?;
        if !pattern_char_matches(pc, c) {
            return None;
        }
        len = i + c.len_utf8();
    }
    Some(len)
}

/// Does the text go on with a possessive `'s`?
fn possessive(rest: &str) -> bool {
    let mut chars = rest.chars().map(fold_char);
    chars.next() == Some('\'') && chars.next() == Some('s')
}

/// Word counts of the document, to choose among the issues an ambiguous phrase
/// names.
struct Context<'l> {
    /// Counts of the issues' distinctive words only: [`Context::choose`] reads no
    /// other word, so counting every word of the text would be wasted.
    counts: HashMap<&'l str, usize, BuildWordHasher>,
    /// Mentions of the actor a label's joined proper words name (`North Korea`).
    joined: Vec<(String, usize)>,
    lexicon: &'l Lexicon,
}

impl<'l> Context<'l> {
    /// Counts the distinctive words of the issues in the text, and for a word that
    /// names an actor (`Ukraine`), adds the mentions of that actor and of the
    /// people acting for it (`Kyiv`, `Zelensky`).
    fn new(
        doc: &'l Doc,
        lexicon: &'l Lexicon,
        found: &BTreeMap<(usize, usize), Vec<(usize, bool)>>,
    ) -> Context<'l> {
        let text = doc.input.toks.text;
        // Only the words of the issues that some phrase names are ever read: with
        // the family instances the lexicon has thousands of issues.
        let candidates: BTreeSet<usize> = found.values().flatten().map(|(i, _)| *i).collect();
        // The distinctive words at zero, and the first bytes they start with: most
        // words of a text (lowercase ones) then cost one table test, not a lookup.
        let mut counts: HashMap<&str, usize, BuildWordHasher> = HashMap::default();
        let mut first_bytes = [false; 256];
        for &i in &candidates {
            for w in lexicon.issue_distinctive_words(i) {
                counts.entry(w.as_str()).or_insert(0);
                if let Some(&b) = w.as_bytes().first() {
                    first_bytes[usize::from(b)] = true;
                }
            }
        }
        each_alphanumeric_run(text, |w| {
            if !w
                .as_bytes()
                .first()
                .is_some_and(|&b| first_bytes[usize::from(b)])
            {
                return;
            }
            if let Some(n) = counts.get_mut(w) {
                *n += 1;
            }
        });
        let mut by_actor: HashMap<&str, usize> = HashMap::new();
        for m in doc.input.mentions {
            *by_actor.entry(m.actor.as_str()).or_default() += 1;
            if let Some(aff) = doc
                .input
                .actors
                .get(&m.actor)
                .and_then(|a| a.affiliation.as_deref())
            {
                *by_actor.entry(aff).or_default() += 1;
            }
        }
        let mut extra: Vec<(&'l str, usize)> = Vec::new();
        for &i in &candidates {
            for w in lexicon
                .issue_distinctive_words(i)
                .iter()
                .map(String::as_str)
            {
                let named = lexicon.actor_named(w);
                if let Some(a) = named {
                    let n = by_actor.get(a.id.as_str()).copied().unwrap_or(0);
                    let seen = counts.get(w).copied().unwrap_or(0);
                    // The name itself is counted once, as a word.
                    extra.push((w, n.saturating_sub(seen)));
                }
            }
        }
        // A label naming its subject in several words (`North Korea`) counts the
        // mentions of that actor (`Pyongyang`) under the joined name.
        let mut joined: Vec<(String, usize)> = Vec::new();
        for &i in &candidates {
            let Some(entry) = lexicon.issues.get(i) else {
                continue;
            };
            let name = label_proper_words(&entry.label).join(" ");
            if let Some(a) = lexicon.actor_named(&name) {
                let n = by_actor.get(a.id.as_str()).copied().unwrap_or(0);
                joined.push((name, n));
            }
        }
        for (w, n) in extra {
            *counts.entry(w).or_default() += n;
        }
        Context {
            counts,
            joined,
            lexicon,
        }
    }

    /// Does the document name one of the proper words of the issue's label that
    /// the phrase itself does not say (`Gaza` for `Ceasefire in Gaza` and the
    /// phrase `the truce`; `Ukraine` for `EU membership for Ukraine` and `join the
    /// EU`)? True when the phrase says them all.
    fn names_label_subject(&self, issue: usize, phrase: &str) -> bool {
        let Some(entry) = self.lexicon.issues.get(issue) else {
            return true;
        };
        let words = label_proper_words(&entry.label);
        let joined = words.join(" ");
        let in_phrase = |w: &&str| {
            phrase
                .split(|c: char| !c.is_alphanumeric())
                .any(|p| same_name(p, w))
        };
        let rest: Vec<&str> = words.iter().copied().filter(|w| !in_phrase(w)).collect();
        rest.is_empty()
            || self.joined.iter().any(|(w, n)| *w == joined && *n > 0)
            || rest
                .iter()
                .any(|w| self.counts.get(w).copied().unwrap_or(0) > 0)
    }

    /// The issue whose distinctive words the document uses most; the first listed
    /// on a tie. A phrase without a capital (`ceasefire`, `humanitarian aid`) needs
    /// its issue's context: none when the document never names it.
    fn choose(&self, issues: &[usize], phrase: &str, generic: bool) -> Option<usize> {
        let words: Vec<Vec<&str>> = issues
            .iter()
            .map(|&i| {
                self.lexicon
                    .issue_distinctive_words(i)
                    .iter()
                    .map(String::as_str)
                    .collect()
            })
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for (k, &issue) in issues.iter().enumerate() {
            let count = |w: &&str| self.counts.get(w).copied().unwrap_or(0);
            let present: usize = words[k].iter().map(count).sum();
            if generic && present == 0 && !words[k].is_empty() {
                continue;
            }
            // A phrase is about the place or party its issue's label names: a
            // phrase with no name of its own (`end the war`, `political
            // settlement`) needs one of the label's names in the document, as
            // does a phrase of a family's instance that names only another party
            // (`join the EU` for `EU membership for Ukraine`, one instance of `EU
            // membership for {X}`): other names of the issue's story (`Trump` for
            // the Gaza ceasefire) do not make a Sudan truce the Gaza one, nor an
            // article on Georgia's EU bid one on Ukraine's.
            if (generic || self.lexicon.issue_families().is_instance(issue))
                && !self.names_label_subject(issue, phrase)
            {
                continue;
            }
            let score: usize = words[k]
                .iter()
                .filter(|w| !words.iter().all(|other| other.contains(w)))
                .map(count)
                .sum();
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, issue));
            }
        }
        best.map(|(_, i)| i)
    }
}

/// Do two words name the same place or people: equal, or sharing their first four
/// letters (`Russia's frozen assets` says the `Russian` of its label, `Iran` the
/// `Iranian`)?
fn same_name(a: &str, b: &str) -> bool {
    const STEM: usize = 4;
    a == b
        || (a.len() >= STEM
            && b.len() >= STEM
            && a.is_char_boundary(STEM)
            && b.is_char_boundary(STEM)
            && a[..STEM] == b[..STEM])
}

/// The proper words of an issue label: capitalized words after the first, and
/// a first word in capitals (`EU`); articles are not names.
fn label_proper_words(label: &str) -> Vec<&str> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(i, w)| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let all_caps = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
            (if *i == 0 { all_caps } else { capital }) && !matches!(*w, "A" | "An" | "The")
        })
        .map(|(_, w)| w)
        .collect()
}

/// Calls `each` with the words of `text` that `text.split(|c: char|
/// !c.is_alphanumeric())` gives, without the empty ones: it runs over every byte
/// of every document, so ASCII bytes are tested without decoding a character.
fn each_alphanumeric_run(text: &str, mut each: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (alphanumeric, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            text[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        };
        if !alphanumeric {
            if start < i {
                each(&text[start..i]);
            }
            start = i + len;
        }
        i += len;
    }
    if start < bytes.len() {
        each(&text[start..]);
    }
}

/// The length in bytes of the typographic apostrophe (`’`, `‘`, `ʼ`: UTF-8 `E2 80
/// 99`, `E2 80 98`, `CA BC`) that starts `bytes`, or 0.
fn curly_apostrophe_len(bytes: &[u8]) -> usize {
    match bytes {
        [0xE2, 0x80, 0x98 | 0x99, ..] => 3,
        [0xCA, 0xBC, ..] => 2,
        _ => 0,
    }
}

/// The byte offset of the first typographic apostrophe at or after `from`.
fn next_curly_apostrophe(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        // Both encodings start with a byte no other apostrophe byte has: the
        // test reads one byte for almost every position.
        i += bytes[i..].iter().position(|&b| b == 0xE2 || b == 0xCA)?;
        if curly_apostrophe_len(&bytes[i..]) > 0 {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The text with typographic apostrophes made straight, and for each byte offset
/// of that copy (and its end) the offset in the text; `None` when the text has
/// none. Works on bytes: the runs between apostrophes are copied whole.
fn straight_apostrophes(text: &str) -> Option<(String, Vec<usize>)> {
    let bytes = text.as_bytes();
    let mut at = next_curly_apostrophe(bytes, 0)?;
    let mut copy = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut run = 0;
    loop {
        copy.push_str(&text[run..at]);
        map.extend(run..at);
        copy.push('\'');
        map.push(at);
        run = at + curly_apostrophe_len(&bytes[at..]);
        match next_curly_apostrophe(bytes, run) {
            Some(next) => at = next,
            None => break,
        }
    }
    copy.push_str(&text[run..]);
    map.extend(run..text.len());
    map.push(text.len());
    Some((copy, map))
}

#[cfg(test)]
mod byte_paths {
    //! The byte-level text passes against the character-level ones they replace.

    use super::{each_alphanumeric_run, straight_apostrophes};

    const TEXTS: &[&str] = &[
        "",
        "plain ASCII, no apostrophe",
        "Ukraine\u{2019}s bid and Kyiv\u{2018}s \u{201C}quote\u{201D} \u{2014} done\u{2019}",
        "\u{2019}\u{02BC}\u{2018}",
        "M\u{fc}ller\u{2019}s caf\u{e9}: na\u{ef}ve \u{3b1}\u{3b2}\u{3b3} 2024\u{2013}25 \u{2018}x\u{02BC}",
        "ends in \u{e9}",
        "\u{2019}",
    ];

    /// The character-level version the byte version replaced.
    fn straight_by_chars(text: &str) -> Option<(String, Vec<usize>)> {
        let curly = |c: char| matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}');
        if !text.chars().any(curly) {
            return None;
        }
        let mut copy = String::new();
        let mut map = Vec::new();
        for (i, c) in text.char_indices() {
            let c = if curly(c) { '\'' } else { c };
            for k in 0..c.len_utf8() {
                map.push(i + k);
            }
            copy.push(c);
        }
        map.push(text.len());
        Some((copy, map))
    }

    #[test]
    fn straight_apostrophes_by_bytes_equals_by_chars() {
        for text in TEXTS {
            assert_eq!(
                straight_apostrophes(text),
                straight_by_chars(text),
                "{text}"
            );
        }
    }

    #[test]
    fn alphanumeric_runs_equal_split() {
        for text in TEXTS {
            let mut runs = Vec::new();
            each_alphanumeric_run(text, |w| runs.push(w.to_string()));
            let split: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            assert_eq!(runs, split, "{text}");
        }
    }
}
