//! Quotes and statements: direct quotes (straight and curly marks, partial quotes,
//! quotes interrupted by their attribution, quotes over several sentences and
//! paragraphs) and indirect speech (`X said Russia had agreed to ...`), each with
//! its speaker, cue, addressee, the actors it is about, and its date.
//!
//! Quotation marks are paired within a paragraph, so a mark that is never closed
//! ends at the paragraph's end instead of swallowing the rest of the article; a
//! paragraph that ends inside a quote continues when the next paragraph opens with
//! a mark (the news convention for multi-paragraph quotes).

use crate::actors::slugify;
use crate::dates::{date_of_event, TimeExpr};
use crate::lexicon::patterns::TokenView;
use crate::lexicon::{CueKind, Lexicon};
use crate::model::{mentions_starting_in, Tokens};
use crate::model::{ActorKind, LocalActor};
use crate::model::{Mention, MentionKind, Span, Statement, StatementKind, TokenKind};
use crate::syntax::is_subject_position;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Tokens after a closing mark searched for the attribution (`," the minister told
/// reporters on Friday`).
const AFTER_WINDOW: usize = 25;

/// First-person words inside a quote refer to the speaker, not to someone it is about.
const FIRST_PERSON: &[&str] = &["i", "me", "my", "we", "us", "our"];

/// A quotation found in the text: token range of its content and its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Opening mark token.
    pub open: usize,
    /// Closing mark token (or one past the paragraph's last token when unclosed).
    pub close: usize,
    /// True when the paragraph ended inside the quote.
    pub unclosed: bool,
}

/// What the quote stage sees of the document.
pub struct QuoteInput<'a> {
    /// Tokens and text.
    pub toks: &'a Tokens<'a>,
    /// Resolved mentions, in text order.
    pub mentions: &'a [Mention],
    /// Time expressions.
    pub times: &'a [TimeExpr],
    /// The document date.
    pub date: Option<NaiveDate>,
    /// The actors of the document, for speaker labels in transcripts.
    pub actors: &'a BTreeMap<String, LocalActor>,
}

impl QuoteInput<'_> {
    /// Is the actor `id` a person of the document?
    fn is_person(&self, id: &str) -> bool {
        self.actors
            .get(id)
            .is_some_and(|a| a.kind == ActorKind::Person)
    }
}

/// Find every statement of the document, in text order.
pub fn statements(input: &QuoteInput, lexicon: &Lexicon) -> Vec<Statement> {
    let toks = input.toks;
    let kinds: Vec<TokenKind> = toks.seg.tokens.iter().map(|t| t.kind).collect();
    let quotes = find_quotes(toks);
    let view_data = MentionIndex::new(input.mentions, toks.words.len());
    let view = TokenView {
        words: toks.words,
        kinds: &kinds,
        mention_start: &view_data.start,
        in_mention: &view_data.inside,
        skippable: toks.skippable(),
    };
    let cues = find_cues(&view, lexicon, toks);
    // `Brazil's head of state said`: a cue word inside a title is no verb.
    let cues: Vec<Cue> = cues
        .into_iter()
        .filter(|c| !view_data.inside[c.start] || !inside_description(input.mentions, c.start))
        .collect();
    // Reported speech first: a quote standing alone can continue it.
    let longest = input.mentions.iter().map(|m| m.tokens.len()).max();
    let longest = longest.unwrap_or(0);
    let indirect = indirect_statements(input, &quotes, &cues, &kinds, longest);
    let mut out: Vec<Statement> = Vec::new();
    let mut spans: Vec<&QuoteSpan> = Vec::new();
    for q in &quotes {
        if is_title_or_scare_quote(toks, q)
            && !(one_word(toks, q) && cue_before_in_sentence(toks, q, &cues))
        {
            continue;
        }
        let content = content_span(toks, q);
        if content.is_empty() {
            continue;
        }
        let (speaker, cue, addressee) =
            attribute_direct(input, q, &cues, [&out, &indirect], &kinds);
        let sentence = toks.seg.sentence_of_token(q.open).unwrap_or(0);
        let about = about_direct(input, q, speaker.as_deref(), addressee.as_deref());
        let sent_range = toks.seg.sentences[sentence].tokens.clone();
        let (date, _) = date_of_event(
            input.times,
            sent_range,
            cue.map(|c| c.0).unwrap_or(q.open),
            input.date,
        );
        out.push(Statement {
            speaker,
            content,
            kind: StatementKind::Direct,
            cue: cue.map(|(s, e)| toks.span_of_tokens(s..e)),
            addressee,
            about,
            date,
            sentence,
        });
        spans.push(q);
    }
    run_on_speakers(&mut out, &spans);
    let blocks = paragraphs(toks);
    let mut turns = transcript_turns(input, &kinds, &blocks);
    if turns.is_empty() {
        turns = unlabelled_answers(input, &kinds, &blocks);
    }
    // Turns are disjoint and in text order: only the last one starting at or
    // before a statement can hold it.
    out.retain(|s| {
        let i = turns.partition_point(|t| t.content.start <= s.content.start);
        !turns[..i]
            .last()
            .is_some_and(|t| t.content.contains(s.content))
    });
    out.extend(turns);
    out.extend(indirect);
    out.sort_by_key(|s| (s.content.start, s.content.end));
    out.dedup_by_key(|s| (s.content.start, s.content.end));
    out
}

/// A paragraph that ends inside a quotation and a next paragraph opening with a mark
/// are one quotation running on (the news convention for quotes over several
/// paragraphs), and its attribution stands once, at its end: a paragraph of it with
/// no speaker of its own takes the speaker of the paragraph after it. `spans` are
/// the quotations of `direct`, one each, in text order.
fn run_on_speakers(direct: &mut [Statement], spans: &[&QuoteSpan]) {
    for i in (0..direct.len().saturating_sub(1)).rev() {
        if direct[i].speaker.is_none() && spans[i].unclosed && spans[i + 1].open == spans[i].close {
            direct[i].speaker = direct[i + 1].speaker.clone();
        }
    }
}

impl Tokens<'_> {
    fn span_of_tokens(&self, r: std::ops::Range<usize>) -> Span {
        Span::new(
            self.seg.tokens[r.start].span.start,
            self.seg.tokens[r.end - 1].span.end,
        )
    }
}

/// The cues (in text order) starting at tokens `from..to`.
fn cues_starting_in(cues: &[Cue], from: usize, to: usize) -> &[Cue] {
    let lo = cues.partition_point(|c| c.start < from);
    let hi = lo + cues[lo..].partition_point(|c| c.start < to);
    &cues[lo..hi]
}

/// The time expression (they are in text order) starting at token `t`.
fn time_at<'i>(input: &QuoteInput<'i>, t: usize) -> Option<&'i TimeExpr> {
    let times = input.times;
    times
        .get(times.partition_point(|e| e.tokens.start < t))
        .filter(|e| e.tokens.start == t)
}

/// Mention lookups by token.
struct MentionIndex {
    start: Vec<Option<(usize, usize)>>,
    inside: Vec<bool>,
}

impl MentionIndex {
    fn new(mentions: &[Mention], n: usize) -> Self {
        let mut start = vec![None; n];
        let mut inside = vec![false; n];
        for (i, m) in mentions.iter().enumerate() {
            if m.tokens.start < n {
                start[m.tokens.start] = Some((i, m.tokens.end));
            }
            for t in m.tokens.clone() {
                if t < n {
                    inside[t] = true;
                }
            }
        }
        MentionIndex { start, inside }
    }
}

/// Is token `t` inside a description mention, past its first word (`state` in
/// `Brazil's head of state`)?
fn inside_description(mentions: &[Mention], t: usize) -> bool {
    mentions
        .iter()
        .any(|m| m.kind == MentionKind::Description && m.tokens.start < t && t < m.tokens.end)
}

/// A cue match: token range and kind.
#[derive(Debug, Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    kind: CueKind,
}

fn find_cues(view: &TokenView, lexicon: &Lexicon, toks: &Tokens) -> Vec<Cue> {
    let mut out = Vec::new();
    for s in &toks.seg.sentences {
        for m in lexicon
            .cue_patterns
            .find_all(view, s.tokens.start, s.tokens.end)
        {
            if crate::syntax::is_name_use(toks, m.trigger_start, s.tokens.start)
                || is_noun_use(toks, m.trigger_start)
                || is_passive_aside(toks, m.trigger_start)
                || is_meeting_noun(toks, m.trigger_start)
                || is_passive(toks, m.trigger_start)
                || is_passive_accusation(toks, m.trigger_start)
            {
                continue;
            }
            out.push(Cue {
                start: m.trigger_start,
                end: m.trigger_end,
                kind: lexicon.cues[m.pattern],
            });
        }
    }
    out
}

/// `Lin Jian, asked about the strikes, said ...`: a past participle opening an
/// aside after a comma reports a question put to the subject, not their words.
fn is_passive_aside(toks: &Tokens, t: usize) -> bool {
    t > 0
        && toks.words[t - 1] == ","
        && matches!(toks.words[t].as_str(), "asked" | "pressed" | "questioned")
}

/// `Rubio was asked whether ...`, `they were told to leave`: the subject of a
/// passive verb of saying is spoken to, not speaking.
fn is_passive(toks: &Tokens, t: usize) -> bool {
    let w = toks.words[t].as_str();
    t > 0
        && (w.ends_with("ed") || w == "told")
        && matches!(
            toks.words[t - 1].as_str(),
            "was" | "were" | "been" | "being" | "is" | "are" | "be"
        )
}

/// `at a weekly briefing`: `briefing` names a meeting, nobody briefs anyone.
fn is_meeting_noun(toks: &Tokens, t: usize) -> bool {
    matches!(toks.words[t].as_str(), "briefing" | "briefings")
}

/// `two banks accused of helping Moscow`: a passive `accused of` names the accused,
/// and nobody is speaking. Not after a relative word and its subject (`the
/// militia, which Addis Ababa accuses of smuggling`), nor in the present tense.
fn is_passive_accusation(toks: &Tokens, t: usize) -> bool {
    toks.words[t] == "accused"
        && toks.words.get(t + 1).is_some_and(|w| w == "of")
        && !subject_after_relative(toks, t)
}

/// `which Addis Ababa accuses`: the verb at `t` follows a relative word and the
/// capitalized subject of its clause.
fn subject_after_relative(toks: &Tokens, t: usize) -> bool {
    relative_word_before(toks, t).is_some()
}

/// The relative word (`which`, `whom`, `who`) before the capitalized subject that
/// the verb at `t` follows.
fn relative_word_before(toks: &Tokens, t: usize) -> Option<usize> {
    (2..=4)
        .filter(|&back| back <= t)
        .map(|back| t - back)
        .find(|&rel| {
            matches!(toks.words[rel].as_str(), "which" | "whom" | "who")
                && (rel + 1..t).all(|k| toks.starts_upper(k))
        })
}

/// A cue word after a determiner is a noun (`her comments`, `the claims`), not a verb.
fn is_noun_use(toks: &Tokens, t: usize) -> bool {
    t > 0
        && matches!(
            toks.words[t - 1].as_str(),
            "the"
                | "a"
                | "an"
                | "her"
                | "his"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "these"
                | "those"
                | "such"
                | "'s"
                | "whose"
                | "any"
                | "no"
        )
}

fn is_double_mark(mark: &str) -> bool {
    matches!(
        mark,
        "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}" | "\u{201F}" | "\u{00AB}" | "\u{00BB}"
    )
}

fn opens(mark: &str) -> Option<bool> {
    match mark {
        "\u{201C}" | "\u{201E}" | "\u{00AB}" | "\u{2018}" => Some(true),
        "\u{201D}" | "\u{00BB}" | "\u{2019}" => Some(false),
        _ => None,
    }
}

/// Pair quotation marks paragraph by paragraph.
pub fn find_quotes(toks: &Tokens) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let sentences = &toks.seg.sentences;
    let mut p_start = 0;
    while p_start < sentences.len() {
        let para = sentences[p_start].paragraph;
        let mut p_end = p_start;
        while p_end < sentences.len() && sentences[p_end].paragraph == para {
            p_end += 1;
        }
        let range = sentences[p_start].tokens.start..sentences[p_end - 1].tokens.end;
        pair_marks(toks, range, &mut out);
        p_start = p_end;
    }
    out
}

fn pair_marks(toks: &Tokens, range: std::ops::Range<usize>, out: &mut Vec<QuoteSpan>) {
    let marks: Vec<usize> = range
        .clone()
        .filter(|&t| toks.seg.tokens[t].kind == TokenKind::Quote)
        .collect();
    let double: Vec<usize> = marks
        .iter()
        .copied()
        .filter(|&t| is_double_mark(toks.seg.tokens[t].span.slice(toks.text)))
        .collect();
    // British style: single marks are the quotes when a paragraph has no double ones.
    let marks = if double.is_empty() { marks } else { double };
    let mut open: Option<usize> = None;
    for t in marks {
        let mark = toks.seg.tokens[t].span.slice(toks.text);
        match (open, opens(mark)) {
            (None, Some(false)) => {}
            (None, _) => open = Some(t),
            (Some(o), Some(true)) => {
                // A second opening mark: the first was never closed; keep the later.
                let _ = o;
                open = Some(t);
            }
            (Some(o), _) => {
                out.push(QuoteSpan {
                    open: o,
                    close: t,
                    unclosed: false,
                });
                open = None;
            }
        }
    }
    if let Some(o) = open {
        if o + 1 < range.end {
            out.push(QuoteSpan {
                open: o,
                close: range.end,
                unclosed: true,
            });
        }
    }
}

/// The content between the marks, without a trailing comma.
fn content_span(toks: &Tokens, q: &QuoteSpan) -> Span {
    if q.open + 1 >= q.close {
        return Span::default();
    }
    let start = toks.seg.tokens[q.open + 1].span.start;
    let end = toks.seg.tokens[q.close - 1].span.end;
    Span::new(start, end)
}

/// Headlines and show names in quotes (`"Meet the Press"`) and one-word scare
/// quotes are not statements.
fn one_word(toks: &Tokens, q: &QuoteSpan) -> bool {
    (q.open + 1..q.close)
        .filter(|&t| toks.seg.tokens[t].kind == TokenKind::Word)
        .count()
        == 1
}

/// A one-word quote is someone's word when a speech verb stands before it in its
/// sentence (`Medinsky said he was "satisfied"`, `called the move "reckless"`).
fn cue_before_in_sentence(toks: &Tokens, q: &QuoteSpan, cues: &[Cue]) -> bool {
    let Some(s) = toks.seg.sentence_of_token(q.open) else {
        return false;
    };
    let start = toks.seg.sentences[s].tokens.start;
    cues_starting_in(cues, start, q.open)
        .iter()
        .any(|c| c.start >= start && c.end <= q.open)
}

fn is_title_or_scare_quote(toks: &Tokens, q: &QuoteSpan) -> bool {
    let words: Vec<usize> = (q.open + 1..q.close)
        .filter(|&t| toks.seg.tokens[t].kind == TokenKind::Word)
        .collect();
    if words.len() <= 1 {
        return true;
    }
    let last = toks.seg.tokens[q.close - 1].span.slice(toks.text);
    let ends_like_speech = matches!(last, "," | "." | "?" | "!" | "\u{2026}");
    let caps = words.iter().filter(|&&t| toks.starts_upper(t)).count();
    !ends_like_speech && words.len() <= 8 && caps * 10 >= words.len() * 6 && caps >= 2
}

fn speaker_mention(m: &Mention) -> bool {
    m.kind != MentionKind::Modifier && !m.locative
}

/// A mention that can be the subject of a verb of saying: not a possessive or
/// object pronoun (`Its adviser, Ali Mohamed, said`: the adviser speaks, not `its`).
fn subject_mention(toks: &Tokens, m: &Mention) -> bool {
    speaker_mention(m)
        && !(m.kind == MentionKind::Pronoun
            && matches!(
                toks.words[m.tokens.start].as_str(),
                "its" | "his" | "her" | "their" | "him" | "them" | "us" | "me" | "my" | "our"
            ))
}

/// Who said a direct quote: (speaker, cue tokens, addressee). `earlier` holds the
/// direct and the reported statements found so far.
fn attribute_direct(
    input: &QuoteInput,
    q: &QuoteSpan,
    cues: &[Cue],
    earlier: [&[Statement]; 2],
    kinds: &[TokenKind],
) -> (Option<String>, Option<(usize, usize)>, Option<String>) {
    let toks = input.toks;
    let sentence_of = |t: usize| {
        toks.seg
            .sentence_of_token(t.min(toks.words.len().saturating_sub(1)))
    };
    let close_sentence = sentence_of(q.close.saturating_sub(1)).unwrap_or(0);
    let sent_end = toks
        .seg
        .sentences
        .get(close_sentence)
        .map(|s| s.tokens.end)
        .unwrap_or(0);
    // 1. After the closing mark: `," X said` / `," said X` / `," X told NBC`.
    let mut according = None;
    if !q.unclosed {
        let after_end = (q.close + 1 + AFTER_WINDOW)
            .min(sent_end.max(q.close + 1))
            .min(toks.words.len());
        if let Some(found) = attribution_in(input, cues, q.close + 1, after_end, kinds) {
            // `X told the meeting that Berlin would act "when ...", according to an
            // aide`: the aide is the source of the report, X still the speaker.
            let is_according = found.1.is_some_and(|(c, _)| {
                cues.iter()
                    .any(|k| k.start == c && k.kind == CueKind::According)
            });
            if !is_according {
                return found;
            }
            according = Some(found);
        }
    }
    // 2. Before the opening mark in the same sentence: `X said: "..."`, `X told NBC
    //    Putin was "ready ..."`, `X compared them to "oil and vinegar"`.
    let open_sentence = sentence_of(q.open).unwrap_or(0);
    let sent_start = toks
        .seg
        .sentences
        .get(open_sentence)
        .map(|s| s.tokens.start)
        .unwrap_or(0);
    // The first speech verb with a speaker: in `He said Japan had asked China to
    // take "appropriate measures"`, the quote belongs to the one who says it all.
    let before_quote = cues_starting_in(cues, sent_start, q.open);
    // `the White House said ... a leader who, in the words of Karoline Leavitt,
    // "..."`: a source named last before the quotation is whose words it holds.
    if let Some((cue, source)) = before_quote
        .last()
        .filter(|c| c.kind == CueKind::According && c.end <= q.open)
        .and_then(|c| Some((c, according_source(input, c.end)?.0)))
        .filter(|(_, m)| m.tokens.end <= q.open)
    {
        return (Some(source.actor.clone()), Some((cue.start, cue.end)), None);
    }
    for cue in before_quote
        .iter()
        .filter(|c| c.start >= sent_start && c.end <= q.open)
        .filter(|c| !in_closed_subordinate(toks, before_quote, c, sent_start, q.open))
    {
        if let Some(found) = speaker_of_cue(input, cue, sent_start) {
            let addressee = addressee_after(input, cue, q.open);
            return (Some(found), Some((cue.start, cue.end)), addressee);
        }
    }
    if let Some(found) = according {
        return found;
    }
    if let Some(owner) = speech_noun_owner(input, sent_start, q.open) {
        return (Some(owner), None, None);
    }
    if q.open > sent_start {
        // `which Zelensky, after meeting Erdogan, dismissed as "theatre"`: the
        // subject whose verb governs the quote, else the sentence's first subject.
        // A cue with no speaker found (`The foreign ministry in Beijing called the
        // US move "a mistake"`) ends the search: what follows it is its object.
        let governed_to = cues_starting_in(cues, sent_start, q.open)
            .iter()
            .find(|c| !is_fronted_participle(toks, c, sent_start, q.open))
            .map_or(q.open, |c| c.start);
        if let Some(m) = quote_governor(input, sent_start, governed_to) {
            return (Some(m), None, None);
        }
    }
    // 3. A quote standing alone continues the speaker before it; one attributed to
    //    someone we cannot name (`," the two envoys said`) does not.
    if !q.unclosed && unnamed_attribution(input, cues, q.close + 1, sent_end) {
        return (None, None, None);
    }
    if let Some(found) = speaker_named_next(input, q, cues) {
        return found;
    }
    (continued_speaker(input, q, earlier), None, None)
}

/// Nouns for what someone says, whose owner a colon lead presents as speaking
/// (`Peskov's answer was short: "..."`).
const SPEECH_NOUNS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "message",
    "verdict",
    "warning",
    "words",
    "advice",
    "view",
    "assessment",
    "reaction",
    "explanation",
    "conclusion",
    "comment",
    "retort",
];

/// `Peskov's answer was short: "..."`, `The message from Lavrov was clear: "..."`,
/// `Her reply was simple: "..."`: a quote opening after a colon, in a sentence
/// whose subject is a noun of speech with its owner, is the owner's.
fn speech_noun_owner(input: &QuoteInput, sent_start: usize, open: usize) -> Option<String> {
    let toks = input.toks;
    let words = toks.words;
    if open < sent_start + 3 || words[open - 1] != ":" {
        return None;
    }
    let speech = |t: usize| {
        words
            .get(t)
            .is_some_and(|w| SPEECH_NOUNS.contains(&w.as_str()))
    };
    let first_verb = (sent_start..open)
        .find(|&t| matches!(words[t].as_str(), "was" | "is" | "were" | "came" | "seemed"))?;
    mentions_starting_in(input.mentions, sent_start, first_verb)
        .iter()
        .filter(|m| m.tokens.end <= first_verb)
        .find(|m| {
            let (start, end) = (m.tokens.start, m.tokens.end);
            let possessor = m.kind == MentionKind::Pronoun
                && matches!(words[start].as_str(), "his" | "her" | "their" | "its")
                && speech(end);
            let possessive = crate::syntax::is_possessive_mark(words, end) && speech(end + 1);
            let from = start >= sent_start + 2
                && matches!(words[start - 1].as_str(), "from" | "of")
                && speech(start - 2);
            let opens = start == sent_start
                || (start == sent_start + 1 && words[sent_start] == "the")
                || (from && start <= sent_start + 3);
            (possessor || possessive || from) && opens
        })
        .map(|m| m.actor.clone())
}

/// Does the cue open its sentence as a participle set off by a comma before the
/// quote (`Asked about the deadline, Rubio was blunt: "..."`, `Pressed on the
/// vote, she said: "..."`)? Its subject is the main clause's, after the comma, so
/// it does not end the search for the quote's speaker.
fn is_fronted_participle(toks: &Tokens, cue: &Cue, sent_start: usize, quote: usize) -> bool {
    let w = toks.words[cue.start].as_str();
    cue.start == sent_start
        && (w.ends_with("ed") || w.ends_with("ing"))
        && (cue.end..quote).any(|t| toks.words[t] == ",")
}

/// Conjunctions that open a clause set before the main one (`After Petro urged
/// soldiers to disobey, the State Department called his actions "reckless"`).
const FRONTED_SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "since", "once", "until", "because", "although", "though",
    "as", "if",
];

/// Is `cue` inside a subordinate clause that a comma closes before another verb
/// of saying nearer the quote at `open`? That later verb's clause is the main one,
/// and the quote its words.
fn in_closed_subordinate(
    toks: &Tokens,
    cues: &[Cue],
    cue: &Cue,
    sent_start: usize,
    open: usize,
) -> bool {
    let opened =
        (sent_start..cue.start).any(|k| FRONTED_SUBORDINATORS.contains(&toks.words[k].as_str()));
    opened
        && cues
            .iter()
            .filter(|c| c.start > cue.end && c.end <= open)
            .any(|c| (cue.end..c.start).any(|k| toks.words[k] == ","))
}

/// `"Nobody believes the tariffs are gone." Kenta Izumi said the deal had no
/// legal text.`: a quote that opens its paragraph as a whole sentence, with no
/// attribution of its own, is the words of the person the next sentence of the
/// paragraph opens with, when that person speaks there.
fn speaker_named_next(input: &QuoteInput, q: &QuoteSpan, cues: &[Cue]) -> Option<Attribution> {
    let toks = input.toks;
    let sentences = &toks.seg.sentences;
    if q.unclosed {
        return None;
    }
    let open_sentence = toks.seg.sentence_of_token(q.open)?;
    let sentence = &sentences[open_sentence];
    let para = sentence.paragraph;
    let opens_paragraph = open_sentence == 0 || sentences[open_sentence - 1].paragraph != para;
    let whole = sentence.tokens.start == q.open && q.close + 1 >= sentence.tokens.end;
    let next = sentences.get(open_sentence + 1)?;
    if !opens_paragraph || !whole || next.paragraph != para {
        return None;
    }
    let first = input
        .mentions
        .iter()
        .find(|m| m.tokens.start == next.tokens.start && m.kind == MentionKind::Name)?;
    if !input.is_person(&first.actor) {
        return None;
    }
    cues_starting_in(cues, next.tokens.start, next.tokens.end)
        .iter()
        .filter(|c| c.start >= next.tokens.start && c.end <= next.tokens.end)
        .find(|c| speaker_of_cue(input, c, next.tokens.start).as_deref() == Some(&first.actor))
        .map(|c| (Some(first.actor.clone()), Some((c.start, c.end)), None))
}

/// Does an attribution follow a closing mark (`," a spokesman said`, `," said an
/// aide`) whose speaker is no actor we know? A pronoun there (`," she said`) is
/// someone named before, so it does not count.
fn unnamed_attribution(input: &QuoteInput, cues: &[Cue], from: usize, to: usize) -> bool {
    let toks = input.toks;
    let mut first = from;
    while first < to && matches!(toks.words[first].as_str(), "," | "-" | "\u{2014}") {
        first += 1;
    }
    // `"...," X said`: a comma inside or after the closing mark leads on.
    let leads_on = from >= 2
        && (toks.words[from - 2] == "," || toks.words.get(from).is_some_and(|w| w == ","));
    if first >= to || !leads_on {
        return false;
    }
    let Some(cue) = cues
        .iter()
        .find(|c| c.start >= first && c.start <= first + 5 && c.start < to)
    else {
        return false;
    };
    let words = if cue.start == first {
        cue.end..(cue.end + 4).min(to)
    } else {
        first..cue.start
    };
    let pronoun = words.clone().any(|t| {
        matches!(
            toks.words[t].as_str(),
            "he" | "she" | "they" | "it" | "we" | "i"
        )
    });
    let stop = words.clone().any(|t| {
        toks.seg.tokens[t].kind == TokenKind::Quote
            || matches!(toks.words[t].as_str(), "." | ";" | "?" | "!")
    });
    !pronoun && !stop && !words.is_empty()
}

/// News convention for a quote with no attribution: it continues the last
/// statement when that stands in the quote's paragraph, or in the paragraph just
/// before when the quote opens its own; else, in `Zelensky was defiant. "We will
/// not give up."`, the person the sentence before is about.
fn continued_speaker(
    input: &QuoteInput,
    q: &QuoteSpan,
    earlier: [&[Statement]; 2],
) -> Option<String> {
    let toks = input.toks;
    let sentences = &toks.seg.sentences;
    let open_sentence = toks.seg.sentence_of_token(q.open)?;
    let para = sentences[open_sentence].paragraph;
    let opens_paragraph = open_sentence == 0 || sentences[open_sentence - 1].paragraph != para;
    let open_at = toks.seg.tokens[q.open].span.start;
    let last = earlier
        .iter()
        .flat_map(|list| list.iter())
        .filter(|s| s.speaker.is_some() && s.content.start < open_at)
        .max_by_key(|s| s.content.start);
    if let Some(last) = last {
        let last_para = sentences[last.sentence].paragraph;
        if last_para == para || (opens_paragraph && last_para + 1 == para) {
            return last.speaker.clone();
        }
    }
    // The sentence right before, in the same paragraph, led by a person; or, for a
    // paragraph that is one quotation and nothing else, the last sentence of the
    // paragraph before (`Lavrov addressed students. ¶ "Europe has forgotten."`).
    if opens_paragraph && !(open_sentence > 0 && stands_alone(toks, q)) {
        return None;
    }
    let prev = &sentences[open_sentence - 1];
    let m = input
        .mentions
        .iter()
        .filter(|m| m.tokens.start >= prev.tokens.start && m.tokens.end <= prev.tokens.end)
        .find(|m| {
            subject_mention(toks, m) && is_subject_position(toks, m.tokens.start, m.tokens.end)
        })?;
    (input.is_person(&m.actor) && m.group.is_empty()).then(|| m.actor.clone())
}

/// Is the quotation closed and the last thing of its paragraph, bar punctuation?
fn stands_alone(toks: &Tokens, q: &QuoteSpan) -> bool {
    let sentences = &toks.seg.sentences;
    let Some(s) = toks.seg.sentence_of_token(q.close) else {
        return false;
    };
    let para = sentences[s].paragraph;
    let para_end = sentences[s..]
        .iter()
        .take_while(|x| x.paragraph == para)
        .last()
        .map_or(q.close, |x| x.tokens.end);
    !q.unclosed && (q.close + 1..para_end).all(|t| toks.seg.tokens[t].kind == TokenKind::Punct)
}

type Attribution = (Option<String>, Option<(usize, usize)>, Option<String>);

/// An attribution right after a closing mark: `," X said`, `," said X`,
/// `," the minister told reporters`, `," Yulia Svyrydenko, Ukraine's economy
/// minister, said`, `," according to X`.
fn attribution_in(
    input: &QuoteInput,
    cues: &[Cue],
    from: usize,
    to: usize,
    kinds: &[TokenKind],
) -> Option<Attribution> {
    let toks = input.toks;
    let mut first = from;
    while first < to && matches!(toks.words[first].as_str(), "," | "-" | "\u{2014}") {
        first += 1;
    }
    // An empty window: the quote ends its sentence, and `According to X, ...`
    // opening the next one is about what follows.
    if first >= to {
        return None;
    }
    let _ = kinds;
    // "said X" / "according to X": the cue first, then the speaker.
    if let Some(cue) = cues_starting_in(cues, first, first + 1).first() {
        if toks.words[cue.start].ends_with("ing") && cue.kind != CueKind::According {
            return None;
        }
        // `," said one resident, Amina Yusuf,`: past the description.
        let named_at = described_before_name(toks, cue.end).unwrap_or(cue.end);
        let m = mentions_starting_in(input.mentions, named_at, named_at + 2)
            .iter()
            .find(|m| {
                m.tokens.start >= named_at && m.tokens.start <= named_at + 1 && speaker_mention(m)
            })?;
        return Some((Some(m.actor.clone()), Some((cue.start, cue.end)), None));
    }
    // "X said": a speaker, maybe with an apposition, then the cue.
    let cue = cues_starting_in(cues, first + 1, to)
        .iter()
        .find(|c| c.start > first && c.start < to && c.kind != CueKind::According)?;
    // `," Tass quoted Sergei Lavrov as saying.`: the one quoted speaks.
    if let Some(quoted) = quoted_as_saying(input, cue, first) {
        return Some((Some(quoted), Some((cue.start, cue.end)), None));
    }
    if toks.words[cue.start].ends_with("ing")
        || (first..cue.start).any(|t| {
            kinds[t] == TokenKind::Quote || matches!(toks.words[t].as_str(), "." | ";" | "?" | "!")
        })
    {
        return None;
    }
    let subjects: Vec<&Mention> = mentions_starting_in(input.mentions, first, cue.start)
        .iter()
        .filter(|m| {
            m.tokens.start >= first && m.tokens.end <= cue.start && subject_mention(toks, m)
        })
        .collect();
    // `," the EU's foreign policy chief, Kaja Kallas, wrote`, `," Zelensky's chief
    // of staff, Andriy Yermak, said`: the person set off right before the verb is
    // the one the description before names.
    let possessor_first = mentions_starting_in(input.mentions, first, first + 1)
        .iter()
        .any(|m| crate::syntax::is_possessive_mark(toks.words, m.tokens.end));
    if possessor_first || matches!(toks.words[first].as_str(), "the" | "a" | "an") {
        if let Some(person) = named_voice_before(input, &subjects, first, cue.start) {
            let addressee = addressee_after(input, cue, to.max(cue.end + 4));
            return Some((Some(person), Some((cue.start, cue.end)), addressee));
        }
    }
    // `," a spokeswoman for Ramaphosa said`: the voice speaks for whom it names.
    // `," Erdogan's office said`: the office speaks for its holder.
    if let Some(body) = spokesperson_for(input, first, cue.start)
        .or_else(|| bare_spokesperson(input, first, cue.start))
        .or_else(|| holder_voice_speaker(input, first, cue.start))
        .or_else(|| channel_issuer(input, first, cue.start))
    {
        let addressee = addressee_after(input, cue, to.max(cue.end + 4));
        return Some((Some(body), Some((cue.start, cue.end)), addressee));
    }
    let m = subjects
        .into_iter()
        .find(|m| is_subject_position(toks, m.tokens.start, m.tokens.end))?;
    // `"...", a remark Iranian officials denounced`: a noun before the speaker
    // makes the words after the quote a phrase about it, not its attribution.
    let in_mention = |t: usize| {
        input
            .mentions
            .iter()
            .any(|x| x.tokens.start <= t && t < x.tokens.end)
    };
    // Capitalized title words the lexicon does not know stand before a name too
    // (`," Polish Agriculture Minister Czeslaw Siekierski told`).
    if (first..m.tokens.start).any(|t| {
        !in_mention(t)
            && !crate::syntax::NP_LEFT.contains(&toks.words[t].as_str())
            && !toks.starts_upper(t)
    }) {
        return None;
    }
    let addressee = addressee_after(input, cue, to.max(cue.end + 4));
    Some((Some(m.actor.clone()), Some((cue.start, cue.end)), addressee))
}

/// The speaker of a cue: the subject before it in the sentence (`Lavrov told`,
/// `Lavrov, who ..., said`), or after it (`said Zelensky`), or for a participle
/// (`..., saying`) or a second verb (`denied ... and said`) the sentence's first
/// subject.
fn speaker_of_cue(input: &QuoteInput, cue: &Cue, sent_start: usize) -> Option<String> {
    if cue.kind == CueKind::According {
        return according_source(input, cue.end).map(|(m, _)| m.actor.clone());
    }
    if let Some(quoted) = quoted_as_saying(input, cue, sent_start) {
        return Some(quoted);
    }
    let toks = input.toks;
    // `the ban on Russian steel, which it says pays for the war`: an `it` right
    // before the verb that resolution left unresolved is the subject, and no
    // other mention of the sentence speaks in its place.
    let unresolved_it = cue.start > sent_start
        && toks.words[cue.start - 1] == "it"
        && !mentions_starting_in(input.mentions, cue.start - 1, cue.start)
            .iter()
            .any(|m| m.tokens.start == cue.start - 1);
    if unresolved_it {
        return None;
    }
    // Mentions inside a quotation before the cue (`"... their way," he told
    // reporters, adding`) are the quote's words, not the speaker.
    let before: Vec<&Mention> = mentions_starting_in(input.mentions, sent_start, cue.start)
        .iter()
        .filter(|m| {
            m.tokens.start >= sent_start && m.tokens.end <= cue.start && subject_mention(toks, m)
        })
        .filter(|m| !inside_quote_before(toks, m.tokens.end, cue.start))
        .collect();
    if let Some(person) = named_voice_before(input, &before, sent_start, cue.start) {
        return Some(person);
    }
    if let Some(body) = spokesperson_for(input, sent_start, cue.start)
        .or_else(|| bare_spokesperson(input, sent_start, cue.start))
    {
        return Some(body);
    }
    if let Some(holder) = holder_voice_speaker(input, sent_start, cue.start) {
        return Some(holder);
    }
    if let Some(issuer) = channel_issuer(input, sent_start, cue.start) {
        return Some(issuer);
    }
    let participle = toks.words[cue.start].ends_with("ing");
    let coordinated =
        cue.start > sent_start && matches!(toks.words[cue.start - 1].as_str(), "and" | "but");
    // The verb after `and` shares the subject of the verb before it, so what that
    // verb took as its object or reported is no candidate.
    let before: Vec<&Mention> = if coordinated {
        before
            .into_iter()
            .filter(|m| !follows_verb(toks, m, sent_start))
            .collect()
    } else {
        before
    };
    // "Lavrov saying on Wednesday that ...": an absolute participle has its own subject.
    if participle {
        if let Some(m) = before.last().filter(|m| m.tokens.end == cue.start) {
            return Some(m.actor.clone());
        }
    }
    if !participle {
        // `after Takaichi told lawmakers`: a name right before the verb is its
        // subject, even after a conjunction that reads like a preposition.
        if let Some(m) = before.last().filter(|m| {
            m.tokens.end == cue.start
                && m.tokens.start > sent_start
                && matches!(
                    toks.words[m.tokens.start - 1].as_str(),
                    "after" | "before" | "since" | "until" | "as" | "once" | "when" | "while"
                )
        }) {
            return Some(m.actor.clone());
        }
        // `the State Department, which said`: a relative pronoun's antecedent.
        if let Some(m) = relative_antecedent(input, &before, cue.start, sent_start) {
            return Some(m.actor.clone());
        }
        // `Maly denied that any clashes had taken place and said ...`: the second
        // verb shares the clause's subject.
        if coordinated {
            if let Some(m) = conjunct_subject(input, &before, cue.start - 1, sent_start) {
                return Some(m.actor.clone());
            }
            if let Some(m) = before
                .iter()
                .find(|m| is_subject_position(toks, m.tokens.start, m.tokens.end))
            {
                return Some(m.actor.clone());
            }
        }
        // The nearest subject before the cue that reaches it (across an aside such
        // as `, who chairs ASEAN this year,` or `, asked about the strikes,`).
        if let Some(m) = before.iter().rev().find(|m| {
            is_subject_position(toks, m.tokens.start, m.tokens.end)
                && (reaches_across_aside(toks, m.tokens.end, cue.start)
                    || closes_apposition(toks, m, sent_start, cue.start))
        }) {
            let first = first_conjunct(input, &before, m).unwrap_or(m);
            return Some(first.actor.clone());
        }
        if let Some(m) = inverted_speaker(input, cue) {
            return Some(m);
        }
    }
    before
        .iter()
        .find(|m| is_subject_position(toks, m.tokens.start, m.tokens.end))
        .map(|m| m.actor.clone())
        .or_else(|| clause_subject_speaker(input, cue))
        .or_else(|| possessor_speaker(input, cue, sent_start))
}

/// `Interfax quoted Sergei Lavrov as saying`, `citing Peskov as saying`: the person
/// between a verb of quoting and `as saying` is the speaker, not the outlet that
/// quotes them (the subject). The verb stands at most a word before the name
/// (`quoted Foreign Minister Sergei Lavrov`, whose title is in the mention or is
/// that word), at or after `from`.
fn quoted_as_saying(input: &QuoteInput, cue: &Cue, from: usize) -> Option<String> {
    let toks = input.toks;
    let words = toks.words;
    let as_at = cue.start.checked_sub(1)?;
    if words[cue.start] != "saying" || words[as_at] != "as" {
        return None;
    }
    // `quoted Halima Yusuf, who runs the shelter, as saying`: past an aside.
    const LONGEST_ASIDE: usize = 12;
    let name_end = if as_at > from && words[as_at - 1] == "," {
        (as_at.saturating_sub(LONGEST_ASIDE).max(from)..as_at - 1)
            .rev()
            .find(|&k| words[k] == ",")
            .unwrap_or(as_at)
    } else {
        as_at
    };
    let m = mentions_starting_in(input.mentions, from, name_end)
        .iter()
        .rev()
        .find(|m| m.tokens.end == name_end && speaker_mention(m))?;
    let quoting = |k: usize| {
        matches!(
            words[k].as_str(),
            "quoted" | "quotes" | "quote" | "quoting" | "cited" | "cites" | "cite" | "citing"
        )
    };
    // `was quoted by TASS as saying`: the agent of the passive is the outlet.
    let passive_agent = m.tokens.start > 0 && words[m.tokens.start - 1] == "by";
    let lo = m.tokens.start.saturating_sub(2).max(from);
    ((lo..m.tokens.start).any(quoting) && !passive_agent).then(|| m.actor.clone())
}

/// `Jaiswal, the ministry's spokesman, said ..., adding that ...`, `"...," he said,
/// noting that ...`, `told lawmakers ..., while adding that ...`: a participle of
/// saying after a finite verb of saying in its sentence goes on with that verb's
/// speaker, not with the sentence's first subject (`India's foreign ministry
/// spokesman, Randhir Jaiswal`, where the ministry comes first). A semicolon or a
/// sentence mark between them starts another clause.
fn participle_speaker(
    input: &QuoteInput,
    cues: &[Cue],
    cue: &Cue,
    sent_start: usize,
) -> Option<String> {
    let toks = input.toks;
    if cue.kind == CueKind::According || !toks.words[cue.start].ends_with("ing") {
        return None;
    }
    let finite = cues_starting_in(cues, sent_start, cue.start)
        .iter()
        .rev()
        .find(|c| c.kind != CueKind::According && !toks.words[c.start].ends_with("ing"))?;
    let breaks = (finite.end..cue.start).any(|t| {
        toks.seg.tokens[t].kind == TokenKind::Quote
            || matches!(toks.words[t].as_str(), ";" | "?" | "!")
    });
    if breaks {
        return None;
    }
    speaker_of_cue(input, finite, sent_start)
}

/// Words that may stand between `and` and a second speaker without making it a
/// clause of its own: not these adverbs (`Kallas met Rubio and then Kos said`).
const NOT_BETWEEN_CONJUNCTS: &[&str] = &["then", "also", "later", "now", "so", "still", "only"];

/// `Kaja Kallas and Marta Kos said`, `the EU's foreign policy chief, Kaja Kallas,
/// and enlargement commissioner Marta Kos said in a joint statement`, `Mali,
/// Burkina Faso and Niger said`: a statement of several speakers goes to the first
/// one named, whom the article leads with (a statement has one speaker). The
/// members must be of one sort, all people or all states and bodies: in `Trump and
/// Ukraine said` nobody leads.
fn first_conjunct<'m>(
    input: &QuoteInput,
    before: &[&'m Mention],
    second: &Mention,
) -> Option<&'m Mention> {
    let toks = input.toks;
    // Lowercase title words may open the second name (`and enlargement commissioner`),
    // or a title may stand before it (`and Britain's foreign secretary, Yvette Cooper`).
    let mut k = listed_after_and(toks, second).unwrap_or(second.tokens.start);
    while k > 0
        && second.tokens.start - k < 3
        && toks.words[k - 1] != "and"
        && toks.seg.tokens[k - 1].kind == TokenKind::Word
        && !toks.starts_upper(k - 1)
        && !toks.words[k - 1].ends_with("ly")
        && !NOT_BETWEEN_CONJUNCTS.contains(&toks.words[k - 1].as_str())
    {
        k -= 1;
    }
    if k == 0 || toks.words[k - 1] != "and" {
        return None;
    }
    let mut end = k - 1;
    if end > 0 && toks.words[end - 1] == "," {
        end -= 1;
    }
    let sort = |m: &Mention| speaking_sort(input, m);
    let ending_at = |end: usize| {
        before
            .iter()
            .rev()
            .find(|m| m.tokens.end == end && m.group.is_empty())
            .copied()
    };
    let wanted = sort(second)?;
    let mut first =
        ending_at(end).filter(|m| m.actor != second.actor && sort(m) == Some(wanted))?;
    // `Mali, Burkina Faso and Niger`: back over the commas to the list's head.
    while first.tokens.start >= 2 && toks.words[first.tokens.start - 1] == "," {
        match ending_at(first.tokens.start - 1).filter(|m| sort(m) == Some(wanted)) {
            Some(m) => first = m,
            None => break,
        }
    }
    is_subject_position(toks, first.tokens.start, first.tokens.end).then_some(first)
}

/// The sort of speaker a list member is, for [`first_conjunct`]: a person (true),
/// or a state or body (false); none for the media and unknown actors.
fn speaking_sort(input: &QuoteInput, m: &Mention) -> Option<bool> {
    if !m.group.is_empty() {
        return None;
    }
    match input.actors.get(&m.actor)?.kind {
        ActorKind::Person => Some(true),
        ActorKind::State | ActorKind::Organization | ActorKind::Group => Some(false),
        _ => None,
    }
}

/// Words that open a clause inside a sentence: a verb coordinated after them
/// (`a day after Trump branded Petro a criminal and said ...`, `Shor, who denies
/// wrongdoing and calls ...`) shares the subject at their head, not the
/// sentence's first subject. `, and` opens one too. `that` does not: in `X said
/// that A did B and accused C`, the second verb of saying is most often X's.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "when", "while", "because", "although", "though", "since", "once", "until",
    "whereas", "who", "which", ";",
];

/// The subject of the verb coordinated by the `and` at token `and`: the subject at
/// the head of the nearest clause before it that has one. The sentence's own
/// head is tried last; `None` when no head has a subject.
fn conjunct_subject<'m>(
    input: &QuoteInput,
    before: &[&'m Mention],
    and: usize,
    sent_start: usize,
) -> Option<&'m Mention> {
    let words = input.toks.words;
    let mut k = and;
    while k > sent_start {
        k -= 1;
        let w = words[k].as_str();
        let comma_and = matches!(w, "and" | "but") && k > sent_start && words[k - 1] == ",";
        if !CLAUSE_OPENERS.contains(&w) && !comma_and {
            continue;
        }
        if let Some(m) = clause_head_subject(input, before, k + 1, and) {
            return Some(m);
        }
        if matches!(w, "who" | "which") {
            return antecedent_of(input, before, k);
        }
    }
    clause_head_subject(input, before, sent_start, and)
}

/// `the State Department, which said`, `Shor, who says`: the subject of a verb of
/// saying right after a relative pronoun is the pronoun's antecedent.
fn relative_antecedent<'m>(
    input: &QuoteInput,
    before: &[&'m Mention],
    cue: usize,
    sent_start: usize,
) -> Option<&'m Mention> {
    let rel = cue.checked_sub(1).filter(|&r| r > sent_start)?;
    matches!(input.toks.words[rel].as_str(), "who" | "which")
        .then(|| antecedent_of(input, before, rel))
        .flatten()
}

/// The antecedent of the relative pronoun at `rel`: the last mention before it
/// of the pronoun's sort, a person for `who` and anything else for `which`
/// (places are no speakers and were left out of `before`).
fn antecedent_of<'m>(
    input: &QuoteInput,
    before: &[&'m Mention],
    rel: usize,
) -> Option<&'m Mention> {
    let person = input.toks.words[rel] == "who";
    before
        .iter()
        .rev()
        .filter(|m| m.tokens.end <= rel && m.group.is_empty())
        .find(|m| input.is_person(&m.actor) == person)
        .copied()
}

/// The subject at the head of a clause opening at `head`: the first mention a
/// verb follows (`Donald Trump branded`, `Fu Cong, called`), past the possessors,
/// names and titles of its noun phrase (`China's UN ambassador, Fu Cong`). A
/// lowercase word outside that phrase first (`The socialist leader claimed PAS
/// had won`) leaves the head without a subject.
fn clause_head_subject<'m>(
    input: &QuoteInput,
    before: &[&'m Mention],
    head: usize,
    end: usize,
) -> Option<&'m Mention> {
    let toks = input.toks;
    let in_mention = |k: usize| {
        before
            .iter()
            .any(|m| m.tokens.start <= k && k < m.tokens.end)
    };
    let is_verb = |k: usize| {
        k < end
            && toks.seg.tokens[k].kind == TokenKind::Word
            && !toks.starts_upper(k)
            && !in_mention(k)
            && !crate::actors::is_title_word(&toks.words[k])
            && !NOT_VERBS_AFTER_SUBJECT.contains(&toks.words[k].as_str())
    };
    let mut k = head;
    while k < end {
        if let Some(m) = before.iter().find(|m| m.tokens.start == k) {
            let mut next = m.tokens.end;
            if next < end && toks.words[next] == "," {
                next += 1;
            }
            if is_verb(next) && !is_possessive(toks, m) {
                return Some(m);
            }
            // `Ali Larijani, the secretary of the council, arrived ...`.
            if next > m.tokens.end && !is_possessive(toks, m) {
                let close = (next..end.min(next + 12)).find(|&c| toks.words[c] == ",");
                if close.is_some_and(|c| is_verb(c + 1)) {
                    return Some(m);
                }
            }
            k = m.tokens.end;
            continue;
        }
        if is_verb(k) || toks.seg.tokens[k].kind == TokenKind::Quote {
            return None;
        }
        k += 1;
    }
    None
}

/// Lowercase words that follow a noun phrase without being its verb.
const NOT_VERBS_AFTER_SUBJECT: &[&str] = &[
    "and",
    "or",
    "nor",
    "but",
    "who",
    "which",
    "whose",
    "that",
    "'s",
    "of",
    "the",
    "a",
    "an",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "prime",
    "senior",
    "top",
    "former",
    "vice",
    "interior",
    "finance",
    "special",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "head",
    "commander",
    "governor",
    "mayor",
];

/// `The opposition leader claimed PAS had won and demanded a recount`: a mention
/// right after a verb (past the articles) is its object or the subject of the
/// clause it reports, never the subject of a verb coordinated after it. A verb
/// here is a lowercase word that reads as a past form or a verb of saying and
/// stands after no article: `the exiled Shor` and `the elected president` name
/// the subject.
fn follows_verb(toks: &Tokens, m: &Mention, sent_start: usize) -> bool {
    let article = |k: usize| matches!(toks.words[k].as_str(), "the" | "a" | "an");
    let mut k = m.tokens.start;
    while k > sent_start && article(k - 1) {
        k -= 1;
    }
    let Some(v) = k.checked_sub(1).filter(|&v| v >= sent_start) else {
        return false;
    };
    let w = toks.words[v].as_str();
    let adjective = v > sent_start && article(v - 1);
    toks.seg.tokens[v].kind == TokenKind::Word
        && !toks.starts_upper(v)
        && !adjective
        && !crate::actors::is_title_word(w)
        && (w.ends_with("ed") || says_verb(w) || matches!(w, "told" | "says"))
}

fn is_possessive(toks: &Tokens, m: &Mention) -> bool {
    m.kind == MentionKind::Pronoun
        && matches!(
            toks.words[m.tokens.start].as_str(),
            "its" | "his" | "her" | "their"
        )
}

/// `A spokesman for the ministry, Randhir Jaiswal, said`: a person set off by
/// commas right before the verb is the voice itself, whatever the phrase before,
/// unless that phrase is a relative clause (`The African Union, whose envoy is
/// Togo's president, X, said`: the union speaks).
fn named_voice_before(
    input: &QuoteInput,
    before: &[&Mention],
    sent_start: usize,
    cue: usize,
) -> Option<String> {
    let toks = input.toks;
    let m = before.last()?;
    let relative = (sent_start..m.tokens.start)
        .any(|k| matches!(toks.words[k].as_str(), "who" | "whose" | "which" | "that"));
    if relative {
        return None;
    }
    let set_off = m.tokens.end + 1 == cue
        && toks.words[m.tokens.end] == ","
        && m.tokens.start > 0
        && toks.words[m.tokens.start - 1] == ",";
    // `Barrot, Wadephul and Britain's foreign secretary, Yvette Cooper, said`: the
    // last member of a list, whom the list's first member leads.
    if set_off && listed_after_and(toks, m).is_some() {
        return None;
    }
    (set_off && input.is_person(&m.actor) && m.kind == MentionKind::Name).then(|| m.actor.clone())
}

/// `and Britain's new foreign secretary, Yvette Cooper`: a name set off after the
/// title that follows `and` in a list; the token after that `and`.
fn listed_after_and(toks: &Tokens, m: &Mention) -> Option<usize> {
    const LONGEST_TITLE: usize = 7;
    let comma = m
        .tokens
        .start
        .checked_sub(1)
        .filter(|&c| toks.words[c] == ",")?;
    let and = (comma.saturating_sub(LONGEST_TITLE)..comma)
        .rev()
        .find(|&j| toks.words[j] == "and")?;
    let title = and + 1..comma;
    (!title.is_empty()
        && title
            .clone()
            .all(|j| toks.seg.tokens[j].kind == TokenKind::Word || toks.words[j] == "'s"))
    .then_some(and + 1)
}

/// `A spokesman for the Indian foreign ministry said`, `officials in Kyiv said`:
/// an unnamed voice speaks for the body or the state after `for` or `in` (the
/// mention there is no subject, as it follows a preposition).
fn spokesperson_for(input: &QuoteInput, sent_start: usize, cue: usize) -> Option<String> {
    let toks = input.toks;
    let words = toks.words;
    (sent_start..cue.saturating_sub(2)).find_map(|t| {
        let voice = matches!(
            words[t].as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative" | "official"
        ) && words[t + 1] == "for";
        let officials = matches!(
            words[t].as_str(),
            "officials" | "sources" | "diplomats" | "authorities"
        ) && words[t + 1] == "in";
        if !voice && !officials {
            return None;
        }
        let first = if words[t + 2] == "the" { t + 3 } else { t + 2 };
        let m = mentions_starting_in(input.mentions, t + 2, first + 1)
            .iter()
            .find(|m| m.tokens.start <= first && m.kind != MentionKind::Pronoun)?;
        let state = input
            .actors
            .get(&m.actor)
            .is_some_and(|a| a.kind == ActorKind::State);
        // `diplomats in Brussels`: a seat that stands for a body speaks for it too.
        let fits = voice || state || m.kind == MentionKind::Metonym;
        (fits && crate::syntax::reaches(toks, m.tokens.end, cue)).then(|| m.actor.clone())
    })
}

/// `The Turkish military issued a statement. A spokesman said ...`: an unnamed
/// spokesperson that is the whole subject speaks for the body (an organization or
/// a group) that is the subject of the sentence before. A spokesperson a mention
/// covers (`the Kremlin spokesman`, a description) is left to that mention.
fn bare_spokesperson(input: &QuoteInput, start: usize, cue: usize) -> Option<String> {
    let toks = input.toks;
    let words = toks.words;
    let voice = cue.checked_sub(1)?;
    let determiner = cue.checked_sub(2)?;
    let fits = determiner == start
        && matches!(words[determiner].as_str(), "a" | "an")
        && matches!(
            words[voice].as_str(),
            "spokesman" | "spokeswoman" | "spokesperson"
        )
        && !input.mentions.iter().any(|m| m.tokens.contains(&voice));
    if !fits {
        return None;
    }
    let sentence = toks.seg.sentence_of_token(start)?.checked_sub(1)?;
    let before = toks.seg.sentences.get(sentence)?.tokens.clone();
    let subject = mentions_starting_in(input.mentions, before.start, before.end)
        .iter()
        .find(|m| m.kind != MentionKind::Pronoun && !m.locative)?;
    let first_word = if words[before.start] == "the" {
        before.start + 1
    } else {
        before.start
    };
    let body = input
        .actors
        .get(&subject.actor)
        .is_some_and(|a| matches!(a.kind, ActorKind::Organization | ActorKind::Group));
    (body && subject.tokens.start <= first_word).then(|| subject.actor.clone())
}

/// `Erdogan's office said ...`, `the president's camp said ...`: an office or
/// aides in subject position speak for their holder, as they do after `according
/// to` (`VOICES_OF_A_HOLDER`). A voice word that is itself part of a mention
/// (`Putin's spokesman`, which names Peskov) is left to that mention.
fn holder_voice_speaker(input: &QuoteInput, sent_start: usize, cue: usize) -> Option<String> {
    let toks = input.toks;
    mentions_starting_in(input.mentions, sent_start, cue)
        .iter()
        .rev()
        .filter(|m| m.kind != MentionKind::Pronoun && speaker_mention(m))
        .find(|m| {
            let voice = m.tokens.end + 1;
            voice < cue
                && holder_voice_at(toks.words, m.tokens.end)
                && !mentions_starting_in(input.mentions, m.tokens.end, voice + 1)
                    .iter()
                    .any(|other| other.tokens.end > voice)
                && is_subject_position(toks, m.tokens.start, m.tokens.start)
                && !inside_quote_before(toks, voice, cue)
                && crate::syntax::reaches(toks, voice + 1, cue)
        })
        .map(|m| m.actor.clone())
}

/// Written channels that speak for whoever issued them (`the statement said`,
/// `the communique added`).
const ISSUED_CHANNELS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "readout",
    "declaration",
    "release",
];

/// How many sentences back the issuer of a channel may be named.
const ISSUER_REACH: usize = 4;

/// `The ministry issued a statement. "...," the statement said`: a written
/// channel that is the whole subject of the verb (`the statement`, `the joint
/// statement`) speaks for the one that issued it, the subject of the latest
/// sentence before that names such a channel (`X issued a statement`, `X said
/// in a statement`) or the source after it (`a statement from X`).
fn channel_issuer(input: &QuoteInput, from: usize, cue: usize) -> Option<String> {
    let toks = input.toks;
    let words = toks.words;
    let subject: Vec<&str> = (from..cue)
        .map(|t| words[t].as_str())
        .filter(|w| !matches!(*w, "," | "-" | "\u{2014}"))
        .collect();
    let (det, rest) = subject.split_first()?;
    let channel = rest.last()?;
    let modifiers_ok = rest.len() <= 2 && rest[..rest.len() - 1].iter().all(|w| *w == "joint");
    if !matches!(*det, "the" | "this" | "that")
        || !modifiers_ok
        || !ISSUED_CHANNELS.contains(channel)
    {
        return None;
    }
    let here = toks.seg.sentence_of_token(from)?;
    (here.saturating_sub(ISSUER_REACH)..here)
        .rev()
        .find_map(|k| issuer_in_sentence(input, k))
}

/// The issuer of a written channel named in sentence `k`: the source after `a
/// statement from`, else the first subject before the channel word.
fn issuer_in_sentence(input: &QuoteInput, k: usize) -> Option<String> {
    let toks = input.toks;
    let sent = toks.seg.sentences.get(k)?.tokens.clone();
    // `the statement` names a channel already introduced: its issuer is further back.
    let at = sent.clone().find(|&t| {
        ISSUED_CHANNELS.contains(&toks.words[t].as_str())
            && !(t > 0 && matches!(toks.words[t - 1].as_str(), "the" | "this" | "that"))
    })?;
    if matches!(
        toks.words.get(at + 1).map(String::as_str),
        Some("from" | "by")
    ) {
        if let Some(m) = mentions_starting_in(input.mentions, at + 2, at + 4)
            .iter()
            .find(|m| m.kind != MentionKind::Modifier)
        {
            return Some(m.actor.clone());
        }
    }
    mentions_starting_in(input.mentions, sent.start, at)
        .iter()
        .filter(|m| m.tokens.end <= at && subject_mention(toks, m))
        .find(|m| is_subject_position(toks, m.tokens.start, m.tokens.end))
        .map(|m| m.actor.clone())
}

/// `His office said ...`, `their spokesman said ...`: with nobody else to speak,
/// the office speaks for the one it belongs to.
fn possessor_speaker(input: &QuoteInput, cue: &Cue, sent_start: usize) -> Option<String> {
    let toks = input.toks;
    mentions_starting_in(input.mentions, sent_start, cue.start)
        .iter()
        .filter(|m| m.tokens.start >= sent_start && m.tokens.end < cue.start)
        .filter(|m| {
            m.kind == MentionKind::Pronoun && !inside_quote_before(toks, m.tokens.end, cue.start)
        })
        .find(|m| {
            matches!(
                toks.words[m.tokens.start].as_str(),
                "its" | "his" | "her" | "their"
            ) && is_subject_position(toks, m.tokens.start, m.tokens.end)
        })
        .map(|m| m.actor.clone())
}

/// `Government sources said India would ...`, `the two delegations said they
/// had ...`: with no speaker named before the verb, the subject of the reported
/// clause is most often the speaker's own side.
fn clause_subject_speaker(input: &QuoteInput, cue: &Cue) -> Option<String> {
    let toks = input.toks;
    if cue.start == 0 || !says_verb(&toks.words[cue.start]) || toks.words[cue.start - 1] == "and" {
        return None;
    }
    input
        .mentions
        .iter()
        .find(|m| m.tokens.start == cue.end && speaker_mention(m))
        .filter(|m| !is_object_pronoun(toks, m))
        .map(|m| m.actor.clone())
}

/// A verb of saying that takes no person as its object: `said Zelensky` names the
/// speaker, while `told him`, `urged them` or `called the UAE an aggressor` name
/// whom it is said to or about.
fn says_verb(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "continued"
            | "explained"
            | "insisted"
            | "noted"
            | "stressed"
            | "argued"
            | "declared"
            | "replied"
            | "recalled"
            | "concluded"
            | "acknowledged"
            | "admitted"
            | "countered"
            | "announced"
            | "tweeted"
            | "posted"
    )
}

fn is_object_pronoun(toks: &Tokens, m: &Mention) -> bool {
    m.kind == MentionKind::Pronoun
        && matches!(
            toks.words[m.tokens.start].as_str(),
            "him" | "her" | "them" | "us" | "me"
        )
}

/// `said Zelensky`, `added the minister, who ...`: the speaker after a verb of
/// saying that takes no person as object (`told him`, `urged them` and `called
/// the UAE an aggressor` name the addressee or the object), followed by the end of
/// the clause, not by a verb of its own (`said Cambodian forces were ...`).
fn inverted_speaker(input: &QuoteInput, cue: &Cue) -> Option<String> {
    let toks = input.toks;
    if !says_verb(&toks.words[cue.start]) {
        return None;
    }
    let named_at = described_before_name(toks, cue.end).unwrap_or(cue.end);
    let m = input
        .mentions
        .iter()
        .find(|m| m.tokens.start == named_at && speaker_mention(m))?;
    if is_object_pronoun(toks, m) {
        return None;
    }
    let next = toks
        .words
        .get(m.tokens.end)
        .map(String::as_str)
        .unwrap_or(".");
    let ends = toks
        .seg
        .tokens
        .get(m.tokens.end)
        .is_none_or(|t| t.kind == TokenKind::Punct || t.kind == TokenKind::Quote)
        || matches!(
            next,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "while"
                | "when"
                | "who"
                | "adding"
                | "according"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "yesterday"
                | "today"
        )
        || input.times.iter().any(|e| e.tokens.start == m.tokens.end);
    ends.then(|| m.actor.clone())
}

/// `said one resident, Amina Yusuf,`, `said her neighbour, Ana Ruiz.`: a short
/// phrase of a determiner and lowercase words, closed by a comma, between a
/// speech verb and the name it describes. Returns the token after the comma.
fn described_before_name(toks: &Tokens, from: usize) -> Option<usize> {
    const LONGEST_PHRASE: usize = 4;
    let opens = toks.words.get(from).is_some_and(|w| {
        matches!(
            w.as_str(),
            "one" | "a" | "an" | "another" | "the" | "her" | "his" | "their" | "its"
        )
    });
    if !opens {
        return None;
    }
    let mut k = from + 1;
    while k < toks.words.len() && k - from <= LONGEST_PHRASE {
        let tok = &toks.seg.tokens[k];
        if toks.words[k] == "," {
            // `said the spokesman, Tahir Baloch`, but not `said the ministry,
            // adding ...`, where the description is the speaker itself.
            let named =
                toks.words[from] != "the" || k + 1 < toks.words.len() && toks.starts_upper(k + 1);
            return (k > from + 1 && named).then_some(k + 1);
        }
        let lowercase_word = tok.kind == TokenKind::Word
            && !tok.span.slice(toks.text).starts_with(char::is_uppercase);
        if !lowercase_word && toks.words[k] != "-" {
            return None;
        }
        k += 1;
    }
    None
}

/// `Qatar's spokesman, Majed al-Ansari, told ...`: a name set off by commas right
/// before the verb is the apposition that names its subject, unless a relative
/// clause holds it (`The AU, which is led by Togo's president, Faure Gnassingbe,
/// said`: the AU speaks).
fn closes_apposition(toks: &Tokens, m: &Mention, sent_start: usize, cue: usize) -> bool {
    let in_relative = (sent_start..m.tokens.start).any(|t| {
        matches!(
            toks.words[t].as_str(),
            "which" | "who" | "whose" | "that" | "by"
        )
    });
    let opened = (m.tokens.start > 0 && toks.words[m.tokens.start - 1] == ",")
        // A title joined to the name keeps the opening comma inside the mention.
        || m.tokens.clone().any(|t| toks.words[t] == ",");
    m.tokens.end + 1 == cue && toks.words[m.tokens.end] == "," && opened && !in_relative
}

/// Is the mention ending at `from` inside a quotation that closes before `to`? An
/// odd number of marks between them says so.
fn inside_quote_before(toks: &Tokens, from: usize, to: usize) -> bool {
    (from..to)
        .filter(|&t| toks.seg.tokens[t].kind == TokenKind::Quote)
        .count()
        % 2
        == 1
}

/// [`crate::syntax::reaches`], also across an aside opened by a participle or a
/// conjunction (`Lin Jian, asked about the events, said`; `Ibrahim, reading the
/// decision, called`; `Zelensky, after meeting Erdogan, dismissed`).
fn reaches_across_aside(toks: &Tokens, from: usize, to: usize) -> bool {
    if crate::syntax::reaches(toks, from, to) {
        return true;
    }
    if from + 1 >= to || toks.words[from] != "," {
        return false;
    }
    let first = toks.words[from + 1].as_str();
    let opens = (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")))
        || matches!(first, "after" | "before" | "while" | "when" | "speaking");
    let Some(close) = (from + 2..to).find(|&t| toks.words[t] == ",") else {
        return false;
    };
    opens
        && !(from + 1..close).any(|t| matches!(toks.words[t].as_str(), "." | ";" | "?" | "!"))
        && crate::syntax::reaches(toks, close + 1, to)
}

/// The subject whose verb governs a partial quote at `to` with no speech verb:
/// the sentence's first subject when its clause runs on to the quote, else the
/// nearest subject that opens a clause (`which Zelensky, after meeting Erdogan,
/// dismissed as "theatre"`) and runs on to it, else the first subject.
fn quote_governor(input: &QuoteInput, from: usize, to: usize) -> Option<String> {
    let toks = input.toks;
    let subjects: Vec<&Mention> = input
        .mentions
        .iter()
        .filter(|m| m.tokens.start >= from && m.tokens.end <= to && subject_mention(toks, m))
        .filter(|m| is_subject_position(toks, m.tokens.start, m.tokens.end))
        .collect();
    let first = subjects.first()?;
    if reaches_across_aside(toks, first.tokens.end, to) {
        return Some(first.actor.clone());
    }
    let opens_clause = |m: &Mention| {
        let mut k = m.tokens.start;
        while k > from && crate::syntax::NP_LEFT.contains(&toks.words[k - 1].as_str()) {
            k -= 1;
        }
        k == from
            || matches!(
                toks.words[k - 1].as_str(),
                "which" | "who" | "whom" | "that" | "and" | "but" | "while" | ","
            )
    };
    subjects
        .iter()
        .rev()
        .find(|m| opens_clause(m) && reaches_across_aside(toks, m.tokens.end, to))
        .unwrap_or(first)
        .actor
        .clone()
        .into()
}

/// `told NBC`, `told the US broadcaster`, `in an interview with NBC`.
fn addressee_after(input: &QuoteInput, cue: &Cue, limit: usize) -> Option<String> {
    let toks = input.toks;
    let mut t = cue.end;
    if cue.kind == CueKind::Addressee {
        if let Some(m) = mentions_starting_in(input.mentions, t, t + 1)
            .iter()
            .find(|m| m.tokens.start == t && speaker_mention(m))
        {
            return Some(m.actor.clone());
        }
    }
    // "in an interview with X"
    while t + 3 < limit.min(toks.words.len()) {
        if toks.words[t] == "interview" && toks.words[t + 1] == "with" {
            return mentions_starting_in(input.mentions, t + 2, t + 3)
                .iter()
                .find(|m| m.tokens.start == t + 2)
                .map(|m| m.actor.clone());
        }
        t += 1;
    }
    None
}

fn expand(m: &Mention) -> Vec<String> {
    if m.group.is_empty() {
        vec![m.actor.clone()]
    } else {
        m.group.clone()
    }
}

/// Actors a direct quote is about: mentioned inside it (first person aside), and
/// for a partial quote the other actors of its sentence.
fn about_direct(
    input: &QuoteInput,
    q: &QuoteSpan,
    speaker: Option<&str>,
    addressee: Option<&str>,
) -> Vec<String> {
    let toks = input.toks;
    let sentence = toks.seg.sentence_of_token(q.open).unwrap_or(0);
    let sent = &toks.seg.sentences[sentence];
    let partial = q.open > sent.tokens.start && !q.unclosed;
    let clause = clause_around(toks, q, sent.tokens.clone());
    let mut about = Vec::new();
    let near = mentions_starting_in(
        input.mentions,
        (q.open + 1).min(clause.start),
        q.close.max(clause.end),
    );
    for m in near {
        let inside = m.tokens.start > q.open && m.tokens.end <= q.close;
        let same_sentence = partial
            && m.tokens.start >= clause.start
            && m.tokens.end <= clause.end
            && m.kind != MentionKind::Modifier;
        if !(inside || same_sentence) || m.locative {
            continue;
        }
        if m.kind == MentionKind::Pronoun
            && FIRST_PERSON.contains(&toks.words[m.tokens.start].as_str())
        {
            continue;
        }
        for id in expand(m) {
            if Some(id.as_str()) != speaker
                && Some(id.as_str()) != addressee
                && !about.contains(&id)
            {
                about.push(id);
            }
        }
    }
    about.sort();
    about
}

/// The clause a partial quote stands in: from the last clause break before it to
/// the first one after it.
fn clause_around(
    toks: &Tokens,
    q: &QuoteSpan,
    sent: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let kinds: Vec<TokenKind> = toks.seg.tokens[sent.clone()]
        .iter()
        .map(|t| t.kind)
        .collect();
    let is_break = |t: usize| {
        let w = toks.words[t].as_str();
        w == ","
            || crate::syntax::is_clause_break(
                &toks.words[sent.start..sent.end],
                &kinds,
                t - sent.start,
            )
    };
    let mut start = q.open;
    while start > sent.start && !is_break(start - 1) {
        start -= 1;
    }
    let mut end = q.close.min(sent.end);
    while end < sent.end && !is_break(end) {
        end += 1;
    }
    start..end
}

/// Transcript turns: a paragraph opening with a speaker label (`PESKOV:`,
/// `Lavrov:`) is a direct statement of that speaker. Questions (`Q:`) are not.
/// An answer that runs over several paragraphs labels only its first: a paragraph
/// with no label after an answer continues it, as long as the transcript goes on
/// after it (a question, or the same speaker's next turn, follows).
fn transcript_turns(
    input: &QuoteInput,
    kinds: &[TokenKind],
    blocks: &[Paragraph],
) -> Vec<Statement> {
    let toks = input.toks;
    let mut out = Vec::new();
    let sentences = &toks.seg.sentences;
    // `Q.` and `A.` open turns only in an article that asks its questions so.
    let qa_style = sentences.iter().enumerate().any(|(k, s)| {
        let opens_paragraph = k == 0 || sentences[k - 1].paragraph != s.paragraph;
        opens_paragraph
            && s.tokens.len() > 2
            && toks.seg.tokens[s.tokens.start].span.slice(toks.text) == "Q"
            && toks.words[s.tokens.start + 1] == "."
    });
    let colons: Vec<Option<usize>> = blocks
        .iter()
        .map(|b| label_colon(toks, kinds, b.tokens.clone(), qa_style))
        .collect();
    let questions: Vec<bool> = blocks
        .iter()
        .map(|b| is_question_turn(toks, b, qa_style))
        .collect();
    let labelled = |k: usize| colons[k].is_some() || questions[k];
    // The introduction ends at the first question: `A:` is the person it presents.
    let lede_end = questions
        .iter()
        .position(|&q| q)
        .map_or(0, |k| blocks[k].tokens.start);
    let speakers: Vec<Option<(usize, String)>> = blocks
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let colon = colons[k].filter(|_| !questions[k])?;
            Some((
                colon,
                speaker_label(input, b.tokens.start..colon, lede_end)?,
            ))
        })
        .collect();
    // A turn is a paragraph or a line of one: transcripts often print one turn a
    // line with no blank line between.
    let mut answering: Option<String> = None;
    for (k, block) in blocks.iter().enumerate() {
        let (start, end) = (block.tokens.start, block.tokens.end);
        if start >= end {
            continue;
        }
        let labelled_turn = speakers[k].clone();
        // `LIN JIAN:` alone on its line: the answer is the paragraphs below it.
        if let Some((_, speaker)) = labelled_turn.as_ref().filter(|(c, _)| c + 1 >= end) {
            answering = Some(speaker.clone());
            continue;
        }
        let (content_from, speaker, cue) = match labelled_turn {
            Some((colon, speaker)) => (colon + 1, speaker, Some(colon..colon + 1)),
            None => {
                // The next labelled turn is a question, or the same speaker
                // again: in a live blog, `Zelensky:` and later `Peskov:` lines
                // have reporting between them.
                let next = (k + 1..blocks.len()).find(|&j| labelled(j));
                let continues = !labelled(k)
                    && next.is_some_and(|j| {
                        questions[j] || speakers[j].as_ref().map(|(_, s)| s) == answering.as_ref()
                    })
                    && !narrates(input, block, answering.as_deref());
                match answering.clone().filter(|_| continues) {
                    Some(speaker) => (start, speaker, None),
                    None => {
                        answering = None;
                        continue;
                    }
                }
            }
        };
        answering = Some(speaker.clone());
        let content_end = if kinds[end - 1] == TokenKind::Punct && toks.words[end - 1] != "." {
            end - 1
        } else {
            end
        };
        let (date, _) = date_of_event(input.times, start..end, start, input.date);
        out.push(Statement {
            about: about_range(input, content_from, end, &speaker),
            speaker: Some(speaker),
            content: toks.span_of_tokens(content_from..content_end),
            kind: StatementKind::Direct,
            cue: cue.map(|c| toks.span_of_tokens(c)),
            addressee: None,
            date,
            sentence: block.sentence,
        });
    }
    out
}

/// `Q:`, `Q (Reuters):`, `Question (AFP):`, and `Q.` in an article that asks so:
/// a block that asks a question.
fn is_question_turn(toks: &Tokens, block: &Paragraph, qa_style: bool) -> bool {
    let (start, end) = (block.tokens.start, block.tokens.end);
    if start + 1 >= end {
        return false;
    }
    let first = toks.seg.tokens[start].span.slice(toks.text);
    if !matches!(first, "Q" | "Question" | "QUESTION") {
        return false;
    }
    match toks.words[start + 1].as_str() {
        ":" => true,
        "." => qa_style,
        // `Q (Bloomberg):`: the outlet that asks, in brackets.
        "(" => (start + 2..(start + 8).min(end - 1))
            .any(|t| toks.words[t] == ")" && toks.words[t + 1] == ":"),
        _ => false,
    }
}

/// A block of the article: a paragraph, or a line of one (interviews often print
/// the question and its answer on consecutive lines); its first sentence and its
/// token range.
struct Paragraph {
    sentence: usize,
    tokens: std::ops::Range<usize>,
}

fn paragraphs(toks: &Tokens) -> Vec<Paragraph> {
    let sentences = &toks.seg.sentences;
    let mut out: Vec<Paragraph> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        let same_line = k > 0
            && sentences[k - 1].paragraph == s.paragraph
            && !toks.text[sentences[k - 1].span.end..s.span.start].contains('\n');
        match out.last_mut() {
            Some(p) if same_line => p.tokens.end = s.tokens.end,
            _ => out.push(Paragraph {
                sentence: k,
                tokens: s.tokens.clone(),
            }),
        }
    }
    out
}

/// Interviews that print each question as a paragraph of its own and the answer
/// below it with no label, bare or as one quotation with nothing around it
/// (`"We expected a decision."`): an answer paragraph, spoken in the first person
/// right after a question, is the interviewee's. Two such pairs are needed, so
/// that a rhetorical question in an analysis does not make one.
fn unlabelled_answers(
    input: &QuoteInput,
    kinds: &[TokenKind],
    paras: &[Paragraph],
) -> Vec<Statement> {
    let toks = input.toks;
    // A labelled turn whose label names nobody known is no unlabelled answer: the
    // label says who speaks, and guessing the interviewee would contradict it.
    let unlabelled = |p: &Paragraph| label_colon(toks, kinds, p.tokens.clone(), false).is_none();
    let is_question = |p: &Paragraph| {
        !p.tokens.is_empty()
            && toks.words[p.tokens.end - 1] == "?"
            && !has_quote_mark(toks, p)
            && unlabelled(p)
    };
    let is_answer = |p: &Paragraph| {
        !p.tokens.is_empty()
            && toks.words[p.tokens.end - 1] != "?"
            && (!has_quote_mark(toks, p) || is_one_quotation(toks, p))
            && unlabelled(p)
            && p.tokens.clone().any(|t| {
                matches!(
                    toks.words[t].as_str(),
                    "i" | "we" | "our" | "us" | "my" | "me"
                )
            })
    };
    let answers: Vec<&Paragraph> = paras
        .windows(2)
        .filter(|w| is_question(&w[0]) && is_answer(&w[1]))
        .map(|w| &w[1])
        .collect();
    if answers.len() < 2 {
        return Vec::new();
    }
    let first_question = paras.iter().find(|p| is_question(p));
    let lede_end = first_question.map_or(0, |p| p.tokens.start);
    let Some(speaker) = interviewee_named_before(input, lede_end) else {
        return Vec::new();
    };
    answers
        .into_iter()
        .map(|p| {
            let (date, _) =
                date_of_event(input.times, p.tokens.clone(), p.tokens.start, input.date);
            // A quoted answer is said without its marks, as any quotation is.
            let said = if is_one_quotation(toks, p) {
                p.tokens.start + 1..p.tokens.end - 1
            } else {
                p.tokens.clone()
            };
            Statement {
                about: about_range(input, said.start, said.end, &speaker),
                speaker: Some(speaker.clone()),
                content: toks.span_of_tokens(said),
                kind: StatementKind::Direct,
                cue: None,
                addressee: None,
                date,
                sentence: p.sentence,
            }
        })
        .collect()
}

/// Is the block narration rather than an answer running on below its label?
/// It quotes someone and says no `we` of its own (`"We need it," he said`), or
/// opens on another person
/// (`Grossi, speaking separately to reporters, appealed to Iran ...`).
fn narrates(input: &QuoteInput, p: &Paragraph, answering: Option<&str>) -> bool {
    let opens_on_other = input
        .mentions
        .iter()
        .find(|m| m.tokens.start >= p.tokens.start)
        .is_some_and(|m| {
            m.tokens.start == p.tokens.start
                && m.kind == MentionKind::Name
                && input.is_person(&m.actor)
                && Some(m.actor.as_str()) != answering
        });
    opens_on_other || (has_quote_mark(input.toks, p) && !speaks_in_first_person(input.toks, p))
}

/// Does the block say `I`, `we`, `our` outside quotation marks, as an answer
/// does (`We oppose the so-called "America First" policy`)?
fn speaks_in_first_person(toks: &Tokens, p: &Paragraph) -> bool {
    let mut quoted = false;
    p.tokens.clone().any(|t| {
        if toks.seg.tokens[t].kind == TokenKind::Quote && is_double_mark(&toks.words[t]) {
            quoted = !quoted;
        }
        !quoted && FIRST_PERSON.contains(&toks.words[t].as_str())
    })
}

/// Is the block one quotation and nothing else: it opens and closes with a double
/// quotation mark and holds no other (`"Of course it did. The Kremlin is playing
/// for time."`)?
fn is_one_quotation(toks: &Tokens, p: &Paragraph) -> bool {
    let r = p.tokens.clone();
    let marks = r
        .clone()
        .filter(|&t| toks.seg.tokens[t].kind == TokenKind::Quote && is_double_mark(&toks.words[t]))
        .count();
    r.len() > 2
        && marks == 2
        && is_double_mark(&toks.words[r.start])
        && is_double_mark(&toks.words[r.end - 1])
}

fn has_quote_mark(toks: &Tokens, p: &Paragraph) -> bool {
    toks.span_of_tokens(p.tokens.clone())
        .slice(toks.text)
        .contains(['"', '\u{201c}', '\u{201d}'])
}

/// The person an interview is with: the first person its introduction (the text
/// before `end`) opens a sentence with (`Mohamad Hasan has had a busy year`), else
/// the first person it names. Counting names would not do: an introduction says
/// what the interview is about, often a better-known person (`two days after
/// President Donald Trump announced ...`), and its headline may end on one.
fn interviewee_named_before(input: &QuoteInput, end: usize) -> Option<String> {
    let sentences = &input.toks.seg.sentences;
    let persons = || {
        input
            .mentions
            .iter()
            .take_while(|m| m.tokens.end <= end)
            .filter(|m| speaker_mention(m) && m.group.is_empty() && m.kind == MentionKind::Name)
            .filter(|m| input.is_person(&m.actor))
    };
    let opens_sentence = |m: &&Mention| {
        sentences
            .get(m.sentence)
            .is_some_and(|s| s.tokens.start == m.tokens.start)
    };
    persons()
        .find(|m| follows_interview_verb(input.toks, m.tokens.start))
        .or_else(|| persons().find(opens_sentence))
        .or_else(|| persons().next())
        .map(|m| m.actor.clone())
}

/// Does the name at token `t` follow a verb that introduces whom an interview is
/// with (`We spoke to X`, `talked with X`, `sat down with X`, `interviewed X`)?
/// It says so more surely than a sentence opening on a better-known person.
fn follows_interview_verb(toks: &Tokens, t: usize) -> bool {
    let word = |back: usize| t.checked_sub(back).map(|i| toks.words[i].as_str());
    match word(1) {
        Some("interviewed") => true,
        Some("to" | "with") => match word(2) {
            Some("spoke" | "talked" | "speaking" | "talking") => true,
            Some("down") => word(3) == Some("sat"),
            _ => false,
        },
        _ => false,
    }
}

/// The colon (or `Q.`/`A.` period) ending a speaker label (`PESKOV:`, `Mr.
/// Lavrov:`) that opens the block of tokens `block`: a few capitalized words before it.
fn label_colon(
    toks: &Tokens,
    kinds: &[TokenKind],
    block: std::ops::Range<usize>,
    qa_style: bool,
) -> Option<usize> {
    let (start, end) = (block.start, block.end);
    let colon = (start..(start + 5).min(end))
        .find(|&t| toks.words[t] == ":")
        .or_else(|| letter_label(toks, start, end, qa_style))?;
    // `Mr. Lavrov:`: the honorific's dot is part of the label.
    let honorific_dot = |t: usize| {
        toks.words[t] == "."
            && t > start
            && matches!(toks.words[t - 1].as_str(), "mr" | "mrs" | "ms" | "dr")
    };
    let label_ok = colon > start
        && (start..colon)
            .all(|t| (kinds[t] == TokenKind::Word && toks.starts_upper(t)) || honorific_dot(t));
    label_ok.then_some(colon)
}

/// `Q. Will the truce hold?` / `A. It will.`: in a question-and-answer article a
/// paragraph may open with the letter and a period; returns the period, which then
/// stands where a label's colon does.
fn letter_label(toks: &Tokens, start: usize, end: usize, qa_style: bool) -> Option<usize> {
    let letter = toks.seg.tokens[start].span.slice(toks.text);
    (qa_style && start + 2 < end && matches!(letter, "Q" | "A") && toks.words[start + 1] == ".")
        .then_some(start + 1)
}

/// The actor a transcript label names: a mention there, or a person of the document
/// whose surname the label spells (`PESKOV`).
fn speaker_label(
    input: &QuoteInput,
    label: std::ops::Range<usize>,
    lede_end: usize,
) -> Option<String> {
    let toks = input.toks;
    if let Some(m) = mentions_starting_in(input.mentions, label.start, label.start + 1)
        .iter()
        .find(|m| m.tokens.start == label.start && speaker_mention(m))
    {
        return Some(m.actor.clone());
    }
    let words: Vec<String> = label
        .clone()
        .map(|t| slugify(toks.seg.tokens[t].span.slice(toks.text)))
        .collect();
    if words.len() == 1
        && matches!(
            words[0].as_str(),
            "q" | "question"
                | "reporter"
                | "moderator"
                | "host"
                | "interviewer"
                | "journalist"
                | "note"
                | "update"
                | "editor"
        )
    {
        return None;
    }
    // `A:` in an interview write-up is the person interviewed: the first person
    // its introduction names (the most named one can be whom it is about,
    // `Trump's visit`), else the person the article names most.
    if words.len() == 1 && matches!(words[0].as_str(), "a" | "answer") {
        return interviewee_named_before(input, lede_end).or_else(|| interviewee(input));
    }
    let last = words.last()?;
    let persons = || {
        input
            .actors
            .values()
            .filter(|a| a.kind == ActorKind::Person)
    };
    persons()
        .find(|a| slugify(&a.label).rsplit('_').next() == Some(last.as_str()))
        // Names written surname first (`MAO:` for Mao Ning).
        .or_else(|| persons().find(|a| slugify(&a.label).split('_').next() == Some(last.as_str())))
        // Initials (`KK:` for Kaja Kallas), as interviews in print label turns.
        .or_else(|| {
            let raw = toks.seg.tokens[label.start].span.slice(toks.text);
            let initials = label.len() == 1
                && (2..=5).contains(&raw.len())
                && raw.chars().all(|c| c.is_ascii_uppercase());
            initials
                .then(|| persons().find(|a| initials_of(&a.label) == raw))
                .flatten()
        })
        .map(|a| a.id.clone())
}

/// The initials of a name, in capitals: `KK` for Kaja Kallas, `UVDL` for Ursula
/// von der Leyen (a particle gives its letter too).
fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The person an interview is with: the person the article names most often (the
/// first named among equals).
fn interviewee(input: &QuoteInput) -> Option<String> {
    most_named_person(input, |_| true)
}

/// The person named most often by the mentions that `keep` lets through (the first
/// named among equals).
fn most_named_person(input: &QuoteInput, keep: impl Fn(&Mention) -> bool) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in input
        .mentions
        .iter()
        .filter(|m| speaker_mention(m) && m.group.is_empty() && keep(m))
    {
        if !input.is_person(&m.actor) {
            continue;
        }
        match counts.iter_mut().find(|(id, _)| *id == m.actor) {
            Some((_, n)) => *n += 1,
            None => counts.push((&m.actor, 1)),
        }
    }
    // `max_by_key` keeps the last of equals; reversing keeps the first named.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(id, _)| id.to_string())
}

/// Reported speech: `X said (that) CLAUSE`, `..., saying CLAUSE`, `CLAUSE,
/// according to X`. Clauses that hold a quotation are left to the direct quotes.
fn indirect_statements(
    input: &QuoteInput,
    quotes: &[QuoteSpan],
    cues: &[Cue],
    kinds: &[TokenKind],
    longest: usize,
) -> Vec<Statement> {
    let toks = input.toks;
    // Quotes are disjoint and in text order: only the last one opening before `t`
    // can hold it.
    let in_quote = |t: usize| {
        let i = quotes.partition_point(|q| q.open < t);
        quotes[..i]
            .last()
            .is_some_and(|q| t > q.open && t < q.close)
    };
    let mut out = Vec::new();
    for cue in cues {
        if in_quote(cue.start) {
            continue;
        }
        if cue.kind == CueKind::According {
            out.extend(according_report(input, cue, kinds));
            continue;
        }
        let Some(sentence) = toks.seg.sentence_of_token(cue.start) else {
            continue;
        };
        let sent = toks.seg.sentences[sentence].tokens.clone();
        let Some(speaker) = quoted_as_saying(input, cue, sent.start)
            .or_else(|| participle_speaker(input, cues, cue, sent.start))
            .or_else(|| speaker_of_cue(input, cue, sent.start))
        else {
            continue;
        };
        if let Some(st) = trailing_report(input, cue, sent.clone(), kinds, &speaker, longest)
            .or_else(|| inverted_report(input, cue, sent.clone(), kinds, &speaker))
        {
            out.push(st);
            continue;
        }
        if is_phone_call(input, cue, sent.end) {
            continue;
        }
        let mut start = cue.end;
        // Skip the addressee and a time phrase: "told the US broadcaster", "on Wednesday".
        if let Some(m) = mentions_starting_in(input.mentions, start, start + 1)
            .iter()
            .find(|m| m.tokens.start == start)
        {
            if cue.kind == CueKind::Addressee
                || toks.words[cue.start].starts_with("tel")
                || toks.words[cue.start] == "told"
            {
                start = m.tokens.end;
            }
        }
        start = skip_report_adjuncts(input, start, sent.end);
        let tells = cue.kind == CueKind::Addressee
            || toks.words[cue.start].starts_with("tel")
            || toks.words[cue.start] == "told";
        // `tells us Hamas made ...`, `told him the talks ...`: an object pronoun
        // after a verb of telling is the addressee.
        if tells
            && start < sent.end
            && matches!(
                toks.words[start].as_str(),
                "us" | "me" | "him" | "her" | "them"
            )
        {
            start += 1;
        }
        // Only right after the verb: in `tells us Moscow made demands that ...`
        // the words after the addressee are the report, and `that` a relative.
        let audience_next = tells && start == cue.end;
        if let Some(that) = that_after_phrase(toks, start, sent.end, kinds, audience_next) {
            start = that;
        }
        // `He told Manila to respect ...`: what was asked of the addressee.
        let infinitive = start > cue.end
            && start + 1 < sent.end
            && toks.words[start] == "to"
            && kinds[start + 1] == TokenKind::Word
            && !toks.starts_upper(start + 1)
            && !crate::syntax::NP_LEFT.contains(&toks.words[start + 1].as_str());
        // `"...," he told a news conference`: the verb attributes the quote before
        // it, and what follows is no reported clause unless `that` opens one.
        let that = start < sent.end && toks.words[start] == "that";
        if !that && attributes_quote_before(input, quotes, cue, sent.start) {
            continue;
        }
        if that {
            start += 1;
        }
        // `told reporters that "the account is not there" for farmers and that
        // France would oppose ...`: the quotation is a direct statement of its
        // own, and a reported clause after it is still this speaker's.
        if that && start < sent.end && kinds[start] == TokenKind::Quote {
            if let Some(q) = quotes.iter().find(|q| q.open == start && !q.unclosed) {
                let (date, _) = date_of_event(input.times, sent.clone(), cue.start, input.date);
                let mut from = q.close + 1;
                while let Some(clause) = next_that_clause(toks, from, sent.end, kinds) {
                    from = clause.end;
                    out.push(reported(input, &speaker, cue, clause, date, sentence));
                }
            }
            continue;
        }
        if start >= sent.end
            || kinds[start] == TokenKind::Quote
            || kinds[start] == TokenKind::Punct
            || (crate::syntax::PREPOSITIONS.contains(&toks.words[start].as_str())
                && !infinitive
                && !relative_charge(toks, cue, start))
        {
            continue;
        }
        // `which Khartoum blames for arming the RSF`: the whole relative clause is
        // the charge, its antecedent being the one charged.
        if relative_charge(toks, cue, start) {
            start = relative_word_before(toks, cue.start).unwrap_or(start);
        }
        let mut end = clause_end(toks, start, sent.end, kinds);
        // A quotation inside the clause is a direct statement of its own; a partial
        // one the clause runs on after (`said Chinese forces took "necessary
        // measures" to drive away ...`) stays in it, so the report is whole.
        if let Some(q) = (start..end).find(|&t| kinds[t] == TokenKind::Quote) {
            // A quote closing the sentence (`said the call had been "very
            // productive".`) is part of the report too.
            let partial = quotes.iter().find(|x| x.open == q).filter(|x| {
                !x.unclosed && x.open > start && x.close < sent.end && x.close > x.open + 1
            });
            if let Some(x) = partial {
                end = end.max(x.close + 1);
            } else {
                end = q;
                while end > start && matches!(kinds[end - 1], TokenKind::Punct) {
                    end -= 1;
                }
            }
        }
        let words = (start..end)
            .filter(|&t| kinds[t] == TokenKind::Word)
            .count();
        if words < 3 {
            continue;
        }
        let (date, _) = date_of_event(input.times, sent.clone(), cue.start, input.date);
        let mut clause = start..end;
        loop {
            out.push(reported(
                input,
                &speaker,
                cue,
                clause.clone(),
                date,
                sentence,
            ));
            // "said X, and that Y": a second reported clause of the same cue.
            match next_that_clause(toks, clause.end, sent.end, kinds) {
                Some(next) => clause = next,
                None => break,
            }
        }
    }
    out
}

/// `the militia, which Addis Ababa accuses of smuggling arms`: in a relative
/// clause the one accused or blamed is the antecedent, so the charge after `of` or
/// `for` (at `start`) is what the subject between the relative word and the verb
/// says.
fn relative_charge(toks: &Tokens, cue: &Cue, start: usize) -> bool {
    let verb = toks.words[cue.start].as_str();
    let charges = verb.starts_with("accus") || verb.starts_with("blam");
    charges
        && matches!(toks.words[start].as_str(), "of" | "for")
        && subject_after_relative(toks, cue.start)
}

/// Verbs of what a call is for (`called Zelensky to discuss the talks`).
const CALL_PURPOSES: &[&str] = &[
    "discuss",
    "ask",
    "congratulate",
    "express",
    "offer",
    "thank",
    "inform",
    "brief",
    "coordinate",
    "convey",
    "request",
    "update",
    "seek",
    "condole",
    "check",
    "review",
];

/// `Erdogan called Zelensky on Monday`, `Macron called Putin to discuss ...`: a form
/// of `call` with an actor as object, then a day, a time word, the sentence end or
/// the purpose of a call, is a phone call, not speech (`called Putin a killer`).
fn is_phone_call(input: &QuoteInput, cue: &Cue, sent_end: usize) -> bool {
    let toks = input.toks;
    if !matches!(
        toks.words[cue.start].as_str(),
        "call" | "calls" | "called" | "calling"
    ) || cue.end != cue.start + 1
    {
        return false;
    }
    let Some(object) = mentions_starting_in(input.mentions, cue.end, cue.end + 1).first() else {
        return false;
    };
    let after = object.tokens.end;
    let word = |k: usize| toks.words.get(k).map(String::as_str).unwrap_or("");
    after >= sent_end
        || matches!(
            word(after),
            "." | "yesterday" | "today" | "earlier" | "late" | "last"
        )
        || (word(after) == "on" && crate::dates::is_weekday(word(after + 1)))
        || (word(after) == "to" && CALL_PURPOSES.contains(&word(after + 1)))
}

/// The reported clause `clause` of a cue, said by `speaker`.
fn reported(
    input: &QuoteInput,
    speaker: &str,
    cue: &Cue,
    clause: std::ops::Range<usize>,
    date: Option<NaiveDate>,
    sentence: usize,
) -> Statement {
    let toks = input.toks;
    Statement {
        speaker: Some(speaker.to_string()),
        content: toks.span_of_tokens(clause.clone()),
        kind: StatementKind::Indirect,
        cue: Some(toks.span_of_tokens(cue.start..cue.end)),
        addressee: None,
        about: about_range(input, clause.start, clause.end, speaker),
        date,
        sentence,
    }
}

/// `CLAUSE, according to Thai officials.` and `According to the ministry, CLAUSE.`:
/// the clause is what the source reported. A clause holding a quotation is left to
/// the direct quotes.
fn according_report(input: &QuoteInput, cue: &Cue, kinds: &[TokenKind]) -> Option<Statement> {
    let toks = input.toks;
    let sentence = toks.seg.sentence_of_token(cue.start)?;
    let sent = toks.seg.sentences[sentence].tokens.clone();
    let speaker = speaker_of_cue(input, cue, sent.start)?;
    let (source, mut after) = according_source(input, cue.end)?;
    if source.actor != speaker {
        return None;
    }
    while after < sent.end && kinds[after] == TokenKind::Punct && toks.words[after] != "," {
        after += 1;
    }
    let content = if cue.start == sent.start {
        // `According to X, CLAUSE.`
        if after >= sent.end || toks.words[after] != "," {
            return None;
        }
        after + 1..clause_end(toks, after + 1, sent.end, kinds)
    } else if (after >= sent.end || aside_to_end(toks, after, sent.end, kinds))
        && cue.start > sent.start
        && toks.words[cue.start - 1] == ","
    {
        // `CLAUSE, according to X.`
        sent.start..cue.start - 1
    } else {
        return None;
    };
    let words = content
        .clone()
        .filter(|&t| kinds[t] == TokenKind::Word)
        .count();
    if words < 3 || content.clone().any(|t| kinds[t] == TokenKind::Quote) {
        return None;
    }
    let (date, _) = date_of_event(input.times, sent.clone(), cue.start, input.date);
    Some(Statement {
        speaker: Some(speaker.clone()),
        about: about_range(input, content.start, content.end, &speaker),
        content: toks.span_of_tokens(content),
        kind: StatementKind::Indirect,
        cue: Some(toks.span_of_tokens(cue.start..cue.end)),
        addressee: None,
        date,
        sentence,
    })
}

/// Nouns for the channel a source speaks through, which may stand between
/// `according to` and the source (`according to a statement from Ruto's office`),
/// besides its voices ([`crate::syntax::VOICE_NOUNS`]: `a spokesman for`).
const SOURCE_CHANNELS: &[&str] = &[
    "statement",
    "readout",
    "communique",
    "transcript",
    "post",
    "letter",
    "report",
];

/// Offices and aides that speak for their holder (`Ruto's office`, `Putin's
/// spokesman`): the holder is the source.
const VOICES_OF_A_HOLDER: &[&str] = &[
    "office",
    "aides",
    "aide",
    "spokesman",
    "spokeswoman",
    "camp",
];

/// The source after `according to` (which ends at `from`) and the token after it:
/// a mention right there, or after a channel (`a statement from`, `officials
/// of`); a possessed office or aide after it (`Ruto's office`) is the holder's
/// voice and part of the source.
fn according_source<'a>(input: &QuoteInput<'a>, from: usize) -> Option<(&'a Mention, usize)> {
    let words = input.toks.words;
    let word = |t: usize| words.get(t).map(String::as_str).unwrap_or("");
    if let Some(person) = described_person(input, from) {
        return Some((person, person.tokens.end));
    }
    let mut start = from;
    let determiner = usize::from(matches!(word(from), "a" | "an" | "the"));
    let channel = word(from + determiner);
    if (SOURCE_CHANNELS.contains(&channel) || crate::syntax::VOICE_NOUNS.contains(&channel))
        && matches!(word(from + determiner + 1), "from" | "by" | "of")
    {
        start = from + determiner + 2;
    }
    // After a channel's `from` a seat is the source, not a place (`a statement
    // from the Kremlin`).
    let after_channel = start > from;
    // `a senior EU official`, `two Ukrainian military sources`: the side that a
    // modifier gives its voice speaks, through the voice noun after it.
    let voice_after = |end: usize| {
        (end..end + 2)
            .find(|&t| is_voice_word(word(t)))
            .filter(|&t| t == end || is_voice_modifier(word(end)))
    };
    let source = mentions_starting_in(input.mentions, start, start + 4)
        .iter()
        .find(|m| {
            let voiced = m.kind == MentionKind::Modifier && voice_after(m.tokens.end).is_some();
            m.tokens.start >= start
                && (m.tokens.start <= start + 2 || voiced)
                && (speaker_mention(m)
                    || (after_channel && m.kind != MentionKind::Modifier)
                    || voiced)
        })?;
    let mut end = source.tokens.end;
    if let Some(voice) = voice_after(end) {
        end = voice + 1;
    } else if holder_voice_at(words, end) {
        end += 2;
    }
    Some((source, end))
}

/// `in the words of one senior diplomat, Rafael Quintero,`: a person set off after
/// an indefinite description at `from` is the source the description introduces.
/// Only an indefinite one: after `the ministry,` a name opens the reported clause.
fn described_person<'a>(input: &QuoteInput<'a>, from: usize) -> Option<&'a Mention> {
    let words = input.toks.words;
    if !matches!(
        words.get(from).map(String::as_str),
        Some("one" | "a" | "an" | "another")
    ) {
        return None;
    }
    let named = described_before_name(input.toks, from)?;
    mentions_starting_in(input.mentions, named, named + 1)
        .iter()
        .find(|m| {
            m.tokens.start == named
                && input.is_person(&m.actor)
                && words.get(m.tokens.end).is_some_and(|w| w == ",")
        })
}

/// A noun for an unnamed voice of a side (`official`, `diplomats`, `sources`).
fn is_voice_word(word: &str) -> bool {
    crate::syntax::VOICE_NOUNS.contains(&word) || matches!(word, "diplomat" | "diplomats")
}

/// A word that may stand between a side and its voice (`EU military officials`,
/// `Israeli security sources`).
fn is_voice_modifier(word: &str) -> bool {
    matches!(
        word,
        "military" | "security" | "government" | "intelligence" | "defence" | "defense"
    )
}

/// Does a possessed office or aide follow at `end` (`'s office`, `' aides`)?
fn holder_voice_at(words: &[String], end: usize) -> bool {
    crate::syntax::is_possessive_mark(words, end)
        && words
            .get(end + 1)
            .is_some_and(|w| VOICES_OF_A_HOLDER.contains(&w.as_str()))
}

/// Does the cue stand right after a closing mark of its sentence, with only a
/// comma, a dash or its speaker between (`," he told`, `," said Lavrov`)? A
/// participle (`", saying`) does not.
fn attributes_quote_before(
    input: &QuoteInput,
    quotes: &[QuoteSpan],
    cue: &Cue,
    sent_start: usize,
) -> bool {
    let toks = input.toks;
    // `", saying ...` goes on with a reported clause of its own.
    if toks.words[cue.start].ends_with("ing") {
        return false;
    }
    let Some(q) = quotes
        .iter()
        .filter(|q| !q.unclosed && q.close < cue.start && q.close >= sent_start)
        .max_by_key(|q| q.close)
    else {
        return false;
    };
    // Capitalized title words before a name (`," Polish Agriculture Minister X
    // told the broadcaster TVN`) belong to the speaker.
    (q.close + 1..cue.start).all(|t| {
        matches!(toks.words[t].as_str(), "," | "-" | "\u{2014}")
            || toks.starts_upper(t)
            || input
                .mentions
                .iter()
                .any(|m| m.tokens.start <= t && t < m.tokens.end)
    })
}

/// `told reporters in Cairo that ...`, `wrote on Facebook that ...`, `said in a
/// statement that ...`, `told a weekly briefing that ...`: a short place, channel
/// or audience phrase between the verb and `that`; returns the token of `that`.
fn that_after_phrase(
    toks: &Tokens,
    start: usize,
    limit: usize,
    kinds: &[TokenKind],
    tells: bool,
) -> Option<usize> {
    const LONGEST_PHRASE: usize = 8;
    if start >= limit {
        return None;
    }
    let first = toks.words[start].as_str();
    let place = matches!(
        first,
        "in" | "at" | "on" | "during" | "via" | "through" | "from" | "to" | "before"
    );
    // `told a news conference in Kinshasa that`, `told parliament that`: a verb
    // of telling takes its audience first (after `said`, `the decision that ...`
    // is a relative clause).
    let audience = tells
        && matches!(
            first,
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "parliament"
                | "lawmakers"
                | "legislators"
                | "delegates"
                | "supporters"
                | "troops"
                | "students"
                | "state"
        );
    if !place && !audience {
        return None;
    }
    let from = if place { start + 2 } else { start + 1 };
    // A hyphen joins the words of a title (`wrote to Secretary-General Antonio
    // Guterres that`).
    let phrase_token = |t: usize| {
        matches!(kinds[t], TokenKind::Word | TokenKind::Number) || toks.is_joining_hyphen(t)
    };
    (from..(start + LONGEST_PHRASE).min(limit))
        .take_while(|&t| phrase_token(t))
        .find(|&t| toks.words[t] == "that")
        .filter(|&t| (start + 1..t).all(phrase_token))
}

/// The clause after `and that` following a reported clause, up to its end.
fn next_that_clause(
    toks: &Tokens,
    from: usize,
    limit: usize,
    kinds: &[TokenKind],
) -> Option<std::ops::Range<usize>> {
    let at = (from..limit.saturating_sub(1))
        .find(|&t| toks.words[t] == "and" && toks.words[t + 1] == "that")?;
    let start = at + 2;
    let mut end = clause_end(toks, start, limit, kinds);
    if let Some(q) = (start..end).find(|&t| kinds[t] == TokenKind::Quote) {
        end = q;
    }
    while end > start && kinds[end - 1] == TokenKind::Punct {
        end -= 1;
    }
    let words = (start..end)
        .filter(|&t| kinds[t] == TokenKind::Word)
        .count();
    (words >= 3).then_some(start..end)
}

/// `Islamabad was honouring the truce, it said, and ...`: the clause before a
/// comma and its attribution is what was said; with a short head (`Ukraine, he
/// argued, needed guarantees`) the attribution is a parenthesis and what follows
/// it is the rest of what was said.
fn trailing_report(
    input: &QuoteInput,
    cue: &Cue,
    sent: std::ops::Range<usize>,
    kinds: &[TokenKind],
    speaker: &str,
    longest: usize,
) -> Option<Statement> {
    let toks = input.toks;
    // A mention ending at the cue starts at most `longest` tokens before it.
    let m = mentions_starting_in(input.mentions, cue.start.saturating_sub(longest), cue.start)
        .iter()
        .find(|m| m.tokens.end == cue.start && speaker_mention(m));
    let comma = match m {
        Some(m) => {
            if m.tokens.start == 0
                || m.tokens.start <= sent.start
                || toks.words[m.tokens.start - 1] != ","
            {
                return None;
            }
            m.tokens.start - 1
        }
        // `CLAUSE, Qatar's prime minister, NAME, told ...`: the clause ends at the
        // comma before the title the name is set off from.
        None => apposition_report_comma(input, cue, sent.start, longest)?,
    };
    let after = skip_report_adjuncts(input, cue.end, sent.end);
    let closes = after >= sent.end
        || matches!(toks.words[after].as_str(), "," | "." | ";")
        || time_at(input, after).is_some()
        || audience_to_the_end(toks, cue, after, sent.end, kinds);
    if !closes || (sent.start..comma).any(|t| kinds[t] == TokenKind::Quote) {
        return None;
    }
    let words_before = (sent.start..comma)
        .filter(|&t| kinds[t] == TokenKind::Word)
        .count();
    let parenthesis = after < sent.end && toks.words[after] == ",";
    let content = if words_before >= 3 && !parenthesis {
        sent.start..comma
    } else if parenthesis {
        // The words before the parenthesis belong to what was said when they are a
        // clause's subject; a span must be contiguous, so it takes the aside too.
        let start = if words_before >= 1 {
            sent.start
        } else {
            after + 1
        };
        let mut end = clause_end(toks, after + 1, sent.end, kinds);
        if let Some(q) = (after + 1..end).find(|&t| kinds[t] == TokenKind::Quote) {
            end = q;
        }
        while end > start && kinds[end - 1] == TokenKind::Punct {
            end -= 1;
        }
        if (after + 1..end)
            .filter(|&t| kinds[t] == TokenKind::Word)
            .count()
            < 2
        {
            return None;
        }
        start..end
    } else {
        return None;
    };
    let (date, _) = date_of_event(input.times, sent.clone(), cue.start, input.date);
    Some(Statement {
        speaker: Some(speaker.to_string()),
        about: about_range(input, content.start, content.end, speaker),
        content: toks.span_of_tokens(content),
        kind: StatementKind::Indirect,
        cue: Some(toks.span_of_tokens(cue.start..cue.end)),
        addressee: None,
        date,
        sentence: toks.seg.sentence_of_token(cue.start).unwrap_or(0),
    })
}

/// `Prices will rise, said Ana Ruiz, an economist at ...`: a speech verb right after
/// the comma that closes a clause, its speaker right after it; the clause was said.
/// The speaker may carry an apposition or a relative clause to the sentence's end.
fn inverted_report(
    input: &QuoteInput,
    cue: &Cue,
    sent: std::ops::Range<usize>,
    kinds: &[TokenKind],
    speaker: &str,
) -> Option<Statement> {
    let toks = input.toks;
    if cue.start < sent.start + 4
        || toks.words[cue.start - 1] != ","
        || !says_verb(&toks.words[cue.start])
    {
        return None;
    }
    let named_at = described_before_name(toks, cue.end).unwrap_or(cue.end);
    let m = mentions_starting_in(input.mentions, named_at, named_at + 1)
        .iter()
        .find(|m| m.tokens.start == named_at && m.actor == speaker)?;
    let after = m.tokens.end;
    let closes = after >= sent.end
        || matches!(toks.words[after].as_str(), "." | "!" | "?")
        || aside_to_end(toks, after, sent.end, kinds);
    let comma = cue.start - 1;
    let words_before = (sent.start..comma)
        .filter(|&t| kinds[t] == TokenKind::Word)
        .count();
    if !closes || words_before < 3 || (sent.start..comma).any(|t| kinds[t] == TokenKind::Quote) {
        return None;
    }
    let (date, _) = date_of_event(input.times, sent.clone(), cue.start, input.date);
    let sentence = toks.seg.sentence_of_token(cue.start).unwrap_or(0);
    Some(reported(
        input,
        speaker,
        cue,
        sent.start..comma,
        date,
        sentence,
    ))
}

/// Tokens after a source set off by a comma that only describe it (`, the agency's
/// regional director.`, `, who heads the board.`) up to the sentence's end: short,
/// opening as a noun phrase or a relative clause does (not `money or, according to
/// Kyiv, new aid`, where the source is a parenthesis inside the clause), and with
/// no quotation mark (an apostrophe of `farmers'` is no quotation).
fn aside_to_end(toks: &Tokens, comma: usize, sent_end: usize, kinds: &[TokenKind]) -> bool {
    const LONGEST_ASIDE: usize = 16;
    const ASIDE_OPENERS: &[&str] = &[
        "the", "a", "an", "who", "whose", "which", "its", "his", "her", "their",
    ];
    comma + 1 < sent_end
        && toks.words[comma] == ","
        && (ASIDE_OPENERS.contains(&toks.words[comma + 1].as_str())
            || toks.starts_upper(comma + 1)
            // A bare title (`, chief economist at a bank`).
            || (comma + 1..(comma + 3).min(sent_end)).any(|t| crate::actors::is_title_word(&toks.words[t])))
        && sent_end - comma <= LONGEST_ASIDE
        && (comma..sent_end).all(|t| {
            kinds[t] != TokenKind::Quote
                || !is_double_mark(toks.seg.tokens[t].span.slice(toks.text))
        })
}

/// The comma that ends a reported clause before `TITLE, NAME, <verb>`: the name set
/// off right before the verb, and the last comma before the title.
fn apposition_report_comma(
    input: &QuoteInput,
    cue: &Cue,
    sent_start: usize,
    longest: usize,
) -> Option<usize> {
    const LONGEST_TITLE: usize = 8;
    let toks = input.toks;
    if cue.start < sent_start + 4 || toks.words[cue.start - 1] != "," {
        return None;
    }
    let name_end = cue.start - 1;
    let m = mentions_starting_in(input.mentions, name_end.saturating_sub(longest), name_end)
        .iter()
        .find(|m| m.tokens.end == name_end && speaker_mention(m))?;
    if m.tokens.start < sent_start + 2 || toks.words[m.tokens.start - 1] != "," {
        return None;
    }
    let open = m.tokens.start - 1;
    (open.saturating_sub(LONGEST_TITLE).max(sent_start + 1)..open)
        .rev()
        .find(|&t| toks.words[t] == ",")
}

/// `..., Vikram Misri told a hastily arranged briefing in New Delhi.`: after a verb
/// of telling, a short audience and place phrase may close the sentence; after any
/// verb of saying, a short phrase of its channel or place (`said on Telegram.`,
/// `wrote in a post on X.`, `said at a news conference in Kyiv.`).
fn audience_to_the_end(
    toks: &Tokens,
    cue: &Cue,
    from: usize,
    sent_end: usize,
    kinds: &[TokenKind],
) -> bool {
    const LONGEST_AUDIENCE: usize = 9;
    let tells = matches!(toks.words[cue.start].as_str(), "told" | "tells" | "tell")
        || (from < sent_end && matches!(toks.words[from].as_str(), "on" | "in" | "at" | "via"));
    let mut end = sent_end;
    while end > from && kinds[end - 1] == TokenKind::Punct {
        end -= 1;
    }
    tells
        && end > from
        && end - from <= LONGEST_AUDIENCE
        && (from..end).all(|t| {
            (matches!(kinds[t], TokenKind::Word | TokenKind::Number) || toks.is_joining_hyphen(t))
                && !matches!(toks.words[t].as_str(), "that" | "to" | "about")
        })
}

/// Skip what stands between a speech verb and the reported clause: addressees
/// (`reporters`), time phrases (`on Wednesday`, `earlier in the week`) and adverbs.
fn skip_report_adjuncts(input: &QuoteInput, mut start: usize, end: usize) -> usize {
    let words = input.toks.words;
    loop {
        let before = start;
        start = skip_time_expr(input, start);
        if start + 1 < end
            && matches!(words[start].as_str(), "on" | "in" | "at")
            && skip_time_expr(input, start + 1) > start + 1
        {
            start = skip_time_expr(input, start + 1);
        }
        while start < end
            && matches!(
                words[start].as_str(),
                "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "also"
                    | "again"
                    | "later"
                    | "separately"
                    | "publicly"
                    | "privately"
                    | "repeatedly"
                    | "previously"
                    | "then"
                    | "now"
            )
        {
            start += 1;
        }
        if start == before {
            return start;
        }
    }
}

fn skip_time_expr(input: &QuoteInput, start: usize) -> usize {
    time_at(input, start).map(|e| e.tokens.end).unwrap_or(start)
}

/// The end of a reported clause: the sentence end, a comma before another report
/// (`, adding`, `, saying`, `, according to`), or a semicolon.
fn clause_end(toks: &Tokens, start: usize, limit: usize, kinds: &[TokenKind]) -> usize {
    let mut t = start;
    while t < limit {
        let w = toks.words[t].as_str();
        if matches!(w, ";" | "\u{2014}") {
            return t;
        }
        if w == ","
            && t + 1 < limit
            && matches!(
                toks.words[t + 1].as_str(),
                "adding"
                    | "saying"
                    | "according"
                    | "citing"
                    | "noting"
                    | "arguing"
                    | "insisting"
                    | "warning"
            )
        {
            return t;
        }
        t += 1;
    }
    // Drop the final period.
    let mut end = limit;
    while end > start && kinds[end - 1] == TokenKind::Punct {
        end -= 1;
    }
    end
}

fn about_range(input: &QuoteInput, start: usize, end: usize, speaker: &str) -> Vec<String> {
    let mut about = Vec::new();
    for m in mentions_starting_in(input.mentions, start, end) {
        if m.tokens.start >= start && m.tokens.end <= end && !m.locative {
            for id in expand(m) {
                if id != speaker && !about.contains(&id) {
                    about.push(id);
                }
            }
        }
    }
    about.sort();
    about
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::model::Document;
    use crate::{extract, Lexicon};

    /// A test document of `text`, dated 2025-10-01 (the reference tests share it).
    pub(crate) fn dated_doc(text: &str) -> Document {
        Document {
            id: "t".into(),
            title: None,
            date: chrono::NaiveDate::from_ymd_opt(2025, 10, 1),
            source: "t".into(),
            url: None,
            text: text.into(),
        }
    }

    /// The statements of a text dated 2025-10-01: (speaker, content).
    fn said(text: &str) -> Vec<(Option<String>, String)> {
        let lexicon = Lexicon::builtin().expect("built-in lexicon");
        extract(&dated_doc(text), &lexicon)
            .statements
            .iter()
            .map(|s| (s.speaker.clone(), s.content.slice(text).to_string()))
            .collect()
    }

    fn speaker_of(found: &[(Option<String>, String)], starts: &str) -> Option<String> {
        found
            .iter()
            .find(|(_, c)| c.starts_with(starts))
            .unwrap_or_else(|| panic!("no statement starting {starts:?} in {found:?}"))
            .0
            .clone()
    }

    #[test]
    fn the_object_of_the_first_verb_does_not_speak_for_the_second() {
        // The subject is no actor the lexicon knows; what `accused` took is not
        // the one who `demanded`.
        let text = "The veteran campaigner accused Hamas of lying and demanded an independent \
                    inquiry into the shelling.";
        let found = said(text);
        assert!(
            !found
                .iter()
                .any(|(who, c)| c.starts_with("an independent") && who.as_deref() == Some("hamas")),
            "{found:?}"
        );
    }

    #[test]
    fn a_quote_paragraph_continues_the_speaker_of_the_paragraph_before() {
        // Interview write-up: the second paragraph has no attribution of its own.
        let text = "\"We will not trade sanctions relief for promises,\" Kaja Kallas said in an \
                    interview on Tuesday.\n\n\"Moscow has to show it on the ground first.\"\n\n\
                    The talks in Geneva ended without a date for a new round. Diplomats left \
                    the city that evening.\n\n\"It was a long day.\"";
        let found = said(text);
        assert_eq!(speaker_of(&found, "Moscow has"), Some("kallas".into()));
        // Two paragraphs of narration later, nobody is continued.
        assert_eq!(speaker_of(&found, "It was a long day"), None);
    }

    #[test]
    fn a_quote_after_reported_speech_in_its_paragraph_is_the_same_speaker() {
        let text = "Sergei Lavrov described the European plan as a provocation. \"Nobody in \
                    Moscow will read it twice.\"";
        assert_eq!(speaker_of(&said(text), "Nobody in"), Some("lavrov".into()));
    }

    #[test]
    fn a_quote_after_a_sentence_about_a_person_is_theirs() {
        let text = "Friedrich Merz looked tired after the summit. \"We did what we could.\"";
        assert_eq!(speaker_of(&said(text), "We did"), Some("merz".into()));
    }

    #[test]
    fn told_urged_and_called_name_objects_not_speakers() {
        let text = "Hakan Fidan greeted the two delegations in Istanbul and urged them to \
                    agree a ceasefire within days. Defence Minister Pete Hegseth, speaking on \
                    Fox News, called the Houthis a \"terrorist army\" and said American ships \
                    would keep sailing.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "them to agree"), Some("fidan".into()));
        assert_eq!(speaker_of(&found, "terrorist army"), Some("hegseth".into()));
        assert_eq!(speaker_of(&found, "American ships"), Some("hegseth".into()));
    }

    #[test]
    fn a_phone_call_is_no_speech() {
        let text = "Erdogan called Zelensky on Monday to discuss the talks. Lula called \
                    Sheinbaum late on Tuesday. Trump called Maduro a dictator.";
        let found = said(text);
        let starts = |p: &str| found.iter().any(|(_, c)| c.starts_with(p));
        assert!(
            !starts("Zelensky on Monday") && !starts("Sheinbaum late"),
            "{found:?}"
        );
        assert_eq!(
            speaker_of(&found, "Maduro a dictator"),
            Some("trump".into())
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject_of_the_first() {
        let text = "Maria Zakharova denied that any drones had been launched and said \
                    Russian forces were observing the truce.";
        assert_eq!(
            speaker_of(&said(text), "Russian forces were"),
            Some("zakharova".into())
        );
        // A participle after an article is no verb before the subject.
        let text = "On Monday the embattled Benjamin Netanyahu dismissed the report and said \
                    the army had followed every rule.";
        assert_eq!(
            speaker_of(&said(text), "the army had"),
            Some("netanyahu".into())
        );
    }

    #[test]
    fn according_to_after_a_quote_names_the_source_not_the_speaker() {
        let text = "Friedrich Merz told the cabinet that Germany would act \"when the time is \
                    right\", according to a government spokesman.";
        assert_eq!(
            speaker_of(&said(text), "when the time"),
            Some("merz".into())
        );
    }

    #[test]
    fn a_participle_aside_does_not_cut_the_speaker_from_the_verb() {
        let text = "Mao Ning, asked about the visit at a regular briefing, said Beijing \
                    \"firmly opposes\" any official contact with Taipei.";
        assert_eq!(
            speaker_of(&said(text), "firmly opposes"),
            Some("mao_ning".into())
        );
    }

    #[test]
    fn a_name_after_a_conjunction_is_the_subject_of_the_verb() {
        let text = "The row began after Sanae Takaichi told lawmakers that a blockade could \
                    become a \"survival-threatening situation\" for Japan.";
        assert_eq!(
            speaker_of(&said(text), "survival-threatening"),
            Some("takaichi".into())
        );
    }

    #[test]
    fn the_quote_words_are_not_the_speaker_of_a_trailing_participle() {
        let text = "\"Nineteen drones do not lose their way by accident,\" Radoslaw Sikorski \
                    told reporters, adding that Poland would raise the matter at the UN.";
        assert_eq!(
            speaker_of(&said(text), "Poland would raise"),
            Some("sikorski".into())
        );
    }

    #[test]
    fn an_unnamed_source_speaks_for_its_state() {
        let text = "A senior Israeli official said the operation would continue for weeks.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "the operation"), Some("israel".into()));
    }

    #[test]
    fn the_words_after_an_attribution_are_no_reported_clause() {
        let text = "\"We have shown restraint,\" Sergei Lavrov told a news conference in \
                    Moscow. Kaja Kallas said Europe had \"no illusions\", saying the bloc \
                    would keep up the pressure.";
        let found = said(text);
        assert!(found.iter().all(|(_, c)| !c.contains("news conference")));
        assert_eq!(speaker_of(&found, "the bloc would"), Some("kallas".into()));
    }

    #[test]
    fn answers_of_an_interview_are_the_interviewee_s() {
        let text = "Hakan Fidan spoke to us in Ankara about the talks. Fidan has led \
                    Turkey's diplomacy since 2023.\n\nQ: Will the truce hold?\n\nA: It \
                    will hold if both sides want it to hold.\n\nQ: And if not?\n\nA: Then \
                    we start again.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "It will hold"), Some("fidan".into()));
        assert_eq!(speaker_of(&found, "Then we start"), Some("fidan".into()));
        assert!(found.iter().all(|(_, c)| !c.contains("truce hold")));
    }

    #[test]
    fn unlabelled_answers_below_questions_are_the_interviewee_s() {
        let text = "Foreign Minister Penny Wong sat down with us in Canberra a week after \
                    Prime Minister Anthony Albanese returned from Beijing.\n\nWhat did \
                    the visit achieve?\nWe restored a channel that had been closed for \
                    years.\n\nAnd the wine tariffs?\nThey are gone, and our exporters \
                    feel it.\n\nMr Albanese later thanked the Chinese side.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "We restored"), Some("wong".into()));
        assert_eq!(speaker_of(&found, "They are gone"), Some("wong".into()));
        assert!(found.iter().all(|(_, c)| !c.contains("visit achieve")));
    }

    #[test]
    fn quoted_answers_below_questions_are_the_interviewee_s() {
        let text = "Prime Minister Keir Starmer flew to Washington on Monday. We spoke to \
                    David Lammy, the foreign secretary, about the visit.\n\nWhat \
                    did London want?\n\n\u{201c}We wanted a date for the tariff cut, and \
                    we did not get one.\u{201d}\n\nWill it come?\n\n\"I expect it by \
                    summer. Our steel makers cannot wait longer.\"\n\nStarmer later \
                    said the talks were warm.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "We wanted a date"), Some("lammy".into()));
        assert_eq!(speaker_of(&found, "I expect it by"), Some("lammy".into()));
        assert!(found
            .iter()
            .any(|(_, c)| c.starts_with("We wanted") && c.ends_with("get one.")));
    }

    #[test]
    fn transcript_turns_may_be_lines_of_one_paragraph() {
        let text = "Sergei Lavrov took questions in Moscow on Friday.\n\nQ: Will you meet \
                    the Americans?\nLavrov: We are ready to talk to anyone who comes with \
                    proposals.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "We are ready"), Some("lavrov".into()));
    }

    #[test]
    fn a_label_naming_nobody_known_is_not_given_to_the_interviewee() {
        let text = "President Donald Trump met Prime Minister Mark Carney on Tuesday. We \
                    asked a trade lawyer about it.\n\nQ: Was it a success?\nOkafor: We \
                    will know in a month.\n\nQ: And the tariffs?\nOkafor: Our clients \
                    expect them to stay.";
        let found = said(text);
        assert!(found
            .iter()
            .all(|(s, c)| !(c.contains("know in a month") && s.as_deref() == Some("trump"))));
    }

    #[test]
    fn one_rhetorical_question_makes_no_interview() {
        let text = "Prime Minister Anthony Albanese returned from Beijing on Friday.\n\n\
                    What did the visit achieve?\nWe may not know for years, and our \
                    exporters are still waiting.";
        let found = said(text);
        assert!(found.iter().all(|(_, c)| !c.starts_with("We may not know")));
    }

    #[test]
    fn a_transcript_label_may_give_the_surname_first() {
        let text = "Transcript of the briefing by spokesperson Mao Ning.\n\nReuters: Will \
                    Beijing respond?\n\nMAO: We have lodged stern representations.";
        assert_eq!(
            speaker_of(&said(text), "We have lodged"),
            Some("mao_ning".into())
        );
    }

    #[test]
    fn a_possessive_pronoun_is_not_the_speaker() {
        let text = "The UN Security Council met on Friday. Its president, Kaja Kallas, said \
                    the council would meet again.";
        assert_eq!(
            speaker_of(&said(text), "the council would"),
            Some("kallas".into())
        );
    }

    #[test]
    fn a_quote_attributed_to_someone_unknown_continues_nobody() {
        let text = "\"We will rebuild,\" Volodymyr Zelensky said on Monday.\n\n\"Nobody \
                    should doubt it,\" a local mayor said.\n\n\"We stand with him,\" she \
                    said.";
        let found = said(text);
        assert_eq!(speaker_of(&found, "Nobody should"), None);
    }
}
