//! Holders and basis: the subject of a stance word (with coordinated actors and
//! bodies of a state), the speakers of statements, and the stance records tied
//! to the document (basis, claimant, date, evidence).

use super::{Doc, Found, IssueMention};
use crate::actors::Tokens;
use crate::dates::date_of_event;
use crate::lexicon::Lexicon;
use crate::model::{
    ActorKind, Mention, MentionKind, Span, Stance, StanceBasis, Statement, StatementKind, TokenKind,
};
use crate::syntax::is_subject_position;
use std::ops::Range;

/// Verbs of saying, for a statement the quote stage did not find.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "warned",
    "insisted",
    "stressed",
    "argued",
    "wrote",
    "declared",
    "noted",
    "claimed",
    "maintained",
    "repeated",
    "suggested",
    "believes",
    "believed",
    "thinks",
    "thought",
];

/// Nouns for the bodies that act for a state or group (`Israel's security cabinet
/// approved`, `Russia's foreign ministry said`): their possessor is the subject.
const BODY_NOUNS: &[&str] = &[
    "government",
    "cabinet",
    "security",
    "army",
    "military",
    "parliament",
    "leadership",
    "delegation",
    "negotiators",
    "negotiating",
    "team",
    "foreign",
    "defence",
    "defense",
    "ministry",
    "officials",
    "administration",
    "authorities",
    "forces",
    "coalition",
    "legislature",
];

/// Pronouns that can be a subject.
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "he", "she", "they"];

pub(super) fn usable(doc: &Doc, m: &Mention) -> bool {
    m.kind != MentionKind::Modifier
        && !m.locative
        && doc
            .input
            .actors
            .get(&m.actor)
            .is_none_or(|a| !matches!(a.kind, ActorKind::Media | ActorKind::Issue))
}

pub(super) fn members(m: &Mention) -> Vec<String> {
    if m.group.is_empty() {
        vec![m.actor.clone()]
    } else {
        m.group.clone()
    }
}

/// The subject of the stance word at `t`: the nearest subject-position actor before
/// it in its clause, skipping objects of control verbs (`urged them to`), with the
/// actors coordinated with it (`India and Pakistan`). A verb coordinated with an
/// earlier one (`..., and urged them`) takes the sentence's subject. Empty when
/// the clause has none (the speaker then holds the stance).
pub(super) fn subject_of(doc: &Doc, t: usize, sent: Range<usize>) -> Vec<String> {
    let words = doc.words();
    // A possessor right before a nominal stance word: `Kyiv's bid`.
    if t >= 2 && matches!(words[t - 1].as_str(), "'s" | "'") {
        if let Some(m) = doc
            .input
            .mentions
            .iter()
            .find(|m| m.tokens.end == t - 1 && usable(doc, m))
        {
            return members(m);
        }
    }
    // Do not look past the start of the reported clause the word stands in; a
    // quotation may leave its subject outside (`Putin was "ready to meet"`).
    let at = doc.span(t..t + 1);
    let floor = doc
        .input
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::Indirect && s.content.contains(at))
        .map(|s| doc.input.toks.seg.token_at_or_after(s.content.start))
        .max()
        .unwrap_or(sent.start)
        .max(sent.start);
    let candidates: Vec<&Mention> = doc
        .input
        .mentions
        .iter()
        .filter(|m| m.tokens.start >= floor && m.tokens.end <= t && usable(doc, m))
        .filter(|m| {
            is_subject_position(doc.input.toks, m.tokens.start, m.tokens.end)
                || owns_body(doc, m, t)
        })
        // `Moscow, Kallas claimed, has rejected`: the one in the aside reports.
        .filter(|m| !speech_aside(doc, m))
        .collect();
    let coordinated = t > floor + 1
        && words[t - 1] == "and"
        && matches!(doc.kinds[t - 2], TokenKind::Punct | TokenKind::Quote);
    let chosen = if coordinated {
        candidates.first().copied()
    } else {
        candidates.iter().rev().copied().find(|m| {
            // `urged them to`, `told Manila to`: an object, not the subject.
            let end = m.tokens.end;
            let object = end < t
                && words[end] == "to"
                && m.tokens.start > 0
                && doc.kinds[m.tokens.start - 1] == TokenKind::Word
                && !matches!(words[m.tokens.start - 1].as_str(), "and" | "that" | "the");
            !object && !control_object(doc, m, t)
        })
    };
    // A pronoun nobody resolved (`that he hopes`, `we will`) nearer than the actor
    // is the subject: the speaker for the first person, else unknown.
    let from = chosen.map(|m| m.tokens.end).unwrap_or(floor);
    if (from..t).any(|k| SUBJECT_PRONOUNS.contains(&words[k].as_str()) && !doc.in_mention[k]) {
        return Vec::new();
    }
    let Some(m) = chosen else {
        return Vec::new();
    };
    with_coordinated(doc, m, floor)
}

/// Verbs whose object is told to do something (`urged Washington to`, `called on
/// Europe to`): the one told holds no stance, the teller does.
const CONTROL_VERBS: &[&str] = &[
    "urge",
    "urged",
    "urges",
    "urging",
    "ask",
    "asked",
    "asks",
    "asking",
    "press",
    "pressed",
    "presses",
    "pressing",
    "tell",
    "told",
    "tells",
    "encourage",
    "encouraged",
    "encourages",
    "invite",
    "invited",
    "invites",
    "push",
    "pushed",
    "pushes",
    "pressure",
    "pressured",
    "persuade",
    "persuaded",
    "convince",
    "convinced",
    "challenge",
    "challenged",
    "order",
    "ordered",
    "instruct",
    "instructed",
    "implore",
    "implored",
    "exhort",
    "exhorted",
];

/// Is `m` the object of a control verb whose `to` comes after it, before the stance
/// word at `t`: `called on Washington and European capitals to impose`, `urged the
/// two leaders to meet`? A list or a noun after the name is allowed
/// (`European capitals`), a clause break is not.
fn control_object(doc: &Doc, m: &Mention, t: usize) -> bool {
    let words = doc.words();
    let end = m.tokens.end;
    let to = (end..t.min(end + 4)).find(|&k| words[k] == "to");
    let Some(to) = to else {
        return false;
    };
    if (end..to).any(|k| doc.kinds[k] != TokenKind::Word && words[k] != ",")
        || (end..to)
            .any(|k| super::cues::CLAUSE_STOPS.contains(&words[k].as_str()) && words[k] != "and")
    {
        return false;
    }
    // Back over the list the mention ends (`Washington and`, `both`, `the`) to the verb.
    let mut k = m.tokens.start;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        let w = words[k - 1].as_str();
        if CONTROL_VERBS.contains(&w) {
            return true;
        }
        if w == "on" {
            return k >= 2
                && matches!(
                    words[k - 2].as_str(),
                    "call" | "called" | "calls" | "calling"
                );
        }
        let listed = doc.in_mention[k - 1]
            || matches!(
                w,
                "and" | "," | "the" | "both" | "all" | "its" | "their" | "his" | "her"
            );
        if !listed {
            return false;
        }
        k -= 1;
        steps += 1;
    }
    false
}

/// The actors of `m` and of the mentions coordinated before it, not before `floor`:
/// `India and Pakistan agreed`, `Britain, France and Germany`.
fn with_coordinated(doc: &Doc, m: &Mention, floor: usize) -> Vec<String> {
    let words = doc.words();
    let mut out = members(m);
    let mut start = m.tokens.start;
    if start >= 3 && words[start - 1] == "the" {
        start -= 1;
    }
    while start >= 2 && matches!(words[start - 1].as_str(), "and" | ",") {
        // `Egypt, which hosted the talks, and Qatar`: skip the relative clause.
        let mut end = start - 1;
        if words[end] == "and" && end >= floor + 3 && words[end - 1] == "," {
            let relative = (end.saturating_sub(14).max(floor + 1)..end - 1)
                .rev()
                .find(|&k| matches!(words[k].as_str(), "which" | "who") && words[k - 1] == ",");
            if let Some(k) = relative {
                end = k - 1;
            }
        }
        let Some(prev) = doc
            .input
            .mentions
            .iter()
            .find(|x| x.tokens.end == end && x.tokens.start >= floor && usable(doc, x))
        else {
            break;
        };
        for a in members(prev) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        start = prev.tokens.start;
    }
    out
}

/// The speaker of `s` and those coordinated with them when the speaker's name
/// stands right before the speech verb (`Mali, Burkina Faso and Niger said`).
fn speakers(doc: &Doc, s: &Statement, speaker: &str) -> Vec<String> {
    let Some(cue) = s.cue else {
        return vec![speaker.to_string()];
    };
    let seg = doc.input.toks.seg;
    let verb = seg.token_at_or_after(cue.start);
    let sent = seg
        .sentence_of_token(verb)
        .map_or(verb..verb, |i| doc.sentence(i));
    doc.input
        .mentions
        .iter()
        .find(|m| m.tokens.end == verb && usable(doc, m))
        .map(|m| with_coordinated(doc, m, sent.start))
        .filter(|all| all.iter().any(|a| a == speaker))
        .unwrap_or_else(|| vec![speaker.to_string()])
}

/// Is `m` the possessor of a body that acts for it, right before `t` (`Israel's
/// security cabinet approved`)?
fn owns_body(doc: &Doc, m: &Mention, t: usize) -> bool {
    let e = m.tokens.end;
    if !matches!(doc.word(e), "'s" | "'") {
        return false;
    }
    let body = (e + 1..t.min(e + 4))
        .take_while(|&k| BODY_NOUNS.contains(&doc.word(k)))
        .count();
    body > 0 && e + 1 + body >= t.saturating_sub(2) && e + 1 + body <= t
}

/// Turn what was read into stances: the speaker when the clause has no subject,
/// the basis, the claimant, the date and the evidence.
pub(super) fn push_stance(
    doc: &Doc,
    lexicon: &Lexicon,
    m: &IssueMention,
    f: Found,
    out: &mut Vec<Stance>,
) {
    let toks = doc.input.toks;
    let anchor = doc.span(f.anchor..f.anchor + 1);
    let issue_span = doc.span(m.tokens.clone());
    // The innermost statement holding the issue (or the stance word).
    let statement = doc
        .input
        .statements
        .iter()
        .filter(|s| {
            (s.content.contains(issue_span) || s.content.contains(anchor)) && genuine(doc, s)
        })
        .min_by_key(|s| s.content.len());
    let holders = if f.holders.is_empty() || f.speaker_holds {
        match statement.and_then(|s| s.speaker.as_deref().map(|sp| speakers(doc, s, sp))) {
            Some(sp) => sp,
            None if f.holders.is_empty() => said_by(doc, m),
            None => f.holders.clone(),
        }
    } else {
        f.holders.clone()
    };
    let sent = doc.sentence(m.sentence);
    let date = statement
        .and_then(|s| s.date)
        .or_else(|| date_of_event(doc.input.times, sent.clone(), f.anchor, doc.input.date).0);
    let evidence = evidence_span(toks, sent);
    // A person speaking of what their own state or group does (`Zelensky said
    // Ukraine was ready`, `its negotiator said the group would`) states their own
    // position: the stance is the speaker's too. A ministry saying what its state
    // does speaks for the state only.
    let mut holders = holders;
    let speaker = match statement.and_then(|s| s.speaker.clone()) {
        Some(sp) => Some(sp),
        // A statement the quote stage did not find: `said in a post that`.
        None if holders.len() == 1 => said_by(doc, m).into_iter().next(),
        None => None,
    };
    if let Some(sp) = speaker {
        if holders.len() == 1 && speaks_for(doc, &sp, &holders[0]) {
            holders.push(sp);
        }
    }
    // A source the sentence names with no statement found (`..., according to
    // Egyptian mediators`) reports the stance as a speaker would.
    let source = match statement {
        Some(_) => None,
        None => according_to(doc, m.sentence),
    };
    for actor in holders {
        if lexicon.issue_index(&actor).is_some() {
            continue;
        }
        // A reported clause that opens with the holder itself (`, said Zelensky,
        // who wants ...`) is the holder speaking, not someone reporting them.
        let speaker = statement
            .filter(|s| !opens_with(doc, s, &actor))
            .and_then(|s| s.speaker.clone())
            .or_else(|| source.clone());
        let (basis, reported_by) = match speaker {
            Some(sp) if sp != actor => (StanceBasis::Attributed, Some(sp)),
            Some(_) => (StanceBasis::Stated, None),
            None if f.action => (StanceBasis::Action, None),
            None => (StanceBasis::Stated, None),
        };
        let stance = Stance {
            actor,
            issue: doc.issue(lexicon, m.issue).id.clone(),
            polarity: f.polarity,
            basis,
            reported_by,
            evidence,
            date,
            sentence: m.sentence,
        };
        // One sentence gives one stance per actor and issue: the later reading
        // (`rejected any deal ..., calling the idea "unacceptable"`) wins.
        let same = |s: &Stance| {
            s.actor == stance.actor && s.issue == stance.issue && s.sentence == stance.sentence
        };
        // Only a stance of this sentence can be replaced; most are at the end.
        if let Some(i) = out.iter().rposition(same) {
            out.remove(i);
        }
        out.push(stance);
    }
}

/// Is `speaker` a person who acts for `holder` (their state or group)?
fn speaks_for(doc: &Doc, speaker: &str, holder: &str) -> bool {
    doc.input
        .actors
        .get(speaker)
        .is_some_and(|a| a.kind == ActorKind::Person && a.affiliation.as_deref() == Some(holder))
}

/// A statement with a speaker whose content does not open with the speaker's name:
/// `urged Washington to scrap the tariffs` is no statement of Washington's (`Iran
/// insisted its programme was peaceful`, opening with a pronoun, is).
pub(super) fn genuine(doc: &Doc, s: &Statement) -> bool {
    let Some(speaker) = s.speaker.as_deref() else {
        return false;
    };
    let first = doc.input.toks.seg.token_at_or_after(s.content.start);
    !crate::model::mentions_starting_in(doc.input.mentions, first, first + 1)
        .iter()
        .any(|m| m.actor == speaker && m.kind != MentionKind::Pronoun)
}

/// Does the content of `s` open with `actor` in apposition (`Zelensky, who ...`)?
/// Not when a speech aside follows the comma (`Kyiv, Lavrov claimed, has`):
/// the actor is then the subject of what is reported.
fn opens_with(doc: &Doc, s: &Statement, actor: &str) -> bool {
    doc.input
        .mentions
        .iter()
        .find(|m| m.span.start >= s.content.start)
        .is_some_and(|m| {
            m.span.start == s.content.start
                && m.actor == actor
                && matches!(doc.word(m.tokens.end), "," | "who")
                && !doc
                    .input
                    .mentions
                    .iter()
                    .any(|a| a.tokens.start == m.tokens.end + 1 && speech_aside(doc, a))
        })
}

/// Is `m` the speaker of an aside set off by commas (`, Kallas claimed,`, `, the
/// minister said,`)?
fn speech_aside(doc: &Doc, m: &Mention) -> bool {
    let (start, end) = (m.tokens.start, m.tokens.end);
    let after_comma = start > 0 && doc.word(start - 1) == ",";
    after_comma && SPEECH_VERBS.contains(&doc.word(end)) && doc.word(end + 1) == ","
}

/// When no statement was found around the issue, the subject of a speech verb
/// before it in the sentence (`Trump said after the summit that ...`).
fn said_by(doc: &Doc, m: &IssueMention) -> Vec<String> {
    let sent = doc.sentence(m.sentence);
    (sent.start..m.tokens.start)
        .rev()
        .find(|&k| SPEECH_VERBS.contains(&doc.word(k)))
        .map(|k| subject_of(doc, k, sent.clone()))
        .unwrap_or_default()
}

/// The actor named as the source of a sentence (`according to the IAEA`,
/// `according to Egyptian mediators`): the first actor within a few words after
/// `according to`, with only modifiers between.
fn according_to(doc: &Doc, sentence: usize) -> Option<String> {
    let sent = doc.sentence(sentence);
    let k = (sent.start..sent.end.saturating_sub(1))
        .find(|&k| doc.word(k) == "according" && doc.word(k + 1) == "to")?;
    let from = k + 2;
    let m = doc
        .input
        .mentions
        .iter()
        .filter(|m| m.tokens.start >= from && m.tokens.start < (from + 4).min(sent.end))
        .find(|m| usable(doc, m) || m.kind == MentionKind::Modifier)?;
    let between_words = (from..m.tokens.start).all(|t| {
        doc.kinds[t] == TokenKind::Word && !super::cues::CLAUSE_STOPS.contains(&doc.word(t))
    });
    between_words.then(|| m.actor.clone())
}

/// The sentence without a leading paragraph time stamp.
fn evidence_span(toks: &Tokens, sent: Range<usize>) -> Span {
    let t = &toks.seg.tokens;
    let end = sent.end.max(sent.start + 1).min(t.len());
    Span::new(t[sent.start].span.start, t[end - 1].span.end)
}
