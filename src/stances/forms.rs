//! The other forms a stance takes: an issue phrase that is its own verb (`would
//! not send troops`), a possessor of a goal (`Ukraine's NATO ambition`), the agent
//! of an issue (`the US-brokered truce`), `citing ISSUE as a pretext`.

use super::cues::{reaches, Cue, Role, GOVERN_GAP};
use super::holders::{genuine, members, subject_of, usable};
use super::polarity::{conditioned, deontic, flip, hypothetical, negated};
use super::{Doc, Found, IssueMention};
use crate::model::{MentionKind, Polarity, TokenKind};
use std::ops::Range;

/// Issue phrases that are verbs: the phrase is its own stance word (`Rome would not
/// send troops`).
const SELF_VERBS: &[&str] = &[
    "join",
    "joining",
    "send",
    "sending",
    "deploy",
    "deploying",
    "cede",
    "ceding",
    "give",
    "giving",
    "withdraw",
    "withdrawing",
    "recognise",
    "recognize",
    "recognising",
    "recognizing",
    "meet",
    "meeting",
    "end",
    "ending",
    "halt",
    "halting",
    "stop",
    "stopping",
    "acquire",
    "acquiring",
    "annex",
    "annexing",
    "buy",
    "buying",
    "disarm",
    "disarming",
    "disarmed",
    "bring",
    "hold",
    "holding",
    "release",
    "releasing",
    "take",
    "taking",
    "swap",
    "swapping",
    "arm",
    "arming",
    "supply",
    "supplying",
    "provide",
    "providing",
    "sign",
    "signing",
    "extend",
    "extending",
    "leave",
    "leaving",
    "left",
    "quit",
    "quitting",
    "exit",
    "exiting",
];

/// Nouns an issue phrase may contain that make a possessor hold it (`Ukraine's NATO
/// ambition`, `Kyiv's EU bid`).
const GOAL_NOUNS: &[&str] = &[
    "ambition",
    "ambitions",
    "aspiration",
    "aspirations",
    "bid",
    "hopes",
    "push",
    "quest",
    "drive",
    "claims",
    "claim",
    "sovereignty",
    "proposal",
    "plan",
    "initiative",
    "offer",
    "call",
    "calls",
    "demand",
    "demands",
];

/// Nouns after `citing ISSUE as` that make the citing actor oppose it.
const PRETEXT_NOUNS: &[&str] = &[
    "pretext",
    "pretexts",
    "justification",
    "threat",
    "threats",
    "excuse",
    "reason",
    "reasons",
    "provocation",
];

/// An issue phrase that is a verb phrase is its own stance word: `Rome would not
/// send troops`, `India and Pakistan agreed to halt all military action` (there the
/// chain rule has already answered).
pub(super) fn self_verb(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
) -> Option<Found> {
    let w = doc.word(m.tokens.start);
    if m.anaphor || !(SELF_VERBS.contains(&w) || super::doc_issues::is_issue_verb(doc, w)) {
        return None;
    }
    let start = m.tokens.start;
    if hypothetical(doc, start, sent.start) {
        return None;
    }
    if deontic(doc, start, sent.start) {
        // `Hamas must disarm`: the speaker demands it.
        let mut polarity = Polarity::Supports;
        if negated(doc, start, sent.start) {
            polarity = flip(polarity);
        }
        return Some(Found {
            holders: Vec::new(),
            polarity,
            action: false,
            anchor: start,
            speaker_holds: true,
        });
    }
    let holders = subject_of(doc, start, sent.clone());
    if holders.is_empty() && first_person_before(doc, start, sent.start) {
        // `"We will send troops," he said`: the speaker's own deed.
        let mut polarity = Polarity::Supports;
        if negated(doc, start, sent.start) {
            polarity = flip(polarity);
        }
        return Some(Found {
            holders: Vec::new(),
            polarity: conditioned(doc, polarity, start, cues, sent),
            action: false,
            anchor: start,
            speaker_holds: true,
        });
    }
    // The subject must stand close: `X would not send`, `X will join`.
    let near = doc
        .input
        .mentions
        .iter()
        .filter(|x| holders.contains(&x.actor) && x.tokens.end <= start && x.sentence == m.sentence)
        .any(|x| start - x.tokens.end <= 4 && reaches(doc, x.tokens.end, start, 4));
    if holders.is_empty() || !near {
        return None;
    }
    let mut polarity = Polarity::Supports;
    if negated(doc, start, sent.start) {
        polarity = flip(polarity);
    }
    let polarity = conditioned(doc, polarity, start, cues, sent);
    Some(Found {
        holders,
        polarity,
        action: false,
        anchor: start,
        speaker_holds: false,
    })
}

/// Is `we` or `I` the subject of the verb at `t`, a few words before it in its
/// clause (`we will send`, `I would never cede`), inside someone's statement?
pub(super) fn first_person_before(doc: &Doc, t: usize, floor: usize) -> bool {
    let at = doc.span(t..t + 1);
    let quoted = doc
        .input
        .statements
        .iter()
        .any(|s| genuine(doc, s) && s.content.contains(at));
    quoted
        && (floor.max(t.saturating_sub(4))..t)
            .any(|k| matches!(doc.word(k), "we" | "i") && reaches(doc, k + 1, t, 3))
}

/// `Ukraine's NATO ambition`, `China's sovereignty over Huangyan Dao`: a possessor
/// of a goal noun (in the issue phrase, or between them with a preposition)
/// supports the issue.
pub(super) fn possessor(doc: &Doc, m: &IssueMention) -> Option<Found> {
    if m.anaphor || m.tokens.start < 2 {
        return None;
    }
    let goal_inside = m.tokens.clone().any(|t| GOAL_NOUNS.contains(&doc.word(t)));
    let mut s = m.tokens.start;
    if !goal_inside {
        // `'s [adjective] GOAL [preposition] [the] ISSUE`
        if s >= 2 && doc.word(s - 1) == "the" {
            s -= 1;
        }
        if s >= 2 && matches!(doc.word(s - 1), "over" | "in" | "to" | "for" | "on" | "of") {
            s -= 1;
        }
        if s < 3 || !GOAL_NOUNS.contains(&doc.word(s - 1)) {
            return None;
        }
        s -= 1;
        let mut adjectives = 0;
        while s >= 2 && adjectives < 2 && !matches!(doc.word(s - 1), "'s" | "'") {
            if doc.kinds[s - 1] != TokenKind::Word || doc.in_mention[s - 1] {
                return None;
            }
            s -= 1;
            adjectives += 1;
        }
    }
    if !matches!(doc.word(s - 1), "'s" | "'") {
        return None;
    }
    let owner = doc
        .input
        .mentions
        .iter()
        .find(|x| x.tokens.end == s - 1 && usable(doc, x))?;
    Some(Found {
        holders: members(owner),
        polarity: Polarity::Supports,
        action: false,
        anchor: s,
        speaker_holds: false,
    })
}

/// Participles that name who made or backs what they qualify.
const AGENT_PARTICIPLES: &[&str] = &[
    "backed",
    "brokered",
    "led",
    "proposed",
    "mediated",
    "sponsored",
    "drafted",
    "imposed",
    "negotiated",
    "supported",
    "endorsed",
    "authored",
];

/// The agent of an issue: a compound before it (`the US-brokered truce`,
/// `Qatar-mediated talks on a ceasefire` do not count, only the issue itself), or a
/// `by` phrase after a participle of a stance word (`the truce was rejected by
/// the army`, `a ceasefire proposed by Egypt`).
pub(super) fn agent(
    doc: &Doc,
    m: &IssueMention,
    cues: &[Cue],
    sent: Range<usize>,
) -> Option<Found> {
    if m.anaphor {
        return None;
    }
    let words = doc.words();
    // `the US-brokered ceasefire`: ACTOR - PARTICIPLE ISSUE.
    let s = m.tokens.start;
    if s >= sent.start + 3
        && AGENT_PARTICIPLES.contains(&doc.word(s - 1))
        && doc.input.toks.is_joining_hyphen(s - 2)
    {
        if let Some(owner) =
            doc.input.mentions.iter().find(|x| {
                x.tokens.end == s - 2 && (usable(doc, x) || x.kind == MentionKind::Modifier)
            })
        {
            return Some(Found {
                holders: members(owner),
                polarity: Polarity::Supports,
                action: false,
                anchor: s - 1,
                speaker_holds: false,
            });
        }
    }
    // ISSUE [was|has been] PARTICIPLE by ACTOR.
    let mut k = m.tokens.end;
    while k < sent.end
        && k < m.tokens.end + 3
        && matches!(
            words[k].as_str(),
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "been"
                | "being"
                | "be"
                | "had"
                | "later"
                | "also"
                | "swiftly"
                | "quickly"
        )
    {
        k += 1;
    }
    let cue = cues.iter().find(|c| {
        c.start == k
            && c.end < sent.end
            && matches!(c.meaning.role, Role::Verb)
            && words[c.end] == "by"
    });
    let (polarity, anchor, by) = match cue {
        Some(c) if !c.meaning.yields && c.meaning.polarity != Polarity::Conditional => {
            (c.meaning.polarity, c.start, c.end)
        }
        Some(_) => return None,
        None if k < sent.end
            && AGENT_PARTICIPLES.contains(&doc.word(k))
            && words.get(k + 1).map(String::as_str) == Some("by") =>
        {
            (Polarity::Supports, k, k + 1)
        }
        None => return None,
    };
    let owner = doc
        .input
        .mentions
        .iter()
        .find(|x| x.tokens.start > by && x.tokens.start <= by + 2 && usable(doc, x))?;
    let mut polarity = polarity;
    if negated(doc, anchor, m.tokens.end) {
        polarity = flip(polarity);
    }
    // `brokered by Qatar and Turkey`.
    let mut holders = members(owner);
    let mut end = owner.tokens.end;
    while end + 1 < sent.end && matches!(words[end].as_str(), "and" | ",") {
        let Some(next) = doc
            .input
            .mentions
            .iter()
            .find(|x| x.tokens.start == end + 1 && usable(doc, x))
        else {
            break;
        };
        holders.extend(members(next));
        end = next.tokens.end;
    }
    Some(Found {
        holders,
        polarity,
        action: false,
        anchor,
        speaker_holds: false,
    })
}

/// `..., citing Ukraine's NATO ambition as one of the pretexts for its assault`.
pub(super) fn citing(doc: &Doc, m: &IssueMention, sent: Range<usize>) -> Option<Found> {
    let words = doc.words();
    let cite = (sent.start..m.tokens.start)
        .rev()
        .take(GOVERN_GAP + 3)
        .find(|&k| matches!(words[k].as_str(), "citing" | "cited" | "cites" | "cite"))?;
    if !reaches_allowing_possessor(doc, cite + 1, m.tokens.start) {
        return None;
    }
    let after = m.tokens.end;
    if after >= sent.end || words[after] != "as" {
        return None;
    }
    let noun = (after + 1..(after + 7).min(sent.end))
        .take_while(|&k| doc.kinds[k] == TokenKind::Word)
        .any(|k| PRETEXT_NOUNS.contains(&words[k].as_str()));
    if !noun {
        return None;
    }
    let holders = subject_of(doc, cite, sent.clone());
    Some(Found {
        holders,
        polarity: Polarity::Opposes,
        action: false,
        anchor: cite,
        speaker_holds: false,
    })
}

fn reaches_allowing_possessor(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|k| doc.kinds[k] == TokenKind::Word || doc.word(k) == "'s")
        && to - from <= GOVERN_GAP
}

/// Verbs of refusing: under a threat, the one threatening wants what is refused.
const REFUSALS: &[&str] = &[
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "block",
    "blocks",
    "blocked",
    "blocking",
    "oppose",
    "opposes",
    "opposed",
    "opposing",
    "resist",
    "resists",
    "resisted",
    "resisting",
    "veto",
    "vetoes",
    "vetoed",
    "vetoing",
    "obstruct",
    "obstructs",
    "obstructed",
    "obstructing",
];

/// A threat against someone who refuses the issue: `Europeans would coordinate
/// new sanctions if Moscow kept refusing a ceasefire`, `..., if Hamas does not
/// disarm`. Whoever threatens (the subject before `if`, else the speaker) wants
/// the issue. Only refusals count: what follows acceptance may be a reward or a
/// punishment (`if Iran enriches uranium, ...`).
pub(super) fn threatened(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
) -> Option<Found> {
    if m.anaphor {
        return None;
    }
    // The stance word right before the issue, or the issue itself as a verb.
    let word = cues
        .iter()
        .filter(|c| matches!(c.meaning.role, Role::Verb) && !c.meaning.yields)
        .rev()
        .find(|c| c.end <= m.tokens.start && reaches(doc, c.end, m.tokens.start, 3))
        .map(|c| (c.start, c.meaning.polarity))
        .or_else(|| {
            SELF_VERBS
                .contains(&doc.word(m.tokens.start))
                .then_some((m.tokens.start, Polarity::Supports))
        })?;
    let (at, polarity) = word;
    // A bare `if` a few words before, with the one refusing between.
    let k = (sent.start.max(at.saturating_sub(6))..at)
        .rev()
        .find(|&k| doc.word(k) == "if")?;
    if k > sent.start && matches!(doc.word(k - 1), "only" | "even" | "as") {
        return None;
    }
    if (k + 1..at).any(|t| doc.kinds[t] == TokenKind::Punct) {
        return None;
    }
    let refuser = doc
        .input
        .mentions
        .iter()
        .any(|x| x.tokens.start > k && x.tokens.end <= at);
    if !refuser {
        return None;
    }
    // A refusal (`kept refusing`, `blocks`) or an acceptance denied (`does not
    // accept`); not any verb against the issue (`if Washington lifted sanctions`
    // is the price of a promise).
    let refuses = match polarity {
        Polarity::Opposes => REFUSALS.contains(&doc.word(at)) && !negated(doc, at, k + 1),
        Polarity::Supports => negated(doc, at, k + 1),
        _ => false,
    };
    if !refuses {
        return None;
    }
    // The threat stands before `if` (`X would ... if`) or after its clause (`If
    // ..., we will ...`): the subject before `if`, else the speaker.
    let holders = if k > sent.start {
        subject_of(doc, k, sent.clone())
    } else {
        Vec::new()
    };
    let speaker_holds = holders.is_empty();
    Some(Found {
        holders,
        polarity: Polarity::Supports,
        action: false,
        anchor: k,
        speaker_holds,
    })
}
